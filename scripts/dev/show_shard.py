#!/usr/bin/env python3
"""Prints the mentions and relations of `newsgraph extract` shards, one article at a time,
for reading what the extractor did:  show_shard.py SHARD.jsonl [ARTICLE_ID_SUBSTRING]"""
import json
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    if len(sys.argv) > 2 and sys.argv[2] not in doc["id"]:
        continue
    print(f"== {doc['id']}  date={doc['date']} publisher={doc['publisher']!r} headline={doc['headline'][:60]!r}")
    ms = doc["mentions"]
    for i, m in enumerate(ms):
        ante = f" -> {ms[m['antecedent']]['name']}" if m["antecedent"] is not None else ""
        flags = (" REF" if m["is_reference"] else "") + (" ACR" if m["is_acronym"] else "")
        extra = "".join(f" {k}={m[k]!r}" for k in ("canonical", "acronym", "title") if m[k])
        print(f"  m{i:<3} {m['type'] or '?':22} {m['name']!r}{ante}{flags} [{m['rule']}]{extra}")
    for r in doc["relations"]:
        print(f"  R {ms[r['subject']]['name']!r} -{r['predicate']}-> {ms[r['object']]['name']!r} [{r['rule']}] {r['qualifier']!r} {r['date']}")
