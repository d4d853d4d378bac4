#include "relgraph/export.hpp"

#include "export/attributes.hpp"
#include "export/xml.hpp"

#include <boost/range/iterator_range.hpp>

namespace relgraph {

namespace {

const char* gexf_type(attrs::Type t) {
  switch (t) {
  case attrs::Type::string: return "string";
  case attrs::Type::integer: return "integer";
  case attrs::Type::real: return "double";
  case attrs::Type::boolean: return "boolean";
  }
  return "string";
}

// Lists are joined strings: GEXF list types differ between 1.2 and 1.3 readers.
void declare(std::string& out, const char* cls, const std::vector<attrs::Column>& columns,
             const char* skip) {
  out += std::string("    <attributes class=\"") + cls + "\">\n";
  for (const auto& c : columns) {
    if (c.name == skip) continue;
    out += "      <attribute id=\"" + c.name + "\" title=\"" + c.name + "\" type=\"" +
           gexf_type(c.type) + "\"/>\n";
  }
  out += "    </attributes>\n";
}

void put_values(std::string& out, const std::vector<attrs::Column>& columns,
                const std::vector<attrs::Value>& values, const char* skip) {
  std::string body;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == skip || attrs::is_empty(columns[i], values[i])) continue;
    body += "          <attvalue for=\"" + columns[i].name + "\" value=\"" +
            xml::escape(attrs::to_text(columns[i], values[i])) + "\"/>\n";
  }
  if (!body.empty()) out += "        <attvalues>\n" + body + "        </attvalues>\n";
}

} // namespace

std::string write_gexf(const GraphDocument& doc) {
  const KnowledgeGraph& g = doc.graph;
  const std::vector<attrs::Column> node_cols = attrs::node_columns(doc);
  const std::vector<attrs::Column> edge_cols = attrs::edge_columns();
  const DocumentDates dates = document_dates(doc.documents);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<gexf xmlns=\"http://gexf.net/1.3\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
                    "version=\"1.3\">\n";
  out += "  <meta>\n    <creator>relgraph " + xml::escape(RELGRAPH_VERSION) +
         "</creator>\n    <description>actor relationship graph of " +
         std::to_string(doc.documents.size()) + " documents</description>\n  </meta>\n";
  out += "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";
  // label is the node's own label attribute.
  declare(out, "node", node_cols, "label");
  // weight is the edge's own weight attribute.
  declare(out, "edge", edge_cols, "weight");
  out += "    <nodes>\n";
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const std::vector<attrs::Value> values = attrs::node_values(doc, v);
    out += "      <node id=\"" + xml::escape(g[v].id) + "\" label=\"" + xml::escape(values[0].text) +
           "\">\n";
    put_values(out, node_cols, values, "label");
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  size_t index = 0;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const Relation& r = g[e];
    // "mutual" (both ways) for symmetric relations: Gephi draws it, networkx accepts it in a
    // directed graph, where "undirected" would be rejected.
    out += "      <edge id=\"" + attrs::edge_id(index++) + "\" source=\"" +
           xml::escape(g[source(e, g)].id) + "\" target=\"" + xml::escape(g[target(e, g)].id) +
           "\"" + (r.directed ? "" : " type=\"mutual\"") + " kind=\"" +
           xml::escape(attrs::edge_key(r)) + "\" label=\"" + xml::escape(r.relation) +
           "\" weight=\"" + std::to_string(r.weight) + "\">\n";
    put_values(out, edge_cols, attrs::edge_values(doc, e, dates), "weight");
    out += "      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

} // namespace relgraph
