#!/usr/bin/env bash
# Render benchmark. Numbers, not pass/fail. Output under bench/out/render/.
#
#   bench/render/run.sh NEWSGRAPH_BINARY [NODES EDGES [ENGINE...]]   (default 3000 6000 sfdp)
#     A synthetic graph of NODES entities and EDGES relations (synthetic_graph.py) drawn by
#     `newsgraph diagram` (load, centrality, cgraph, Graphviz layout and SVG):
#       - with the defaults, which are those of build's graph.svg: at most 100 entities and
#         200 relations (the most connected), laid out by dot;
#       - whole (--max-entities 0) with each ENGINE given (dot on thousands of entities
#         does not finish: give it only with a timeout in mind, RENDER_TIMEOUT, default 900 s).
#     With BENCH_CLI=1 also the bare Graphviz CLI on the same DOT.
#
#   bench/render/run.sh NEWSGRAPH_BINARY --corpus ARTICLES_DIR
#     `newsgraph build` on a corpus with --no-svg and with the default graph.svg (one
#     thread), so the difference is the rendering.
#
# Wall and CPU (user+sys) seconds: other work on the machine stretches the wall time, not
# the CPU time.
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../out/render"
mkdir -p "$out"
limit=${RENDER_TIMEOUT:-900}

timed() {  # timed LABEL COMMAND...: "LABEL: W s wall, C s CPU" (or the timeout); removes $RESULT first
  local label=$1; shift
  local t; t=$(mktemp)
  rm -f "$RESULT"
  if /usr/bin/time -f '%e %U %S' -o "$t" timeout "$limit" "$@" > /dev/null 2> "$out/last.err"; then
    awk -v l="$label" '{printf "%s: %.2f s wall, %.2f s CPU\n", l, $1, $2 + $3}' "$t"
  else
    echo "$label: failed or stopped after $limit s ($(tail -1 "$out/last.err"))"
  fi
  rm -f "$t"
}

svg_counts() {  # entity nodes and edges drawn in an SVG (legend nodes left out)
  local nodes edges
  nodes=$(grep -A1 'class="node"' "$1" | grep -o '<title>[^<]*</title>' | grep -vc '<title>legend:' || true)
  edges=$(grep -c 'class="edge"' "$1" || true)
  echo "$(basename "$1"): $nodes entities, $edges relations drawn, $(stat -c %s "$1") bytes"
}

if [ "${2:-}" = "--corpus" ]; then
  articles=$3
  name=$(basename "$(dirname "$articles")")
  RESULT=/nonexistent
  timed "$name build --no-svg" "$bin" build "$articles" -o "$out/$name-nosvg" -j 1 --quiet --no-svg
  timed "$name build (graph.svg, defaults)" "$bin" build "$articles" -o "$out/$name-svg" -j 1
  echo "$name graph: $(grep -o '[0-9]* entities, [0-9]* relations' "$out/last.err")"
  svg_counts "$out/$name-svg/graph.svg"
  # The drawing alone, from the built graph: the default cap, and the whole graph by sfdp.
  RESULT="$out/$name-default.svg"
  timed "$name newsgraph diagram (defaults)" "$bin" diagram "$out/$name-svg" -o "$RESULT" --quiet
  RESULT="$out/$name-sfdp.svg"
  timed "$name newsgraph diagram --engine sfdp --max-entities 0" \
    "$bin" diagram "$out/$name-svg" --engine sfdp --max-entities 0 -o "$RESULT" --quiet
  [ -s "$RESULT" ] && svg_counts "$RESULT"
  exit 0
fi

nodes=${2:-3000}
edges=${3:-6000}
shift $(( $# >= 3 ? 3 : $# ))
engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(sfdp)
graph="$out/synthetic-$nodes-$edges.jsonld"
python3 "$here/synthetic_graph.py" "$nodes" "$edges" "$graph"
echo "graph: $nodes entities, $edges relations ($graph)"

RESULT="$out/synthetic-default.svg"
timed "default (cap 100 entities, auto engine): newsgraph diagram -> svg" \
  "$bin" diagram "$graph" -o "$out/synthetic-default.svg" --quiet
svg_counts "$out/synthetic-default.svg"
for engine in "${engines[@]}"; do
  RESULT="$out/synthetic-$engine.svg"
  timed "$engine, whole graph (--max-entities 0): newsgraph diagram -> svg" \
    "$bin" diagram "$graph" --engine "$engine" --max-entities 0 -o "$out/synthetic-$engine.svg" --quiet
  [ -s "$out/synthetic-$engine.svg" ] && svg_counts "$out/synthetic-$engine.svg"
  if [ "${BENCH_CLI:-0}" = 1 ]; then
    # The DOT the diagram command lays out (its "layout" attribute names the engine).
    "$bin" diagram "$graph" --engine "$engine" --max-entities 0 -o "$out/synthetic-$engine.dot" --quiet
    RESULT="$out/synthetic-cli-$engine.svg"
    timed "$engine: $engine -Tsvg on the same DOT" \
      "$engine" -Tsvg "$out/synthetic-$engine.dot" -o "$out/synthetic-cli-$engine.svg"
  fi
done
