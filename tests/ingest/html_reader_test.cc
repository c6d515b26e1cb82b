// Tests for ingest/html_reader: metadata, chrome removal, block structure, failures.
#include "ingest/html_reader.h"

#include <catch2/catch.hpp>

using namespace newsgraph;
using namespace newsgraph::ingest;

namespace {

constexpr const char* kPage = R"(<!DOCTYPE html>
<html><head>
  <title>Talks resume | Example Site</title>
  <meta property="og:title" content="Talks  resume in the capital">
  <meta property="og:site_name" content="Example Site">
  <meta property="article:published_time" content="2024-02-14T09:30:00Z">
  <meta property="og:url" content="https://example.org/talks">
  <link rel="canonical" href="https://example.org/canonical">
  <style>p { color: red; }</style>
  <script>var tracking = "SCRIPT TEXT";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World NAV</a></nav>
  <header>Site header text</header>
  <article>
    <h1>Talks resume in the capital</h1>
    <p>The delegations met on <b>Wednesday</b> &amp; agreed&nbsp;to continue.</p>
    <p>&ldquo;We are hopeful,&rdquo; an official said &mdash; talks resume soon.<br>Second line.</p>
    <script>document.write("INLINE SCRIPT");</script>
    <ul><li>First point</li><li>Second point</li></ul>
    <aside>Related: ASIDE TEASER</aside>
  </article>
  <footer>FOOTER TEXT</footer>
</body></html>)";

}  // namespace

TEST_CASE("html: metadata comes from og tags and the title", "[ingest]") {
  HtmlPage page = extract_html(kPage);
  CHECK(page.title == "Talks resume in the capital");  // og:title, whitespace collapsed
  CHECK(page.publisher == "Example Site");
  CHECK(page.date == "2024-02-14T09:30:00Z");
  CHECK(page.url == "https://example.org/talks");
}

TEST_CASE("html: title, canonical link and name=date are fallbacks", "[ingest]") {
  HtmlPage page = extract_html(
      "<html><head><title> Plain &amp; simple </title><meta name=\"date\" content=\"2023-10-23\">"
      "<link rel=\"Canonical\" href=\"https://example.org/c\"></head>"
      "<body><p>Body text.</p></body></html>");
  CHECK(page.title == "Plain & simple");
  CHECK(page.date == "2023-10-23");
  CHECK(page.url == "https://example.org/c");
  CHECK(page.publisher.empty());
}

TEST_CASE("html: chrome dropped, article preferred, paragraphs separated", "[ingest]") {
  FurnitureRules none;
  Result<Article> article = read_html_article("talks", "talks.html", kPage, none);
  REQUIRE(article.ok());
  const Article& a = article.value();
  CHECK(a.id == "talks");
  CHECK(a.source == "talks.html");
  CHECK(a.title == "Talks resume in the capital");
  CHECK(a.text ==
        "Talks resume in the capital\n"
        "\n"
        "The delegations met on Wednesday & agreed to continue.\n"
        "\n"
        "\"We are hopeful,\" an official said - talks resume soon.\n"
        "Second line.\n"
        "\n"
        "First point\n"
        "Second point");
  for (const char* chrome : {"SCRIPT", "NAV", "header", "ASIDE", "FOOTER", "color"})
    CHECK(a.text.find(chrome) == std::string::npos);
}

TEST_CASE("html: main, then body, when there is no article", "[ingest]") {
  HtmlPage with_main = extract_html(
      "<body><div>Outside main</div><main><div>Inside</div><div>main</div></main></body>");
  CHECK(with_main.text == "Inside\n\nmain");
  HtmlPage body_only = extract_html(
      "<body><div>One<br><br>Two</div><table><tr><td>a</td><td>b</td></tr></table></body>");
  CHECK(body_only.text == "One\n\nTwo\n\na b");
}

TEST_CASE("html: hidden elements dropped, pre keeps its lines", "[ingest]") {
  HtmlPage page = extract_html(
      "<body><p hidden>Hidden</p><div aria-hidden=\"true\">Icon</div>"
      "<pre>line one\nline two</pre><video>Your browser cannot play this</video></body>");
  CHECK(page.text == "line one\nline two");
}

TEST_CASE("html: the longest article wins over teasers", "[ingest]") {
  HtmlPage page = extract_html(
      "<body><article><p>Teaser</p></article>"
      "<article><p>The real story is longer than the teaser.</p></article></body>");
  CHECK(page.text == "The real story is longer than the teaser.");
}

TEST_CASE("html: a page wrapped in a form keeps its text", "[ingest]") {
  HtmlPage page = extract_html("<body><form><p>Everything is inside a form.</p></form></body>");
  CHECK(page.text == "Everything is inside a form.");
  HtmlPage search =
      extract_html("<body><form><label>Search</label><input></form><p>Story.</p></body>");
  CHECK(search.text == "Story.");
}

TEST_CASE("html: no body text is an error", "[ingest]") {
  FurnitureRules none;
  Result<Article> bare =
      read_html_article("bare", "bare.html",
                        "<html><head><title>Only a title</title></head><body><nav>Menu</nav>"
                        "<script>x()</script></body></html>",
                        none);
  CHECK(bare.status().code() == ErrorCode::kInvalidInput);
  CHECK(bare.status().message() == "bare.html: no article text");

  Result<Article> blank = read_html_article("blank", "blank.html", " \n ", none);
  CHECK(blank.status().message() == "blank.html: empty");
}

TEST_CASE("html: deep nesting does not overflow the stack", "[ingest]") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "deep text";
  HtmlPage page = extract_html(deep);
  CHECK(page.text == "deep text");
}
