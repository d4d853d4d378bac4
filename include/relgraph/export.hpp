#pragma once
// Writers and readers of the graph. Only export/json_*.cpp touch RapidJSON; only export/dot*.cpp
// and export/render.cpp touch Graphviz.
#include "relgraph/graph.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace relgraph {

// Per-node measures computed with Boost.Graph (see analytics.hpp); indexed by vertex.
struct NodeMetrics {
  uint32_t in_degree = 0, out_degree = 0, degree = 0;
  double in_weight = 0, out_weight = 0, weight = 0; // weighted degrees (edge weight = mentions)
  double pagerank = 0;    // normalised to sum 1
  double betweenness = 0; // Brandes, normalised
  uint32_t component = 0; // weakly connected component id
};

struct GraphDocument {
  KnowledgeGraph graph;
  std::vector<DocumentInfo> documents;
  std::vector<NodeMetrics> metrics; // empty until computed; else one per vertex
};

// One file a format writes: NAME + suffix ("csv" writes ".nodes.csv" and ".edges.csv").
struct OutputFile {
  std::string suffix; // ".json", ".dot", ".nodes.csv" ...
  std::string content;
};

// The formats `-f` accepts, in the order --help lists them.
const std::vector<std::string>& known_formats();
bool is_known_format(const std::string& format);
// Writes one format; throws Error for an unknown one.
std::vector<OutputFile> write_format(const GraphDocument& doc, const std::string& format);

// How the drawn formats (dot, svg, png, html) look; see render.hpp.
struct RenderOptions {
  std::string layout;   // Graphviz engine (known_layouts()); empty: dot up to 40 nodes, else sfdp
  std::string data_dir; // DIR/palette.tsv replaces the built-in palette when present; empty: built-in
};

// Options of write_format; formats ignore the ones that are not theirs.
struct FormatOptions {
  RenderOptions render;
};
std::vector<OutputFile> write_format(const GraphDocument& doc, const std::string& format,
                                     const FormatOptions& options);

// The node-link JSON document of ../shared/eval/README.md (networkx node_link_data, d3).
std::string write_json(const GraphDocument& doc, const std::string& generator);
// The same, streamed into an open file (the build writes big graphs this way).
void write_json(const GraphDocument& doc, const std::string& generator, std::FILE* file);
// Reads a node-link document written by write_json; throws InputError naming `source_name`.
GraphDocument read_json(const std::string& text, const std::string& source_name);
// Reads any JSON format relgraph writes, told apart by its top-level keys: node-link ("nodes" and
// "links"), Cytoscape ("elements") or JGF v2 ("graph" with a "nodes" object); throws InputError
// naming `source_name` for anything else.
GraphDocument read_graph_json(const std::string& text, const std::string& source_name);

// `-f mentions`: JSON Lines, one {"doc","start","end","text","type","kind","actor"} per mention.
std::string write_mentions_jsonl(const std::vector<MentionRecord>& mentions);

// Graphviz DOT written with cgraph (agopen/agnode/agedge/agsafeset/agwrite), in the built-in
// palette (render.hpp has the one that takes a palette).
std::string write_dot(const GraphDocument& doc);

// Cytoscape.js elements JSON ({"elements":{"nodes":[{"data":...}],"edges":[...]}}); Cytoscape
// desktop imports it as .cyjs.
std::string write_cytoscape(const GraphDocument& doc);
// JSON Graph Format v2 (nodes keyed by id).
std::string write_jgf(const GraphDocument& doc);
// GraphML with a <key> per attribute (networkx read_graphml, yEd, Gephi).
std::string write_graphml(const GraphDocument& doc);
// GEXF 1.3 (Gephi) with declared node and edge attributes.
std::string write_gexf(const GraphDocument& doc);
// neo4j-admin import CSV: ".nodes.csv" then ".edges.csv".
std::vector<OutputFile> write_csv(const GraphDocument& doc);

} // namespace relgraph
