#pragma once
// Subgraphs for build, render and stats: by relation, node type, weight, date, negation, an
// actor's neighbourhood and the most central actors. Filters compose.
#include "relgraph/export.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace relgraph {

struct GraphFilter {
  std::vector<std::string> relations; // keep edges of these relations (empty: all)
  std::vector<std::string> types;     // keep actors of these types (empty: all)
  uint32_t min_weight = 0;            // keep edges with at least this many mentions
  uint32_t top = 0;                   // keep the N actors of highest PageRank (0: all)
  std::string ego;                    // keep this actor's neighbourhood (id, label or alias)
  uint32_t depth = 1;                 // hops from the ego, in either direction
  std::string since, until;           // YYYY[-MM[-DD]]: keep edges with a document in range
  bool no_negated = false;            // drop negated edges

  bool empty() const;
};

// The relations of ../shared/ONTOLOGY.md.
const std::vector<std::string>& known_relations();

// The filtered graph, metrics recomputed. In order: edges by relation, weight, negation and
// date; actors by type (their edges go with them); then the ego's neighbourhood; then the top N.
// --relations, --min-weight and --no-negated also drop the actors they leave without edges (an
// actor that had none stays); with a date range an actor left without edges stays only if it
// appears in a document in range. Vertex, edge and document order are kept. Throws UsageError
// when no actor matches the ego.
GraphDocument apply_filter(const GraphDocument& doc, const GraphFilter& filter);

// True when `date` (a document's, ISO 8601) falls in [since, until], comparing the prefix as
// long as each bound, so --until 2024-05 takes all of May. Undated documents are out of range.
bool date_in_range(const std::string& date, const std::string& since, const std::string& until);

} // namespace relgraph
