#!/usr/bin/env bash
# OCR of scanned reports: xxgk's whole CLI run against whole-page `tesseract PAGE.png - -l chi_sim --psm 6`, the
# first thing a user tries, over the same pages. Both single-threaded, then both on every core
# (tesseract: one process a page, OMP_THREAD_LIMIT=1, as Debian's OpenMP build is several times slower without).
# Usage: [REPEAT=3] bench/ocr-vs-tesseract.sh [CORPUS]   (default ../shared/corpus; needs pdftoppm, tesseract, bc,
# target/xxgk.jar)
# REPEAT: each measurement is taken this many times, the four commands interleaved, so that each ratio compares runs
# made side by side; each figure is printed as the median and the min-max over the repeats, in wall time and in
# CPU time (user + sys of the command and its children: on a shared machine wall time measures the other users too,
# while CPU time misses what the second core does in parallel).
set -euo pipefail
corpus=${1:-../shared/corpus}
repeat=${REPEAT:-1}
cores=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/png"
i=0
for f in "$corpus"/*/scan.pdf "$corpus"/*/scan-seal.pdf; do
  [ -f "$f" ] || continue
  i=$((i + 1))
  cp "$f" "$work/in/$i-$(basename "$f")"
  # each page at the scan's own resolution (150 dpi grey, 200 dpi colour)
  res=150; case "$f" in *scan-seal.pdf) res=200;; esac
  pdftoppm -r "$res" -png "$f" "$work/png/$i-$(basename "$f" .pdf)"
done
pages=$(ls "$work/png" | wc -l)
echo "$i files, $pages pages, $cores cores, $repeat repeats; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall cpu # [name,repeat]
t() { # t NAME CMD... : wall and CPU seconds of the command, its output discarded
  local name=$1 TIMEFORMAT='%R %U %S'
  shift
  { time "$@" > /dev/null 2>&1; } 2> "$work/time"
  read -r w u s < "$work/time"
  wall[$name,$r]=$w
  cpu[$name,$r]=$(echo "$u + $s" | bc -l)
}
for r in $(seq "$repeat"); do
  t x1 java -jar target/xxgk.jar extract "$work/in" -o "$work/x1.csv" --threads 1 --timeout 0 --progress none --force
  t t1 bash -c "for p in $work/png/*.png; do OMP_THREAD_LIMIT=1 tesseract \$p - -l chi_sim --psm 6; done"
  t xn java -jar target/xxgk.jar extract "$work/in" -o "$work/xn.csv" --threads "$cores" --timeout 0 --progress none --force
  t tn bash -c "ls $work/png/*.png | OMP_THREAD_LIMIT=1 xargs -P $cores -I{} tesseract {} - -l chi_sim --psm 6"
done
stats() { # stats : "median (min-max)" of the numbers on stdin
  sort -g | awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f (%.2f-%.2f)", m, v[1], v[NR]}'
}
per_page() { # per_page ARRAY NAME : seconds a page over the repeats
  local -n a=$1
  for r in $(seq "$repeat"); do echo "${a[$2,$r]} / $pages" | bc -l; done | stats
}
ratio() { # ratio ARRAY A B : A/B per repeat
  local -n a=$1
  for r in $(seq "$repeat"); do echo "${a[$2,$r]} / ${a[$3,$r]}" | bc -l; done | stats
}
printf '%-44s %-22s %s\n' "s/page, median (min-max)" "wall" "CPU (user+sys)"
printf '%-44s %-22s %s\n' "xxgk extract --threads 1 (whole CLI run)" "$(per_page wall x1)" "$(per_page cpu x1)"
printf '%-44s %-22s %s\n' "xxgk extract --threads $cores" "$(per_page wall xn)" "$(per_page cpu xn)"
printf '%-44s %-22s %s\n' "tesseract --psm 6, one process a page" "$(per_page wall t1)" "$(per_page cpu t1)"
printf '%-44s %-22s %s\n' "tesseract --psm 6, $cores processes" "$(per_page wall tn)" "$(per_page cpu tn)"
echo "ratio on all cores, xxgk / tesseract: wall $(ratio wall xn tn); CPU $(ratio cpu xn tn)"
echo "ratio on one thread, xxgk / tesseract: wall $(ratio wall x1 t1); CPU $(ratio cpu x1 t1)"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
