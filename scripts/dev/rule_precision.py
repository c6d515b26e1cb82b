#!/usr/bin/env python3
"""Measures the precision of each relation rule against gold annotations, the way the
confidences in ontology/patterns/relations.jsonl were set:
    rule_precision.py GOLD.json GRAPH.jsonld [GOLD2.json GRAPH2.jsonld ...]
A relation counts as correct when both ends map to one gold entity (same name folding as
../shared/eval/score) and the (subject, predicate, object) triple is gold."""
import json
import re
import sys
import unicodedata
from collections import defaultdict

SYMMETRIC = {"metWith", "cooperatesWith", "clashedWith"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['\u2018\u2019\u02bc]", "", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def key(p, s, o):
    return (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)


def main(pairs):
    hits, totals = defaultdict(int), defaultdict(int)
    for gold_path, graph_path in pairs:
        gold = json.load(open(gold_path))
        by_name = defaultdict(set)
        for e in gold["entities"]:
            for n in [e["name"], *e.get("aliases", [])]:
                by_name[norm(n)].add(e["id"])
        gold_rel = {key(r["predicate"], r["subject"], r["object"]) for r in gold["relations"]}
        graph = json.load(open(graph_path))["@graph"]
        node_gold = {}
        for n in graph:
            names = [n.get("name", "")] + n.get("alternateName", [])
            ids = set().union(*[by_name.get(norm(x), set()) for x in names if x])
            node_gold[n["@id"]] = next(iter(ids)) if len(ids) == 1 else None
        for n in graph:
            if n.get("@type") != "rdf:Statement":
                continue
            pred = n["predicate"]["@id"].split("#")[-1].split(":")[-1]
            s, o = node_gold.get(n["subject"]["@id"]), node_gold.get(n["object"]["@id"])
            correct = s is not None and o is not None and key(pred, s, o) in gold_rel
            for rule in {ev["rule"] for ev in n.get("evidence", [])}:
                totals[rule] += 1
                hits[rule] += correct
    for rule in sorted(totals, key=lambda r: -totals[r]):
        print(f"{rule:32} {hits[rule]:3}/{totals[rule]:<3} precision {hits[rule] / totals[rule]:.2f}")
    return hits, totals


def update_confidences(path, hits, totals):
    """Sets each pattern's confidence to its smoothed measured precision,
    (hits + 2 * prior) / (total + 2) with the pattern's current confidence as the prior,
    so a rule seen twice moves a little and a rule seen twenty times moves to its data."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    for line in lines:
        if line.startswith("{"):
            r = json.loads(line)
            if r["id"] in totals:
                prior = r["confidence"]
                r["confidence"] = round((hits[r["id"]] + 2 * prior) / (totals[r["id"]] + 2), 2)
            line = json.dumps(r)
        out.append(line)
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    args = sys.argv[1:]
    target = None
    if "--update" in args:
        i = args.index("--update")
        target = args[i + 1]
        del args[i:i + 2]
    hits, totals = main(list(zip(args[0::2], args[1::2])))
    if target:
        update_confidences(target, hits, totals)
