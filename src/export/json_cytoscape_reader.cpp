// Reads the Cytoscape.js elements JSON write_cytoscape writes (and the flat `elements` array
// cytoscape.js also accepts).
#include "export/json_read.hpp"

namespace relgraph::json_read {

namespace {

class CytoscapeReader : public FieldReader {
public:
  using FieldReader::FieldReader;

  GraphDocument read(const Value& d) {
    GraphDocument out;
    if (const Value* data = object_member(d, "data", "")) out.documents = documents(*data);
    const Value& elements = d["elements"];
    std::vector<std::pair<const Value*, std::string>> nodes, edges;
    if (elements.IsObject()) {
      for (auto [key, list] : {std::pair{"nodes", &nodes}, std::pair{"edges", &edges}}) {
        if (const Value* items = array_member(elements, key, "elements")) {
          for (rapidjson::SizeType i = 0; i < items->Size(); ++i) {
            list->emplace_back(&(*items)[i], item(field("elements", key), i));
          }
        }
      }
    } else if (elements.IsArray()) {
      for (rapidjson::SizeType i = 0; i < elements.Size(); ++i) {
        const Value& e = elements[i];
        const std::string where = item("elements", i);
        if (!e.IsObject()) fail(where, "not an object");
        const std::string group = string_member(e, "group", where, false);
        const Value* data = member(e, "data");
        const bool edge = group.empty() ? data != nullptr && data->IsObject() &&
                                              data->HasMember("source")
                                        : group == "edges";
        if (!group.empty() && group != "nodes" && group != "edges") {
          fail(field(where, "group"), "not \"nodes\" or \"edges\"");
        }
        (edge ? edges : nodes).emplace_back(&e, where);
      }
    } else {
      fail("elements", "not an object or an array");
    }
    VertexIndex index(*this);
    bool all_metrics = true;
    for (const auto& [node, where] : nodes) {
      const Value& data = data_of(*node, where);
      const std::string at = field(where, "data");
      NodeMetrics m;
      all_metrics = read_metrics(data, at, m) && all_metrics;
      out.metrics.push_back(m);
      index.add(actor(data, at), where, out.graph);
    }
    if (!all_metrics) out.metrics.clear();
    for (const auto& [edge, where] : edges) {
      const Value& data = data_of(*edge, where);
      const std::string at = field(where, "data");
      const Vertex s = index.find(string_member(data, "source", at, true), field(at, "source"));
      const Vertex t = index.find(string_member(data, "target", at, true), field(at, "target"));
      add_edge(s, t, relation(data, at), out.graph);
    }
    return out;
  }

private:
  const Value& data_of(const Value& element, const std::string& where) const {
    if (!element.IsObject()) fail(where, "not an object");
    const Value* data = object_member(element, "data", where);
    if (data == nullptr) fail(where, "missing \"data\"");
    return *data;
  }

  // "document_records" has every field; older files carry only the ids in "documents".
  std::vector<DocumentInfo> documents(const Value& data) const {
    if (const Value* records = array_member(data, "document_records", "data")) {
      return read_documents(*records, "data.document_records");
    }
    std::vector<DocumentInfo> out;
    for (auto& id : strings_member(data, "documents", "data")) out.push_back({id, "", "", ""});
    return out;
  }

  ActorRecord actor(const Value& data, const std::string& where) const {
    ActorRecord a;
    a.id = string_member(data, "id", where, true);
    a.label = string_member(data, "label", where, false, string_member(data, "name", where, false, a.id));
    read_actor_fields(data, where, a);
    if (member(data, "role_titles") != nullptr) {
      const std::vector<std::string> titles = strings_member(data, "role_titles", where);
      const std::vector<std::string> of = strings_member(data, "role_of", where);
      if (of.size() != titles.size()) {
        fail(field(where, "role_of"), std::to_string(of.size()) + " items for " +
                                          std::to_string(titles.size()) + " role_titles");
      }
      for (size_t i = 0; i < titles.size(); ++i) a.roles.push_back({titles[i], of[i]});
    } else {
      for (const auto& text : strings_member(data, "roles", where)) a.roles.push_back(parse_role_text(text));
    }
    return a;
  }

  Relation relation(const Value& data, const std::string& where) const {
    Relation r;
    r.relation = string_member(data, "relation", where, true);
    if (r.relation.empty()) fail(field(where, "relation"), "empty relation");
    read_relation_fields(data, where, r);
    const std::vector<std::string> texts = strings_member(data, "evidence", where);
    if (member(data, "evidence_docs") == nullptr) {
      // An older file: the sentences alone, from the relation's document when it has one.
      for (const auto& text : texts) {
        Evidence ev;
        ev.doc = r.documents.size() == 1 ? r.documents[0] : std::string();
        ev.text = text;
        ev.tense = r.tense;
        r.evidence.push_back(std::move(ev));
      }
    } else {
      const std::vector<std::string> docs = strings_member(data, "evidence_docs", where);
      const std::vector<uint32_t> sentences = uints_member(data, "evidence_sentences", where);
      const std::vector<uint32_t> starts = uints_member(data, "evidence_starts", where);
      const std::vector<uint32_t> ends = uints_member(data, "evidence_ends", where);
      const std::vector<std::string> cues = strings_member(data, "evidence_cues", where);
      const std::vector<std::string> tenses = strings_member(data, "evidence_tenses", where);
      const std::vector<std::string> modalities = strings_member(data, "evidence_modalities", where);
      const size_t n = docs.size();
      for (auto [key, size] : {std::pair{"evidence", texts.size()},
                               std::pair{"evidence_sentences", sentences.size()},
                               std::pair{"evidence_starts", starts.size()},
                               std::pair{"evidence_ends", ends.size()},
                               std::pair{"evidence_cues", cues.size()},
                               std::pair{"evidence_tenses", tenses.size()}}) {
        if (size != n) {
          fail(field(where, key), std::to_string(size) + " items for " + std::to_string(n) + " evidence_docs");
        }
      }
      if (!modalities.empty() && modalities.size() != n) {
        fail(field(where, "evidence_modalities"),
             std::to_string(modalities.size()) + " items for " + std::to_string(n) + " evidence_docs");
      }
      for (size_t i = 0; i < n; ++i) {
        const std::string at = item(field(where, "evidence"), i);
        Evidence ev;
        ev.doc = docs[i];
        ev.sentence = sentences[i];
        ev.start = starts[i];
        ev.end = ends[i];
        if (ev.end < ev.start) fail(at, "end before start");
        ev.text = texts[i];
        ev.cue = cues[i];
        if (!parse_tense(tenses[i], ev.tense)) {
          fail(item(field(where, "evidence_tenses"), i), "unknown tense " + quoted(tenses[i]));
        }
        if (!modalities.empty()) ev.modality = modalities[i];
        r.evidence.push_back(std::move(ev));
      }
    }
    r.weight = uint_member(data, "weight", where, static_cast<uint32_t>(r.evidence.size()));
    return r;
  }
};

} // namespace

GraphDocument read_cytoscape(const Value& d, const std::string& source) {
  return CytoscapeReader(source).read(d);
}

} // namespace relgraph::json_read
