#!/usr/bin/env bash
# Validates a newsgraph graph.jsonld with real linked-data tools (see validate.mjs):
# JSON-LD expansion and toRDF offline, SHACL shapes, and with a second argument, that an
# N-Quads file holds the same RDF. Installs the pinned npm packages (package-lock.json)
# into tests/linked_data/node_modules on first use, and again when the lock file changes.
#   validate.sh GRAPH.jsonld [GRAPH.nq]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: validate.sh GRAPH.jsonld [GRAPH.nq]" >&2; exit 2; }

install() {
  # One installer at a time (ctest may run several linked-data tests at once).
  exec 9>"$here/.install.lock"
  flock 9
  if ! cmp -s "$here/package-lock.json" "$here/node_modules/.newsgraph-installed-lock" 2>/dev/null; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
    cp "$here/package-lock.json" "$here/node_modules/.newsgraph-installed-lock"
  fi
  flock -u 9
}
install

args=("$1")
[ $# -eq 2 ] && args+=(--nquads "$2")
exec node "$here/validate.mjs" "${args[@]}"
