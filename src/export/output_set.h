// Output files written all or nothing: every file of the set is produced into its own
// temporary file (productions may run on several threads), and only when all of them
// succeeded are they renamed into place. A failure anywhere removes every temporary file
// and leaves every existing output as it was, so a folder never holds a new graph.jsonld
// beside an old graph.dot.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "export/atomic_file.h"  // ByteSink, Producer

namespace newsgraph::exporter {

// Produces several files at once: one sink per path given to OutputSet::add, in that
// order (each call appends to that file).
using MultiProducer = std::function<Status(const std::vector<ByteSink>& sinks)>;

// Usage: add every file with what produces it, then write() once. The set holds the
// producers, which must stay valid (with everything they reference) until write returns.
// Thread contract: add and write from one thread; write calls each producer exactly once,
// from whichever thread it runs it on, so producers of one set must not share mutable
// state (or a non-reentrant library) unless they are one MultiProducer.
class OutputSet {
 public:
  // A file written by `produce`, as with write_file_atomically.
  void add(std::string path, Producer produce);
  // Files written by one production, on one thread, in the order it chooses: for files
  // that share work or come out of the same non-reentrant library (Graphviz).
  void add(std::vector<std::string> paths, MultiProducer produce);

  // Creates every temporary file (each beside its target, with the mode of the file it
  // replaces), runs the productions (on up to `threads` threads; with 1, one after the
  // other on the calling thread, stopping at the first failure), flushes each file to
  // disk, checks that no target is a directory, then renames the files in the order
  // they were added and syncs their folders. Returns the first failure in add order: a
  // producer's Status as it is, or kIoError naming the file (kUsage for an empty path).
  // Until the first rename, a failure leaves every target untouched; a rename can then
  // fail only on a system error (I/O error, filesystem gone read-only), which leaves the
  // files before it renamed, so callers add first the file whose new version is safest to
  // keep alone. An exception from a producer is rethrown after every production ended.
  Status write(unsigned threads);

 private:
  struct Production {
    std::vector<std::string> paths;
    MultiProducer produce;
  };
  std::vector<Production> productions_;
};

}  // namespace newsgraph::exporter
