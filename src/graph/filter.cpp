#include "relgraph/filter.hpp"

#include "relgraph/analytics.hpp"
#include "relgraph/errors.hpp"
#include "relgraph/text.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace relgraph {

namespace {

using LinkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The vertices and edges kept, in their original order.
GraphDocument subgraph(const GraphDocument& doc, const std::vector<bool>& keep_vertex,
                       const std::vector<bool>& keep_edge) {
  const KnowledgeGraph& g = doc.graph;
  GraphDocument out;
  out.documents = doc.documents;
  std::vector<Vertex> index(num_vertices(g), 0);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    if (keep_vertex[v]) index[v] = add_vertex(g[v], out.graph);
  }
  size_t i = 0;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const Vertex s = source(e, g), t = target(e, g);
    if (keep_edge[i++] && keep_vertex[s] && keep_vertex[t]) add_edge(index[s], index[t], g[e], out.graph);
  }
  return out;
}

std::vector<bool> all_edges(const GraphDocument& doc) {
  return std::vector<bool>(num_edges(doc.graph), true);
}

std::set<ActorType> parse_types(const std::vector<std::string>& names) {
  std::set<ActorType> out;
  for (const auto& name : names) {
    ActorType t{};
    if (!parse_actor_type(name, t)) throw UsageError("unknown actor type '" + name + "'");
    out.insert(t);
  }
  return out;
}

// Edge filters, then node types; see apply_filter for which actors stay.
GraphDocument filter_edges_and_types(const GraphDocument& doc, const GraphFilter& f) {
  const KnowledgeGraph& g = doc.graph;
  const size_t n = num_vertices(g);
  const std::set<ActorType> types = parse_types(f.types);
  const std::set<std::string> relations(f.relations.begin(), f.relations.end());
  const bool by_date = !f.since.empty() || !f.until.empty();
  const bool by_edge = !relations.empty() || f.min_weight > 0 || f.no_negated;
  const DocumentDates dates = document_dates(doc.documents);
  auto in_range = [&](const std::vector<std::string>& docs) {
    return std::any_of(docs.begin(), docs.end(), [&](const std::string& id) {
      auto it = dates.find(id);
      return it != dates.end() && date_in_range(it->second, f.since, f.until);
    });
  };

  std::vector<bool> type_ok(n, true), had_edge(n, false), has_kept_edge(n, false);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    type_ok[v] = types.empty() || types.count(g[v].type) != 0;
  }
  std::vector<bool> keep_edge;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const Relation& r = g[e];
    const Vertex s = source(e, g), t = target(e, g);
    had_edge[s] = had_edge[t] = true;
    const bool keep = type_ok[s] && type_ok[t] &&
                      (relations.empty() || relations.count(r.relation) != 0) &&
                      r.weight >= f.min_weight && !(f.no_negated && r.negated) &&
                      (!by_date || in_range(r.documents));
    keep_edge.push_back(keep);
    if (keep) has_kept_edge[s] = has_kept_edge[t] = true;
  }
  std::vector<bool> keep_vertex(n, false);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    keep_vertex[v] = type_ok[v] && (has_kept_edge[v] || ((!by_edge || !had_edge[v]) &&
                                                         (!by_date || in_range(g[v].documents))));
  }
  return subgraph(doc, keep_vertex, keep_edge);
}

// Actors whose id or label, else one of whose aliases, is the name, case and accents aside.
std::vector<Vertex> find_actor(const KnowledgeGraph& g, const std::string& name) {
  const std::string key = normalize_key(name);
  std::vector<Vertex> by_name, by_alias;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const ActorRecord& a = g[v];
    if (normalize_key(a.id) == key || normalize_key(a.label) == key) {
      by_name.push_back(v);
    } else if (std::any_of(a.aliases.begin(), a.aliases.end(),
                           [&](const std::string& s) { return normalize_key(s) == key; })) {
      by_alias.push_back(v);
    }
  }
  return by_name.empty() ? by_alias : by_name;
}

GraphDocument ego_network(const GraphDocument& doc, const std::string& ego, uint32_t depth) {
  const KnowledgeGraph& g = doc.graph;
  const size_t n = num_vertices(g);
  const std::vector<Vertex> centres = find_actor(g, ego);
  LinkGraph links(n);
  for (auto e : boost::make_iterator_range(edges(g))) add_edge(source(e, g), target(e, g), links);
  constexpr uint32_t far = std::numeric_limits<uint32_t>::max();
  std::vector<uint32_t> nearest(n, far);
  for (Vertex c : centres) {
    std::vector<uint32_t> distance(n, far);
    distance[c] = 0;
    auto dist = boost::make_iterator_property_map(distance.begin(), get(boost::vertex_index, links));
    boost::breadth_first_search(
        links, c,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist, boost::on_tree_edge()))));
    for (size_t v = 0; v < n; ++v) nearest[v] = std::min(nearest[v], distance[v]);
  }
  std::vector<bool> keep(n, false);
  for (size_t v = 0; v < n; ++v) keep[v] = nearest[v] <= depth;
  return subgraph(doc, keep, all_edges(doc));
}

GraphDocument top_actors(GraphDocument doc, uint32_t top) {
  const KnowledgeGraph& g = doc.graph;
  if (num_vertices(g) <= top) return doc;
  compute_metrics(doc);
  std::vector<Vertex> order;
  for (auto v : boost::make_iterator_range(vertices(g))) order.push_back(v);
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    const double pa = doc.metrics[a].pagerank, pb = doc.metrics[b].pagerank;
    return pa != pb ? pa > pb : g[a].id < g[b].id;
  });
  std::vector<bool> keep(num_vertices(g), false);
  for (uint32_t i = 0; i < top; ++i) keep[order[i]] = true;
  return subgraph(doc, keep, all_edges(doc));
}

} // namespace

bool GraphFilter::empty() const {
  return relations.empty() && types.empty() && min_weight == 0 && top == 0 && ego.empty() &&
         since.empty() && until.empty() && !no_negated;
}

const std::vector<std::string>& known_relations() {
  static const std::vector<std::string> relations{
      "meets",    "visits",  "hosts",     "mediates", "trades_with", "cooperates_with", "supports",
      "urges",    "opposes", "threatens", "attacks",  "fights",      "speaks_to",       "affiliated_with"};
  return relations;
}

bool date_in_range(const std::string& date, const std::string& since, const std::string& until) {
  if (date.empty()) return false;
  if (!since.empty() && date.compare(0, since.size(), since) < 0) return false;
  if (!until.empty() && date.compare(0, until.size(), until) > 0) return false;
  return true;
}

GraphDocument apply_filter(const GraphDocument& doc, const GraphFilter& filter) {
  GraphDocument out = filter.empty() ? doc : filter_edges_and_types(doc, filter);
  if (!filter.ego.empty()) {
    if (find_actor(doc.graph, filter.ego).empty()) {
      throw UsageError("--ego '" + filter.ego + "' matches no actor's id, label or alias");
    }
    out = ego_network(out, filter.ego, filter.depth);
  }
  if (filter.top > 0) out = top_actors(std::move(out), filter.top);
  compute_metrics(out);
  return out;
}

} // namespace relgraph
