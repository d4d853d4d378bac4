#pragma once
// What the readers of relgraph's JSON formats (node-link, Cytoscape, JGF) share: parsing, typed
// member access and the records every format carries, each failure a one-line InputError naming
// the source and the field.
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include <rapidjson/document.h>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relgraph::json_read {

using rapidjson::Value;

std::string_view view(const Value& v);
// A value fit for a one-line message: short, valid UTF-8, no control characters.
std::string quoted(std::string_view s);

// Parses iteratively (deep nesting must not overflow the stack) with full precision (metrics
// read back must write back to the same digits); throws InputError naming `source`.
void parse(rapidjson::Document& d, const std::string& text, const std::string& source);

// Typed access to members; every failure names `m_source` and the field's path.
class FieldReader {
public:
  explicit FieldReader(std::string source) : m_source(std::move(source)) {}

  [[noreturn]] void fail(const std::string& where, const std::string& what) const;
  static std::string field(const std::string& where, const char* key);
  static std::string item(const std::string& where, size_t i);
  static const Value* member(const Value& obj, const char* key);

  const Value* object_member(const Value& obj, const char* key, const std::string& where) const;
  const Value* array_member(const Value& obj, const char* key, const std::string& where) const;
  std::string string_member(const Value& obj, const char* key, const std::string& where,
                            bool required, const std::string& fallback = {}) const;
  uint32_t uint_member(const Value& obj, const char* key, const std::string& where,
                       uint32_t fallback) const;
  bool bool_member(const Value& obj, const char* key, const std::string& where, bool fallback) const;
  std::vector<std::string> strings_member(const Value& obj, const char* key,
                                          const std::string& where) const;
  std::vector<uint32_t> uints_member(const Value& obj, const char* key,
                                     const std::string& where) const;
  Tense tense_member(const Value& obj, const std::string& where, Tense fallback) const;

  // {"id", "path", "sha256", "date"?} objects, ids unique.
  std::vector<DocumentInfo> read_documents(const Value& docs, const std::string& where) const;
  // type, aliases, mentions, documents of an actor (id, label and roles differ by format).
  void read_actor_fields(const Value& obj, const std::string& where, ActorRecord& a) const;
  // The metrics compute_metrics writes, under their node-link names; false when any is missing.
  bool read_metrics(const Value& obj, const std::string& where, NodeMetrics& m) const;
  // cameo, negated, tense, roles, documents of a relation (r.relation must be set: it decides
  // the default of `directed`, read here too unless `with_directed` is false).
  void read_relation_fields(const Value& obj, const std::string& where, Relation& r,
                            bool with_directed = true) const;
  // {"doc", "sentence", "start", "end", "text", "cue", "tense", "modality"?}.
  Evidence read_evidence(const Value& e, const std::string& where, Tense fallback) const;
  // "Title" or "Title of ACTOR-ID", as the flat formats write a role, when nothing better is there.
  static Role parse_role_text(const std::string& text);

  const std::string& source() const { return m_source; }

private:
  std::string m_source;
};

// Node ids to vertices while a graph is read; rejects duplicates and unknown endpoints.
class VertexIndex {
public:
  explicit VertexIndex(const FieldReader& reader) : m_reader(reader) {}
  void add(ActorRecord a, const std::string& where, KnowledgeGraph& g);
  Vertex find(const std::string& id, const std::string& where) const;

private:
  const FieldReader& m_reader;
  std::map<std::string, Vertex> m_index;
};

// The readers behind read_json / read_graph_json, on a parsed document.
GraphDocument read_node_link(const Value& d, const std::string& source);
GraphDocument read_cytoscape(const Value& d, const std::string& source);
GraphDocument read_jgf(const Value& d, const std::string& source);

} // namespace relgraph::json_read
