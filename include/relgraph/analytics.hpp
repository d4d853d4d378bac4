#pragma once
// Per-node measures with Boost.Graph algorithms (degrees, PageRank, Brandes betweenness, weakly
// connected components) and the summary `relgraph stats` prints.
#include "relgraph/export.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace relgraph {

// Fills doc.metrics, one NodeMetrics per vertex. Negated edges are denials, not relations, so
// every measure ignores them. A symmetric edge counts as both incoming and outgoing; `degree`
// counts each edge once. Doubles are rounded to 6 significant digits so every output is
// byte-identical across runs.
void compute_metrics(GraphDocument& doc);

// `x` rounded to `digits` significant digits (0 stays 0).
double round_significant(double x, int digits = 6);

// What `relgraph stats` reports; computed from doc.metrics (compute_metrics first).
struct GraphStats {
  struct Ranked {
    std::string id, label, type;
    double value = 0;
  };
  struct Component {
    uint32_t id = 0;
    uint32_t size = 0;
    std::string top_id, top_label; // the member with the highest PageRank
  };
  size_t nodes = 0, edges = 0, negated_edges = 0, documents = 0;
  std::vector<Ranked> top_pagerank, top_betweenness, top_weighted_degree; // best first, ties by id
  std::vector<std::pair<std::string, size_t>> node_types; // ONTOLOGY order, zero counts left out
  struct RelationCount {
    std::string relation;
    size_t edges = 0, negated = 0, mentions = 0; // negated edges are not in `edges`
  };
  std::vector<RelationCount> relations;                   // by relation name
  std::vector<Component> components;                      // largest first, ties by id
};

GraphStats compute_stats(const GraphDocument& doc, size_t top);

// The stats as a JSON object (written with RapidJSON, in src/export/stats_json.cpp).
std::string write_stats_json(const GraphStats& stats);

} // namespace relgraph
