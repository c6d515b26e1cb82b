#!/usr/bin/env bash
# End-to-end: build the seeds' graph with the real binary and check every output with a real
# client: the JSON-LD through the scorer (which expands it with the reference JSON-LD
# processor and fails on invalid JSON-LD), the DOT through cgraph's reader (gvpr/dot) and
# a render with `dot -Tsvg`. Prints the score's summary line for CI logs.
#   seeds_e2e.sh NEWSGRAPH_BINARY SHARED_DIR
set -euo pipefail
bin=$1
shared=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build "$shared/corpus/seeds" -o "$out" --quiet
for f in graph.jsonld graph.dot graph.svg; do
  [ -s "$out/$f" ] || { echo "FAIL: $f missing or empty"; exit 1; }
done

# JSON-LD: valid for jsonld.js, and good enough on the gold annotations.
"$shared/eval/score" "$shared/eval/seeds.gold.json" "$out/graph.jsonld" \
  --min entity_f1=0.5 --min doc_date=0.5 > "$out/score.txt" || { cat "$out/score.txt"; exit 1; }
echo "seeds: $(tail -n 1 "$out/score.txt")"

# DOT: parsed back by cgraph (gvpr reads with agread) with the same node count, and rendered.
read_back=$(gvpr 'BEG_G { printf("%d %d", nNodes($), nEdges($)); }' "$out/graph.dot")
nodes_read=${read_back% *}
edges_read=${read_back#* }
[ "${nodes_read:-0}" -gt 0 ] && [ "${edges_read:-0}" -gt 0 ] || { echo "FAIL: cgraph read '$read_back' from graph.dot"; exit 1; }
dot -Tsvg "$out/graph.dot" -o "$out/rendered.svg"
grep -q "<svg" "$out/rendered.svg" || { echo "FAIL: dot did not render graph.dot"; exit 1; }
echo "dot: $nodes_read nodes and $edges_read edges read back by cgraph, rendered by dot -Tsvg"
