#!/usr/bin/env bash
# Samples the service's heap in use and queue depth from /metrics every 2 s, N times (default 32).
for i in $(seq 1 "${1:-32}"); do
  curl -s "${2:-http://127.0.0.1:18080}/metrics" | awk -v t="$i" '
    /^jvm_memory_used_bytes\{area="heap"/ {s += $NF}
    /^privacy_screen_queue_depth / {q = $NF}
    END {printf "%ds %.0fMB q%d\n", t * 2, s / 1048576, q}'
  sleep 2
done
