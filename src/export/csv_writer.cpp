#include "relgraph/export.hpp"

#include "export/attributes.hpp"
#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>

namespace relgraph {

namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. Line breaks and
// tabs become spaces first: neo4j-admin rejects multi-line fields unless told otherwise.
std::string field(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (s.find_first_of(",\"") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// neo4j-admin header types; ';' is its default array delimiter.
std::string header(const attrs::Column& c) {
  if (c.list) return c.name + (std::string(c.joiner) == ";" ? ":string[]" : "");
  switch (c.type) {
  case attrs::Type::string: return c.name;
  case attrs::Type::integer: return c.name + ":int";
  case attrs::Type::real: return c.name + ":double";
  case attrs::Type::boolean: return c.name + ":boolean";
  }
  return c.name;
}

std::string neo4j_label(ActorType t) {
  std::string s(to_string(t));
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return "Actor;" + s;
}

std::string neo4j_type(const std::string& relation) {
  std::string s = relation;
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

void put_row(std::string& out, const std::vector<attrs::Column>& columns,
             const std::vector<attrs::Value>& values, size_t first = 0) {
  for (size_t i = first; i < columns.size(); ++i) {
    out += ',';
    if (!attrs::is_empty(columns[i], values[i])) out += field(attrs::to_text(columns[i], values[i]));
  }
  out += '\n';
}

} // namespace

std::vector<OutputFile> write_csv(const GraphDocument& doc) {
  const KnowledgeGraph& g = doc.graph;
  const std::vector<attrs::Column> node_cols = attrs::node_columns(doc);
  const std::vector<attrs::Column> edge_cols = attrs::edge_columns();
  const DocumentDates dates = document_dates(doc.documents);

  // id, label, :LABEL, then the other node columns (node_cols[0] is the label).
  std::string nodes = "id:ID,label,:LABEL";
  for (size_t i = 1; i < node_cols.size(); ++i) nodes += ',' + field(header(node_cols[i]));
  nodes += '\n';
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const std::vector<attrs::Value> values = attrs::node_values(doc, v);
    nodes += field(utf8::to_valid(g[v].id)) + ',' + field(values[0].text) + ',' +
             neo4j_label(g[v].type);
    put_row(nodes, node_cols, values, 1);
  }

  std::string links = ":START_ID,:END_ID,:TYPE";
  for (const auto& c : edge_cols) links += ',' + field(header(c));
  links += '\n';
  for (auto e : boost::make_iterator_range(edges(g))) {
    links += field(utf8::to_valid(g[source(e, g)].id)) + ',' +
             field(utf8::to_valid(g[target(e, g)].id)) + ',' +
             field(neo4j_type(g[e].relation));
    put_row(links, edge_cols, attrs::edge_values(doc, e, dates));
  }
  return {{".nodes.csv", std::move(nodes)}, {".edges.csv", std::move(links)}};
}

} // namespace relgraph
