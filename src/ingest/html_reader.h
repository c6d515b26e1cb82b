// html_reader: HTML pages to Articles, using gumbo (an HTML5-conformant parser, so
// broken markup parses the way a browser would and entities come out decoded).
//
// Metadata: title from og:title, else <title>; date from article:published_time, else
// <meta name="date">, else <meta name="pubdate">; publisher from og:site_name; url from
// og:url, else <link rel="canonical">. Values are kept as the page wrote them (dates are
// not reformatted), only whitespace-collapsed and normalized like the text.
//
// Body text: page chrome (script, style, nav, header, footer, aside, noscript, iframe,
// svg, math, button, template, select, textarea, object, embed, canvas, video, audio,
// elements marked hidden or aria-hidden, and form -- unless dropping forms leaves no
// text, as on pages wrapped in one big form) is dropped. The text comes from the
// longest outermost <article>, else the first <main>,
// else <body> -- whichever first has any text. <br>, <li>, <tr>, <dt>, <dd> end a line;
// other block elements (p, div, h1-h6, section, article, blockquote, lists, tables...)
// end a paragraph, and paragraphs are separated by one blank line.
//
// Thread contract: free functions, no shared state; gumbo parses are per call.
#pragma once

#include <string>
#include <string_view>

#include "core/article.h"
#include "core/status.h"
#include "ingest/furniture.h"
#include "ingest/reader_options.h"

namespace newsgraph::ingest {

// What one page yields before normalization of its text. Metadata fields are already
// one-line and normalized; `text` is the extracted body with line/paragraph breaks.
struct HtmlPage {
  std::string title;
  std::string date;
  std::string publisher;
  std::string url;
  std::string text;
};

// Parses well-formed UTF-8 HTML. Never fails: gumbo recovers from any markup error.
HtmlPage extract_html(std::string_view html);

// In-memory form of read_html_file: decode_text's checks on `raw`, extraction, then
// typography + NFC and furniture removal on the text. kInvalidInput
// "source: no article text" when the page has no body text; "source: empty" when the
// bytes are blank.
Result<Article> read_html_article(std::string id, std::string source, std::string_view raw,
                                  const FurnitureRules& rules,
                                  std::vector<std::string>* warnings = nullptr);

// A .html/.htm file: id is the file name without extension, source is the path.
Result<Article> read_html_file(const std::string& path, const FurnitureRules& rules,
                               const ReaderOptions& options, ReadReport& report);

}  // namespace newsgraph::ingest
