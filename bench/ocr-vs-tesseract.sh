#!/usr/bin/env bash
# OCR of scanned reports: xxgk's whole CLI run against whole-page `tesseract PAGE.png - -l chi_sim --psm 6`, the
# first thing a user tries, over the same pages. Both single-threaded, then both on every core
# (tesseract: one process a page, OMP_THREAD_LIMIT=1, as Debian's OpenMP build is several times slower without).
# Usage: bench/ocr-vs-tesseract.sh [CORPUS]   (default ../shared/corpus; needs pdftoppm, tesseract, target/xxgk.jar)
set -euo pipefail
corpus=${1:-../shared/corpus}
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
echo "$i files, $pages pages, $cores cores"
t() { local s; s=$(date +%s.%N); "$@" > /dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
x1=$(t java -jar target/xxgk.jar extract "$work/in" -o "$work/x1.csv" --threads 1 --timeout 0 --progress none --force)
xn=$(t java -jar target/xxgk.jar extract "$work/in" -o "$work/xn.csv" --threads "$cores" --timeout 0 --progress none --force)
t1=$(t bash -c "for p in $work/png/*.png; do OMP_THREAD_LIMIT=1 tesseract \$p - -l chi_sim --psm 6; done")
tn=$(t bash -c "ls $work/png/*.png | OMP_THREAD_LIMIT=1 xargs -P $cores -I{} tesseract {} - -l chi_sim --psm 6")
printf '%-44s %8s %10s\n' "" "s/page" "pages/s"
printf '%-44s %8.2f %10.2f\n' "xxgk extract --threads 1 (whole CLI run)" "$(echo "$x1/$pages" | bc -l)" "$(echo "$pages/$x1" | bc -l)"
printf '%-44s %8.2f %10.2f\n' "xxgk extract --threads $cores" "$(echo "$xn/$pages" | bc -l)" "$(echo "$pages/$xn" | bc -l)"
printf '%-44s %8.2f %10.2f\n' "tesseract --psm 6, one process a page" "$(echo "$t1/$pages" | bc -l)" "$(echo "$pages/$t1" | bc -l)"
printf '%-44s %8.2f %10.2f\n' "tesseract --psm 6, $cores processes" "$(echo "$tn/$pages" | bc -l)" "$(echo "$pages/$tn" | bc -l)"
echo "ratio on all cores, xxgk / tesseract: $(echo "$xn/$tn" | bc -l | cut -c1-5)"
