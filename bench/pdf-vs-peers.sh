#!/usr/bin/env bash
# Times xxgk's CLI against tabula-java's own CLI (all pages) and poppler's pdftotext on the same PDFs,
# batch for batch (one process over the whole folder, as a researcher runs them) and one process per file.
#
#   bench/pdf-vs-peers.sh [PDF...]          default: every PDF of ../shared/corpus except the scans
#   COPIES=10 PER_FILE=8 bench/pdf-vs-peers.sh
#
# COPIES: each PDF is copied this many times, each copy made distinct by a trailing PDF comment (the bytes
# differ, the content does not), so xxgk's journal cannot reuse an earlier answer and every tool reads
# COPIES x files. PER_FILE: how many of them are also run one process per file.
# Needs: target/xxgk.jar (mvn -q package -DskipTests), Maven (for tabula's classpath), pdftotext.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${COPIES:-5}
per_file=${PER_FILE:-8}
if [ $# -eq 0 ]; then
    set -- $(ls ../shared/corpus/*/*.pdf | grep -v '/scan\.pdf$')
fi
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install poppler-utils" >&2; exit 2; }
[ -f target/xxgk.jar ] || { echo "target/xxgk.jar missing: mvn -q package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/xxgk" "$work/tabula"
n=0
for c in $(seq "$copies"); do
    for f in "$@"; do
        n=$((n + 1))
        name=$(printf '%05d.pdf' "$n")
        cp "$f" "$work/xxgk/$name"
        printf '\n%% copy %d\n' "$c" >> "$work/xxgk/$name"
        cp "$work/xxgk/$name" "$work/tabula/$name"
    done
done
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1 \
    || mvn -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
tabula_cp=$(cat "$work/cp.txt")

# seconds of wall time a command takes, its output discarded
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
each_file() { # each_file N CMD... : runs CMD FILE for the first N PDFs, one process each
    local k=$1
    shift
    for f in $(ls "$work/xxgk"/*.pdf | head -n "$k"); do
        "$@" "$f"
    done
}
xxgk_one() { java -jar target/xxgk.jar extract "$1" -o "$work/one.csv" --progress none; rm -rf "$work/.one.csv.journal"; }
tabula_one() { java -cp "$tabula_cp" technology.tabula.CommandLineApp -p all -o /dev/null "$1"; }
pdftotext_one() { pdftotext -layout "$1" /dev/null; }

echo "$n PDFs ($# distinct x $copies copies), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
x1=$(seconds java -jar target/xxgk.jar extract "$work/xxgk" -o "$work/x1.csv" --threads 1 --progress none)
rm -rf "$work/.x1.csv.journal"
x2=$(seconds java -jar target/xxgk.jar extract "$work/xxgk" -o "$work/x2.csv" --progress none)
tb=$(seconds java -cp "$tabula_cp" technology.tabula.CommandLineApp -b "$work/tabula" -p all)
pt=$(seconds each_file "$n" pdftotext_one)
xp=$(seconds each_file "$per_file" xxgk_one)
tp=$(seconds each_file "$per_file" tabula_one)
pp=$(seconds each_file "$per_file" pdftotext_one)

ms() { echo "scale=1; 1000 * $1 / $2" | bc -l; }
ratio() { echo "scale=2; $1 / $2" | bc -l; }
printf '%-52s %10s %10s\n' "one process over the folder" "total s" "ms/PDF"
printf '%-52s %10.2f %10s\n' "xxgk extract --threads 1" "$x1" "$(ms "$x1" "$n")"
printf '%-52s %10.2f %10s\n' "xxgk extract (default threads: one per core)" "$x2" "$(ms "$x2" "$n")"
printf '%-52s %10.2f %10s\n' "tabula -b DIR -p all" "$tb" "$(ms "$tb" "$n")"
printf '%-52s %10.2f %10s\n' "pdftotext -layout, a process per file" "$pt" "$(ms "$pt" "$n")"
printf '%-52s %10s %10s\n' "one process per file (first $per_file PDFs)" "total s" "ms/PDF"
printf '%-52s %10.2f %10s\n' "xxgk extract FILE" "$xp" "$(ms "$xp" "$per_file")"
printf '%-52s %10.2f %10s\n' "tabula -p all FILE" "$tp" "$(ms "$tp" "$per_file")"
printf '%-52s %10.2f %10s\n' "pdftotext -layout FILE" "$pp" "$(ms "$pp" "$per_file")"
echo "batch: tabula / xxgk = $(ratio "$tb" "$x1") (1 thread), $(ratio "$tb" "$x2") (default threads);" \
    "xxgk / pdftotext = $(ratio "$x1" "$pt") (1 thread), $(ratio "$x2" "$pt") (default threads)"
echo "per file: tabula / xxgk = $(ratio "$tp" "$xp"); xxgk / pdftotext = $(ratio "$xp" "$pp")"
rows=$(($(wc -l < "$work/x1.csv") - 1))
echo "xxgk wrote $rows cells (--threads 1); identical with default threads: $(cmp -s "$work/x1.csv" "$work/x2.csv" && echo yes || echo no)"
