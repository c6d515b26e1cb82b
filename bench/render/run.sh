#!/usr/bin/env bash
# Render benchmark: a synthetic graph of NODES entities and EDGES relations drawn by
# `newsgraph diagram` (load, centrality, cgraph, Graphviz layout and SVG rendering) with
# each engine given, timed; with BENCH_CLI=1 also the bare Graphviz CLI on the same DOT.
# Numbers, not pass/fail. Output under bench/out/render/.
#   bench/render/run.sh NEWSGRAPH_BINARY [NODES EDGES [ENGINE...]]   (default 3000 6000 sfdp dot)
set -euo pipefail
bin=$1
nodes=${2:-3000}
edges=${3:-6000}
shift $(( $# >= 3 ? 3 : $# ))
engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(sfdp dot)
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../out/render"
mkdir -p "$out"
graph="$out/synthetic-$nodes-$edges.jsonld"
python3 "$here/synthetic_graph.py" "$nodes" "$edges" "$graph"
echo "graph: $nodes entities, $edges relations ($graph)"
# Wall and CPU seconds: other work on the machine stretches the wall time, not the CPU time.
TIMEFORMAT='%R s wall, %U s user CPU'
for engine in "${engines[@]}"; do
  echo -n "$engine: newsgraph diagram -> svg: "
  { time "$bin" diagram "$graph" --engine "$engine" -o "$out/synthetic-$engine.svg" --quiet; } 2>&1
  echo "$engine: svg $(stat -c %s "$out/synthetic-$engine.svg") bytes"
  if [ "${BENCH_CLI:-0}" = 1 ]; then
    # The DOT the diagram command lays out (its "layout" attribute names the engine).
    "$bin" diagram "$graph" --engine "$engine" -o "$out/synthetic-$engine.dot" --quiet
    echo -n "$engine: $engine -Tsvg on the same DOT: "
    { time "$engine" -Tsvg "$out/synthetic-$engine.dot" -o "$out/synthetic-cli-$engine.svg"; } 2>&1
  fi
done
