// utf8_text: UTF-8 validation/repair, binary sniffing, typographic and NFC normalization.
// See utf8_text.h for the order these run in and why.
#include "ingest/utf8_text.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

#include "core/byte_set.h"

namespace newsgraph::ingest {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kFirstCombiningMark = 0x0300;  // no code point below it changes under NFC

// Control bytes other than the four that text uses (tab, line feed, carriage return, form
// feed): what check_not_binary counts.
constexpr ByteSet kBinaryControl = byte_set([](unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
});

// One step of a strict UTF-8 decoder (Unicode Table 3-7, well-formed byte sequences).
struct Step {
  size_t length = 1;  // bytes consumed: the sequence, or its maximal ill-formed subpart
  bool valid = false;
  char32_t code_point = 0;
};

bool in_range(unsigned char byte, unsigned char low, unsigned char high) {
  return byte >= low && byte <= high;
}

Step decode_step(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return {1, true, lead};
  size_t needed = 0;
  char32_t cp = 0;
  // Allowed range of the second byte depends on the lead byte; it is what rules out
  // overlong forms (E0, F0), UTF-16 surrogates (ED) and values above U+10FFFF (F4).
  unsigned char second_low = 0x80, second_high = 0xBF;
  if (in_range(lead, 0xC2, 0xDF)) {
    needed = 1, cp = lead & 0x1F;
  } else if (in_range(lead, 0xE0, 0xEF)) {
    needed = 2, cp = lead & 0x0F;
    if (lead == 0xE0) second_low = 0xA0;
    if (lead == 0xED) second_high = 0x9F;
  } else if (in_range(lead, 0xF0, 0xF4)) {
    needed = 3, cp = lead & 0x07;
    if (lead == 0xF0) second_low = 0x90;
    if (lead == 0xF4) second_high = 0x8F;
  } else {
    return {1, false, 0};  // 80..C1 or F5..FF can never start a sequence
  }
  size_t length = 1;
  for (size_t k = 0; k < needed; ++k) {
    if (i + length >= s.size()) return {length, false, 0};
    const auto byte = static_cast<unsigned char>(s[i + length]);
    const bool ok = k == 0 ? in_range(byte, second_low, second_high) : in_range(byte, 0x80, 0xBF);
    if (!ok) return {length, false, 0};
    cp = (cp << 6) | (byte & 0x3F);
    ++length;
  }
  return {length, true, cp};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_space_separator(char32_t cp) {
  // Zs (except U+0020 itself) plus the no-break spaces; all become one ASCII space.
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool is_invisible(char32_t cp) {
  // Characters with no glyph that would split a word for the tokenizer and lexicons,
  // including the bidi marks and embeddings (LRM, RLM, U+202A..U+202E, U+2066..U+2069)
  // that pages mixing Arabic and English scatter around names: kept, "Barzani<RLM>" was
  // an entity apart from "Barzani", and its IRI carried a character IRIs may not hold.
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         cp == 0x2060 || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// NFC leaves the code point as it is and never composes it with a neighbour. Asked of code
// points from U+0300 only: below it nothing decomposes or composes with what precedes it
// (see below_combining_marks), so text whose code points from U+0300 are all inert (a
// bullet, an Arabic letter) is NFC already.
bool nfc_inert(char32_t cp) {
  UErrorCode error = U_ZERO_ERROR;
  static const icu::Normalizer2* const nfc = icu::Normalizer2::getNFCInstance(error);
  return nfc != nullptr && nfc->isInert(static_cast<UChar32>(cp));
}

bool is_line_break(char32_t cp) { return cp == 0x0085 || cp == 0x2028 || cp == 0x2029; }

void trim_line_end(std::string& out) {
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
}

bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Bytes [i, end) all below 0x80, tested eight at a time: English text is mostly ASCII,
// and every article passes through here several times.
size_t ascii_prefix(std::string_view text, size_t i = 0) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  while (i + 8 <= text.size()) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & kHighBits) break;
    i += 8;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// Well-formed UTF-8 whose code points all lie below U+0300, the first combining mark: no
// such character decomposes or composes with another (NFC_Quick_Check is Yes and the
// combining class 0 for every one), so the text is in NFC as it is. Lead bytes from 0xCC
// start the code points from U+0300; continuation bytes are all below that.
bool below_combining_marks(std::string_view utf8) {
  for (size_t i = ascii_prefix(utf8); i < utf8.size(); i = ascii_prefix(utf8, i + 1))
    if (static_cast<unsigned char>(utf8[i]) >= 0xCC) return false;
  return true;
}

}  // namespace

size_t find_invalid_utf8(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    i = ascii_prefix(bytes, i);
    if (i == bytes.size()) break;
    Step step = decode_step(bytes, i);
    if (!step.valid) return i;
    i += step.length;
  }
  return kNoInvalidByte;
}

Utf8Repair repair_utf8(std::string_view bytes) {
  Utf8Repair repair;
  size_t first = find_invalid_utf8(bytes);
  if (first == kNoInvalidByte) {
    repair.text.assign(bytes);
    return repair;
  }
  repair.first_invalid = first;
  repair.text.reserve(bytes.size() + 16);
  repair.text.append(bytes.substr(0, first));
  for (size_t i = first; i < bytes.size();) {
    Step step = decode_step(bytes, i);
    if (step.valid) {
      repair.text.append(bytes.substr(i, step.length));
    } else {
      append_utf8(repair.text, kReplacement);
      ++repair.replaced;
    }
    i += step.length;
  }
  return repair;
}

Status check_not_binary(std::string_view bytes) {
  TypographyScan scan;
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    scan.first_nul = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
  } else {
    for (size_t i = end_of_printable_ascii(bytes, 0); i < bytes.size(); i = end_of_printable_ascii(bytes, i + 1))
      scan.control_bytes += kBinaryControl[static_cast<unsigned char>(bytes[i])];
  }
  return check_not_binary(scan, bytes.size());
}

Status check_not_binary(const TypographyScan& scan, size_t size) {
  if (scan.first_nul != std::string_view::npos)
    return Status::Error(ErrorCode::kInvalidInput,
                         "looks binary (NUL byte at offset " + std::to_string(scan.first_nul) + ")");
  if (size != 0 && static_cast<double>(scan.control_bytes) > kMaxControlRatio * static_cast<double>(size)) {
    return Status::Error(ErrorCode::kInvalidInput, "looks binary (" + std::to_string(scan.control_bytes) +
                                                       " control bytes in " + std::to_string(size) + ")");
  }
  return Status::Ok();
}

std::string normalize_typography(std::string_view utf8, bool trim_line_ends) {
  TypographyScan unused;
  return normalize_typography(utf8, trim_line_ends, unused);
}

std::string normalize_typography(std::string_view utf8, bool trim_line_ends, TypographyScan& scan) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    // Printable ASCII stays as it is: copy such runs whole (most of any English text).
    const size_t run = end_of_printable_ascii(utf8, i);
    if (run > i) {
      out.append(utf8.substr(i, run - i));
      i = run;
      continue;
    }
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80 && byte != '\r' && byte != '\n') {  // tab, another control byte or DEL: kept
      if (byte == 0 && scan.first_nul == std::string_view::npos) scan.first_nul = i;
      scan.control_bytes += kBinaryControl[byte];
      out += utf8[i++];
      continue;
    }
    Step step = decode_step(utf8, i);
    const size_t at = i;
    i += step.length;
    if (!step.valid) {
      if (scan.first_invalid == kNoInvalidByte) scan.first_invalid = at;
      ++scan.invalid_sequences;
      scan.nfc_may_change |= !nfc_inert(kReplacement);
      append_utf8(out, kReplacement);
      continue;
    }
    const char32_t cp = step.code_point;
    if (cp == '\r') {
      if (i < utf8.size() && utf8[i] == '\n') continue;  // CRLF: the LF follows
      if (trim_line_ends) trim_line_end(out);
      out += '\n';
    } else if (cp == '\n' || is_line_break(cp)) {
      if (trim_line_ends) trim_line_end(out);
      out += '\n';
    } else if ((cp >= 0x2018 && cp <= 0x201B) || cp == 0x00B4 || cp == 0x02BC) {
      // U+00B4 (acute accent) and U+02BC (modifier apostrophe) stand in for apostrophes
      // in scraped text ("Workers´ Party"); alone they never carry meaning in English.
      out += '\'';
    } else if (cp >= 0x201C && cp <= 0x201F) {
      out += '"';
    } else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
      out += '-';
    } else if (is_space_separator(cp)) {
      out += ' ';
    } else if (is_invisible(cp)) {
      // dropped
    } else {
      scan.nfc_may_change |= cp >= kFirstCombiningMark && !nfc_inert(cp);
      out.append(utf8.substr(at, step.length));
    }
  }
  if (trim_line_ends) trim_line_end(out);
  return out;
}

Result<std::string> normalize_nfc(std::string_view utf8) {
  if (utf8.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
    return Status::Error(ErrorCode::kInvalidInput, "text too large to normalize (over 2 GiB)");
  if (below_combining_marks(utf8)) return std::string(utf8);  // ASCII and Latin-1 text; skip ICU
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
  if (U_FAILURE(error))
    return Status::Error(ErrorCode::kInvalidInput,
                         std::string("ICU NFC unavailable: ") + u_errorName(error));
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, error) && U_SUCCESS(error)) return std::string(utf8);
  error = U_ZERO_ERROR;
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, error);
  if (U_FAILURE(error))
    return Status::Error(ErrorCode::kInvalidInput,
                         std::string("NFC normalization failed: ") + u_errorName(error));
  return out;
}

Result<std::string> normalize_text(std::string_view utf8) {
  return normalize_nfc(normalize_typography(utf8));
}

std::string clean_inline_text(std::string_view raw) {
  std::string typographic = normalize_typography(repair_utf8(raw).text);
  Result<std::string> nfc = normalize_nfc(typographic);
  const std::string& text = nfc.ok() ? nfc.value() : typographic;
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (ascii_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string fold_case(std::string_view utf8) {
  if (utf8.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
    return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  // ASCII runs are lower-cased here and only the characters beyond ASCII go through ICU:
  // English text holds a few of those (a dash, a name with a diacritic) in long ASCII runs.
  // Full case folding maps each code point on its own, without context, so folding the
  // text piece by piece folds it whole.
  for (size_t i = 0; i < utf8.size();) {
    const size_t ascii_end = ascii_prefix(utf8, i);
    const size_t at = out.size();
    out.resize(at + (ascii_end - i));
    std::transform(utf8.data() + i, utf8.data() + ascii_end, out.data() + at, [](char c) {
      return static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
    });
    i = ascii_end;
    if (i == utf8.size()) break;
    // A run of whole non-ASCII characters: lead and continuation bytes all have the high bit.
    size_t run_end = i;
    while (run_end < utf8.size() && static_cast<unsigned char>(utf8[run_end]) >= 0x80) ++run_end;
    UErrorCode error = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out);
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT,
                           icu::StringPiece(utf8.data() + i, static_cast<int32_t>(run_end - i)),
                           sink, nullptr, error);
    if (U_FAILURE(error)) return std::string(utf8);
    i = run_end;
  }
  return out;
}

std::string_view trim_ascii(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && ascii_space(text[begin])) ++begin;
  while (end > begin && ascii_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

}  // namespace newsgraph::ingest
