#!/usr/bin/env bash
# Robustness: `newsgraph build` over a folder of bad inputs (make_bad_inputs.sh) must skip
# each bad file with a warning naming it (and the line, for JSONL records), still write
# complete outputs holding the good articles, exit 3, and never read the 1 GiB file.
#   bad_inputs_test.sh NEWSGRAPH_BINARY
set -euo pipefail
bin=$(realpath "${1:?usage: bad_inputs_test.sh NEWSGRAPH_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"  # an unprivileged run (below) must reach the inputs
inputs=$work/inputs
out=$work/out
mkdir -p "$out"
status=$(bash "$here/make_bad_inputs.sh" "$inputs")
latin1_case=yes
grep -qx "LATIN1=no" <<<"$status" && latin1_case=no

# A mode-000 file is only unreadable to a user without privileges. As root, run newsgraph
# as `nobody` when setpriv can; otherwise drop the case and say so.
run_as=()
unreadable_case=yes
if grep -qx "UNREADABLE=no" <<<"$status"; then
  nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  if command -v setpriv >/dev/null && "${nobody[@]}" test -x "$bin" 2>/dev/null &&
     ! "${nobody[@]}" test -r "$inputs/unreadable.txt" 2>/dev/null; then
    run_as=("${nobody[@]}")
    chown 65534:65534 "$out"
  else
    rm -f "$inputs/unreadable.txt"
    unreadable_case=no
    echo "note: running as root without setpriv: the unreadable-file case is skipped"
  fi
fi

# Peak memory of the run (python3 reads it from getrusage), so that reading the 1 GiB file
# would show even if it "worked". Without python3 the build runs unmeasured.
rc=0
if command -v python3 >/dev/null; then
  python3 - "$work/maxrss" "${run_as[@]}" "$bin" build "$inputs" -o "$out" --quiet \
    2>"$work/stderr" <<'PY' || rc=$?
import resource, subprocess, sys
rc = subprocess.call(sys.argv[2:])
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
sys.exit(rc)
PY
else
  "${run_as[@]}" "$bin" build "$inputs" -o "$out" --quiet 2>"$work/stderr" || rc=$?
  echo 0 > "$work/maxrss"
fi
cat "$work/stderr"

[ "$rc" -eq 3 ] || fail "exit status $rc, expected 3 (outputs written, some inputs skipped)"

expect_warning() {  # FILE_SUFFIX MESSAGE_PART
  # LC_ALL=C: the Latin-1 file name is not text to a UTF-8 grep.
  LC_ALL=C grep -aF -- "$inputs/$1" "$work/stderr" | LC_ALL=C grep -qF -- "$2" ||
    fail "no warning naming $inputs/$1 with '$2'"
}
expect_warning "binary.txt:" "looks binary"
expect_warning "invalid_utf8.txt:" "invalid UTF-8 at byte"
expect_warning "empty.txt:" "empty"
expect_warning "whitespace.txt:" "empty"
expect_warning "huge.txt:" "too large"
expect_warning "mixed.jsonl:2:" "not JSON"
expect_warning "mixed.jsonl:3:" "no text"
expect_warning "no_body.html:" "no article text"
expect_warning "report.pdf:" "unsupported"
[ "$unreadable_case" = no ] || expect_warning "unreadable.txt:" "cannot open"
[ "$latin1_case" = no ] || expect_warning "$(printf 'latin1_\xe9t\xe9.txt'):" "file name is not valid UTF-8"
for good in good_alpha.txt good_beta.txt mixed.jsonl:1: mixed.jsonl:4: mixed.jsonl:5:; do
  if grep -qF -- "$inputs/$good" "$work/stderr"; then fail "a warning names good input $good"; fi
done
skipped_expected=8
[ "$unreadable_case" = no ] || skipped_expected=$((skipped_expected + 1))
[ "$latin1_case" = no ] || skipped_expected=$((skipped_expected + 1))
warnings=$(LC_ALL=C grep -ac '^newsgraph: warning: ' "$work/stderr" || true)
[ "$warnings" -eq $((skipped_expected + 1)) ] ||  # + the repaired-UTF-8 warning
  fail "$warnings warnings, expected $((skipped_expected + 1)) (one per bad file or record)"

maxrss=$(cat "$work/maxrss")
[ "$maxrss" -lt 700 ] || fail "peak memory ${maxrss} MB: was the 1 GiB file read?"

for f in graph.jsonld graph.dot graph.svg; do
  [ -s "$out/$f" ] || fail "$f missing or empty"
done
json_ok "$out/graph.jsonld" || fail "graph.jsonld is not valid JSON"
dot_ok "$out/graph.dot" || fail "graph.dot does not parse with cgraph"
xml_ok "$out/graph.svg" || fail "graph.svg is not well-formed XML"
ids=$(article_ids "$out/graph.jsonld" | tr '\n' ' ')
[ "$ids" = "good_alpha good_beta invalid_utf8 jsonl_good_1 jsonl_good_2 " ] ||
  fail "articles in graph.jsonld: '$ids', expected the 2 good files, the repaired one and 2 JSONL records"
if ls "$out" | grep -q '\.tmp-'; then fail "temporary files left in the output folder"; fi
echo "bad inputs: exit 3, $warnings warnings, peak ${maxrss} MB, articles: $ids"
