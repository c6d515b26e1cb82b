#include "nlp/quotations.h"

#include <algorithm>

namespace newsgraph::nlp {
namespace {

bool is_mark(const Token& t) { return t.lower.size() == 1 && t.lower[0] == '"'; }

}  // namespace

std::vector<Quotation> find_quotations(const std::vector<Token>& tokens) {
  std::vector<Quotation> quotations;
  bool open = false;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (open && t.newline_before && (t.capitalized || is_mark(t))) {
      quotations.back().end = i;
      open = false;
    }
    if (!is_mark(t)) continue;
    const bool space_before = i == 0 || t.space_before;
    const bool space_after = i + 1 >= n || tokens[i + 1].space_before;
    const bool opens = space_before && !space_after;
    const bool closes = !space_before && space_after;
    if (open && !opens) {
      quotations.back().end = i;
      quotations.back().closed = true;
      open = false;
    } else if (!closes) {
      if (open) quotations.back().end = i;  // an unclosed one before it
      quotations.push_back({i, n, false});
      open = true;
    }
  }
  return quotations;
}

const Quotation* quotation_around(const std::vector<Quotation>& quotations, uint32_t t) {
  // The last quotation opening before t.
  auto it = std::partition_point(quotations.begin(), quotations.end(),
                                 [t](const Quotation& q) { return q.open < t; });
  if (it == quotations.begin()) return nullptr;
  const Quotation& q = *std::prev(it);
  return t < q.end ? &q : nullptr;
}

}  // namespace newsgraph::nlp
