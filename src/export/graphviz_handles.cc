// GraphvizErrors: routes Graphviz's error hook into a scoped string (see graphviz_handles.h).
#include "export/graphviz_handles.h"

namespace newsgraph::exporter {
namespace {
thread_local GraphvizErrors* active_capture = nullptr;
}  // namespace

GraphvizErrors::GraphvizErrors()
    : previous_handler_(agseterrf(&GraphvizErrors::collect)), previous_capture_(active_capture) {
  active_capture = this;
  agreseterrors();
}

GraphvizErrors::~GraphvizErrors() {
  agseterrf(previous_handler_);
  active_capture = previous_capture_;
}

bool GraphvizErrors::any() const { return agerrors() >= AGERR; }

std::string GraphvizErrors::text() const {
  auto first = text_.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  auto last = text_.find_last_not_of(" \t\r\n");
  return text_.substr(first, last - first + 1);
}

// Graphviz calls this with pieces of a message ("Error", ": ", the text). It must not
// throw back into C code, so allocation failures drop the message.
int GraphvizErrors::collect(char* message) {
  if (active_capture == nullptr || message == nullptr) return 0;
  try {
    active_capture->text_ += message;
  } catch (...) {
  }
  return 0;
}

}  // namespace newsgraph::exporter
