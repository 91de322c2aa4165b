package org.privacyscreen.text.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * Part-of-speech tags of one post, computed on demand a chunk of a sentence at a time: a detector asking about one
 * word pays for the 48 tokens around it, not for the whole post. OpenNLP's beam search copies its sequence at every
 * step, so a chunk is short; a post is tagged for at most {@link #BUDGET} tokens (posts are far shorter; a
 * 100,000-character text built to stall the tagger is not), after which {@link #tag} answers null. Thread-safe.
 */
final class PartOfSpeech {
    static final int CHUNK = 48;
    private static final int CONTEXT = 8;
    static final int BUDGET = 600;

    private final TextAnalysis analysis;
    private final String[] tags;
    private int tagged;

    PartOfSpeech(TextAnalysis analysis) {
        this.analysis = analysis;
        this.tags = new String[analysis.tokens().size()];
    }

    /** The tag of {@code t}, or null when the post's budget is spent. */
    String tag(Token t) {
        synchronized (tags) {
            String known = tags[t.index()];
            if (known != null) {
                return known;
            }
            int first = analysis.sentenceFirst(t.sentence());
            int end = analysis.sentenceEnd(t.sentence());
            int from = first + (t.index() - first) / CHUNK * CHUNK;
            int to = Math.min(end, from + CHUNK);
            if (tagged + (to - from) > BUDGET) {
                return null;
            }
            int start = Math.max(first, from - CONTEXT); // some left context for the first tags of a chunk
            String[] words = new String[to - start];
            for (int i = 0; i < words.length; i++) {
                words[i] = analysis.token(start + i).text();
            }
            String[] out = Tagger.tag(words);
            System.arraycopy(out, from - start, tags, from, to - from);
            tagged += to - from;
            return tags[t.index()];
        }
    }

    /**
     * Apache OpenNLP's English UD part-of-speech model (Apache-2.0), loaded once. Taggers are not thread-safe: a
     * small pool lends one per call (no thread-local, so nothing pins this class loader to a host's threads).
     */
    static final class Tagger {
        static final String RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
        private static final POSModel MODEL = load();
        private static final ConcurrentLinkedQueue<POSTaggerME> POOL = new ConcurrentLinkedQueue<>();

        private Tagger() {
        }

        static String[] tag(String[] words) {
            POSTaggerME tagger = POOL.poll();
            if (tagger == null) {
                tagger = new POSTaggerME(MODEL);
            }
            try {
                return tagger.tag(words);
            } finally {
                if (POOL.size() < 8) {
                    POOL.offer(tagger);
                }
            }
        }

        private static POSModel load() {
            try (InputStream in = PartOfSpeech.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new PrivacyScreenException(ErrorCode.INTERNAL, "OpenNLP POS model not on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
