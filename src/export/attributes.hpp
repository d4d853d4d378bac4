#pragma once
// The flat node and edge attributes the cytoscape, jgf, graphml, gexf and csv writers share, so
// every format carries the same names, types and values.
#include "relgraph/export.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace relgraph::attrs {

enum class Type { string, integer, real, boolean };

struct Column {
  std::string name;
  Type type = Type::string;
  bool list = false;          // a list of strings
  const char* joiner = ";";   // how flat text formats join a list
  bool optional = false;      // JSON formats leave it out when empty (text formats always do)
};

struct Value {
  std::string text;               // string
  std::vector<std::string> items; // list
  int64_t integer = 0;
  double real = 0;
  bool boolean = false;
};

// Node columns; the metrics ones only when doc.metrics is filled.
std::vector<Column> node_columns(const GraphDocument& doc);
std::vector<Value> node_values(const GraphDocument& doc, Vertex v);
std::vector<Column> edge_columns();
std::vector<Value> edge_values(const GraphDocument& doc, Edge e, const DocumentDates& dates);

// Edge ids: "e" + position in edge order.
std::string edge_id(size_t index);
// networkx-style key: the relation, ":negated" appended for a negated edge.
std::string edge_key(const Relation& r);

// Shortest text that reads back as the same double; locale-free.
std::string format_double(double x);
// A value as text: lists joined with the column's joiner (a ';' inside an item becomes ',').
std::string to_text(const Column& c, const Value& v);
// True when the value says nothing (empty string or list): text formats leave it out.
bool is_empty(const Column& c, const Value& v);

// Throws Error when doc.metrics is neither empty nor one per vertex.
bool has_metrics(const GraphDocument& doc);

} // namespace relgraph::attrs
