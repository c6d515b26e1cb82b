// Tests for rendering DOT with gvc (export/render.h). Needs Graphviz's plugin config
// (`dot -c`), which the Debian graphviz package creates on install.
#include "export/render.h"

#include <catch2/catch.hpp>
#include <string>

#include "export/dot_writer.h"
#include "export/export_fixtures.h"

namespace {

using newsgraph::ErrorCode;
using newsgraph::exporter::DotOptions;
using newsgraph::exporter::render;
using newsgraph::exporter::to_dot;
using newsgraph::exporter::testing::real_vocabulary;
using newsgraph::exporter::testing::sample_store;

std::string sample_dot() {
  auto dot = to_dot(sample_store(), real_vocabulary(), DotOptions{});
  REQUIRE(dot.ok());
  return dot.value();
}

}  // namespace

TEST_CASE("render lays out the exported graph as SVG", "[export]") {
  std::string svg;
  auto status = render(sample_dot(), "svg", "dot", svg);
  INFO(status.message());
  REQUIRE(status.ok());
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Kurdistan Regional Government") != std::string::npos);
  CHECK(svg.find("metWith") != std::string::npos);
}

TEST_CASE("render escapes hostile labels in SVG and supports PNG, PDF and other engines",
          "[export]") {
  std::string svg;
  REQUIRE(render("digraph { a [label=\"<script>alert(1)</script> & \\\\\"]; a -> b }", "svg", "dot",
                 svg)
              .ok());
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);

  std::string png;
  REQUIRE(render(sample_dot(), "png", "neato", png).ok());
  CHECK(png.rfind("\x89PNG", 0) == 0);
  std::string pdf;
  REQUIRE(render(sample_dot(), "pdf", "dot", pdf).ok());
  CHECK(pdf.rfind("%PDF", 0) == 0);
}

TEST_CASE("render reports bad DOT, engines and formats without touching the output", "[export]") {
  std::string out = "unchanged";
  auto bad_dot = render("digraph { a -> }", "svg", "dot", out);
  CHECK(bad_dot.code() == ErrorCode::kParseError);
  CHECK(bad_dot.message().find("syntax error") != std::string::npos);
  auto bad_engine = render("digraph { a -> b }", "svg", "no-such-engine", out);
  CHECK(bad_engine.code() == ErrorCode::kUnsupported);
  CHECK(bad_engine.message().find("no-such-engine") != std::string::npos);
  auto bad_format = render("digraph { a -> b }", "no-such-format", "dot", out);
  CHECK(bad_format.code() == ErrorCode::kUnsupported);
  CHECK(render("digraph { a -> b }", "", "dot", out).code() == ErrorCode::kUsage);
  CHECK(out == "unchanged");
  // Graphviz's parser recovers after an error.
  REQUIRE(render("digraph { a -> b }", "svg", "dot", out).ok());
  CHECK(out.find("<svg") != std::string::npos);
}
