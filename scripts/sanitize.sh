#!/usr/bin/env bash
# Sanitizer CI step: builds newsgraph and its tests with AddressSanitizer (+LeakSanitizer)
# and UndefinedBehaviorSanitizer into build-asan/ (gcc is fine; any -DCMAKE_CXX_COMPILER
# works) and runs the whole ctest suite there. Any sanitizer report fails the test that
# triggered it. Extra CMake options: NEWSGRAPH_CMAKE_ARGS; extra ctest arguments: "$@".
#   bash scripts/sanitize.sh                # everything
#   bash scripts/sanitize.sh -R ingest      # only matching tests
set -euo pipefail
cd "$(dirname "$0")/.."
build=${NEWSGRAPH_SANITIZE_BUILD:-build-asan}
jobs=${NEWSGRAPH_JOBS:-$(nproc)}
# -O1 with line tables only: a sanitizer build compiles about twice as fast as -O2 -g and
# its reports still name file and line.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DNEWSGRAPH_SANITIZE=ON ${NEWSGRAPH_CMAKE_ARGS:-}
cmake --build "$build" -j "$jobs"
# abort_on_error: a report is a failing exit, even from a child the tests start.
# fuzz/ubsan.supp and scripts/lsan.supp hold the third-party findings (RapidJSON 1.1.0,
# Graphviz plugins), each with its reason; our own code has no entry there.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/fuzz/ubsan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
ctest --test-dir "$build" --output-on-failure -j "$jobs" "$@"
