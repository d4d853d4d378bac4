#include "relgraph/analytics.hpp"

#include "export/utf8.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace relgraph {

namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void put(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  const std::string s = utf8::to_valid(value);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
}

void put_count(JsonWriter& w, const char* key, size_t n) {
  w.Key(key);
  w.Uint64(n);
}

void put_ranked(JsonWriter& w, const char* key, const std::vector<GraphStats::Ranked>& ranked) {
  w.Key(key);
  w.StartArray();
  for (const auto& r : ranked) {
    w.StartObject();
    put(w, "id", r.id);
    put(w, "label", r.label);
    put(w, "type", r.type);
    w.Key("value");
    w.Double(r.value);
    w.EndObject();
  }
  w.EndArray();
}

} // namespace

std::string write_stats_json(const GraphStats& s) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  put_count(w, "nodes", s.nodes);
  put_count(w, "edges", s.edges);
  put_count(w, "negated_edges", s.negated_edges);
  put_count(w, "documents", s.documents);
  w.Key("top");
  w.StartObject();
  put_ranked(w, "pagerank", s.top_pagerank);
  put_ranked(w, "betweenness", s.top_betweenness);
  put_ranked(w, "weighted_degree", s.top_weighted_degree);
  w.EndObject();
  w.Key("node_types");
  w.StartObject();
  for (const auto& [type, n] : s.node_types) put_count(w, type.c_str(), n);
  w.EndObject();
  w.Key("relations");
  w.StartArray();
  for (const auto& r : s.relations) {
    w.StartObject();
    put(w, "relation", r.relation);
    put_count(w, "edges", r.edges);
    put_count(w, "negated", r.negated);
    put_count(w, "mentions", r.mentions);
    w.EndObject();
  }
  w.EndArray();
  w.Key("components");
  w.StartArray();
  for (const auto& c : s.components) {
    w.StartObject();
    w.Key("id");
    w.Uint(c.id);
    w.Key("size");
    w.Uint(c.size);
    put(w, "top_id", c.top_id);
    put(w, "top_label", c.top_label);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

} // namespace relgraph
