#!/usr/bin/env bash
# Re-derives the committed BlazeFace model from its npm package and checks its SHA-256.
# Source: npm package @mediapipe/face_detection@0.4.1657300184 (Apache-2.0, Google MediaPipe).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/main/resources/org/privacyscreen/image/models"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @mediapipe/face_detection@0.4.1657300184 >/dev/null && tar xzf mediapipe-face_detection-0.4.1657300184.tgz)
cp "$work/package/face_detection_short_range.tflite" "$dest/"
echo "3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633  $dest/face_detection_short_range.tflite" | sha256sum -c -
