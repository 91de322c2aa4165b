#!/usr/bin/env bash
# Re-derives the text photographs of the image tests (privacy-image/src/test/resources/photos/text) from Debian
# bookworm packages and rewrites photos/text/MANIFEST.md with each file's package, version, original path, licence
# and SHA-256. Same rules as derive-photos.sh: JPEGs of at most 1600 px are copied byte for byte, other files
# converted to JPEG (quality 90, long side at most 1600 px, metadata stripped) with ImageMagick 6 (the SHA-256 of
# converted files was taken with ImageMagick 6.9.11-60, Debian bookworm). expected.csv says what each one holds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/test/resources/photos/text"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# package|path in the package|name|licence
list() {
  cat <<'ROWS'
python3-skimage|/usr/lib/python3/dist-packages/skimage/data/page.png|printed-page|BSD-3-Clause (debian/copyright, Files: *)
python3-skimage|/usr/lib/python3/dist-packages/skimage/data/rocket.jpg|launch-tower|public domain (SpaceX; skimage/data/_fetchers.py)
ROWS
}

packages="$(list | cut -d'|' -f1 | sort -u)"
(cd "$work" && apt-get download $packages >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
version() { dpkg-deb -f "$work/$1"_*.deb Version; }

mkdir -p "$dest"
{
  echo "# Text photographs for the image tests"
  echo
  echo "Derived by \`privacy-image/photos/derive-text-photos.sh\` from Debian bookworm packages; \`expected.csv\`"
  echo "says which hold legible printed text (DOCUMENT_TEXT expected) and which only look like it to a line finder"
  echo "(none expected). Licences as each package's copyright file states them (the file named in brackets)."
  echo
  echo "| file | package and version | original path | licence | SHA-256 |"
  echo "| --- | --- | --- | --- | --- |"
  list | while IFS='|' read -r pkg path name licence; do
    src="$work/root$path"
    out="$dest/$name.jpg"
    long=$(identify -format '%[fx:max(w,h)]' "$src[0]")
    if [[ "$src" == *.jpg && "$long" -le 1600 ]]; then
      cp "$src" "$out"
    else
      convert "$src[0]" -resize '1600x1600>' -strip -quality 90 "$out"
    fi
    sum=$(sha256sum "$out" | cut -d' ' -f1)
    echo "| \`text/$name.jpg\` | $pkg $(version "$pkg") | \`$path\` | $licence | \`$sum\` |"
  done
} > "$dest/MANIFEST.md"
echo "wrote $(ls "$dest"/*.jpg | wc -l) photos and $dest/MANIFEST.md"
