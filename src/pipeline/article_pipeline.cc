#include "pipeline/article_pipeline.h"

#include "extract/entity_recognizer.h"
#include "extract/pattern_matcher.h"
#include "extract/relation_extractor.h"
#include "nlp/quotations.h"
#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"
#include "resolve/in_document.h"

namespace newsgraph::pipeline {
namespace {

// Token range exactly covering a byte span, or an empty range.
std::pair<uint32_t, uint32_t> tokens_of(const Doc& doc, Span span) {
  uint32_t b = kNone, e = kNone;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].span.begin == span.begin) b = i;
    if (doc.tokens[i].span.end == span.end && b != kNone) {
      e = i + 1;
      break;
    }
  }
  if (b == kNone || e == kNone) return {0, 0};
  return {b, e};
}

// The publisher named in a dateline or byline becomes a news-outlet mention before the
// recognizer runs, so the outlet's name is not misread as a place or a person.
void add_publisher_mention(Doc& doc, Span span) {
  auto [b, e] = tokens_of(doc, span);
  if (b == e) {
    // The name is glued to other text ("SOURCE:Agency"): a mention outside every
    // sentence still names the publisher for the merger.
    b = e = static_cast<uint32_t>(doc.tokens.size());
  }
  Mention m;
  m.first_token = b;
  m.end_token = e;
  m.span = span;
  m.type = "NewsMediaOrganization";
  m.name = span.empty() ? doc.meta.publisher : std::string(doc.text(span));
  m.rule = "metadata-publisher";
  m.score = 0.9f;
  doc.mentions.push_back(std::move(m));
  doc.meta.publisher_mention = static_cast<uint32_t>(doc.mentions.size() - 1);
}

}  // namespace

Doc process_article(Article article, const Knowledge& k) {
  Doc doc;
  doc.article = std::move(article);
  doc.tokens = nlp::tokenize(doc.article.text, k.lexicons);
  doc.sentences = nlp::split_sentences(doc.tokens);
  doc.quotations = nlp::find_quotations(doc.tokens);
  extract::MetadataSpans spans = extract::read_metadata(doc, k.metadata);
  if (!doc.meta.publisher.empty()) add_publisher_mention(doc, spans.publisher);

  extract::EntityRecognizer recognizer(k.lexicons, *k.gazetteer);
  std::vector<extract::PositionFact> facts = recognizer.recognize(doc);
  if (!spans.place.empty()) {
    for (uint32_t i = 0; i < doc.mentions.size(); ++i)
      if (doc.mentions[i].span.begin == spans.place.begin) doc.meta.place_mention = i;
  }
  // Indices may have moved when acronyms were folded into their names.
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].rule == "metadata-publisher") doc.meta.publisher_mention = i;

  resolve::resolve_in_document(doc, k.vocabulary, k.lexicons);
  extract::PatternMatcher matcher(k.vocabulary, k.lexicons);
  extract::RelationExtractor relations(k.relations, matcher, k.dates);
  relations.extract(doc, facts);
  return doc;
}

}  // namespace newsgraph::pipeline
