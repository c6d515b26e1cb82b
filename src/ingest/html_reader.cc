// html_reader: gumbo tree walk for page metadata and body text. See html_reader.h for
// which elements count and why.
#include "ingest/html_reader.h"

#include <gumbo.h>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "ingest/text_reader.h"
#include "ingest/utf8_text.h"

namespace newsgraph::ingest {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

// Blank line after (paragraph) or single newline (line) when an element ends.
enum Break { kNoBreak = 0, kLine = 1, kParagraph = 2 };

const GumboVector* children_of(const GumboNode& node) {
  if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
  if (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE)
    return &node.v.element.children;
  return nullptr;
}

bool is_element(const GumboNode& node, GumboTag tag) {
  return node.type == GUMBO_NODE_ELEMENT && node.v.element.tag == tag &&
         node.v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

std::string_view attribute(const GumboNode& node, const char* name) {
  if (node.type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* found = gumbo_get_attribute(&node.v.element.attributes, name);
  return found == nullptr ? std::string_view() : std::string_view(found->value);
}

std::string ascii_lower(std::string_view text) {
  std::string out(trim_ascii(text));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Page chrome and non-text content. <form> is separate: some sites wrap the whole page
// in one form, so it is only dropped while that still leaves text (see extract_html).
bool is_chrome(const GumboNode& node) {
  if (node.type == GUMBO_NODE_TEMPLATE) return true;
  if (node.type != GUMBO_NODE_ELEMENT) return false;
  switch (node.v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:  // their fallback text is chrome too
      return true;
    default:
      break;
  }
  return gumbo_get_attribute(&node.v.element.attributes, "hidden") != nullptr ||
         ascii_lower(attribute(node, "aria-hidden")) == "true";
}

Break break_after(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
      return kLine;
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
      return kParagraph;
    default:
      return kNoBreak;
  }
}

// Depth-first walk with an explicit stack: hostile pages nest tens of thousands of
// elements, which would overflow the call stack of a recursive walk. `enter` returns
// whether to descend; `leave` runs for every node that was descended into.
void walk(const GumboNode& root, const std::function<bool(const GumboNode&)>& enter,
          const std::function<void(const GumboNode&)>& leave) {
  if (!enter(root)) return;
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{&root, 0}};
  while (!stack.empty()) {
    const GumboNode* node = stack.back().first;
    const GumboVector* children = children_of(*node);
    if (children != nullptr && stack.back().second < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[stack.back().second++]);
      if (enter(*child)) stack.emplace_back(child, 0);
    } else {
      leave(*node);
      stack.pop_back();
    }
  }
}

// Accumulates text with HTML whitespace collapsing and pending line/paragraph breaks,
// so that breaks and spaces are only written between two pieces of real text.
class TextBuilder {
 public:
  void add_text(std::string_view raw, bool preformatted) {
    // Typography first so that U+00A0 and friends collapse like ordinary spaces.
    for (char c : normalize_typography(raw, /*trim_line_ends=*/false)) {
      if (c == '\n' && preformatted) {
        line_break();
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
      } else {
        separate();
        out_ += c;
      }
    }
  }
  void block_break(Break level) { pending_ = std::max(pending_, static_cast<int>(level)); }
  // <br><br> is how many pages write a paragraph break, so breaks add up to a blank line.
  void line_break() { pending_ = std::min(pending_ + 1, static_cast<int>(kParagraph)); }
  void space() { space_ = true; }
  std::string take() { return std::move(out_); }

 private:
  void separate() {
    if (!out_.empty()) {
      if (pending_ > 0)
        out_.append(static_cast<size_t>(pending_), '\n');
      else if (space_)
        out_ += ' ';
    }
    pending_ = 0;
    space_ = false;
  }
  std::string out_;
  int pending_ = 0;
  bool space_ = false;
};

std::string extract_text(const GumboNode& root, bool drop_forms) {
  TextBuilder builder;
  int pre_depth = 0;
  walk(
      root,
      [&](const GumboNode& node) {
        switch (node.type) {
          case GUMBO_NODE_TEXT:
          case GUMBO_NODE_CDATA:
          case GUMBO_NODE_WHITESPACE:
            builder.add_text(node.v.text.text, pre_depth > 0);
            return false;
          case GUMBO_NODE_COMMENT:
            return false;
          default:
            break;
        }
        if (&node != &root && (is_chrome(node) || (drop_forms && is_element(node, GUMBO_TAG_FORM))))
          return false;
        if (node.type == GUMBO_NODE_ELEMENT) {
          const GumboTag tag = node.v.element.tag;
          if (tag == GUMBO_TAG_BR)
            builder.line_break();
          else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            builder.space();
          else
            builder.block_break(break_after(tag));  // a block also starts on its own line
          if (tag == GUMBO_TAG_PRE) ++pre_depth;
        }
        return true;
      },
      [&](const GumboNode& node) {
        if (node.type != GUMBO_NODE_ELEMENT) return;
        const GumboTag tag = node.v.element.tag;
        if (tag == GUMBO_TAG_PRE) --pre_depth;
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
          builder.space();
        else if (tag != GUMBO_TAG_BR)
          builder.block_break(break_after(tag));
      });
  return builder.take();
}

// Body text of `root`: without forms unless that leaves nothing (see is_chrome).
std::string body_text(const GumboNode& root) {
  std::string text = extract_text(root, /*drop_forms=*/true);
  if (trim_ascii(text).empty()) text = extract_text(root, /*drop_forms=*/false);
  return text;
}

std::string node_text(const GumboNode& node) {
  std::string text;
  walk(
      node,
      [&text](const GumboNode& n) {
        if (n.type == GUMBO_NODE_TEXT || n.type == GUMBO_NODE_WHITESPACE ||
            n.type == GUMBO_NODE_CDATA) {
          text += n.v.text.text;
          return false;
        }
        return n.type == GUMBO_NODE_ELEMENT || n.type == GUMBO_NODE_DOCUMENT;
      },
      [](const GumboNode&) {});
  return text;
}

// What the metadata walk finds, first occurrence wins for each field.
struct PageParts {
  std::string title_tag, og_title, published_time, meta_date, meta_pubdate;
  std::string site_name, og_url, canonical;
  std::vector<const GumboNode*> articles;  // outermost <article> elements outside chrome
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
};

void set_once(std::string& field, std::string_view value) {
  if (field.empty()) field = clean_inline_text(value);
}

void read_meta(const GumboNode& node, PageParts& parts) {
  const std::string key = ascii_lower(
      attribute(node, "property").empty() ? attribute(node, "name") : attribute(node, "property"));
  const std::string_view content = attribute(node, "content");
  if (key.empty() || trim_ascii(content).empty()) return;
  if (key == "og:title")
    set_once(parts.og_title, content);
  else if (key == "article:published_time")
    set_once(parts.published_time, content);
  else if (key == "date")
    set_once(parts.meta_date, content);
  else if (key == "pubdate")
    set_once(parts.meta_pubdate, content);
  else if (key == "og:site_name")
    set_once(parts.site_name, content);
  else if (key == "og:url")
    set_once(parts.og_url, content);
}

PageParts find_parts(const GumboNode& document) {
  PageParts parts;
  walk(
      document,
      [&parts](const GumboNode& node) {
        if (node.type != GUMBO_NODE_ELEMENT && node.type != GUMBO_NODE_DOCUMENT) return false;
        if (is_chrome(node)) return false;
        if (is_element(node, GUMBO_TAG_TITLE)) {
          set_once(parts.title_tag, node_text(node));
          return false;
        }
        if (is_element(node, GUMBO_TAG_META)) read_meta(node, parts);
        if (is_element(node, GUMBO_TAG_LINK) && ascii_lower(attribute(node, "rel")) == "canonical")
          set_once(parts.canonical, attribute(node, "href"));
        if (is_element(node, GUMBO_TAG_BODY) && parts.body == nullptr) parts.body = &node;
        if (is_element(node, GUMBO_TAG_MAIN) && parts.main == nullptr) parts.main = &node;
        if (is_element(node, GUMBO_TAG_ARTICLE)) {
          parts.articles.push_back(&node);
          return false;  // outermost only; the walk does not need what is inside
        }
        return true;
      },
      [](const GumboNode&) {});
  return parts;
}

const std::string& first_nonempty(const std::string& a, const std::string& b) {
  return a.empty() ? b : a;
}

}  // namespace

HtmlPage extract_html(std::string_view html) {
  GumboOutputPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  HtmlPage page;
  if (output == nullptr) return page;
  PageParts parts = find_parts(*output->document);
  page.title = first_nonempty(parts.og_title, parts.title_tag);
  page.date =
      first_nonempty(parts.published_time, first_nonempty(parts.meta_date, parts.meta_pubdate));
  page.publisher = parts.site_name;
  page.url = first_nonempty(parts.og_url, parts.canonical);

  // Several <article>s usually mean the story plus teasers for other stories: the
  // story is the one with the most text.
  for (const GumboNode* article : parts.articles) {
    std::string text = body_text(*article);
    if (text.size() > page.text.size()) page.text = std::move(text);
  }
  if (trim_ascii(page.text).empty() && parts.main != nullptr) page.text = body_text(*parts.main);
  if (trim_ascii(page.text).empty())
    page.text = body_text(parts.body != nullptr ? *parts.body : *output->root);
  return page;
}

Result<Article> read_html_article(std::string id, std::string source, std::string_view raw,
                                  const FurnitureRules& rules, std::vector<std::string>* warnings) {
  if (trim_ascii(raw).empty()) return Status::Error(ErrorCode::kInvalidInput, source + ": empty");
  Result<std::string> valid = validate_bytes(raw, source, warnings);
  if (!valid.ok()) return valid.status();
  HtmlPage page = extract_html(valid.value());
  // Entities are decoded only now, so normalization runs on the extracted text.
  Result<std::string> text = normalize_text(page.text);
  if (!text.ok())
    return Status::Error(text.status().code(), source + ": " + text.status().message());
  Article article;
  article.text = remove_furniture(text.value(), rules);
  if (article.text.empty())
    return Status::Error(ErrorCode::kInvalidInput, source + ": no article text");
  article.id = std::move(id);
  article.source = std::move(source);
  article.title = std::move(page.title);
  article.date = std::move(page.date);
  article.publisher = std::move(page.publisher);
  article.url = std::move(page.url);
  return article;
}

Result<Article> read_html_file(const std::string& path, const FurnitureRules& rules,
                               const ReaderOptions& options, ReadReport& report) {
  Result<std::string> bytes = read_file_bytes(path, options.max_file_bytes);
  if (!bytes.ok()) return bytes.status();
  return read_html_article(file_stem(path), path, bytes.value(), rules, &report.warnings);
}

}  // namespace newsgraph::ingest
