#!/usr/bin/env bash
# Determinism: the same corpus must give byte-identical graph.jsonld, graph.dot and
# graph.svg whatever the thread count and whatever order the inputs are named in.
# Corpus: examples/articles, plus ../shared/corpus/seeds and dev when present.
#   determinism_test.sh NEWSGRAPH_BINARY [SOURCE_DIR]
set -euo pipefail
bin=$(realpath "${1:?usage: determinism_test.sh NEWSGRAPH_BINARY [SOURCE_DIR]}")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
root=${2:-$(cd "$here/../.." && pwd)}

folders=("$root/examples/articles")
for extra in "$root/../shared/corpus/seeds" "$root/../shared/corpus/dev"; do
  [ -d "$extra" ] && folders+=("$(realpath "$extra")")
done
mapfile -t files < <(find "${folders[@]}" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.jsonl' \) | sort)
[ ${#files[@]} -gt 0 ] || fail "no articles under ${folders[*]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$root/ontology" "$work/ontology"  # one ontology for all builds, even mid-edit
build() {  # NAME THREADS PATH...
  local name=$1 threads=$2
  shift 2
  "$bin" build "$@" -o "$work/$name" --threads "$threads" --ontology "$work/ontology" --quiet 2>"$work/$name.stderr" ||
    { cat "$work/$name.stderr"; fail "build $name exited $?"; }
}
# Folders in order, one thread; folders reversed, two threads; every file named on its
# own in a shuffled order (fixed seed, so a failure can be replayed), two threads; and
# the first build again, which catches run-to-run differences (addresses, time).
build folders_1 1 "${folders[@]}"
reversed=()
for ((i = ${#folders[@]} - 1; i >= 0; i--)); do reversed+=("${folders[i]}"); done
build reversed_2 2 "${reversed[@]}"
mapfile -t shuffled < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes 42))
build files_shuffled_2 2 "${shuffled[@]}"
build folders_1_again 1 "${folders[@]}"

for f in graph.jsonld graph.dot graph.svg; do
  [ -s "$work/folders_1/$f" ] || fail "$f missing or empty"
  for other in reversed_2 files_shuffled_2 folders_1_again; do
    cmp "$work/folders_1/$f" "$work/$other/$f" >/dev/null ||
      { diff <(head -c 200000 "$work/folders_1/$f") <(head -c 200000 "$work/$other/$f") | head -20
        fail "$f differs between folders_1 and $other"; }
  done
done
echo "determinism: ${#files[@]} articles from ${#folders[@]} folders, 4 builds (1 and 2 threads," \
     "folder and file order changed), identical graph.jsonld, graph.dot and graph.svg"
