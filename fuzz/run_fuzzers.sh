#!/usr/bin/env bash
# Runs libFuzzer targets from build-fuzz for a while each, two at a time (the machine's
# core count is the limit), starting from the committed seeds in fuzz/corpus/<target>/.
# Usage: fuzz/run_fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]
#   FUZZ_BUILD (default build-fuzz), FUZZ_WORK (default $FUZZ_BUILD/fuzz-work),
#   FUZZ_PARALLEL (default 2).
# Each target's growing corpus, crash artifacts and log go to $FUZZ_WORK/<target>/; the
# last lines of each log (executions, time, crashes) are printed at the end. A crash
# input belongs in tests/robustness/regressions/<target>/ once it is fixed.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
build=${FUZZ_BUILD:-build-fuzz}
work=${FUZZ_WORK:-$build/fuzz-work}
parallel=${FUZZ_PARALLEL:-2}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for source in fuzz/*_fuzzer.cc; do targets+=("$(basename "$source" .cc)"); done
fi

run_one() {
  local target=$1 dir=$work/$1
  local seeds=fuzz/corpus/${target%_fuzzer}
  mkdir -p "$dir/corpus" "$dir/artifacts"
  [ -d "$seeds" ] && cp -n "$seeds"/* "$dir/corpus/" 2>/dev/null
  local regressions=tests/robustness/regressions/${target%_fuzzer}
  [ -d "$regressions" ] && cp -n "$regressions"/* "$dir/corpus/" 2>/dev/null
  "$build/fuzz/$target" "$dir/corpus" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=2560 -max_len=8192 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1
  echo "$target: exit $? after $(grep -c '' "$dir/log") log lines"
}

running=0
for target in "${targets[@]}"; do
  [ -x "$build/fuzz/$target" ] || { echo "$target: not built in $build/fuzz" >&2; continue; }
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait
for target in "${targets[@]}"; do
  log=$work/$target/log
  [ -f "$log" ] || continue
  echo "== $target"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^Done|ERROR|SUMMARY|Test unit written' "$log" | head -20
  ls "$work/$target/artifacts" 2>/dev/null | sed 's/^/  artifact: /'
done
