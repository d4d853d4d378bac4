#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include "export/json_read.hpp"

namespace relgraph {

namespace json_read {

GraphDocument read_node_link(const Value& d, const std::string& source) {
  const FieldReader in(source);
  if (!d.IsObject()) in.fail("", "not a node-link graph: the document is not a JSON object");
  GraphDocument out;
  if (const Value* graph = in.object_member(d, "graph", "")) {
    if (const Value* docs = in.array_member(*graph, "documents", "graph")) {
      out.documents = in.read_documents(*docs, "graph.documents");
    }
  }
  const Value* nodes = in.array_member(d, "nodes", "");
  if (nodes == nullptr) in.fail("", "not a node-link graph: no \"nodes\" array");
  const Value* links = in.array_member(d, "links", "");
  // networkx >= 3.6 writes "edges" by default.
  if (links == nullptr) links = in.array_member(d, "edges", "");
  if (links == nullptr) in.fail("", "not a node-link graph: no \"links\" array");
  VertexIndex index(in);
  bool all_metrics = true;
  for (rapidjson::SizeType i = 0; i < nodes->Size(); ++i) {
    const std::string where = FieldReader::item("nodes", i);
    const Value& node = (*nodes)[i];
    if (!node.IsObject()) in.fail(where, "not an object");
    ActorRecord a;
    a.id = in.string_member(node, "id", where, true);
    if (a.id.empty()) in.fail(FieldReader::field(where, "id"), "empty node id");
    a.label = in.string_member(node, "label", where, false, a.id);
    in.read_actor_fields(node, where, a);
    if (const Value* roles = in.array_member(node, "roles", where)) {
      for (rapidjson::SizeType j = 0; j < roles->Size(); ++j) {
        const std::string role_where = FieldReader::item(FieldReader::field(where, "roles"), j);
        const Value& r = (*roles)[j];
        if (!r.IsObject()) in.fail(role_where, "not an object");
        a.roles.push_back({in.string_member(r, "title", role_where, true),
                           in.string_member(r, "of", role_where, false)});
      }
    }
    NodeMetrics m;
    all_metrics = in.read_metrics(node, where, m) && all_metrics;
    out.metrics.push_back(m);
    index.add(std::move(a), where, out.graph);
  }
  // Metrics are kept only when every node has them all; commands recompute them anyway.
  if (!all_metrics) out.metrics.clear();
  for (rapidjson::SizeType i = 0; i < links->Size(); ++i) {
    const std::string where = FieldReader::item("links", i);
    const Value& link = (*links)[i];
    if (!link.IsObject()) in.fail(where, "not an object");
    const Vertex s = index.find(in.string_member(link, "source", where, true),
                                FieldReader::field(where, "source"));
    const Vertex t = index.find(in.string_member(link, "target", where, true),
                                FieldReader::field(where, "target"));
    Relation r;
    r.relation = in.string_member(link, "relation", where, true);
    if (r.relation.empty()) in.fail(FieldReader::field(where, "relation"), "empty relation");
    in.read_relation_fields(link, where, r);
    if (const Value* evidence = in.array_member(link, "evidence", where)) {
      const std::string ev_where = FieldReader::field(where, "evidence");
      for (rapidjson::SizeType j = 0; j < evidence->Size(); ++j) {
        r.evidence.push_back(in.read_evidence((*evidence)[j], FieldReader::item(ev_where, j), r.tense));
      }
    }
    r.weight = in.uint_member(link, "weight", where, static_cast<uint32_t>(r.evidence.size()));
    add_edge(s, t, std::move(r), out.graph);
  }
  return out;
}

} // namespace json_read

GraphDocument read_json(const std::string& text, const std::string& source_name) {
  rapidjson::Document d;
  json_read::parse(d, text, source_name);
  return json_read::read_node_link(d, source_name);
}

GraphDocument read_graph_json(const std::string& text, const std::string& source_name) {
  rapidjson::Document d;
  json_read::parse(d, text, source_name);
  if (d.IsObject()) {
    if (d.HasMember("elements")) return json_read::read_cytoscape(d, source_name);
    // The node-link reader names what is missing beside "nodes" ("links" or "edges").
    if (d.HasMember("nodes")) return json_read::read_node_link(d, source_name);
    const auto graph = d.FindMember("graph");
    if (graph != d.MemberEnd() && graph->value.IsObject()) {
      const auto nodes = graph->value.FindMember("nodes");
      if (nodes != graph->value.MemberEnd() && nodes->value.IsObject()) {
        return json_read::read_jgf(d, source_name);
      }
    }
  }
  throw InputError(source_name +
                   ": not a relgraph graph: expected node-link JSON (\"nodes\" and \"links\"), "
                   "Cytoscape JSON (\"elements\") or JSON Graph Format v2 (\"graph\" with a "
                   "\"nodes\" object)");
}

} // namespace relgraph
