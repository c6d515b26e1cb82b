#!/usr/bin/env bash
# Scale-out path: `extract` on two disjoint halves of a corpus, then `merge` of the shards
# (given in reverse order), must write the same graph.jsonld as `build` on the whole corpus.
#   shards_e2e.sh NEWSGRAPH_BINARY CORPUS_DIR
set -euo pipefail
bin=$1
corpus=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/a" "$out/b"
i=0
for f in $(ls "$corpus" | sort); do
  if [ $((i % 2)) -eq 0 ]; then cp "$corpus/$f" "$out/a/"; else cp "$corpus/$f" "$out/b/"; fi
  i=$((i + 1))
done
mkdir -p "$out/all" && cp "$corpus"/* "$out/all/"
"$bin" build "$out/all" -o "$out/built" --quiet --no-svg
"$bin" extract "$out/a" -o "$out/a.jsonl" --quiet
"$bin" extract "$out/b" -o "$out/b.jsonl" --quiet
"$bin" merge "$out/b.jsonl" "$out/a.jsonl" -o "$out/merged" --quiet --no-svg
# Sources differ only by folder; ids, names and relations must be identical.
cmp "$out/built/graph.jsonld" "$out/merged/graph.jsonld" || { echo "FAIL: extract+merge differs from build"; exit 1; }
cmp "$out/built/graph.dot" "$out/merged/graph.dot" || { echo "FAIL: DOT differs"; exit 1; }
echo "extract + merge of $i articles in two shards equals build"

# More articles than extract takes in one batch (1,024): the shard streams batch after batch,
# one record per article, in order, and still merges to the build's graph.
mkdir -p "$out/many"
files=("$corpus"/*)
for n in $(seq 1 1100); do
  cp "${files[$((n % ${#files[@]}))]}" "$out/many/$(printf 'copy-%04d' "$n").txt"
done
"$bin" build "$out/many" -o "$out/many-built" --quiet --no-svg
"$bin" extract "$out/many" -o "$out/many.jsonl" --quiet
[ "$(wc -l < "$out/many.jsonl")" -eq 1100 ] || { echo "FAIL: the shard does not hold one record per article"; exit 1; }
"$bin" merge "$out/many.jsonl" -o "$out/many-merged" --quiet --no-svg
cmp "$out/many-built/graph.jsonld" "$out/many-merged/graph.jsonld" || { echo "FAIL: batched extract+merge differs from build"; exit 1; }
echo "extract of 1100 articles (two batches) + merge equals build"
