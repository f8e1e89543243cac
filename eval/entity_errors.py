#!/usr/bin/env python3
"""Lists, per article, the entities and countries a run got wrong (false positives and misses),
to read while improving rules. usage: entity_errors.py GOLD EVENTS"""
import json, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold().replace("\u2019", "'")
    s = re.sub(r"^the\s+", "", s.strip()).replace(".", "")
    return re.sub(r"\s+", " ", s).strip()

gold = [json.loads(l) for l in open(sys.argv[1])]
events = {json.loads(l)["article"]["id"]: json.loads(l) for l in open(sys.argv[2]) if '"article"' in l}
kinds = {"persons": "PERSON", "orgs": "ORGANIZATION", "locations": "LOCATION"}
for g in gold:
    ev = events.get(g["id"], {})
    cnames = {norm(c["name"]) for c in ev.get("regions", {}).get("countries", [])}
    lines = []
    for field, kind in kinds.items():
        want = {norm(x) for x in g[field]}
        got = []
        for e in ev.get("entities", []):
            if e["type"] != kind:
                continue
            forms = {norm(e["name"])} | {norm(m["text"]) for m in e["mentions"]}
            if kind == "LOCATION" and forms & cnames:
                continue
            got.append((e["name"], forms))
        fp = [n for n, f in got if not f & want]
        fn = [w for w in want if not any(w in f for _, f in got)]
        if fp or fn:
            lines.append(f"  {field}: extra {fp} missing {fn}")
    codes = {c["code"] for c in ev.get("regions", {}).get("countries", [])}
    prim = {c["code"] for c in ev.get("regions", {}).get("countries", []) if c["primary"]}
    if codes != set(g["countries"]):
        lines.append(f"  countries: extra {sorted(codes - set(g['countries']))} missing {sorted(set(g['countries']) - codes)}")
    if prim != set(g["primary_countries"]):
        lines.append(f"  primary: got {sorted(prim)} want {sorted(g['primary_countries'])}")
    if lines:
        print(g["id"]); print("\n".join(lines))
