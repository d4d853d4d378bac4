// Reads the JSON Graph Format v2 document write_jgf writes.
#include "export/json_read.hpp"

namespace relgraph::json_read {

namespace {

class JgfReader : public FieldReader {
public:
  using FieldReader::FieldReader;

  GraphDocument read(const Value& d) {
    GraphDocument out;
    const Value& graph = d["graph"];
    if (const Value* meta = object_member(graph, "metadata", "graph")) {
      if (const Value* docs = array_member(*meta, "documents", "graph.metadata")) {
        out.documents = read_documents(*docs, "graph.metadata.documents");
      }
    }
    const Value& nodes = graph["nodes"];
    VertexIndex index(*this);
    bool all_metrics = true;
    for (auto it = nodes.MemberBegin(); it != nodes.MemberEnd(); ++it) {
      ActorRecord a;
      a.id = std::string(view(it->name));
      const std::string where = "graph.nodes." + quoted(a.id);
      if (!it->value.IsObject()) fail(where, "not an object");
      a.label = string_member(it->value, "label", where, false, a.id);
      static const Value empty(rapidjson::kObjectType);
      const Value* meta = object_member(it->value, "metadata", where);
      const std::string at = field(where, "metadata");
      read_actor_fields(meta != nullptr ? *meta : empty, at, a);
      if (meta != nullptr) a.roles = roles(*meta, at);
      NodeMetrics m;
      all_metrics = meta != nullptr && read_metrics(*meta, at, m) && all_metrics;
      out.metrics.push_back(m);
      index.add(std::move(a), where, out.graph);
    }
    if (!all_metrics) out.metrics.clear();
    const Value* edges = array_member(graph, "edges", "graph");
    if (edges == nullptr) return out;
    for (rapidjson::SizeType i = 0; i < edges->Size(); ++i) {
      const std::string where = item("graph.edges", i);
      const Value& e = (*edges)[i];
      if (!e.IsObject()) fail(where, "not an object");
      const Vertex s = index.find(string_member(e, "source", where, true), field(where, "source"));
      const Vertex t = index.find(string_member(e, "target", where, true), field(where, "target"));
      add_edge(s, t, relation(e, where), out.graph);
    }
    return out;
  }

private:
  // role_titles + role_of when written; else the "Title of ACTOR-ID" texts of older files.
  std::vector<Role> roles(const Value& meta, const std::string& where) const {
    std::vector<Role> out;
    if (member(meta, "role_titles") == nullptr) {
      for (const auto& text : strings_member(meta, "roles", where)) out.push_back(parse_role_text(text));
      return out;
    }
    const std::vector<std::string> titles = strings_member(meta, "role_titles", where);
    const std::vector<std::string> of = strings_member(meta, "role_of", where);
    if (of.size() != titles.size()) {
      fail(field(where, "role_of"),
           std::to_string(of.size()) + " items for " + std::to_string(titles.size()) + " role_titles");
    }
    for (size_t i = 0; i < titles.size(); ++i) out.push_back({titles[i], of[i]});
    return out;
  }

  Relation relation(const Value& e, const std::string& where) const {
    Relation r;
    r.relation = string_member(e, "relation", where, true);
    if (r.relation.empty()) fail(field(where, "relation"), "empty relation");
    r.directed = bool_member(e, "directed", where, !is_symmetric(r.relation));
    static const Value empty(rapidjson::kObjectType);
    const Value* meta = object_member(e, "metadata", where);
    const std::string at = field(where, "metadata");
    const Value& m = meta != nullptr ? *meta : empty;
    read_relation_fields(m, at, r, false);
    if (const Value* evidence = array_member(m, "evidence", at)) {
      for (rapidjson::SizeType i = 0; i < evidence->Size(); ++i) {
        r.evidence.push_back(read_evidence((*evidence)[i], item(field(at, "evidence"), i), r.tense));
      }
    }
    r.weight = uint_member(m, "weight", at, static_cast<uint32_t>(r.evidence.size()));
    return r;
  }
};

} // namespace

GraphDocument read_jgf(const Value& d, const std::string& source) { return JgfReader(source).read(d); }

} // namespace relgraph::json_read
