// Default sanitizer options baked into every fuzzer, so a target run by hand behaves like
// one run by fuzz/run_fuzzers.sh: UBSan reads fuzz/ubsan.supp (third-party findings),
// prints stacks and stops at the first other finding, which libFuzzer then saves.
// UBSAN_OPTIONS in the environment still overrides these.
extern "C" const char* __ubsan_default_options() {
  return "halt_on_error=1:print_stacktrace=1:suppressions=" NEWSGRAPH_FUZZ_DIR "/ubsan.supp";
}
