#include "relgraph/export.hpp"

#include "export/json_attrs.hpp"
#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>

namespace relgraph {

std::string write_cytoscape(const GraphDocument& doc) {
  using namespace attrs;
  const KnowledgeGraph& g = doc.graph;
  const std::vector<Column> node_cols = node_columns(doc);
  const std::vector<Column> edge_cols = edge_columns();
  const DocumentDates dates = document_dates(doc.documents);
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  // The .cyjs header Cytoscape desktop looks for; cytoscape.js ignores it.
  w.Key("format_version");
  w.String("1.0");
  w.Key("generated_by");
  put_string(w, std::string("relgraph ") + RELGRAPH_VERSION);
  w.Key("target_cytoscapejs_version");
  w.String("~2.1");
  w.Key("data");
  w.StartObject();
  w.Key("name");
  w.String("relgraph");
  w.Key("documents");
  w.StartArray();
  for (const auto& d : doc.documents) put_string(w, utf8::to_valid(d.id));
  w.EndArray();
  w.EndObject();
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const std::vector<Value> values = node_values(doc, v);
    w.StartObject();
    w.Key("data");
    w.StartObject();
    w.Key("id");
    put_string(w, utf8::to_valid(g[v].id));
    // Cytoscape desktop shows the "name" column.
    w.Key("name");
    put_string(w, values[0].text);
    put_values(w, node_cols, values);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  size_t index = 0;
  for (auto e : boost::make_iterator_range(edges(g))) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    w.Key("id");
    put_string(w, edge_id(index++));
    w.Key("source");
    put_string(w, utf8::to_valid(g[source(e, g)].id));
    w.Key("target");
    put_string(w, utf8::to_valid(g[target(e, g)].id));
    w.Key("key");
    put_string(w, utf8::to_valid(edge_key(g[e])));
    put_values(w, edge_cols, edge_values(doc, e, dates));
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

} // namespace relgraph
