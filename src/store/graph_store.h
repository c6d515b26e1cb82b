// GraphStore: the knowledge graph as a Boost.Graph adjacency_list with bundled entity and
// relation structs, plus an id -> vertex index (vertices are never found by scanning).
// Relations with the same (subject, predicate, object) are one edge carrying all evidence.
// Thread contract: not thread-safe; build it from one thread, then read it from many.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.h"
#include "core/string_hash.h"
#include "core/text_pool.h"

namespace newsgraph::store {

// Where a relation was stated. The text fields are views: in a store they view the
// store's own copies (add_relation and add_edge keep the text of the evidence they are
// given), so evidence read from a store lives as long as the store.
struct Evidence {
  std::string_view article_id;
  std::string_view sentence;   // the sentence text
  Span offsets;                // byte offsets of the sentence in the article's cleaned text
  std::string_view rule;       // extraction rule id
  float confidence = 0.f;      // the rule's measured precision
  std::string_view date;       // ISO day of the event, when known
  std::string_view qualifier;  // e.g. the title for holdsPositionIn
};

struct EntityVertex {
  std::string id;                          // stable, derived from type and canonical name
  std::string type;                        // ontology class local name
  std::string name;                        // canonical name: the fullest frequent form
  std::map<std::string, uint32_t> aliases; // every surface form merged in, with counts (includes name)
  uint32_t mentions = 0;
};

struct RelationEdge {
  std::string predicate;                   // vocabulary local name
  std::vector<Evidence> evidence;          // one per statement, in article order
};

struct ArticleRecord {
  std::string id;
  std::string source;
  std::string date;                        // publication date, ISO
  std::string publisher_id;                // entity id of the publisher, if any
  std::string headline;
  std::string dateline_place_id;           // entity id of the dateline city, if any
  // Entity ids, sorted and distinct once in a store; views into the store's own copies
  // (add_article keeps them), as a set of strings cost a node and often a heap block per
  // mention: a quarter of the memory of a 100,000-article build.
  std::vector<std::string_view> mentions;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                   EntityVertex, RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class GraphStore {
 public:
  GraphStore();
  // A deep copy, with its own edge index (edge descriptors point into their own graph).
  GraphStore(const GraphStore& other);
  GraphStore& operator=(const GraphStore& other);
  // Moves hand over the graph's heap block: nothing is copied and descriptors stay valid.
  GraphStore(GraphStore&&) noexcept = default;
  GraphStore& operator=(GraphStore&&) noexcept = default;
  ~GraphStore();

  // Adds the entity, or returns the vertex already holding its id.
  Vertex add_entity(EntityVertex entity);
  std::optional<Vertex> find(std::string_view id) const;

  // Adds evidence for subject -predicate-> object, fusing it into an existing edge with
  // the same predicate between the same ends (either direction when `symmetric`).
  Edge add_relation(Vertex subject, Vertex object, const std::string& predicate,
                    Evidence evidence, bool symmetric);
  // Adds the edge as it is, beside any equal one (a loaded file's edges are kept exactly;
  // a subgraph copies its source's), keeping the text of its evidence. add_relation does
  // not fuse into edges added this way.
  Edge add_edge(Vertex subject, Vertex object, RelationEdge edge);

  // Adds the article, keeping the text of its mention ids, which it sorts and makes distinct.
  void add_article(ArticleRecord article);

  const Graph& graph() const { return *graph_; }
  Graph& graph() { return *graph_; }
  const std::vector<ArticleRecord>& articles() const { return articles_; }
  size_t entity_count() const { return boost::num_vertices(*graph_); }
  size_t relation_count() const { return boost::num_edges(*graph_); }

 private:
  // On the heap because Boost's adjacency_list has copy operations but no move: held by
  // value, every return of a store (merge -> build -> CLI) copied the whole graph and
  // briefly held it twice.
  std::unique_ptr<Graph> graph_;
  // The text of every evidence in graph_ and of the articles' mention ids.
  TextPool texts_;
  // The text last kept for each evidence field: statements come article by article, so the
  // article id, date and rule (and the sentence, for a sentence stating two relations)
  // usually repeat the previous evidence's, found by comparing instead of hashing.
  struct LastKept {
    std::string_view article_id, sentence, rule, date, qualifier;
  } last_kept_;
  StringMap<Vertex> index_;
  // (subject, object, predicate) -> its edge; looked up by view, no string built per
  // relation mention.
  struct EdgeKey {
    Vertex from, to;
    std::string predicate;
  };
  struct EdgeKeyView {
    Vertex from, to;
    std::string_view predicate;
  };
  struct EdgeKeyHash {
    using is_transparent = void;
    size_t operator()(const EdgeKeyView& k) const {
      size_t h = StringHash{}(k.predicate);
      h ^= std::hash<Vertex>{}(k.from) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      h ^= std::hash<Vertex>{}(k.to) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      return h;
    }
    size_t operator()(const EdgeKey& k) const { return (*this)(EdgeKeyView{k.from, k.to, k.predicate}); }
  };
  struct EdgeKeyEqual {
    using is_transparent = void;
    static EdgeKeyView view(const EdgeKey& k) { return {k.from, k.to, k.predicate}; }
    static EdgeKeyView view(const EdgeKeyView& k) { return k; }
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      EdgeKeyView x = view(a), y = view(b);
      return x.from == y.from && x.to == y.to && x.predicate == y.predicate;
    }
  };
  std::unordered_map<EdgeKey, Edge, EdgeKeyHash, EdgeKeyEqual> edge_index_;
  std::vector<ArticleRecord> articles_;

  // Point the text at copies held by texts_.
  void keep_text(Evidence& evidence);
  void keep_text(ArticleRecord& article);
};

}  // namespace newsgraph::store
