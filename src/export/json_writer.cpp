#include "relgraph/export.hpp"

#include "export/attributes.hpp"
#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>
#include <rapidjson/prettywriter.h>
#include <cstdio>

namespace relgraph {

namespace {

// A RapidJSON output stream into a string or straight into a file: a big graph is never held
// twice in memory.
class OutStream {
public:
  using Ch = char;
  explicit OutStream(std::string* s) : m_string(s) {}
  explicit OutStream(std::FILE* f) : m_file(f) {}
  ~OutStream() { Flush(); }
  void Put(char c) {
    if (m_len == sizeof m_buf) Flush();
    m_buf[m_len++] = c;
  }
  void Flush() {
    if (m_len == 0) return;
    if (m_string) m_string->append(m_buf, m_len);
    else std::fwrite(m_buf, 1, m_len, m_file);
    m_len = 0;
  }

private:
  std::string* m_string = nullptr;
  std::FILE* m_file = nullptr;
  char m_buf[1 << 16];
  size_t m_len = 0;
};

using JsonWriter = rapidjson::PrettyWriter<OutStream>;

// Invalid bytes would make the document unreadable by strict parsers, ours included.
void put(JsonWriter& w, std::string_view s) {
  if (utf8::is_valid(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()), true);
  } else {
    const std::string clean = utf8::to_valid(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()), true);
  }
}

void put(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  put(w, value);
}

void put_strings(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) put(w, v);
  w.EndArray();
}

void write_documents(JsonWriter& w, const std::vector<DocumentInfo>& docs) {
  w.Key("documents");
  w.StartArray();
  for (const auto& d : docs) {
    w.StartObject();
    put(w, "id", d.id);
    put(w, "path", d.path);
    put(w, "sha256", d.sha256);
    if (!d.date.empty()) put(w, "date", d.date);
    w.EndObject();
  }
  w.EndArray();
}

void write_metrics(JsonWriter& w, const NodeMetrics& m) {
  w.Key("degree");
  w.Uint(m.degree);
  w.Key("in_degree");
  w.Uint(m.in_degree);
  w.Key("out_degree");
  w.Uint(m.out_degree);
  w.Key("weighted_degree");
  w.Double(m.weight);
  w.Key("weighted_in_degree");
  w.Double(m.in_weight);
  w.Key("weighted_out_degree");
  w.Double(m.out_weight);
  w.Key("pagerank");
  w.Double(m.pagerank);
  w.Key("betweenness");
  w.Double(m.betweenness);
  w.Key("component");
  w.Uint(m.component);
}

void write_node(JsonWriter& w, const ActorRecord& a, const NodeMetrics* metrics) {
  w.StartObject();
  put(w, "id", a.id);
  put(w, "label", a.label);
  put(w, "type", to_string(a.type));
  put_strings(w, "aliases", a.aliases);
  w.Key("mentions");
  w.Uint(a.mentions);
  put_strings(w, "documents", a.documents);
  w.Key("roles");
  w.StartArray();
  for (const auto& r : a.roles) {
    w.StartObject();
    put(w, "title", r.title);
    put(w, "of", r.of);
    w.EndObject();
  }
  w.EndArray();
  if (metrics != nullptr) write_metrics(w, *metrics);
  w.EndObject();
}

void write_evidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  put(w, "doc", e.doc);
  w.Key("sentence");
  w.Uint(e.sentence);
  w.Key("start");
  w.Uint(e.start);
  w.Key("end");
  w.Uint(e.end);
  put(w, "text", e.text.str());
  put(w, "cue", e.cue);
  put(w, "tense", to_string(e.tense));
  if (!e.modality.empty()) put(w, "modality", e.modality);
  w.EndObject();
}

void write_link(JsonWriter& w, const std::string& source, const std::string& target,
                const Relation& r, const DocumentDates& dates) {
  w.StartObject();
  put(w, "source", source);
  put(w, "target", target);
  // networkx MultiDiGraph keys must be unique per (source, target).
  put(w, "key", r.negated ? r.relation + ":negated" : r.relation);
  put(w, "relation", r.relation);
  put(w, "cameo", r.cameo);
  w.Key("directed");
  w.Bool(r.directed);
  w.Key("weight");
  w.Uint(r.weight);
  put_strings(w, "documents", r.documents);
  w.Key("negated");
  w.Bool(r.negated);
  put(w, "tense", to_string(r.tense));
  // Derived from the documents' dates, so readers need not read them back.
  if (const DateRange range = edge_dates(r, dates); !range.first.empty()) {
    put(w, "first_date", range.first);
    put(w, "last_date", range.last);
  }
  if (!r.roles.empty()) put_strings(w, "roles", r.roles);
  w.Key("evidence");
  w.StartArray();
  for (const auto& e : r.evidence) write_evidence(w, e);
  w.EndArray();
  w.EndObject();
}

} // namespace

namespace {

void write_json_to(OutStream& buffer, const GraphDocument& doc, const std::string& generator) {
  const KnowledgeGraph& g = doc.graph;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  put(w, "generator", generator);
  write_documents(w, doc.documents);
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  const bool with_metrics = attrs::has_metrics(doc);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    write_node(w, g[v], with_metrics ? &doc.metrics[v] : nullptr);
  }
  w.EndArray();
  w.Key("links");
  w.StartArray();
  const DocumentDates dates = document_dates(doc.documents);
  for (auto e : boost::make_iterator_range(edges(g))) {
    write_link(w, g[source(e, g)].id, g[target(e, g)].id, g[e], dates);
  }
  w.EndArray();
  w.EndObject();
  buffer.Put('\n');
  buffer.Flush();
}

} // namespace

std::string write_json(const GraphDocument& doc, const std::string& generator) {
  std::string out;
  OutStream stream(&out);
  write_json_to(stream, doc, generator);
  return out;
}

void write_json(const GraphDocument& doc, const std::string& generator, std::FILE* file) {
  OutStream stream(file);
  write_json_to(stream, doc, generator);
}

} // namespace relgraph
