#pragma once
// Writers and readers of the graph. Only export/json_*.cpp touch RapidJSON; only export/dot*.cpp
// touch Graphviz.
#include "relgraph/graph.hpp"

#include <string>
#include <vector>

namespace relgraph {

struct GraphDocument {
  KnowledgeGraph graph;
  std::vector<DocumentInfo> documents;
};

// The node-link JSON document of ../shared/eval/README.md (networkx node_link_data, d3).
std::string write_json(const GraphDocument& doc, const std::string& generator);
// Reads a node-link document written by write_json; throws InputError naming `source_name`.
GraphDocument read_json(const std::string& text, const std::string& source_name);

// Graphviz DOT written with cgraph (agopen/agnode/agedge/agsafeset/agwrite).
std::string write_dot(const GraphDocument& doc);

} // namespace relgraph
