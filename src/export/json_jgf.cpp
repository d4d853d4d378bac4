#include "relgraph/export.hpp"

#include "export/json_attrs.hpp"
#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>

namespace relgraph {

std::string write_jgf(const GraphDocument& doc) {
  using namespace attrs;
  const KnowledgeGraph& g = doc.graph;
  const std::vector<Column> node_cols = node_columns(doc);
  const std::vector<Column> edge_cols = edge_columns();
  const DocumentDates dates = document_dates(doc.documents);
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("graph");
  w.StartObject();
  w.Key("id");
  w.String("relgraph");
  w.Key("type");
  w.String("relgraph");
  w.Key("label");
  w.String("relgraph actor relationship graph");
  w.Key("directed");
  w.Bool(true);
  w.Key("metadata");
  w.StartObject();
  w.Key("generator");
  put_string(w, std::string("relgraph ") + RELGRAPH_VERSION);
  w.Key("documents");
  put_documents(w, doc.documents);
  w.EndObject();
  // v2: nodes are an object keyed by node id.
  w.Key("nodes");
  w.StartObject();
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const std::vector<Value> values = node_values(doc, v);
    put_string(w, utf8::to_valid(g[v].id));
    w.StartObject();
    w.Key("label");
    put_string(w, values[0].text);
    w.Key("metadata");
    w.StartObject();
    put_values(w, node_cols, values, "label");
    // Structured roles beside the texts: a title may itself contain " of ".
    if (!g[v].roles.empty()) {
      w.Key("role_titles");
      w.StartArray();
      for (const auto& r : g[v].roles) put_string(w, utf8::to_valid(r.title));
      w.EndArray();
      w.Key("role_of");
      w.StartArray();
      for (const auto& r : g[v].roles) put_string(w, utf8::to_valid(r.of));
      w.EndArray();
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndObject();
  w.Key("edges");
  w.StartArray();
  size_t index = 0;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const Relation& r = g[e];
    w.StartObject();
    w.Key("id");
    put_string(w, edge_id(index++));
    w.Key("source");
    put_string(w, utf8::to_valid(g[source(e, g)].id));
    w.Key("relation");
    put_string(w, utf8::to_valid(r.relation));
    w.Key("target");
    put_string(w, utf8::to_valid(g[target(e, g)].id));
    w.Key("directed");
    w.Bool(r.directed);
    w.Key("label");
    put_string(w, utf8::to_valid(r.negated ? r.relation + " (negated)" : r.relation));
    w.Key("metadata");
    w.StartObject();
    const std::vector<Value> values = edge_values(doc, e, dates);
    for (size_t i = 0; i < edge_cols.size(); ++i) {
      const std::string& name = edge_cols[i].name;
      if (name == "relation" || name == "directed" || name == "evidence") continue;
      if (edge_cols[i].optional && is_empty(edge_cols[i], values[i])) continue;
      put_string(w, name);
      put_value(w, edge_cols[i], values[i]);
    }
    // JGF metadata may nest, so the evidence keeps its spans.
    w.Key("evidence");
    w.StartArray();
    for (const auto& ev : r.evidence) {
      w.StartObject();
      w.Key("doc");
      put_string(w, utf8::to_valid(ev.doc));
      w.Key("sentence");
      w.Uint(ev.sentence);
      w.Key("start");
      w.Uint(ev.start);
      w.Key("end");
      w.Uint(ev.end);
      w.Key("text");
      put_string(w, utf8::to_valid(ev.text.str()));
      w.Key("cue");
      put_string(w, utf8::to_valid(ev.cue));
      w.Key("tense");
      put_string(w, std::string(to_string(ev.tense)));
      if (!ev.modality.empty()) {
        w.Key("modality");
        put_string(w, utf8::to_valid(ev.modality));
      }
      w.EndObject();
    }
    w.EndArray();
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
