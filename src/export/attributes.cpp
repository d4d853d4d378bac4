#include "export/attributes.hpp"

#include "relgraph/errors.hpp"

#include "export/utf8.hpp"

#include <charconv>
#include <cmath>

namespace relgraph::attrs {

namespace {

Value text(std::string s) {
  Value v;
  v.text = utf8::to_valid(s);
  return v;
}

Value list(const std::vector<std::string>& items) {
  Value v;
  for (const auto& s : items) v.items.push_back(utf8::to_valid(s));
  return v;
}

Value integer(int64_t i) {
  Value v;
  v.integer = i;
  return v;
}

Value real(double d) {
  Value v;
  v.real = d;
  return v;
}

Value boolean(bool b) {
  Value v;
  v.boolean = b;
  return v;
}

std::string role_text(const Role& r) { return r.of.empty() ? r.title : r.title + " of " + r.of; }

} // namespace

bool has_metrics(const GraphDocument& doc) {
  if (doc.metrics.empty()) return false;
  if (doc.metrics.size() != num_vertices(doc.graph)) {
    throw Error("graph metrics do not match the graph (" + std::to_string(doc.metrics.size()) +
                " for " + std::to_string(num_vertices(doc.graph)) + " actors)");
  }
  return true;
}

std::vector<Column> node_columns(const GraphDocument& doc) {
  std::vector<Column> c{{"label", Type::string},       {"type", Type::string},
                        {"aliases", Type::string, true}, {"mentions", Type::integer},
                        {"documents", Type::string, true}, {"roles", Type::string, true}};
  if (has_metrics(doc)) {
    for (const char* name : {"degree", "in_degree", "out_degree"}) c.push_back({name, Type::integer});
    for (const char* name : {"weighted_degree", "weighted_in_degree", "weighted_out_degree",
                             "pagerank", "betweenness"}) {
      c.push_back({name, Type::real});
    }
    c.push_back({"component", Type::integer});
  }
  return c;
}

std::vector<Value> node_values(const GraphDocument& doc, Vertex v) {
  const ActorRecord& a = doc.graph[v];
  std::vector<std::string> roles;
  for (const auto& r : a.roles) roles.push_back(role_text(r));
  std::vector<Value> out{text(a.label.empty() ? a.id : a.label),
                         text(std::string(to_string(a.type))),
                         list(a.aliases),
                         integer(a.mentions),
                         list(a.documents),
                         list(roles)};
  if (has_metrics(doc)) {
    const NodeMetrics& m = doc.metrics[v];
    out.push_back(integer(m.degree));
    out.push_back(integer(m.in_degree));
    out.push_back(integer(m.out_degree));
    out.push_back(real(m.weight));
    out.push_back(real(m.in_weight));
    out.push_back(real(m.out_weight));
    out.push_back(real(m.pagerank));
    out.push_back(real(m.betweenness));
    out.push_back(integer(m.component));
  }
  return out;
}

std::vector<Column> edge_columns() {
  return {{"relation", Type::string},   {"cameo", Type::string},
          {"directed", Type::boolean},  {"negated", Type::boolean},
          {"tense", Type::string},      {"weight", Type::integer},
          {"documents", Type::string, true}, {"roles", Type::string, true},
          {"first_date", Type::string, false, ";", true},
          {"last_date", Type::string, false, ";", true},
          {"evidence", Type::string, true, " | "}};
}

std::vector<Value> edge_values(const GraphDocument& doc, Edge e, const DocumentDates& dates) {
  const Relation& r = doc.graph[e];
  const DateRange range = edge_dates(r, dates);
  std::vector<std::string> sentences;
  for (const auto& ev : r.evidence) sentences.push_back(ev.text);
  return {text(r.relation),      text(r.cameo),       boolean(r.directed),
          boolean(r.negated),    text(std::string(to_string(r.tense))), integer(r.weight),
          list(r.documents),     list(r.roles),       text(range.first),
          text(range.last),      list(sentences)};
}

std::string edge_id(size_t index) { return "e" + std::to_string(index); }

std::string edge_key(const Relation& r) { return r.negated ? r.relation + ":negated" : r.relation; }

std::string format_double(double x) {
  if (!std::isfinite(x)) return "0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, res.ptr);
}

std::string to_text(const Column& c, const Value& v) {
  if (c.list) {
    std::string out;
    const std::string joiner = c.joiner;
    for (size_t i = 0; i < v.items.size(); ++i) {
      if (i > 0) out += joiner;
      std::string item = v.items[i];
      if (joiner == ";") {
        for (char& ch : item)
          if (ch == ';') ch = ',';
      }
      out += item;
    }
    return out;
  }
  switch (c.type) {
  case Type::string: return v.text;
  case Type::integer: return std::to_string(v.integer);
  case Type::real: return format_double(v.real);
  case Type::boolean: return v.boolean ? "true" : "false";
  }
  return v.text;
}

bool is_empty(const Column& c, const Value& v) {
  if (c.list) return v.items.empty();
  return c.type == Type::string && v.text.empty();
}

} // namespace relgraph::attrs
