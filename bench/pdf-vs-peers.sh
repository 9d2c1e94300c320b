#!/usr/bin/env bash
# Times xxgk's CLI against tabula-java's own CLI (all pages) and poppler's pdftotext on the same PDFs: one
# process per file, one process over the distinct PDFs (cold), and one process over a long batch of copies.
#
#   bench/pdf-vs-peers.sh [PDF...]      default: the 21 born-digital PDFs of ../shared/corpus
#                                       (chrome, writer, plain, locked of each report, and 009/published.pdf;
#                                       not the scans, which need OCR, nor clipped.pdf)
#   COPIES=20 PER_FILE=8 REPEAT=3 bench/pdf-vs-peers.sh
#   CPU=1 ... bench/pdf-vs-peers.sh      CPU seconds (user + sys) instead of wall time: on a shared machine
#                                       wall time measures the other users; the ratios hold for CPU then
#
# COPIES: the long batch holds each PDF this many times, each copy made distinct by a trailing PDF comment
# (the bytes differ, the content does not), so xxgk's journal cannot reuse an earlier answer. PER_FILE: how
# many of the distinct PDFs are also run one process per file. REPEAT: every measurement is taken this many
# times, the tools interleaved, so that each ratio compares runs made side by side; the spread of each
# figure and ratio over the repeats is printed (on a shared machine it is wide).
# xxgk runs two ways: bin/xxgk (the launcher: class-data archive, JVM options) and plain `java -jar`.
# Needs: target/xxgk.jar (mvn -q package -DskipTests), Maven (for tabula's classpath), pdftotext, bc.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${COPIES:-20}
per_file=${PER_FILE:-8}
repeat=${REPEAT:-3}
if [ $# -eq 0 ]; then
    set -- ../shared/corpus/*/chrome.pdf ../shared/corpus/*/writer.pdf ../shared/corpus/*/plain.pdf \
        ../shared/corpus/*/locked.pdf ../shared/corpus/*/published.pdf
fi
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install poppler-utils" >&2; exit 2; }
[ -f target/xxgk.jar ] || { echo "target/xxgk.jar missing: mvn -q package -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/distinct" "$work/batch"
n=0
for f in "$@"; do
    n=$((n + 1))
    cp "$f" "$work/distinct/$(printf '%05d.pdf' "$n")"
done
m=0
for c in $(seq "$copies"); do
    for f in "$work/distinct"/*.pdf; do
        m=$((m + 1))
        name="$work/batch/$(printf '%05d.pdf' "$m")"
        cp "$f" "$name"
        printf '\n%% copy %d\n' "$c" >> "$name"
    done
done
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1 \
    || mvn -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
tabula_cp=$(cat "$work/cp.txt")

# seconds a command takes, its output discarded: wall time, or with CPU=1 the CPU time (user + sys) of it and
# its child processes (bash's time keyword; it times shell functions too)
seconds() {
    local TIMEFORMAT='%R'
    if [ "${CPU:-0}" = 1 ]; then TIMEFORMAT='%U + %S'; fi
    { time "$@" >/dev/null 2>&1 || true; } 2>"$work/time"
    bc -l < "$work/time"
}
each() { # each DIR N CMD... : runs CMD FILE for the first N PDFs of DIR, one process each
    local dir=$1 k=$2
    shift 2
    for f in $(ls "$dir"/*.pdf | head -n "$k"); do
        "$@" "$f"
    done
}
launcher() { bin/xxgk "$@" --progress none --force; }
plainjar() { java -jar target/xxgk.jar "$@" --progress none --force; }
xxgk_one() { "$1" extract "$2" -o "$work/one.csv"; }
tabula_one() { java -cp "$tabula_cp" technology.tabula.CommandLineApp -p all -o /dev/null "$1"; }
pdftotext_one() { pdftotext -layout "$1" /dev/null; }

declare -A t # t[name,repeat] = seconds
measure() { # measure NAME CMD...
    local name=$1
    shift
    t[$name,$r]=$(seconds "$@")
}
for r in $(seq "$repeat"); do
    measure one_launcher each "$work/distinct" "$per_file" xxgk_one launcher
    measure one_jar each "$work/distinct" "$per_file" xxgk_one plainjar
    measure one_tabula each "$work/distinct" "$per_file" tabula_one
    measure one_pdftotext each "$work/distinct" "$per_file" pdftotext_one
    measure cold_launcher launcher extract "$work/distinct" -o "$work/cold.csv"
    measure cold_jar plainjar extract "$work/distinct" -o "$work/cold.csv"
    measure cold_pdftotext each "$work/distinct" "$n" pdftotext_one
    measure batch1_launcher launcher extract "$work/batch" -o "$work/b1.csv" --threads 1
    measure batchN_launcher launcher extract "$work/batch" -o "$work/bN.csv"
    measure batch1_jar plainjar extract "$work/batch" -o "$work/j1.csv" --threads 1
    measure batchN_jar plainjar extract "$work/batch" -o "$work/jN.csv"
    measure batch_tabula java -cp "$tabula_cp" technology.tabula.CommandLineApp -b "$work/batch" -p all
    measure batch_pdftotext each "$work/batch" "$m" pdftotext_one
done

spread() { # spread FORMAT : the median, min and max of the numbers on stdin, printed with FORMAT
    sort -g | awk -v f="$1" '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf f, m, v[1], v[NR]}'
}
per() { # per NAME COUNT : ms per PDF, median (min-max) over the repeats
    for r in $(seq "$repeat"); do echo "scale=4; 1000 * ${t[$1,$r]} / $2" | bc -l; done | spread '%7.1f (%.1f-%.1f)'
}
ratio() { # ratio A B : A/B per repeat (side by side), median (min-max)
    for r in $(seq "$repeat"); do echo "scale=4; ${t[$1,$r]} / ${t[$2,$r]}" | bc -l; done | spread '%.2f (%.2f-%.2f)'
}
row() { printf '%-58s %s\n' "$1" "$(per "$2" "$3")"; }

echo "$n distinct PDFs; batch: $m ($copies copies); $(nproc) cores; $([ "${CPU:-0}" = 1 ] && echo "CPU time" || echo "wall time"); $repeat repeats; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-58s %s\n' "ms per PDF, median (min-max) over the repeats" ""
echo "one process per file (first $per_file PDFs)"
row "  bin/xxgk extract FILE" one_launcher "$per_file"
row "  java -jar target/xxgk.jar extract FILE" one_jar "$per_file"
row "  tabula -p all FILE" one_tabula "$per_file"
row "  pdftotext -layout FILE" one_pdftotext "$per_file"
echo "the $n PDFs, one process (cold)"
row "  bin/xxgk extract DIR" cold_launcher "$n"
row "  java -jar target/xxgk.jar extract DIR" cold_jar "$n"
row "  pdftotext -layout, a process per file" cold_pdftotext "$n"
echo "long batch: $m PDFs, one process"
row "  bin/xxgk extract DIR --threads 1" batch1_launcher "$m"
row "  bin/xxgk extract DIR (default threads: one per core)" batchN_launcher "$m"
row "  java -jar target/xxgk.jar extract DIR --threads 1" batch1_jar "$m"
row "  java -jar target/xxgk.jar extract DIR (default threads)" batchN_jar "$m"
row "  tabula -b DIR -p all" batch_tabula "$m"
row "  pdftotext -layout, a process per file" batch_pdftotext "$m"
echo "ratios, each from runs side by side, median (min-max) over the repeats"
echo "  one file: bin/xxgk / tabula = $(ratio one_launcher one_tabula); java -jar / tabula = $(ratio one_jar one_tabula)"
echo "  cold: bin/xxgk / pdftotext loop = $(ratio cold_launcher cold_pdftotext); java -jar / pdftotext loop = $(ratio cold_jar cold_pdftotext)"
echo "  long batch, 1 thread: bin/xxgk / pdftotext loop = $(ratio batch1_launcher batch_pdftotext); java -jar / pdftotext loop = $(ratio batch1_jar batch_pdftotext)"
echo "  long batch, 1 thread / default threads: bin/xxgk $(ratio batch1_launcher batchN_launcher); java -jar $(ratio batch1_jar batchN_jar)"
echo "  long batch: tabula / bin/xxgk default threads = $(ratio batch_tabula batchN_launcher)"
same=yes
for f in "$work/bN.csv" "$work/j1.csv" "$work/jN.csv"; do cmp -s "$work/b1.csv" "$f" || same=no; done
echo "xxgk wrote $(($(wc -l < "$work/b1.csv") - 1)) cells; the four batch runs' CSVs identical: $same"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
