// The review page. Everything shown is put in with textContent or as element attributes set one by one: never
// innerHTML with data, so a post carrying markup is shown as text. No other origin is contacted (see the CSP).
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { key: sessionStorage.getItem('privacy-screen-key') || '', photos: [], advice: null, people: new Map() };
  const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];
  const SEVERITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function headers(extra) {
    const h = Object.assign({}, extra || {});
    if (state.key) h['Authorization'] = 'Bearer ' + state.key;
    return h;
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: 'same-origin' }, options || {},
      { headers: headers((options || {}).headers) }));
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (response.status === 401) {
      $('key-card').classList.remove('hidden');
      throw new Error('This service needs an access key: enter it above, then try again.');
    }
    if (!response.ok) {
      const wait = response.headers.get('Retry-After');
      const said = body && typeof body.error === 'string' ? body.error : 'the service answered ' + response.status;
      throw new Error(explainStatus(response.status, said, wait));
    }
    return body;
  }

  function explainStatus(status, said, wait) {
    switch (status) {
      case 400: return 'The post could not be read: ' + said + '.';
      case 413: return 'The post or a photo is too large: ' + said + '.';
      case 429: return 'Too many checks in a short time. Try again in ' + (wait || 'a few') + ' seconds.';
      case 503: return 'The service is busy or still starting. Try again in ' + (wait || 'a few') + ' seconds.';
      default: return 'The check failed: ' + said + '.';
    }
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.classList.remove('hidden');
  }

  function clearError() {
    $('error').classList.add('hidden');
    $('error').textContent = '';
  }

  // ---- the practice's people, to pick the post's subjects ----
  async function loadPeople() {
    const data = await api('/v1/directory');
    const list = $('people');
    list.replaceChildren();
    state.people.clear();
    for (const p of data.people || []) {
      state.people.set(p.id, p);
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.value = p.id;
      box.name = 'subject';
      label.append(box, el('span', null, p.name), el('span', 'role', p.role === 'staff' ? 'staff' : 'client'));
      label.dataset.name = p.name.toLowerCase();
      list.append(label);
    }
    $('people-empty').classList.toggle('hidden', state.people.size > 0);
  }

  function filterPeople() {
    const q = $('people-filter').value.trim().toLowerCase();
    for (const label of $('people').children) {
      label.classList.toggle('hidden', q !== '' && !label.dataset.name.includes(q));
    }
  }

  // ---- photos: chosen or dropped ----
  function addFiles(files) {
    for (const file of files) {
      if (!ACCEPTED.includes(file.type)) {
        showError('"' + file.name + '" is not a JPEG, PNG or WebP photo, so it was left out.');
        continue;
      }
      state.photos.push({ name: file.name, file: file, url: URL.createObjectURL(file) });
    }
    renderChosen();
  }

  function renderChosen() {
    const list = $('chosen-photos');
    list.replaceChildren();
    state.photos.forEach((photo, i) => {
      const item = el('li', null, photo.name + ' ');
      const remove = el('button', 'secondary', 'Remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', 'Remove photo ' + photo.name);
      remove.addEventListener('click', () => {
        URL.revokeObjectURL(photo.url);
        state.photos.splice(i, 1);
        renderChosen();
        $('photos').focus();
      });
      item.append(remove);
      list.append(item);
    });
  }

  function readBase64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(new Error('The photo "' + file.name + '" could not be read.'));
      reader.readAsDataURL(file);
    });
  }

  // ---- checking ----
  async function check(event) {
    event.preventDefault();
    clearError();
    const text = $('post-text').value;
    if (text.trim() === '' && state.photos.length === 0) {
      showError('Paste the post\'s text or add a photo first.');
      $('post-text').focus();
      return;
    }
    const button = $('check');
    button.disabled = true;
    $('busy').textContent = 'Checking…';
    try {
      const images = [];
      for (const photo of state.photos) {
        images.push({ name: photo.name, data: await readBase64(photo.file) });
      }
      const subjects = Array.from(document.querySelectorAll('#people input:checked')).map((b) => b.value);
      const post = {
        text: text,
        channel: $('channel').value,
        purpose: $('purpose').value,
        author: { account: $('account').value },
        subjects: subjects
      };
      if (images.length > 0) post.images = images;
      const report = await api('/v1/screen?remediatedImages=true', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(post)
      });
      render(report, text, state.photos.slice());
      $('busy').textContent = '';
      $('result-heading').focus();
    } catch (e) {
      $('busy').textContent = '';
      showError(e.message);
    } finally {
      button.disabled = false;
    }
  }

  function adviceFor(f) {
    const a = state.advice;
    const type = (a && a.types[f.type]) || { title: f.type, why: '' };
    return {
      title: type.title,
      why: type.why,
      todo: f.coveredBy ? a.covered : (a && a.remediations[f.remediation]) || '',
      severity: (a && a.severities[f.severity]) || f.severity
    };
  }

  function render(report, text, photos) {
    const findings = report.findings.slice();
    const numbers = new Map(findings.map((f, i) => [f, i + 1]));

    const verdict = $('verdict');
    verdict.className = 'verdict verdict-' + report.verdict;
    verdict.dataset.verdict = report.verdict;
    const words = state.advice.verdicts[report.verdict];
    $('verdict-title').textContent = words.title;
    $('verdict-text').textContent = words.text;

    renderText(text, findings, numbers);
    renderPhotos(photos, findings, numbers);
    renderFindings(findings, numbers);

    $('remediated-text').value = report.redactedText || '';
    $('remedy-text').classList.toggle('hidden', !report.redactedText);
    $('copied').textContent = '';
    const downloads = $('downloads');
    downloads.replaceChildren();
    (report.remediatedImages || []).forEach((im, i) => {
      const link = el('a', 'button secondary', 'Download corrected photo ' + (i + 1) + ' (' + im.name + ')');
      link.href = 'data:' + mime(im.name, photos[i]) + ';base64,' + im.data;
      link.download = 'corrected-' + im.name;
      downloads.append(link);
    });
    $('remediated-photos').classList.toggle('hidden', downloads.children.length === 0);
    $('result').classList.remove('hidden');
  }

  function mime(name, photo) {
    if (photo && ACCEPTED.includes(photo.file.type)) return photo.file.type;
    return /\.png$/i.test(name) ? 'image/png' : /\.webp$/i.test(name) ? 'image/webp' : 'image/jpeg';
  }

  function worst(list) {
    return list.reduce((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w.severity] ? f : w));
  }

  // Splits the text at every finding's start and end; each piece covered by findings becomes a <mark>.
  function renderText(text, findings, numbers) {
    const spans = findings.filter((f) => f.location.kind === 'text');
    const out = $('highlighted');
    out.replaceChildren();
    $('text-result').classList.toggle('hidden', text === '');
    const cuts = new Set([0, text.length]);
    for (const f of spans) {
      cuts.add(Math.max(0, Math.min(text.length, f.location.start)));
      cuts.add(Math.max(0, Math.min(text.length, f.location.end)));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const over = spans.filter((f) => f.location.start <= from && f.location.end >= to);
      if (over.length === 0) {
        out.append(document.createTextNode(piece));
        continue;
      }
      const w = worst(over);
      const mark = el('mark', 'sev-' + w.severity, piece);
      mark.title = over.map((f) => adviceFor(f).title).join('; ');
      const ids = over.map((f) => numbers.get(f));
      mark.dataset.findings = ids.join(' ');
      if (over.some((f) => f.location.end === to)) {
        mark.append(el('sup', null, ids.join(',')));
      }
      out.append(mark);
    }
  }

  function renderPhotos(photos, findings, numbers) {
    const holder = $('photo-boxes');
    holder.replaceChildren();
    $('photo-result').classList.toggle('hidden', photos.length === 0);
    photos.forEach((photo, index) => {
      const figure = el('figure', 'photo');
      const frame = el('div', 'frame');
      const img = el('img');
      img.alt = 'Photo ' + (index + 1) + ' as added, with what was found outlined';
      const boxes = findings.filter((f) => f.location.kind === 'image' && f.location.image === index);
      img.addEventListener('load', () => {
        const w = img.naturalWidth;
        const h = img.naturalHeight;
        for (const f of boxes) {
          const box = el('div', 'box sev-' + f.severity);
          box.style.left = (100 * f.location.x / w) + '%';
          box.style.top = (100 * f.location.y / h) + '%';
          box.style.width = (100 * f.location.width / w) + '%';
          box.style.height = (100 * f.location.height / h) + '%';
          box.dataset.finding = String(numbers.get(f));
          box.title = adviceFor(f).title;
          box.append(el('span', null, String(numbers.get(f))));
          frame.append(box);
        }
      }, { once: true });
      img.src = photo.url;
      frame.append(img);
      figure.append(frame, el('figcaption', null, photo.name + (boxes.length ? '' : ': nothing marked')));
      holder.append(figure);
    });
  }

  function renderFindings(findings, numbers) {
    const list = $('findings');
    list.replaceChildren();
    $('nothing-found').classList.toggle('hidden', findings.length > 0);
    for (const f of findings) {
      const a = adviceFor(f);
      const item = el('li', 'finding sev-' + f.severity);
      item.dataset.type = f.type;
      const head = el('h3');
      head.append(el('span', 'badge', String(numbers.get(f))), document.createTextNode(a.title + ' '),
        el('span', 'severity', a.severity));
      item.append(head);
      const where = describeWhere(f);
      if (where) item.append(el('p', 'where', where));
      item.append(labelled('todo', 'What to do: ', a.todo));
      if (a.why) item.append(labelled('why', 'Why: ', a.why));
      list.append(item);
    }
  }

  function labelled(cls, label, text) {
    const p = el('p', cls);
    p.append(el('strong', null, label), document.createTextNode(text));
    return p;
  }

  function describeWhere(f) {
    const parts = [];
    if (f.location.kind === 'text') parts.push('In the text' + (f.excerpt ? ' (' + f.excerpt + ')' : ''));
    if (f.location.kind === 'image') parts.push('In photo ' + (f.location.image + 1)
      + (f.source === 'image-text' ? ', in writing on it' : ''));
    if (f.subject && state.people.has(f.subject)) parts.push('About ' + state.people.get(f.subject).name);
    if (f.role === 'background') parts.push('Someone in the background');
    return parts.join(' · ');
  }

  async function copyRemediated() {
    const area = $('remediated-text');
    try {
      await navigator.clipboard.writeText(area.value);
      $('copied').textContent = 'Copied.';
    } catch (e) {
      area.focus();
      area.select();
      $('copied').textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
    }
  }

  async function start() {
    try {
      state.advice = await api('/v1/advice');
      await loadPeople();
    } catch (e) {
      showError(e.message);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('post-form').addEventListener('submit', check);
    $('photos').addEventListener('change', (e) => { addFiles(e.target.files); e.target.value = ''; });
    const zone = $('drop-zone');
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      addFiles(e.dataTransfer.files);
    });
    $('people-filter').addEventListener('input', filterPeople);
    $('copy').addEventListener('click', copyRemediated);
    $('use-key').addEventListener('click', () => {
      state.key = $('api-key').value.trim();
      sessionStorage.setItem('privacy-screen-key', state.key);
      $('key-card').classList.add('hidden');
      clearError();
      start();
    });
    start();
  });
})();
