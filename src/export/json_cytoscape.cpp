#include "relgraph/export.hpp"

#include "export/json_attrs.hpp"
#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>

namespace relgraph {

namespace {

using attrs::JsonWriter;
using attrs::put_string;

template <class T, class F>
void put_list(JsonWriter& w, const char* key, const std::vector<T>& items, F get) {
  w.Key(key);
  w.StartArray();
  for (const auto& x : items) get(x);
  w.EndArray();
}

// Roles as flat lists beside the "Title of ACTOR-ID" texts: Cytoscape desktop takes lists of
// strings as columns, and a title may itself contain " of ".
void put_role_lists(JsonWriter& w, const std::vector<Role>& roles) {
  if (roles.empty()) return;
  put_list(w, "role_titles", roles, [&](const Role& r) { put_string(w, utf8::to_valid(r.title)); });
  put_list(w, "role_of", roles, [&](const Role& r) { put_string(w, utf8::to_valid(r.of)); });
}

// The rest of each evidence record, as lists parallel to "evidence" (the sentences), so the
// spans read back.
void put_evidence_lists(JsonWriter& w, const std::vector<Evidence>& evidence) {
  put_list(w, "evidence_docs", evidence, [&](const Evidence& e) { put_string(w, utf8::to_valid(e.doc)); });
  put_list(w, "evidence_sentences", evidence, [&](const Evidence& e) { w.Uint(e.sentence); });
  put_list(w, "evidence_starts", evidence, [&](const Evidence& e) { w.Uint(e.start); });
  put_list(w, "evidence_ends", evidence, [&](const Evidence& e) { w.Uint(e.end); });
  put_list(w, "evidence_cues", evidence, [&](const Evidence& e) { put_string(w, utf8::to_valid(e.cue)); });
  put_list(w, "evidence_tenses", evidence,
           [&](const Evidence& e) { put_string(w, std::string(to_string(e.tense))); });
  bool any_modality = false;
  for (const auto& e : evidence) any_modality = any_modality || !e.modality.empty();
  if (any_modality) {
    put_list(w, "evidence_modalities", evidence,
             [&](const Evidence& e) { put_string(w, utf8::to_valid(e.modality)); });
  }
}

} // namespace

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
  // The full records, so relgraph reads the graph back with its documents.
  w.Key("document_records");
  put_documents(w, doc.documents);
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
    put_role_lists(w, g[v].roles);
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
    put_evidence_lists(w, g[e].evidence);
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
