#!/usr/bin/env bash
# Import budget: importing the whole corpus into a new project (parse, normalise, store,
# index for search) should take at most twice as long as the sqlite3 shell importing the
# same CSV rows into an FTS5 table. Runs both N times and prints each median wall time and
# peak memory (from /usr/bin/time -v).
#   tests/bench/import_vs_sqlite.sh [build-dir] [corpus-dir] [runs]
set -euo pipefail
build=${1:-build}
corpus=${2:-$(dirname "$0")/../../../shared/corpora/asreview_srd}
runs=${3:-5}
cli="$build/app/dyad-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=()
for f in "$corpus"/*.csv; do [ "$(basename "$f")" = index.csv ] || files+=("$f"); done

measure() { # label, command...: prints "seconds peak-kB"
  /usr/bin/time -v "${@}" > /dev/null 2> "$work/time.txt"
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
  echo "$wall $rss"
}

sqlite_import() {
  local db="$work/shell.db"
  rm -f "$db"
  {
    echo "CREATE VIRTUAL TABLE records USING fts5(title, abstract);"
    for f in "${files[@]}"; do
      echo "DROP TABLE IF EXISTS raw;"
      echo ".import --csv '$f' raw"
      echo "INSERT INTO records(title, abstract) SELECT title, abstract FROM raw;"
    done
  } > "$work/import.sql"
  sqlite3 "$db" < "$work/import.sql"
}
export -f sqlite_import

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

dyad_times=(); dyad_rss=(); shell_times=(); shell_rss=()
for ((i = 0; i < runs; i++)); do
  rm -f "$work/p.dyad"*
  "$cli" init "$work/p.dyad" > /dev/null
  read -r t m < <(measure "$cli" import "$work/p.dyad" "${files[@]}")
  dyad_times+=("$t"); dyad_rss+=("$m")
  read -r t m < <(measure bash -c "files=(${files[*]@Q}); work=${work@Q}; $(declare -f sqlite_import); sqlite_import")
  shell_times+=("$t"); shell_rss+=("$m")
done
d=$(printf '%s\n' "${dyad_times[@]}" | median); s=$(printf '%s\n' "${shell_times[@]}" | median)
echo "records: $("$cli" records "$work/p.dyad" --json | grep -c '"id"')"
echo "dyad-cli import: median ${d}s, peak RSS $(printf '%s\n' "${dyad_rss[@]}" | median) kB"
echo "sqlite3 shell + FTS5: median ${s}s, peak RSS $(printf '%s\n' "${shell_rss[@]}" | median) kB"
awk -v d="$d" -v s="$s" 'BEGIN { printf "ratio: %.2f (budget: 2.0)\n", d / s }'
