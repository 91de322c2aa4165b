#!/usr/bin/env bash
# Re-derives the real-photograph test set (privacy-image/src/test/resources/photos) from Debian bookworm packages
# and rewrites photos/MANIFEST.md with each file's package, version, original path, licence and SHA-256.
# Needs apt-get (Debian bookworm sources), dpkg-deb and ImageMagick 6 (`convert`). JPEGs of at most 1600 px are
# copied byte for byte; other files are converted to JPEG (quality 90, long side at most 1600 px, metadata
# stripped), rotated upright where the package's own album says so. The SHA-256 of converted files was taken with
# ImageMagick 6.9.11-60 (Debian bookworm); another ImageMagick may encode differently.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/test/resources/photos"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# set|package|path in the package|name|rotate|licence
list() {
  cat <<'ROWS'
none|lxqt-themes|/usr/share/lxqt/wallpapers/Butterfly-Kenneth-Wimer.jpg|butterfly-leaf|0|CC-BY-SA-3.0 (Kenneth Wimer; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/Valendas.png|valendas-sky|0|CC-BY-SA-3.0 (LXQt Project Team; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/after-the-rain.jpg|after-the-rain|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/appleflower.png|apple-flower|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/butterfly.png|butterfly-thistle|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/cloud.png|clouds|0|CC-BY-SA-3.0 (LXQt Project Team; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/drop.png|drop-on-grass|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/flowers.png|meadow-flowers|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/fog.jpg|fog-field|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|lxqt-themes|/usr/share/lxqt/wallpapers/this-is-not-windows.jpg|green-hills|0|CC-BY-SA-3.0 (stefonarch; wallpapers/License)
none|sddm-theme-maldives|/usr/share/sddm/themes/maldives/background.jpg|jetty-island|0|GPL-2+ (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/bicycle.jpg|bicycle-lane|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/cat.jpg|cat|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/coffee2.jpg|latte|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/flower2.jpg|lily|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/gamepad.jpg|gamepad|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/guitar2.jpg|bass-guitar|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/headphones.jpg|headphones|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/hummingbird.jpg|hummingbird|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/mountain.jpg|mountain|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/plane.jpg|wing|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/tomatoes.jpg|tomatoes|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|gnome-control-center-data|/usr/share/pixmaps/faces/tree.jpg|tree|0|GPL-2+ and GPL-3+ and LGPL-2.1+ and LGPL-2+ and Expat and CC0-1.0 (debian/copyright, Files: *)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/chelsea.png|chelsea-cat|0|CC0 (Stefan van der Walt; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/coffee.png|espresso|0|CC0 (Rachel Michetti; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/grass.png|grass|0|CC0 (skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/gravel.png|gravel|0|CC0 (CC0Textures; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/brick.png|brick|0|CC0 (CC0Textures; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/hubble_deep_field.jpg|hubble-deep-field|0|public domain (NASA; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/motorcycle_left.png|motorcycle|0|no known copyright restrictions (Middlebury stereo; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/retina.jpg|retina|0|CC0 (Häggström; skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/ihc.png|ihc-tissue|0|public domain (skimage/data/_fetchers.py)
none|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/moon.png|moon-surface|0|no known copyright restrictions (skimage/data/_fetchers.py)
none|kphotoalbum|/usr/share/kphotoalbum/demo/donna.jpg|dog-in-woods|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/donna_2.jpg|dog-face|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/blackie.jpg|aquarium|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/skagen.jpg|sea|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/skagen_2.jpg|coast-from-air|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/sunset.jpg|sunset|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/grand_canyon_3.jpg|canyon|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|kphotoalbum|/usr/share/kphotoalbum/demo/spiff.jpg|rabbit|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/filters/examples/enhance/high-pass-origin.png|chimpanzee|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/filters/examples/light-and-shadow/vignette-ex-orig.jpg|squirrel|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/tutorials/quickie-crop-example-source.jpg|duck|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/filters/examples/blur/mean_curvature-ex-1.jpg|rose|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/menus/colors/desaturate/colors-desaturate-original-sunflower.png|sunflower|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/filters/examples/2zinnias.png|zinnias|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/tutorials/tone-mapping/power-lines.jpg|power-lines|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/tutorials/tone-mapping/tree-exposed-for-sky-ground-is-dark.jpg|tree-backlit|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gimp-help-en|/usr/share/gimp/2.0/help/en/images/filters/examples/kvitveis-orig.png|wood-anemone|0|GFDL-1.2+ (gimp-help-common debian/copyright)
none|gnome-backgrounds|/usr/share/backgrounds/gnome/wood-d.webp|wooden-slats|0|GPL-2+ or CC-BY-SA-3.0, the two licences debian/copyright gives (the file is not named there); a rendered wall of slats, not a photograph: parallel bars that set off a barcode finder
faces|kphotoalbum|/usr/share/kphotoalbum/demo/anne_helene.jpg|woman-on-beach|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/bar55.jpg|couple-in-bar|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/bar55_2.jpg|couple-toasting|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/cold_water.jpg|people-in-sea|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/grand_canyon_1.jpg|couple-at-canyon|180|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/grand_canyon_2.jpg|man-at-canyon|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/jesper.jpg|close-up|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/jesper_2.jpg|portrait-indoors|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/new_wave_1.jpg|woman-in-cupboard|90|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/new_wave_2.jpg|smiling-man|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/pool.jpg|pool-players|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/qt-logo.jpg|three-friends|0|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|kphotoalbum|/usr/share/kphotoalbum/demo/wayne.jpg|pool-room|90|GPL-2+ (Jesper K. Pedersen; debian/copyright)
faces|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/astronaut.png|astronaut|0|public domain (NASA; skimage/data/_fetchers.py)
faces|python3-skimage|/usr/lib/python3/dist-packages/skimage/data/camera.png|cameraman|0|CC0 (Lav Varshney; skimage/data/_fetchers.py)
ROWS
}

packages="$(list | cut -d'|' -f2 | sort -u)"
(cd "$work" && apt-get download $packages >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
version() { dpkg-deb -f "$work/$1"_*.deb Version; }

mkdir -p "$dest/none" "$dest/faces"
{
  echo "# Real photographs for the image tests"
  echo
  echo "Derived by \`privacy-image/photos/derive-photos.sh\` from Debian bookworm packages. \`none/\`: no person and"
  echo "no legible text (no FACE, BARCODE or DOCUMENT_TEXT expected); \`faces/\`: real people, annotated in"
  echo "\`faces.csv\`. Licences as each package's copyright file states them (the file named in brackets)."
  echo
  echo "| file | package and version | original path | licence | SHA-256 |"
  echo "| --- | --- | --- | --- | --- |"
  list | while IFS='|' read -r set pkg path name rot licence; do
    src="$work/root$path"
    out="$dest/$set/$name.jpg"
    long=$(identify -format '%[fx:max(w,h)]' "$src[0]")
    if [[ "$src" == *.jpg && "$rot" == 0 && "$long" -le 1600 ]]; then
      cp "$src" "$out"
    else
      convert "$src[0]" -rotate "$rot" -resize '1600x1600>' -strip -quality 90 "$out"
    fi
    sum=$(sha256sum "$out" | cut -d' ' -f1)
    echo "| \`$set/$name.jpg\` | $pkg $(version "$pkg") | \`$path\`$([[ $rot != 0 ]] && echo " (rotated $rot°)") | $licence | \`$sum\` |"
  done
} > "$dest/MANIFEST.md"
echo "wrote $(ls "$dest"/none | wc -l) + $(ls "$dest"/faces | wc -l) photos and $dest/MANIFEST.md"
