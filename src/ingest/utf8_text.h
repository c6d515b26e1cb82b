// utf8_text: byte-level checks and text normalization for everything ingest reads.
//
// The ingest order is fixed: raw bytes -> check_not_binary -> repair_utf8 ->
// normalize_text (typography, then NFC). Every later Span is a byte offset into the
// normalized text, so nothing here keeps an offset map back to the raw bytes; the only
// raw-byte offset reported is where the first invalid UTF-8 sequence was.
//
// Thread contract: free functions with no shared mutable state; safe to call from any
// number of threads at once (ICU's NFC instance is an immutable singleton).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsgraph::ingest {

inline constexpr size_t kNoInvalidByte = std::string_view::npos;

// Byte offset of the first byte of the first ill-formed UTF-8 sequence (overlong forms,
// surrogates, code points above U+10FFFF and truncated sequences are all ill-formed), or
// kNoInvalidByte when `bytes` is well-formed UTF-8.
size_t find_invalid_utf8(std::string_view bytes);
inline bool is_valid_utf8(std::string_view bytes) { return find_invalid_utf8(bytes) == kNoInvalidByte; }

// Result of repair_utf8: well-formed text plus what had to be replaced.
struct Utf8Repair {
  std::string text;                       // input with each bad sequence -> U+FFFD
  size_t first_invalid = kNoInvalidByte;  // raw-byte offset of the first bad sequence
  size_t replaced = 0;                    // number of U+FFFD inserted
};

// Replaces each maximal ill-formed subpart with U+FFFD (the Unicode "best practice"
// substitution, the same one browsers and ICU use), so one stray byte costs one
// character and the text around it survives.
Utf8Repair repair_utf8(std::string_view bytes);

// kInvalidInput "looks binary (...)" when `bytes` holds a NUL byte or when control
// characters other than tab, newline, carriage return and form feed make up more than
// kMaxControlRatio of the bytes. Checked on raw bytes, before any decoding.
inline constexpr double kMaxControlRatio = 0.10;
Status check_not_binary(std::string_view bytes);

// Typographic normalization of well-formed UTF-8, applied so that later stages (lexicons,
// patterns) only ever see one form of each character:
//   curly single quotes U+2018..U+201B, and U+00B4, U+02BC used as apostrophes -> '
//   curly double quotes U+201C..U+201F -> "
//   hyphens and dashes U+2010..U+2015, U+2212 -> -   (one '-' per dash, spacing kept)
//   U+00A0 and the other Unicode space separators -> ' '
//   zero-width and invisible format characters (U+200B..U+200D, U+2060, U+FEFF BOM,
//   U+00AD soft hyphen) and bidi controls (U+200E, U+200F, U+202A..U+202E,
//   U+2066..U+2069) -> removed
//   CRLF and lone CR, U+2028, U+2029, U+0085 -> '\n'
//   spaces and tabs at the end of each line -> removed (unless trim_line_ends is false,
//   for callers such as the HTML reader that normalize text piece by piece and need
//   to see a space that ends one piece)
std::string normalize_typography(std::string_view utf8, bool trim_line_ends = true);

// What normalize_typography saw of its input on the way, for a caller that maps raw bytes
// and would otherwise scan them again for each check (decode_text in text_reader.h).
// Typography replaces each ill-formed sequence with U+FFFD exactly as repair_utf8 does, so
// raw bytes map to the same text as their repair.
struct TypographyScan {
  size_t first_nul = std::string_view::npos;  // offset of the first NUL byte
  size_t control_bytes = 0;                   // control bytes as check_not_binary counts them
  size_t first_invalid = kNoInvalidByte;      // as find_invalid_utf8 reports it
  size_t invalid_sequences = 0;               // each one replaced with U+FFFD
  bool nfc_may_change = false;  // the output holds a code point that NFC may change or
                                // compose with a neighbour (none does: it is NFC already)
};
std::string normalize_typography(std::string_view utf8, bool trim_line_ends, TypographyScan& scan);
// check_not_binary's verdict on the `size` raw bytes that `scan` saw.
Status check_not_binary(const TypographyScan& scan, size_t size);

// ICU NFC normalization of well-formed UTF-8 ("e" + U+0301 -> U+00E9).
// kInvalidInput when ICU refuses the input (over 2 GiB, which ICU cannot index).
Result<std::string> normalize_nfc(std::string_view utf8);

// normalize_typography followed by normalize_nfc. Typography runs first so that a
// removed zero-width character cannot leave a base letter and a combining mark that
// NFC has not yet composed; NFC never produces a character typography would map, so
// the result is both NFC and typographically normal.
Result<std::string> normalize_text(std::string_view utf8);

// For one-line metadata values (titles, dates, names): repairs UTF-8, normalizes, and
// collapses every run of whitespace (newlines included) to one space, trimmed.
// Never fails: when NFC is impossible the typographic form is returned.
std::string clean_inline_text(std::string_view raw);

// Unicode case folding (ICU full folding) of well-formed UTF-8, for case-insensitive
// comparisons that also work beyond ASCII.
std::string fold_case(std::string_view utf8);

// `text` without leading and trailing ASCII whitespace.
std::string_view trim_ascii(std::string_view text);

}  // namespace newsgraph::ingest
