#!/usr/bin/env bash
# Scores `wirestream process` on a labelled set with the set's own scorer (default ../shared/devset):
# P/R/F1 for persons, orgs, locations, countries, M49 regions, continents, primary countries, and
# dedup pairs. Usage: eval/enrich.sh [DEVSET_DIR] [--errors]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
devset=${1:-$root/../shared/devset}
[ "${1:-}" = "--errors" ] && devset=$root/../shared/devset
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    a = json.loads(line)
    print(json.dumps({"id": a["id"], "raw": a["raw"]}))
' "$devset/articles.jsonl" > "$tmp/in.jsonl"
"$root/target/release/wirestream" process --input "$tmp/in.jsonl" --output "$tmp/events.jsonl" 2>/dev/null
python3 "$devset/score.py" "$devset/gold.jsonl" "$tmp/events.jsonl"
echo
if [[ " $* " == *" --errors "* ]]; then
  python3 "$root/eval/entity_errors.py" "$devset/gold.jsonl" "$tmp/events.jsonl"
fi
