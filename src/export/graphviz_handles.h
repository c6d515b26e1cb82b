// RAII owners for Graphviz (cgraph/gvc) objects and a scoped capture of Graphviz's error
// messages, shared by the DOT writer and the renderer. Graphviz is a C library that hands
// out raw pointers and prints errors to stderr; library code here must do neither.
// Thread contract: Graphviz keeps global state (parser, error hook); callers serialize.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>

namespace newsgraph::exporter {

struct AgraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using AgraphHandle = std::unique_ptr<Agraph_t, AgraphCloser>;

struct GvcCloser {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
using GvcHandle = std::unique_ptr<GVC_t, GvcCloser>;

struct RenderDataFree {
  void operator()(char* data) const { gvFreeRenderData(data); }
};
using RenderData = std::unique_ptr<char, RenderDataFree>;

// Frees a layout computed by gvLayout (a no-op when there is none); must be destroyed
// before the graph and the context, so declare it after both.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;
  ~LayoutGuard() { gvFreeLayout(gvc_, graph_); }

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

// While alive, Graphviz error and warning messages are collected here instead of being
// printed; the previous handler is restored on destruction. Graphviz's hook is a plain
// function pointer without a closure argument, so the active capture is a thread_local.
class GraphvizErrors {
 public:
  GraphvizErrors();
  GraphvizErrors(const GraphvizErrors&) = delete;
  GraphvizErrors& operator=(const GraphvizErrors&) = delete;
  ~GraphvizErrors();

  // True when an error (not only a warning) was reported since construction.
  bool any() const;
  // Everything reported, whitespace-trimmed; empty when Graphviz said nothing.
  std::string text() const;

 private:
  static int collect(char* message);
  agusererrf previous_handler_;
  GraphvizErrors* previous_capture_;
  std::string text_;
};

// cgraph (before Graphviz 3) takes `char*` for names and values it only reads and copies;
// this keeps the casts in one place.
inline char* cgraph_str(const std::string& s) { return const_cast<char*>(s.c_str()); }

}  // namespace newsgraph::exporter
