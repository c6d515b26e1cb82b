#!/usr/bin/env bash
# End-to-end: a graph that grows gives the same bytes as a full rebuild.
#   build(A ∪ B)  ==  build(A) then add(B)
# on graph.jsonld, graph.dot and articles.jsonl, with A and B interleaved in path order
# (files 1 3 5 / 2 4 6, so add must merge in the order build reads). Then adding a file
# the graph already has, and an add with no articles, leave the graph as it is; and add
# refuses a folder that is not a graph.
#   add_e2e.sh NEWSGRAPH_BINARY ARTICLES_DIR   (ARTICLES_DIR: at least 4 .txt articles)
set -euo pipefail
bin=$(realpath "$1")
articles=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
same() {  # same DIR1 DIR2 WHAT
  for f in graph.jsonld graph.dot articles.jsonl; do
    cmp -s "$1/$f" "$2/$f" || fail "$3: $f differs from the full build ($(diff "$1/$f" "$2/$f" | head -5))"
  done
}

mkdir -p "$work/corpus"
cp "$articles"/*.txt "$work/corpus/"
cd "$work"
mapfile -t files < <(ls corpus/*.txt | sort)
[ ${#files[@]} -ge 4 ] || fail "need at least 4 articles in $articles"
part_a=() part_b=()
for i in "${!files[@]}"; do
  if (( i % 2 == 0 )); then part_a+=("${files[$i]}"); else part_b+=("${files[$i]}"); fi
done

"$bin" build corpus -o full --quiet --no-svg
[ -s full/articles.jsonl ] || fail "build did not write articles.jsonl"
"$bin" build "${part_a[@]}" -o grown --quiet --no-svg
"$bin" add "${part_b[@]}" --graph grown --quiet --no-svg
same full grown "build(A) + add(B)"
echo "add: build(${#part_a[@]} articles) + add(${#part_b[@]} articles) == build(${#files[@]} articles), byte for byte"

"$bin" add "${part_b[0]}" --graph grown --quiet --no-svg
same full grown "adding a file already in the graph"
"$bin" add --graph grown --quiet --no-svg
same full grown "add with no articles (rebuild from articles.jsonl)"
echo "add: re-adding a file and rebuilding from articles.jsonl leave the graph unchanged"

mkdir not-a-graph
if "$bin" add "${part_b[0]}" --graph not-a-graph --quiet 2> err.txt; then fail "add accepted a folder without a graph"; fi
grep -q "newsgraph build" err.txt || fail "add's error does not say how to make a graph: $(cat err.txt)"
echo "add: a folder without a graph is refused with a hint"
