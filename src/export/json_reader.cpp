#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include "export/utf8.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>
#include <set>

namespace relgraph {

namespace {

using rapidjson::Value;

std::string_view view(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

// A value fit for a one-line message: short, valid UTF-8, no control characters.
std::string quoted(std::string_view s) {
  std::string out = "\"" + utf8::to_valid(utf8::truncate(s, 60));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return out + (s.size() > 60 ? "...\"" : "\"");
}

class NodeLinkReader {
public:
  explicit NodeLinkReader(const std::string& source_name) : m_source(source_name) {}

  GraphDocument read(const std::string& text) {
    rapidjson::Document d;
    // Iterative: deeply nested input must not overflow the stack.
    // Full precision: metrics read back must write back to the same digits.
    d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
            rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
    if (d.HasParseError()) {
      fail("", std::string("invalid JSON at byte ") + std::to_string(d.GetErrorOffset()) + ": " +
                   rapidjson::GetParseError_En(d.GetParseError()));
    }
    if (!d.IsObject()) fail("", "not a node-link graph: the document is not a JSON object");
    GraphDocument out;
    if (const Value* graph = member(d, "graph")) {
      if (!graph->IsObject()) fail("graph", "not an object");
      if (const Value* docs = array_member(*graph, "documents", "graph")) {
        read_documents(*docs, out.documents);
      }
    }
    const Value* nodes = array_member(d, "nodes", "");
    if (nodes == nullptr) fail("", "not a node-link graph: no \"nodes\" array");
    const Value* links = array_member(d, "links", "");
    // networkx >= 3.6 writes "edges" by default.
    if (links == nullptr) links = array_member(d, "edges", "");
    if (links == nullptr) fail("", "not a node-link graph: no \"links\" array");
    std::map<std::string, Vertex> index;
    bool all_metrics = true;
    for (rapidjson::SizeType i = 0; i < nodes->Size(); ++i) {
      const std::string where = "nodes[" + std::to_string(i) + "]";
      ActorRecord a = read_node((*nodes)[i], where);
      if (index.count(a.id) != 0) fail(where, "duplicate node id " + quoted(a.id));
      NodeMetrics m;
      all_metrics = read_metrics((*nodes)[i], where, m) && all_metrics;
      out.metrics.push_back(m);
      const std::string id = a.id;
      index.emplace(id, add_vertex(std::move(a), out.graph));
    }
    // Metrics are kept only when every node has them all; commands recompute them anyway.
    if (!all_metrics) out.metrics.clear();
    for (rapidjson::SizeType i = 0; i < links->Size(); ++i) {
      const std::string where = "links[" + std::to_string(i) + "]";
      const Value& link = (*links)[i];
      if (!link.IsObject()) fail(where, "not an object");
      const Vertex s = endpoint(link, "source", where, index);
      const Vertex t = endpoint(link, "target", where, index);
      add_edge(s, t, read_relation(link, where), out.graph);
    }
    return out;
  }

private:
  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw InputError(m_source + ": " + (where.empty() ? what : where + ": " + what));
  }

  static std::string field(const std::string& where, const char* key) {
    return where.empty() ? std::string(key) : where + "." + key;
  }

  static const Value* member(const Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    return it == obj.MemberEnd() ? nullptr : &it->value;
  }

  const Value* array_member(const Value& obj, const char* key, const std::string& where) const {
    const Value* v = member(obj, key);
    if (v != nullptr && !v->IsArray()) fail(field(where, key), "not an array");
    return v;
  }

  std::string string_member(const Value& obj, const char* key, const std::string& where,
                            bool required, const std::string& fallback = {}) const {
    const Value* v = member(obj, key);
    if (v == nullptr) {
      if (required) fail(where, std::string("missing \"") + key + "\"");
      return fallback;
    }
    if (!v->IsString()) fail(field(where, key), "not a string");
    return std::string(view(*v));
  }

  uint32_t uint_member(const Value& obj, const char* key, const std::string& where,
                       uint32_t fallback) const {
    const Value* v = member(obj, key);
    if (v == nullptr) return fallback;
    if (!v->IsUint()) fail(field(where, key), "not an unsigned 32-bit integer");
    return v->GetUint();
  }

  bool bool_member(const Value& obj, const char* key, const std::string& where,
                   bool fallback) const {
    const Value* v = member(obj, key);
    if (v == nullptr) return fallback;
    if (!v->IsBool()) fail(field(where, key), "not a boolean");
    return v->GetBool();
  }

  std::vector<std::string> strings_member(const Value& obj, const char* key,
                                          const std::string& where) const {
    std::vector<std::string> out;
    const Value* v = array_member(obj, key, where);
    if (v == nullptr) return out;
    for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
      const Value& s = (*v)[i];
      if (!s.IsString()) fail(field(where, key) + "[" + std::to_string(i) + "]", "not a string");
      out.emplace_back(view(s));
    }
    return out;
  }

  Tense tense_member(const Value& obj, const std::string& where, Tense fallback) const {
    const Value* v = member(obj, "tense");
    if (v == nullptr) return fallback;
    if (!v->IsString()) fail(field(where, "tense"), "not a string");
    Tense t = fallback;
    if (!parse_tense(view(*v), t)) fail(field(where, "tense"), "unknown tense " + quoted(view(*v)));
    return t;
  }

  void read_documents(const Value& docs, std::vector<DocumentInfo>& out) const {
    std::set<std::string> seen;
    for (rapidjson::SizeType i = 0; i < docs.Size(); ++i) {
      const std::string where = "graph.documents[" + std::to_string(i) + "]";
      const Value& d = docs[i];
      if (!d.IsObject()) fail(where, "not an object");
      DocumentInfo info;
      info.id = string_member(d, "id", where, true);
      if (!seen.insert(info.id).second) fail(where, "duplicate document id " + quoted(info.id));
      info.path = string_member(d, "path", where, false);
      info.sha256 = string_member(d, "sha256", where, false);
      info.date = string_member(d, "date", where, false);
      out.push_back(std::move(info));
    }
  }

  ActorRecord read_node(const Value& node, const std::string& where) const {
    if (!node.IsObject()) fail(where, "not an object");
    ActorRecord a;
    a.id = string_member(node, "id", where, true);
    if (a.id.empty()) fail(field(where, "id"), "empty node id");
    a.label = string_member(node, "label", where, false, a.id);
    if (const Value* type = member(node, "type")) {
      if (!type->IsString()) fail(field(where, "type"), "not a string");
      if (!parse_actor_type(view(*type), a.type)) {
        fail(field(where, "type"), "unknown type " + quoted(view(*type)));
      }
    }
    a.aliases = strings_member(node, "aliases", where);
    a.mentions = uint_member(node, "mentions", where, 0);
    a.documents = strings_member(node, "documents", where);
    if (const Value* roles = array_member(node, "roles", where)) {
      for (rapidjson::SizeType i = 0; i < roles->Size(); ++i) {
        const std::string role_where = field(where, "roles") + "[" + std::to_string(i) + "]";
        const Value& r = (*roles)[i];
        if (!r.IsObject()) fail(role_where, "not an object");
        a.roles.push_back(
            {string_member(r, "title", role_where, true), string_member(r, "of", role_where, false)});
      }
    }
    return a;
  }

  double double_member(const Value& obj, const char* key, const std::string& where,
                       bool& found) const {
    const Value* v = member(obj, key);
    if (v == nullptr) {
      found = false;
      return 0;
    }
    if (!v->IsNumber()) fail(field(where, key), "not a number");
    return v->GetDouble();
  }

  // The node attributes compute_metrics writes; false when any is missing.
  bool read_metrics(const Value& node, const std::string& where, NodeMetrics& m) const {
    bool found = true;
    for (auto [key, slot] : {std::pair{"degree", &m.degree}, std::pair{"in_degree", &m.in_degree},
                             std::pair{"out_degree", &m.out_degree},
                             std::pair{"component", &m.component}}) {
      if (member(node, key) == nullptr) {
        found = false;
      } else {
        *slot = uint_member(node, key, where, 0);
      }
    }
    m.weight = double_member(node, "weighted_degree", where, found);
    m.in_weight = double_member(node, "weighted_in_degree", where, found);
    m.out_weight = double_member(node, "weighted_out_degree", where, found);
    m.pagerank = double_member(node, "pagerank", where, found);
    m.betweenness = double_member(node, "betweenness", where, found);
    return found;
  }

  Vertex endpoint(const Value& link, const char* key, const std::string& where,
                  const std::map<std::string, Vertex>& index) const {
    const std::string id = string_member(link, key, where, true);
    auto it = index.find(id);
    if (it == index.end()) fail(field(where, key), "unknown node id " + quoted(id));
    return it->second;
  }

  Relation read_relation(const Value& link, const std::string& where) const {
    Relation r;
    r.relation = string_member(link, "relation", where, true);
    if (r.relation.empty()) fail(field(where, "relation"), "empty relation");
    r.cameo = string_member(link, "cameo", where, false);
    r.directed = bool_member(link, "directed", where, !is_symmetric(r.relation));
    r.negated = bool_member(link, "negated", where, false);
    r.tense = tense_member(link, where, Tense::past);
    r.roles = strings_member(link, "roles", where);
    r.documents = strings_member(link, "documents", where);
    if (const Value* evidence = array_member(link, "evidence", where)) {
      for (rapidjson::SizeType i = 0; i < evidence->Size(); ++i) {
        const std::string ev_where = field(where, "evidence") + "[" + std::to_string(i) + "]";
        const Value& e = (*evidence)[i];
        if (!e.IsObject()) fail(ev_where, "not an object");
        Evidence ev;
        ev.doc = string_member(e, "doc", ev_where, true);
        ev.sentence = uint_member(e, "sentence", ev_where, 0);
        ev.start = uint_member(e, "start", ev_where, 0);
        ev.end = uint_member(e, "end", ev_where, ev.start);
        if (ev.end < ev.start) fail(ev_where, "end before start");
        ev.text = string_member(e, "text", ev_where, false);
        ev.cue = string_member(e, "cue", ev_where, false);
        ev.tense = tense_member(e, ev_where, r.tense);
        ev.modality = string_member(e, "modality", ev_where, false);
        r.evidence.push_back(std::move(ev));
      }
    }
    r.weight = uint_member(link, "weight", where, static_cast<uint32_t>(r.evidence.size()));
    return r;
  }

  std::string m_source;
};

} // namespace

GraphDocument read_json(const std::string& text, const std::string& source_name) {
  return NodeLinkReader(source_name).read(text);
}

} // namespace relgraph
