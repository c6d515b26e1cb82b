#include "core/regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <array>
#include <cctype>

namespace newsgraph {
namespace {

// Bounds on the work one match may do: a furniture or metadata pattern on a hostile line
// gives up (no match) instead of running for minutes.
constexpr uint32_t kMatchLimit = 1'000'000;
constexpr uint32_t kDepthLimit = 10'000;

struct MatchDataDeleter {
  void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};
struct ContextDeleter {
  void operator()(pcre2_match_context* context) const { pcre2_match_context_free(context); }
};

// One match buffer and limits per thread, sized for any pattern compile() accepts.
struct ThreadMatchState {
  std::unique_ptr<pcre2_match_data, MatchDataDeleter> data{
      pcre2_match_data_create(RegexMatch::kMaxGroups, nullptr)};
  std::unique_ptr<pcre2_match_context, ContextDeleter> context{[] {
    pcre2_match_context* c = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(c, kMatchLimit);
    pcre2_set_depth_limit(c, kDepthLimit);
    return c;
  }()};
};

ThreadMatchState& thread_match_state() {
  thread_local ThreadMatchState state;
  return state;
}

}  // namespace

struct Regex::Compiled {
  pcre2_code* code = nullptr;
  bool jit = false;  // compiled to machine code: matched by pcre2_jit_match, without pcre2_match's checks
  // What PCRE2 knows of every match, read once so that most subjects are turned away
  // without entering the matcher (furniture patterns are tried on every line, and nearly
  // all are anchored at a first byte the line does not have).
  size_t min_length = 0;                 // no match is shorter
  bool anchored_first_byte = false;      // anchored, and first_bytes holds every possible first byte
  std::array<bool, 256> first_bytes{};
  ~Compiled() { pcre2_code_free(code); }

  void learn_bounds(bool ignore_case) {
    uint32_t length = 0, options = 0, first_type = 0;
    pcre2_pattern_info(code, PCRE2_INFO_MINLENGTH, &length);
    pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &options);
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &first_type);
    min_length = length;
    if (!(options & PCRE2_ANCHORED) || length == 0) return;
    if (first_type == 1) {
      uint32_t unit = 0;
      pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
      if (unit > 0xFF) return;
      first_bytes[unit] = true;
      // Patterns are matched byte-wise (no PCRE2_UTF): caseless means ASCII letters only.
      if (ignore_case && std::isalpha(static_cast<int>(unit))) {
        first_bytes[std::tolower(static_cast<int>(unit))] = true;
        first_bytes[std::toupper(static_cast<int>(unit))] = true;
      }
      anchored_first_byte = true;
    } else if (const uint8_t* bitmap = nullptr;
               pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 && bitmap != nullptr) {
      for (size_t byte = 0; byte < 256; ++byte) first_bytes[byte] = (bitmap[byte / 8] >> (byte % 8)) & 1;
      anchored_first_byte = true;
    }
  }
  // True when the subject cannot match.
  bool rules_out(std::string_view subject) const {
    if (subject.size() < min_length) return true;
    return anchored_first_byte && (subject.empty() || !first_bytes[static_cast<unsigned char>(subject[0])]);
  }
};

Result<Regex> Regex::compile(std::string_view pattern, RegexOptions options) {
  uint32_t flags = PCRE2_DOLLAR_ENDONLY;
  if (options.ignore_case) flags |= PCRE2_CASELESS;
  int error = 0;
  PCRE2_SIZE offset = 0;
  auto compiled = std::make_shared<Compiled>();
  compiled->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), flags,
                                 &error, &offset, nullptr);
  if (compiled->code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    return Status::Error(ErrorCode::kParseError, "bad regex \"" + std::string(pattern) + "\" at offset " +
                                                     std::to_string(offset) + ": " +
                                                     reinterpret_cast<const char*>(message));
  }
  uint32_t groups = 0;
  pcre2_pattern_info(compiled->code, PCRE2_INFO_CAPTURECOUNT, &groups);
  if (groups + 1 > RegexMatch::kMaxGroups)
    return Status::Error(ErrorCode::kParseError, "regex \"" + std::string(pattern) + "\" has " +
                                                     std::to_string(groups) + " groups (at most " +
                                                     std::to_string(RegexMatch::kMaxGroups - 1) + ")");
  // Without a JIT (an unsupported CPU) the interpreter runs the same pattern, slower.
  compiled->jit = pcre2_jit_compile(compiled->code, PCRE2_JIT_COMPLETE) == 0;
  compiled->learn_bounds(options.ignore_case);
  Regex regex;
  regex.compiled_ = std::move(compiled);
  return regex;
}

int Regex::run(std::string_view subject, RegexSearch how) const {
  if (!compiled_ || compiled_->rules_out(subject)) return 0;
  ThreadMatchState& state = thread_match_state();
  uint32_t flags = 0;
  if (how.subject_cut) flags |= PCRE2_NOTEOL;
  const auto* text = reinterpret_cast<PCRE2_SPTR>(subject.data());
  return compiled_->jit ? pcre2_jit_match(compiled_->code, text, subject.size(), 0, flags, state.data.get(),
                                          state.context.get())
                        : pcre2_match(compiled_->code, text, subject.size(), 0, flags, state.data.get(),
                                      state.context.get());
}

bool Regex::search(std::string_view subject, RegexMatch& match, RegexSearch how) const {
  match.count_ = 0;
  const int rc = run(subject, how);
  if (rc <= 0) return false;  // no match, or a limit reached
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(thread_match_state().data.get());
  match.count_ = static_cast<size_t>(rc);
  for (size_t g = 0; g < match.count_; ++g) {
    bool unset = ovector[2 * g] == PCRE2_UNSET;
    match.begin_[g] = unset ? RegexMatch::npos : ovector[2 * g];
    match.end_[g] = unset ? RegexMatch::npos : ovector[2 * g + 1];
  }
  return true;
}

bool Regex::may_start_with(unsigned char byte) const {
  return compiled_ && (!compiled_->anchored_first_byte || compiled_->first_bytes[byte]);
}

// No RegexMatch here: clearing its 0.5 KiB of group positions cost more than turning most
// subjects away does (furniture patterns are tried on every line).
bool Regex::search(std::string_view subject, RegexSearch how) const { return run(subject, how) > 0; }

RegexesByFirstByte index_by_first_byte(const std::vector<const Regex*>& regexes) {
  RegexesByFirstByte index;
  for (size_t byte = 0; byte < index.size(); ++byte)
    for (size_t i = 0; i < regexes.size(); ++i)
      if (regexes[i]->may_start_with(static_cast<unsigned char>(byte))) index[byte].push_back(static_cast<uint32_t>(i));
  return index;
}

}  // namespace newsgraph
