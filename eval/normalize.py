#!/usr/bin/env python3
"""Normalization accuracy on a labelled set (default: ../shared/devset).

usage: eval/normalize.py [DEVSET_DIR] [--binary PATH] [-v]

Runs `wirestream process` over DEVSET/articles.jsonl and compares each event with DEVSET/gold.jsonl:
accuracy per field (title, dateline, wire_attribution, section, canonical_url) and the share of gold
boilerplate strings still present in bodies. Comparison folds quotes, NBSP and whitespace, as the
dev set's README prescribes. -v lists every miss.
"""
import json, os, re, subprocess, sys, unicodedata

def fold(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    devset = args[0] if args else os.path.join(root, "..", "shared", "devset")
    if "--binary" in sys.argv:
        binary = sys.argv[sys.argv.index("--binary") + 1]
    else:
        # Always rebuild (a no-op when current) so the figures are for this tree.
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
        binary = os.path.join(root, "target", "release", "wirestream")
    with open(os.path.join(devset, "articles.jsonl"), "rb") as f:
        out = subprocess.run([binary, "process"], stdin=f, capture_output=True, check=True)
    events = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    gold = [json.loads(l) for l in open(os.path.join(devset, "gold.jsonl"))]
    assert len(events) == len(gold), f"{len(events)} events for {len(gold)} gold lines"

    fields = {"title": [], "dateline": [], "wire_attribution": [], "section": [], "canonical_url": []}
    left, total_bp = [], 0
    for ev, g in zip(events, gold):
        art = ev.get("article") or {}
        dl = art.get("dateline") or {}
        got = {
            "title": art.get("title"),
            "dateline": dl.get("place"),
            "wire_attribution": art.get("wire"),
            "section": art.get("section"),
            "canonical_url": art.get("canonical_url"),
        }
        for k in fields:
            ok = fold(got[k]) == fold(g.get(k))
            fields[k].append(ok)
            if not ok and verbose:
                print(f"  {g['id']} {k}: got {got[k]!r}, want {g.get(k)!r}")
        body = art.get("body") or ""
        for bp in g.get("boilerplate", []):
            total_bp += 1
            if bp in body or fold(bp) in fold(body):
                left.append((g["id"], bp))
                if verbose:
                    print(f"  {g['id']} boilerplate left: {bp!r}")
    for k, v in fields.items():
        print(f"{k:18s} accuracy={sum(v) / len(v):.3f} ({sum(v)}/{len(v)})")
    print(f"boilerplate left   share={len(left) / max(total_bp, 1):.3f} ({len(left)}/{total_bp})")

if __name__ == "__main__":
    main()
