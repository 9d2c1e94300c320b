#!/usr/bin/env bash
# Files/s of the Spark job (io.github.xxgk.spark.ExtractJob under spark-submit's class, Spark's jars first) at
# local[1] and local[2] on the same inputs, and the per-file costs by kind that the cluster estimate of bench/RESULTS.md
# starts from (the status table's milliseconds: extraction time per file, in one task).
#
#   bench/spark-files-per-second.sh [FILE...]     default: the born-digital PDFs, web pages and text of ../shared/corpus
#   COPIES=4 bench/spark-files-per-second.sh
#
# JVM_OPTS: more options for the JVM that runs Spark (local mode: driver and executor), e.g. -XX:TieredStopAtLevel=1.
# COPIES: each file is copied this many times, each copy made distinct by a trailing comment (the bytes differ,
# the content does not), so the journal cannot reuse an earlier answer. Each run starts with --force.
# Needs: target/xxgk.jar (mvn -q package -DskipTests), Maven (for Spark's classpath, .ci/spark/pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${COPIES:-4}
if [ $# -eq 0 ]; then
    set -- $(ls ../shared/corpus/*/{chrome,writer,plain,locked,clipped,published}.pdf ../shared/corpus/*/source.html \
        ../shared/corpus/*/tabbed.txt 2>/dev/null)
fi
[ -f target/xxgk.jar ] || { echo "target/xxgk.jar missing: mvn -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
n=0
for c in $(seq "$copies"); do
    for f in "$@"; do
        n=$((n + 1))
        ext=${f##*.}
        name=$(printf '%05d.%s' "$n" "$ext")
        cp "$f" "$work/in/$name"
        case "$ext" in
            pdf) printf '\n%% copy %d\n' "$c" >> "$work/in/$name" ;;
            html) printf '\n<!-- copy %d -->\n' "$c" >> "$work/in/$name" ;;
            *) printf '\n' >> "$work/in/$name"; for _ in $(seq "$c"); do printf ' ' >> "$work/in/$name"; done ;;
        esac
    done
done
mvn -q -B -o -f .ci/spark/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1 \
    || mvn -q -B -f .ci/spark/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
opens=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
run() { # run CORES: seconds of wall time for the whole process, JVM and Spark start included
    local start end
    start=$(date +%s.%N)
    java $opens ${JVM_OPTS:-} -cp "$(cat "$work/cp.txt")" org.apache.spark.deploy.SparkSubmit --master "local[$1]" \
        --driver-memory 2g --conf spark.ui.enabled=false --conf spark.driver.bindAddress=127.0.0.1 \
        --conf spark.driver.host=127.0.0.1 --class io.github.xxgk.spark.ExtractJob target/xxgk.jar "$work/in" \
        --out "$work/out$1" --csv --force >"$work/log$1" 2>&1 || { tail -30 "$work/log$1" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
echo "$n files ($# distinct x $copies copies), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
# the job's own time (ExtractJob's last line): from the Spark session being up to the last table written, without the
# JVM's and Spark's start, which a cluster pays once per application, not per file
job() { sed -n 's/.*the job took \([0-9.]*\) s.*/\1/p' "$work/log$1" | tail -1; }
s1=$(run 1); j1=$(job 1)
s2=$(run 2); j2=$(job 2)
printf 'local[1]: %.1f s in all, %.1f s the job: %.2f files/s (job)\n' "$s1" "$j1" "$(echo "$n / $j1" | bc -l)"
printf 'local[2]: %.1f s in all, %.1f s the job: %.2f files/s (job)\n' "$s2" "$j2" "$(echo "$n / $j2" | bc -l)"
printf 'speed-up local[2] / local[1]: %.2fx the job, %.2fx in all\n' "$(echo "$j1 / $j2" | bc -l)" "$(echo "$s1 / $s2" | bc -l)"
# the extraction stage alone (Spark's first job writing the staged outcomes as Parquet): the part that grows with
# the inputs; the rest of the job (the tables, a dozen small stages) is a fixed cost of a few seconds a table
stage() { sed -n 's/.*finished: parquet at ExtractJob.java:[0-9]*, took \([0-9.]*\) ms.*/\1/p' "$work/log$1" | head -1; }
e1=$(stage 1); e2=$(stage 2)
if [ -n "$e1" ] && [ -n "$e2" ]; then
    printf 'extraction stage: local[1] %.1f s, local[2] %.1f s, speed-up %.2fx\n' "$(echo "$e1 / 1000" | bc -l)" \
        "$(echo "$e2 / 1000" | bc -l)" "$(echo "$e1 / $e2" | bc -l)"
fi
# per-file extraction time by kind, from local[1]'s status table (columns by name: the CSV's header)
python3 - "$work"/out1/status/*.csv <<'PY'
import csv, sys
n, ms = {}, {}
for name in sys.argv[1:]:
    with open(name, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["status"] == "ok":
                n[r["kind"]] = n.get(r["kind"], 0) + 1
                ms[r["kind"]] = ms.get(r["kind"], 0) + float(r["milliseconds"])
for k in sorted(n):
    print(f"{k}: {n[k]} files, {ms[k] / n[k]:.0f} ms per file (extraction, one core)")
PY
