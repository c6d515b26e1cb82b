#!/usr/bin/env python3
"""Writes a synthetic newsgraph graph.jsonld for render benchmarks.

Shape like a news graph: preferential attachment (a few hubs, many entities with one or
two relations), the vocabulary's classes and predicates, one statement with one piece of
evidence per relation. Deterministic for a given seed.

usage: synthetic_graph.py NODES EDGES OUT.jsonld [--seed N]
"""
import argparse
import json
import random

CLASSES = ["Person", "Person", "Person", "Organization", "GovernmentOrganization", "MilitaryOrganization",
           "PoliticalParty", "Country", "City", "AdministrativeArea", "Place", "Event"]
PREDICATES = ["metWith", "holdsPositionIn", "memberOf", "locatedIn", "attacked", "alignedWith",
              "calledOn", "condemned", "cooperatesWith", "clashedWith", "deployedIn"]
NS = "https://newsgraph.dev/ontology#"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("nodes", type=int)
    ap.add_argument("edges", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ids = [f"e{i:05d}" for i in range(a.nodes)]
    # Preferential attachment: each new edge picks an end from the endpoint pool.
    pool = list(range(min(5, a.nodes)))
    pairs = set()
    while len(pairs) < a.edges:
        s = rng.randrange(a.nodes) if rng.random() < 0.5 else rng.choice(pool)
        o = rng.choice(pool) if rng.random() < 0.7 else rng.randrange(a.nodes)
        if s == o:
            continue
        p = rng.choice(PREDICATES)
        if (s, p, o) in pairs:
            continue
        pairs.add((s, p, o))
        pool += [s, o]
    graph = [{"@id": "article/a1", "@type": "NewsArticle", "identifier": "a1", "datePublished": "2024-01-01"}]
    out_edges = {}
    for s, p, o in sorted(pairs):
        out_edges.setdefault(s, {}).setdefault(p, []).append(o)
    for i, eid in enumerate(ids):
        node = {"@id": f"entity/{eid}", "@type": rng.choice(CLASSES), "name": f"Entity {i} {rng.choice('ABCDEFGH')}",
                "mentionCount": 1}
        for p, objs in sorted(out_edges.get(i, {}).items()):
            node[p] = [{"@id": f"entity/{ids[o]}"} for o in sorted(objs)]
        graph.append(node)
    for s, p, o in sorted(pairs):
        graph.append({"@id": f"statement/{ids[s]}--{p}--{ids[o]}", "@type": "rdf:Statement",
                      "subject": {"@id": f"entity/{ids[s]}"}, "predicate": {"@id": NS + p},
                      "object": {"@id": f"entity/{ids[o]}"}, "evidenceCount": 1,
                      "evidence": [{"@type": "ng:Evidence", "article": {"@id": "article/a1"},
                                    "sentence": f"Entity {s} {p} entity {o}.", "charStart": 0, "charEnd": 10}]})
    doc = {"@context": {"@base": "https://newsgraph.dev/id/", "ng": NS}, "@graph": graph}
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(doc, f)


if __name__ == "__main__":
    main()
