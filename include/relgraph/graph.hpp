#pragma once
// The knowledge graph: a Boost.Graph adjacency_list whose vertices are actors and whose edges are
// merged relations (one edge per (source, relation, target); symmetric relations stored once with
// source id < target id).
#include "relgraph/model.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace relgraph {

struct Relation {
  std::string relation;
  std::string cameo;
  bool directed = true;
  bool negated = false;
  Tense tense = Tense::past;
  std::vector<std::string> roles;     // affiliated_with: titles, sorted, unique
  std::vector<Evidence> evidence;     // sorted by (doc, start, end, cue)
  std::vector<std::string> documents; // distinct supporting document ids, sorted
  uint32_t weight = 0;                // number of supporting mentions == evidence.size()
};

using KnowledgeGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorRecord, Relation>;
using Vertex = boost::graph_traits<KnowledgeGraph>::vertex_descriptor;
using Edge = boost::graph_traits<KnowledgeGraph>::edge_descriptor;

// Builds and merges; vertices are never removed, so descriptors stay valid.
class GraphBuilder {
public:
  GraphBuilder();
  // Adds one document's actors and facts; actors merge by id, facts by (source, relation, target,
  // negated). A negated fact and an asserted one are separate edges. Every merge rule is a total
  // order, a union or a sum, so adding in any order or grouping gives the same graph; evidence,
  // documents and weights are unions (adding a document twice changes nothing) but mentions add up.
  void add(const Extraction& extraction);
  // Adds every node and edge of an existing graph (used by `merge`).
  void add_graph(const KnowledgeGraph& g, const std::vector<DocumentInfo>& docs);
  // Moves everything of `other` in (threads build their own builders, then merge them).
  void merge(GraphBuilder&& other);
  // The finished graph in canonical order: vertices sorted by id, edges by (source, target,
  // relation, negated), evidence sorted. Same input set in any order gives the same graph.
  KnowledgeGraph finish() const;
  // The same, moving the data out: the builder is empty afterwards (no second copy of the evidence).
  KnowledgeGraph take();
  const std::vector<DocumentInfo>& documents() const { return m_documents; }
  std::vector<DocumentInfo> sorted_documents() const;

private:
  using EdgeKey = std::tuple<std::string, std::string, std::string, bool>;
  void add_actor(const ActorRecord& a);
  void add_document(const DocumentInfo& d);
  void add_relation(const std::string& source, const std::string& target, const Relation& r);
  std::map<std::string, ActorRecord> m_actors;
  std::map<EdgeKey, Relation> m_edges;
  std::vector<DocumentInfo> m_documents;
  std::unordered_map<std::string, size_t> m_document_index; // id -> position in m_documents
  std::unordered_map<std::string, size_t> m_compacted;      // actor id -> list sizes when last compacted
  // Sentence texts of the evidence, each held once (syndicated copies repeat whole articles).
  struct TextHash {
    size_t operator()(const SharedText& t) const { return std::hash<std::string>()(t.str()); }
  };
  std::unordered_set<SharedText, TextHash> m_texts;
  SharedText intern(const SharedText& text);
};

// Document id -> DocumentInfo::date, for the documents that have one.
using DocumentDates = std::map<std::string, std::string>;
DocumentDates document_dates(const std::vector<DocumentInfo>& docs);

// First and last date of the documents supporting an edge; empty when none of them has a date.
struct DateRange {
  std::string first, last;
};
DateRange edge_dates(const Relation& r, const DocumentDates& dates);

} // namespace relgraph
