#!/usr/bin/env bash
# Writes a large corpus for the robustness tests from the project's own articles:
#   make_big_corpus.sh DIR N [SOURCE_DIR]
# N articles, each an example or seed article (examples/articles, ../shared/corpus/seeds and
# dev when present) followed by the first paragraphs of two others, so that articles differ
# and the graph grows with N. Deterministic: the same N gives the same files.
set -euo pipefail
dir=${1:?usage: make_big_corpus.sh DIR N [SOURCE_DIR]}
count=${2:?usage: make_big_corpus.sh DIR N [SOURCE_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
root=${3:-$(cd "$here/../.." && pwd)}
templates=()
for folder in "$root/examples/articles" "$root/../shared/corpus/seeds" "$root/../shared/corpus/dev"; do
  [ -d "$folder" ] || continue
  while IFS= read -r f; do templates+=("$f"); done < <(find "$folder" -type f -name '*.txt' | sort)
done
[ ${#templates[@]} -gt 0 ] || { echo "make_big_corpus: no template articles" >&2; exit 1; }
mkdir -p "$dir"
t=${#templates[@]}
bodies=() third=() fourth=()
for f in "${templates[@]}"; do
  bodies+=("$(cat "$f")")
  third+=("$(awk 'BEGIN { RS = "" } NR == 3 { print; exit }' "$f")")
  fourth+=("$(awk 'BEGIN { RS = "" } NR == 4 { print; exit }' "$f")")
done
for ((i = 0; i < count; i++)); do
  printf '%s\n\n%s\n\n%s\n' "${bodies[i % t]}" "${third[(i * 7 + 3) % t]}" \
    "${fourth[(i * 13 + 5) % t]}" > "$dir/$(printf 'big_%05d.txt' "$i")"
done
