#include "relgraph/export.hpp"

#include "export/attributes.hpp"
#include "export/xml.hpp"

#include <boost/range/iterator_range.hpp>

namespace relgraph {

namespace {

const char* graphml_type(attrs::Type t) {
  switch (t) {
  case attrs::Type::string: return "string";
  case attrs::Type::integer: return "int";
  case attrs::Type::real: return "double";
  case attrs::Type::boolean: return "boolean";
  }
  return "string";
}

void declare(std::string& out, const char* domain, const char* prefix,
             const std::vector<attrs::Column>& columns) {
  for (const auto& c : columns) {
    out += "  <key id=\"" + std::string(prefix) + c.name + "\" for=\"" + domain +
           "\" attr.name=\"" + c.name + "\" attr.type=\"" + graphml_type(c.type) + "\"/>\n";
  }
}

void put_data(std::string& out, const char* prefix, const std::vector<attrs::Column>& columns,
              const std::vector<attrs::Value>& values) {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (attrs::is_empty(columns[i], values[i])) continue;
    out += "      <data key=\"" + std::string(prefix) + columns[i].name + "\">" +
           xml::escape(attrs::to_text(columns[i], values[i])) + "</data>\n";
  }
}

} // namespace

std::string write_graphml(const GraphDocument& doc) {
  const KnowledgeGraph& g = doc.graph;
  const std::vector<attrs::Column> node_cols = attrs::node_columns(doc);
  const std::vector<attrs::Column> edge_cols = attrs::edge_columns();
  const DocumentDates dates = document_dates(doc.documents);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  // Keys must precede <graph>. Ids are prefixed: node and edge "documents" share a key space.
  declare(out, "node", "n_", node_cols);
  declare(out, "edge", "e_", edge_cols);
  // Edges stay directed="true" (edgedefault): networkx rejects directed="false" in a directed
  // graph, so symmetry is the "directed" attribute.
  out += "  <graph id=\"relgraph\" edgedefault=\"directed\">\n";
  for (auto v : boost::make_iterator_range(vertices(g))) {
    out += "    <node id=\"" + xml::escape(g[v].id) + "\">\n";
    put_data(out, "n_", node_cols, attrs::node_values(doc, v));
    out += "    </node>\n";
  }
  size_t index = 0;
  for (auto e : boost::make_iterator_range(edges(g))) {
    out += "    <edge id=\"" + attrs::edge_id(index++) + "\" source=\"" +
           xml::escape(g[source(e, g)].id) + "\" target=\"" + xml::escape(g[target(e, g)].id) +
           "\">\n";
    put_data(out, "e_", edge_cols, attrs::edge_values(doc, e, dates));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

} // namespace relgraph
