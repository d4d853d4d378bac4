#include "export/json_read.hpp"

#include "export/utf8.hpp"

#include <rapidjson/error/en.h>

#include <set>
#include <utility>

namespace relgraph::json_read {

std::string_view view(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::string quoted(std::string_view s) {
  std::string out = "\"" + utf8::to_valid(utf8::truncate(s, 60));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return out + (s.size() > 60 ? "...\"" : "\"");
}

void parse(rapidjson::Document& d, const std::string& text, const std::string& source) {
  // no kParseFullPrecisionFlag: RapidJSON 1.1.0's full-precision strtod reads out of bounds on
  // numbers with thousands of digits (found by fuzz_graph_json); metrics are recomputed anyway
  d.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (d.HasParseError()) {
    throw InputError(source + ": invalid JSON at byte " + std::to_string(d.GetErrorOffset()) +
                     ": " + rapidjson::GetParseError_En(d.GetParseError()));
  }
}

void FieldReader::fail(const std::string& where, const std::string& what) const {
  throw InputError(m_source + ": " + (where.empty() ? what : where + ": " + what));
}

std::string FieldReader::field(const std::string& where, const char* key) {
  return where.empty() ? std::string(key) : where + "." + key;
}

std::string FieldReader::item(const std::string& where, size_t i) {
  return where + "[" + std::to_string(i) + "]";
}

const Value* FieldReader::member(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it == obj.MemberEnd() ? nullptr : &it->value;
}

const Value* FieldReader::object_member(const Value& obj, const char* key,
                                        const std::string& where) const {
  const Value* v = member(obj, key);
  if (v != nullptr && !v->IsObject()) fail(field(where, key), "not an object");
  return v;
}

const Value* FieldReader::array_member(const Value& obj, const char* key,
                                       const std::string& where) const {
  const Value* v = member(obj, key);
  if (v != nullptr && !v->IsArray()) fail(field(where, key), "not an array");
  return v;
}

std::string FieldReader::string_member(const Value& obj, const char* key, const std::string& where,
                                       bool required, const std::string& fallback) const {
  const Value* v = member(obj, key);
  if (v == nullptr) {
    if (required) fail(where, std::string("missing \"") + key + "\"");
    return fallback;
  }
  if (!v->IsString()) fail(field(where, key), "not a string");
  return std::string(view(*v));
}

uint32_t FieldReader::uint_member(const Value& obj, const char* key, const std::string& where,
                                  uint32_t fallback) const {
  const Value* v = member(obj, key);
  if (v == nullptr) return fallback;
  if (!v->IsUint()) fail(field(where, key), "not an unsigned 32-bit integer");
  return v->GetUint();
}

bool FieldReader::bool_member(const Value& obj, const char* key, const std::string& where,
                              bool fallback) const {
  const Value* v = member(obj, key);
  if (v == nullptr) return fallback;
  if (!v->IsBool()) fail(field(where, key), "not a boolean");
  return v->GetBool();
}

std::vector<std::string> FieldReader::strings_member(const Value& obj, const char* key,
                                                     const std::string& where) const {
  std::vector<std::string> out;
  const Value* v = array_member(obj, key, where);
  if (v == nullptr) return out;
  for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
    const Value& s = (*v)[i];
    if (!s.IsString()) fail(item(field(where, key), i), "not a string");
    out.emplace_back(view(s));
  }
  return out;
}

std::vector<uint32_t> FieldReader::uints_member(const Value& obj, const char* key,
                                                const std::string& where) const {
  std::vector<uint32_t> out;
  const Value* v = array_member(obj, key, where);
  if (v == nullptr) return out;
  for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
    const Value& n = (*v)[i];
    if (!n.IsUint()) fail(item(field(where, key), i), "not an unsigned 32-bit integer");
    out.push_back(n.GetUint());
  }
  return out;
}

Tense FieldReader::tense_member(const Value& obj, const std::string& where, Tense fallback) const {
  const Value* v = member(obj, "tense");
  if (v == nullptr) return fallback;
  if (!v->IsString()) fail(field(where, "tense"), "not a string");
  Tense t = fallback;
  if (!parse_tense(view(*v), t)) fail(field(where, "tense"), "unknown tense " + quoted(view(*v)));
  return t;
}

std::vector<DocumentInfo> FieldReader::read_documents(const Value& docs,
                                                      const std::string& where) const {
  std::vector<DocumentInfo> out;
  std::set<std::string> seen;
  for (rapidjson::SizeType i = 0; i < docs.Size(); ++i) {
    const std::string at = item(where, i);
    const Value& d = docs[i];
    if (!d.IsObject()) fail(at, "not an object");
    DocumentInfo info;
    info.id = string_member(d, "id", at, true);
    if (!seen.insert(info.id).second) fail(at, "duplicate document id " + quoted(info.id));
    info.path = string_member(d, "path", at, false);
    info.sha256 = string_member(d, "sha256", at, false);
    info.date = string_member(d, "date", at, false);
    out.push_back(std::move(info));
  }
  return out;
}

void FieldReader::read_actor_fields(const Value& obj, const std::string& where,
                                    ActorRecord& a) const {
  if (const Value* type = member(obj, "type")) {
    if (!type->IsString()) fail(field(where, "type"), "not a string");
    if (!parse_actor_type(view(*type), a.type)) {
      fail(field(where, "type"), "unknown type " + quoted(view(*type)));
    }
  }
  a.aliases = strings_member(obj, "aliases", where);
  a.mentions = uint_member(obj, "mentions", where, 0);
  a.documents = strings_member(obj, "documents", where);
}

bool FieldReader::read_metrics(const Value& obj, const std::string& where, NodeMetrics& m) const {
  bool found = true;
  for (auto [key, slot] : {std::pair{"degree", &m.degree}, std::pair{"in_degree", &m.in_degree},
                           std::pair{"out_degree", &m.out_degree},
                           std::pair{"component", &m.component}}) {
    if (member(obj, key) == nullptr) {
      found = false;
    } else {
      *slot = uint_member(obj, key, where, 0);
    }
  }
  for (auto [key, slot] : {std::pair{"weighted_degree", &m.weight},
                           std::pair{"weighted_in_degree", &m.in_weight},
                           std::pair{"weighted_out_degree", &m.out_weight},
                           std::pair{"pagerank", &m.pagerank},
                           std::pair{"betweenness", &m.betweenness}}) {
    const Value* v = member(obj, key);
    if (v == nullptr) {
      found = false;
      continue;
    }
    if (!v->IsNumber()) fail(field(where, key), "not a number");
    *slot = v->GetDouble();
  }
  return found;
}

void FieldReader::read_relation_fields(const Value& obj, const std::string& where, Relation& r,
                                       bool with_directed) const {
  r.cameo = string_member(obj, "cameo", where, false);
  if (with_directed) r.directed = bool_member(obj, "directed", where, !is_symmetric(r.relation));
  r.negated = bool_member(obj, "negated", where, false);
  r.tense = tense_member(obj, where, Tense::past);
  r.roles = strings_member(obj, "roles", where);
  r.documents = strings_member(obj, "documents", where);
}

Evidence FieldReader::read_evidence(const Value& e, const std::string& where,
                                    Tense fallback) const {
  if (!e.IsObject()) fail(where, "not an object");
  Evidence ev;
  ev.doc = string_member(e, "doc", where, true);
  ev.sentence = uint_member(e, "sentence", where, 0);
  ev.start = uint_member(e, "start", where, 0);
  ev.end = uint_member(e, "end", where, ev.start);
  if (ev.end < ev.start) fail(where, "end before start");
  ev.text = string_member(e, "text", where, false);
  ev.cue = string_member(e, "cue", where, false);
  ev.tense = tense_member(e, where, fallback);
  ev.modality = string_member(e, "modality", where, false);
  return ev;
}

Role FieldReader::parse_role_text(const std::string& text) {
  // Actor ids are slugs ([a-z0-9-] and non-ASCII), so "Minister of Defence" stays a title.
  const size_t at = text.rfind(" of ");
  if (at == std::string::npos || at == 0 || at + 4 == text.size()) return {text, ""};
  const std::string of = text.substr(at + 4);
  for (unsigned char c : of) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c >= 0x80)) {
      return {text, ""};
    }
  }
  return {text.substr(0, at), of};
}

void VertexIndex::add(ActorRecord a, const std::string& where, KnowledgeGraph& g) {
  if (a.id.empty()) m_reader.fail(FieldReader::field(where, "id"), "empty node id");
  if (m_index.count(a.id) != 0) m_reader.fail(where, "duplicate node id " + quoted(a.id));
  const std::string id = a.id;
  m_index.emplace(id, add_vertex(std::move(a), g));
}

Vertex VertexIndex::find(const std::string& id, const std::string& where) const {
  auto it = m_index.find(id);
  if (it == m_index.end()) m_reader.fail(where, "unknown node id " + quoted(id));
  return it->second;
}

} // namespace relgraph::json_read
