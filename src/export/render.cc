// render: agmemread -> gvLayout -> gvRenderData, every Graphviz object owned by RAII
// (see render.h).
#include "export/render.h"

#include "export/graphviz_handles.h"

namespace newsgraph::exporter {
namespace {

// gvRenderData's length parameter is `unsigned int*` in Graphviz 2.x and `size_t*` later;
// deducing it keeps this file building against both.
template <typename Length>
int render_data(int (*fn)(GVC_t*, Agraph_t*, const char*, char**, Length*), GVC_t* gvc, Agraph_t* g,
                const char* format, char** data, size_t* size) {
  Length length = 0;
  int rc = fn(gvc, g, format, data, &length);
  *size = static_cast<size_t>(length);
  return rc;
}

// One Graphviz context for the whole process. Graphviz 2.4x's pango plugin keeps a static
// pointer to a font name owned by the context; after gvFreeContext the next context's text
// measurement reads freed memory. A single context avoids that (and reloading the plugins
// on every call); it is freed at exit.
GVC_t* shared_context() {
  static GvcHandle context(gvContext());
  return context.get();
}

Status graphviz_error(ErrorCode code, const std::string& what, const GraphvizErrors& errors) {
  std::string said = errors.text();
  return Status::Error(code, what + (said.empty() ? "" : ": " + said));
}

}  // namespace

Status render(const std::string& dot_text, const std::string& format, const std::string& engine,
              std::string& out_bytes) {
  if (format.empty() || engine.empty())
    return Status::Error(ErrorCode::kUsage, "render needs an output format and a layout engine");
  GraphvizErrors errors;
  GVC_t* gvc = shared_context();
  if (!gvc) return graphviz_error(ErrorCode::kUnsupported, "Graphviz could not start", errors);
  AgraphHandle g(agmemread(dot_text.c_str()));
  if (!g || errors.any())
    return graphviz_error(ErrorCode::kParseError, "the DOT text does not parse", errors);
  // Guard first: gvFreeLayout is a no-op on an unlaid graph and cleans up a failed layout.
  LayoutGuard layout(gvc, g.get());
  if (gvLayout(gvc, g.get(), engine.c_str()) != 0)
    return graphviz_error(ErrorCode::kUnsupported,
                          "Graphviz layout \"" + engine +
                              "\" failed (if no engine is recognized, "
                              "run `dot -c` as root to register the plugins)",
                          errors);
  char* data = nullptr;
  size_t size = 0;
  int rc = render_data(&gvRenderData, gvc, g.get(), format.c_str(), &data, &size);
  RenderData owned(data);
  if (rc != 0 || !data)
    return graphviz_error(ErrorCode::kUnsupported,
                          "Graphviz could not render format \"" + format + "\"", errors);
  out_bytes.assign(data, size);
  return Status::Ok();
}

std::string default_engine(size_t relations) {
  return relations <= kDotMaxRelations ? "dot" : "sfdp";
}

bool edge_labels_fit(size_t relations) { return relations <= kLabelledMaxRelations; }

}  // namespace newsgraph::exporter
