#!/usr/bin/env bash
# REFI-QDA at scale (issue 16): import-qdpx and export qdpx of the benchmark project of
# DESIGN.md (18,400 records, 200 codes, 2 reviewers x 200,000 codings), written by
# dyad_bench_make_qdpx. Runs each command N times and prints each median wall time, CPU time
# (user + system) and peak memory (from /usr/bin/time -v). Budget: both under 300 MB, the
# import under 10 s.
#   tests/bench/refi_scale.sh [build-dir] [data-dir] [runs]
# data-dir keeps agreement.dyad and agreement.qdpx between runs (made when missing).
set -euo pipefail
build=${1:-build}
data=${2:-$(mktemp -d)}
runs=${3:-3}
cli="$build/app/dyad-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$data/agreement.qdpx" ] || "$build/tests/bench/dyad_bench_make_qdpx" "$data"

measure() { # command...: prints "seconds peak-kB cpu-seconds"
  /usr/bin/time -v "${@}" > /dev/null 2> "$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  cpu=$(grep -E '(User|System) time \(seconds\)' "$work/time.txt" | awk '{ s += $NF } END { print s }')
  echo "$wall $rss $cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

report() { # label, file of "seconds kB cpu-seconds" lines
  printf '%-8s median %6.2f s, CPU %6.2f s, peak %5.0f MB  (runs: %s)\n' "$1" \
    "$(cut -d' ' -f1 "$2" | median)" "$(cut -d' ' -f3 "$2" | median)" \
    "$(cut -d' ' -f2 "$2" | median | awk '{ print $1 / 1024 }')" \
    "$(cut -d' ' -f1 "$2" | paste -sd' ')"
}

for i in $(seq "$runs"); do
  rm -f "$work"/in.dyad* "$work/out.qdpx"
  measure "$cli" import-qdpx "$data/agreement.qdpx" "$work/in.dyad" >> "$work/import.txt"
  measure "$cli" export qdpx "$data/agreement.dyad" "$work/out.qdpx" >> "$work/export.txt"
done
echo "$(ls -l "$data/agreement.qdpx" | awk '{ print $5 }') bytes: $data/agreement.qdpx"
report import "$work/import.txt"
report export "$work/export.txt"
