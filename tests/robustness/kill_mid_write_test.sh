#!/usr/bin/env bash
# Crash safety of the outputs: a build killed with SIGKILL at any moment (while reading,
# while extracting, while writing each output) or failing to write (file size limit, the
# closest thing to a full disk a test can make without mounting a filesystem) must leave
# every output file (graph.jsonld, graph.dot, graph.svg, articles.jsonl) either
# byte-identical to the previous one or complete and new, never truncated, and no other
# file under a final name. Each interrupted run starts from the same previous graph.
# Registered in ctest as robustness_kill_mid_write (about 15 s with a release build).
#   kill_mid_write_test.sh NEWSGRAPH_BINARY [ARTICLES (default 300)]
# Needs python3 (to kill the build the moment a temporary output file appears).
set -euo pipefail
bin=$(realpath "${1:?usage: kill_mid_write_test.sh NEWSGRAPH_BINARY [ARTICLES]}")
articles=${2:-300}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/lib.sh"
command -v python3 >/dev/null || { echo "SKIP: kill_mid_write_test needs python3"; exit 0; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir=$work/out
outputs=(graph.jsonld graph.dot graph.svg articles.jsonl)
bash "$here/make_big_corpus.sh" "$work/big" "$articles" "$root"
# A private copy of the ontology, so that every run of the test reads the same one even
# while someone edits ontology/ (the checks compare exact bytes across ~25 runs).
cp -r "$root/ontology" "$work/ontology"
ng() { "$bin" "$1" --ontology "$work/ontology" "${@:2}"; }

sums() {  # DIR -> "name sha256" lines for the outputs present
  local f
  for f in "${outputs[@]}"; do
    [ -e "$1/$f" ] && echo "$f $(sha256sum < "$1/$f" | cut -d' ' -f1)"
  done
  return 0
}

# The old graph (the example articles) in DIR and a copy of it in OLD, the new one (the big
# corpus) built apart.
ng build "$root/examples/articles" -o "$dir" --quiet
cp -r "$dir" "$work/old"
start=$(date +%s.%N)
ng build "$work/big" -o "$work/new" --quiet
seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
old_sums=$(sums "$dir")
new_sums=$(sums "$work/new")
[ "$(echo "$old_sums" | wc -l)" -eq ${#outputs[@]} ] && [ "$(echo "$new_sums" | wc -l)" -eq ${#outputs[@]} ] ||
  fail "a build did not write all ${#outputs[@]} outputs (${outputs[*]})"
[ "$old_sums" != "$new_sums" ] || fail "old and new graphs are the same: the test would prove nothing"
# Both graphs parse; after a kill each output must be byte-identical to one of them.
json_ok "$work/old/graph.jsonld" && json_ok "$work/new/graph.jsonld" || fail "a graph.jsonld does not parse"

leftovers=0   # kills that left a temporary file behind, i.e. landed while writing
mixed=0       # checks where DIR held old and new files at once
runs=0        # interrupted runs checked
restore_old() {  # puts the previous graph back in DIR (temporary files from kills stay)
  local f
  for f in "${outputs[@]}"; do cp "$work/old/$f" "$dir/$f"; done
  [ "$(sums "$dir")" = "$old_sums" ] || fail "could not restore the old graph"
}
check_dir() {  # WHAT
  local f line state=""
  for f in "${outputs[@]}"; do
    [ -e "$dir/$f" ] || fail "$1: $f is gone"
    line="$f $(sha256sum < "$dir/$f" | cut -d' ' -f1)"
    if grep -qxF "$line" <<<"$old_sums"; then state+="o"
    elif grep -qxF "$line" <<<"$new_sums"; then state+="n"
    else fail "$1: $f is neither the complete old nor the complete new file ($(wc -c < "$dir/$f") bytes)"
    fi
  done
  case $state in *o*n* | *n*o*) mixed=$((mixed + 1)) ;; esac
  runs=$((runs + 1))
  local temps
  temps=$(find "$dir" -maxdepth 1 -name '*.tmp-*' | wc -l)
  # Anything else in DIR is debris the writer should not leave.
  [ "$(find "$dir" -maxdepth 1 -type f ! -name '*.tmp-*' | wc -l)" -eq ${#outputs[@]} ] ||
    fail "$1: unexpected files in the output folder: $(ls "$dir")"
  echo "  $1: outputs [${outputs[*]}] = $state (o old, n new), temporary files: $temps"
  return 0
}

# 1. Kills at fixed fractions of a full run: mostly during reading and extraction.
echo "full build of $articles articles: ${seconds}s"
for fraction in 0.1 0.3 0.5 0.7 0.9; do
  restore_old
  "$bin" build --ontology "$work/ontology" "$work/big" -o "$dir" --quiet 2>/dev/null &
  pid=$!
  sleep "$(awk -v s="$seconds" -v f="$fraction" 'BEGIN { printf "%.3f", s * f }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check_dir "kill at ${fraction} of the run"
done

# 2. Kills while writing: watch DIR and send SIGKILL as soon as the temporary file of a
# given output appears, or a moment later (inside write, fsync, rename, or between files).
kill_when_writing() {  # OUTPUT DELAY_SECONDS
  python3 - "$dir" "$1.tmp-" "$2" "$bin" build --ontology "$work/ontology" "$work/big" -o "$dir" --quiet <<'PY'
import os, signal, subprocess, sys, time
folder, prefix, delay = sys.argv[1], sys.argv[2], float(sys.argv[3])
before = {n for n in os.listdir(folder) if n.startswith(prefix)}
proc = subprocess.Popen(sys.argv[4:], stderr=subprocess.DEVNULL)
while proc.poll() is None:
    if any(n.startswith(prefix) and n not in before for n in os.listdir(folder)):
        if delay > 0:
            time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        break
    time.sleep(0.0002)  # a busy loop would take a core from the build on a small machine
proc.wait()
print("killed" if proc.returncode == -signal.SIGKILL else f"finished with {proc.returncode}")
PY
}
for output in "${outputs[@]}"; do
  for delay in 0 0.002 0.01; do
    restore_old
    before=$(find "$dir" -maxdepth 1 -name '*.tmp-*' | wc -l)
    result=$(kill_when_writing "$output" "$delay")
    after=$(find "$dir" -maxdepth 1 -name '*.tmp-*' | wc -l)
    [ "$after" -gt "$before" ] && leftovers=$((leftovers + 1))
    check_dir "$result while writing $output (+${delay}s)"
  done
done
[ "$leftovers" -gt 0 ] || fail "no kill landed while an output was being written"

# 3. A complete run over the debris: all new, exit 0.
rc=0
ng build "$work/big" -o "$dir" --quiet || rc=$?
[ "$rc" -eq 0 ] || fail "the build after the kills exited $rc"
[ "$(sums "$dir")" = "$new_sums" ] || fail "the build after the kills did not write the new graph"
stale=$(find "$dir" -maxdepth 1 -name '*.tmp-*' | wc -l)
echo "after a complete run: $stale temporary files left from killed runs"

# 4. Failing writes, with the old graph in place. A file size limit (ulimit -f) with
# SIGXFSZ ignored makes write() fail with EFBIG inside graph.jsonld, the way a full disk
# fails with ENOSPC: the build must exit 1, name the file, keep the old outputs and remove
# its temporary file. With SIGXFSZ not ignored the kernel kills the build mid-write instead.
find "$dir" -maxdepth 1 -name '*.tmp-*' -delete
restore_old
limit_kb=$(( $(wc -c < "$work/new/graph.jsonld") / 2048 ))
old_size_kb=$(( $(wc -c < "$dir/graph.jsonld") / 1024 + 1 ))
[ "$limit_kb" -gt "$old_size_kb" ] || fail "the new graph is too small for the size-limit case"
rc=0
( trap '' XFSZ; ulimit -f "$limit_kb"; exec "$bin" build --ontology "$work/ontology" "$work/big" -o "$dir" --quiet ) \
  2>"$work/efbig.stderr" || rc=$?
cat "$work/efbig.stderr"
[ "$rc" -eq 1 ] || fail "a failed write exited $rc, expected 1"
grep -qE "graph\.jsonld|graph\.dot|graph\.svg|articles\.jsonl" "$work/efbig.stderr" ||
  fail "the write error does not name the output it could not write"
check_dir "write failed with EFBIG"
[ "$(find "$dir" -maxdepth 1 -name '*.tmp-*' | wc -l)" -eq 0 ] ||
  fail "a failed write left its temporary file"
restore_old
rc=0
# (braces: the shell's own "File size limit exceeded" report goes to /dev/null too)
{ ( ulimit -f "$limit_kb"; exec "$bin" build --ontology "$work/ontology" "$work/big" -o "$dir" --quiet ); } 2>/dev/null || rc=$?
[ "$rc" -ne 0 ] || fail "the build wrote past the file size limit"
check_dir "killed by SIGXFSZ mid-write (exit $rc)"

# 5. An output that cannot be renamed into place (graph.svg is a folder): every file is
# complete under its temporary name by then, but the build must fail before renaming any,
# so graph.jsonld, graph.dot and articles.jsonl keep their previous bytes (the files are
# renamed together, never a new graph.jsonld beside an old graph.dot).
find "$dir" -maxdepth 1 -name '*.tmp-*' -delete  # the SIGXFSZ kill's
restore_old
rm "$dir/graph.svg"
mkdir "$dir/graph.svg"
rc=0
ng build "$work/big" -o "$dir" --quiet 2>"$work/rename.stderr" || rc=$?
[ "$rc" -eq 1 ] || fail "a build that cannot rename graph.svg exited $rc, expected 1"
grep -q "graph\.svg" "$work/rename.stderr" || fail "the rename error does not name graph.svg: $(cat "$work/rename.stderr")"
for f in graph.jsonld graph.dot articles.jsonl; do
  cmp -s "$dir/$f" "$work/old/$f" || fail "$f changed although graph.svg could not be renamed"
done
[ "$(find "$dir" -maxdepth 1 -name '*.tmp-*' | wc -l)" -eq 0 ] ||
  fail "a build that could not rename graph.svg left temporary files"
rmdir "$dir/graph.svg"
echo "  graph.svg a folder: exit 1, the other outputs unchanged, no temporary file"

echo "kill mid-write: every output was complete (old or new) after each of $runs" \
     "interrupted runs; $leftovers kills landed while writing; $mixed checks saw a mix of" \
     "old and new files; $stale temporary files outlived a complete run"
