#!/usr/bin/env bash
# ctest entry: builds a graph with the real binary (from ARTICLES_DIR, default the example
# articles), exports it as N-Quads, and checks both with linked-data tools (validate.sh),
# then checks that the SHACL shapes reject broken graphs (shapes_selftest.mjs).
#   linked_data_test.sh NEWSGRAPH_BINARY [ARTICLES_DIR]
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
articles=${2:-$here/../../examples/articles}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build "$articles" -o "$out/graph" --quiet --no-svg
"$bin" export "$out/graph" --format nquads -o "$out/graph.nq" --quiet
# serdi (Debian's serd) is a strict N-Quads parser: the export must read back as it is.
if command -v serdi >/dev/null; then
  serdi -q -i nquads -o nquads "$out/graph.nq" > "$out/reread.nq"
  [ "$(wc -l < "$out/reread.nq")" -eq "$(wc -l < "$out/graph.nq")" ] || { echo "FAIL: serdi read a different number of quads"; exit 1; }
  echo "serdi: $(wc -l < "$out/graph.nq") quads parsed"
else
  echo "serdi not installed (apt-get install serdi): strict N-Quads parse skipped"
fi
bash "$here/validate.sh" "$out/graph/graph.jsonld" "$out/graph.nq"
node "$here/shapes_selftest.mjs" "$out/graph/graph.jsonld"
