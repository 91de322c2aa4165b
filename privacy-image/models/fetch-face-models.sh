#!/usr/bin/env bash
# Re-derives the committed face models from their npm packages and checks their SHA-256.
# - face_detection_short_range.tflite: npm @mediapipe/face_detection@0.4.1657300184 (Apache-2.0, Google MediaPipe)
# - face_landmark.tflite: npm @mediapipe/face_mesh@0.4.1657299874 (Apache-2.0, Google MediaPipe), where it is one of
#   the files packed into face_mesh_solution_packed_assets.data; its byte range is read from the package's loader.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/main/resources/org/privacyscreen/image/models"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @mediapipe/face_detection@0.4.1657300184 >/dev/null
npm pack --silent @mediapipe/face_mesh@0.4.1657299874 >/dev/null
mkdir det mesh
tar xzf mediapipe-face_detection-0.4.1657300184.tgz -C det
tar xzf mediapipe-face_mesh-0.4.1657299874.tgz -C mesh
cp det/package/face_detection_short_range.tflite "$dest/"
range="$(grep -o '"filename": *"[^"]*/face_landmark.tflite", *"start": *[0-9]*, *"end": *[0-9]*' \
  mesh/package/face_mesh_solution_packed_assets_loader.js | grep -o '[0-9]*, *"end": *[0-9]*' | tr -dc '0-9 ')"
read -r start end <<<"$range"
dd if=mesh/package/face_mesh_solution_packed_assets.data of="$dest/face_landmark.tflite" bs=64K \
  iflag=skip_bytes,count_bytes skip="$start" count="$((end - start))" status=none
cd "$dest"
sha256sum -c - <<'SUMS'
3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633  face_detection_short_range.tflite
c603fa6149219a3e9487dc9abd7a0c24474c77263273d24868378cdf40aa26d1  face_landmark.tflite
SUMS
