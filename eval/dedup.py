#!/usr/bin/env python3
"""Pairwise precision/recall of duplicate detection on a labelled set (default ../shared/devset),
and the same for a sweep of near_threshold values, to choose the default by measurement.
usage: eval/dedup.py [DEVSET_DIR] [--sweep]"""
import itertools, json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
devset = args[0] if args else os.path.join(root, "..", "shared", "devset")
subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
binary = os.path.join(root, "target", "release", "wirestream")
gold = [json.loads(l) for l in open(os.path.join(devset, "gold.jsonl"))]
lines = "".join(json.dumps({"id": json.loads(l)["id"], "raw": json.loads(l)["raw"]}) + "\n"
                for l in open(os.path.join(devset, "articles.jsonl")))

def run(threshold=None):
    env = dict(os.environ)
    if threshold is not None:
        env["WIRESTREAM__DEDUP__NEAR_THRESHOLD"] = str(threshold)
    out = subprocess.run([binary, "process"], input=lines.encode(), capture_output=True, check=True, env=env)
    events = [json.loads(l) for l in out.stdout.decode().splitlines()]
    pred = {e["article"]["id"]: e["dedup"]["cluster_id"] for e in events if "article" in e}
    truth = {g["id"]: g.get("duplicate_cluster") for g in gold}
    tp = fp = fn = 0
    for a, b in itertools.combinations(truth, 2):
        p = pred.get(a) == pred.get(b)
        t = truth[a] is not None and truth[a] == truth[b]
        tp += p and t; fp += p and not t; fn += t and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, tp, fp, fn

if "--sweep" in sys.argv:
    for th in [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]:
        p, r, tp, fp, fn = run(th)
        print(f"near_threshold={th:.1f} precision={p:.3f} recall={r:.3f} (tp {tp} fp {fp} fn {fn})")
else:
    p, r, tp, fp, fn = run()
    print(f"dedup pairs: precision={p:.3f} recall={r:.3f} (tp {tp} fp {fp} fn {fn})")
