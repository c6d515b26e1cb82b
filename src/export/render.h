// Rendering DOT text to SVG, PNG or PDF in memory with Graphviz's gvc library.
// gvContext() loads the layout and output plugins listed in Graphviz's plugin config
// (Debian: /usr/lib/x86_64-linux-gnu/graphviz/config6a, created by `dot -c` as root when
// the graphviz package is installed). Without it every engine fails with a kUnsupported
// error quoting Graphviz ("Layout type ... not recognized"); run `dot -c` to fix.
#pragma once

#include <cstddef>
#include <string>

#include "core/status.h"

namespace newsgraph::exporter {

// Parses `dot_text`, lays it out with `engine` ("dot", "neato", "fdp", "sfdp", "circo",
// "twopi") and renders it as `format` ("svg", "png", "pdf", or any format the installed
// plugins offer) into `out_bytes`, which is replaced only on success.
// Errors (message quotes Graphviz): kParseError for DOT that does not parse, kUnsupported
// for an unknown engine or format, kUsage for an empty engine or format.
// Thread contract: Graphviz is not reentrant; serialize calls.
Status render(const std::string& dot_text, const std::string& format, const std::string& engine,
              std::string& out_bytes);

// The layout engine for a drawing of this size when the user named none: "dot" (ranked,
// the tidiest) up to kDotMaxRelations relations, "sfdp" above, which lays out thousands of
// entities in seconds where dot takes hours (its network simplex grows much faster than
// the graph: 200 labelled relations lay out in about 1 CPU s, 430 in 29 s).
inline constexpr size_t kDotMaxRelations = 300;
std::string default_engine(size_t relations);

// Whether a drawing of this many relations keeps its edge labels: up to
// kLabelledMaxRelations; above, labels overlap into a blur and slow sfdp down by half, so
// the predicate moves into each edge's tooltip.
inline constexpr size_t kLabelledMaxRelations = 1000;
bool edge_labels_fit(size_t relations);

}  // namespace newsgraph::exporter
