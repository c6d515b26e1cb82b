#!/usr/bin/env bash
# The README's first Quick start command: installs the Debian dependencies, builds
# newsgraph into build/, and runs the main job on examples/articles/ into output/.
# Extra CMake options can be passed in NEWSGRAPH_CMAKE_ARGS (CI sets -DNEWSGRAPH_WERROR=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Graphviz finds its layout and render plugins through a config file that a fresh
# install may lack until `dot -c` has run once.
dot -c 2>/dev/null || { [ "$(id -u)" -ne 0 ] && sudo dot -c; } || true
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo ${NEWSGRAPH_CMAKE_ARGS:-}
cmake --build build -j "$(nproc)"
./build/newsgraph build examples/articles -o output
echo "setup: done; the graph is in output/ (graph.jsonld, graph.dot, graph.svg)"
