#include "relgraph/analytics.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace relgraph {

namespace {

// Asserted relations as arcs: a symmetric relation is an arc each way; parallel arcs stay, so
// two actors linked by several relations are linked more strongly.
using ArcGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
// Asserted relations as plain links, without parallel ones (they would double path counts).
using LinkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

constexpr double k_damping = 0.85;
constexpr size_t k_max_iterations = 1000;
constexpr double k_tolerance = 1e-10;

// Sinks: BGL's page_rank lets their rank leak away, so this stop rule, run after each step, spreads
// it uniformly over all actors (Page et al., networkx, igraph), then stops on convergence.
class DanglingAwareDone {
public:
  DanglingAwareDone(std::vector<double>& previous, size_t& steps) : m_previous(previous), m_steps(steps) {}

  template <typename RankMap> bool operator()(const RankMap& rank, const ArcGraph& g) {
    const size_t n = num_vertices(g);
    if (m_steps == 0 && m_previous.empty()) {
      // First call: the initial ranks, before any step.
      for (auto v : boost::make_iterator_range(vertices(g))) m_previous.push_back(get(rank, v));
      return n == 0;
    }
    double dangling = 0;
    for (auto v : boost::make_iterator_range(vertices(g)))
      if (out_degree(v, g) == 0) dangling += m_previous[v];
    const double share = k_damping * dangling / static_cast<double>(n);
    double change = 0;
    for (auto v : boost::make_iterator_range(vertices(g))) {
      const double r = get(rank, v) + share;
      put(rank, v, r);
      change += std::fabs(r - m_previous[v]);
      m_previous[v] = r;
    }
    ++m_steps;
    return change < k_tolerance * static_cast<double>(n) || m_steps >= k_max_iterations;
  }

private:
  std::vector<double>& m_previous;
  size_t& m_steps;
};

std::vector<double> page_ranks(const ArcGraph& arcs) {
  const size_t n = num_vertices(arcs);
  std::vector<double> rank(n, 0.0);
  if (n == 0) return rank;
  std::vector<double> previous;
  size_t steps = 0;
  boost::graph::page_rank(arcs, boost::make_iterator_property_map(rank.begin(), get(boost::vertex_index, arcs)),
                          DanglingAwareDone(previous, steps), k_damping);
  double sum = 0;
  for (double r : rank) sum += r;
  for (double& r : rank) r = sum > 0 ? r / sum : 1.0 / static_cast<double>(n);
  return rank;
}

// Undirected, since direction is often grammar ("A visits B" = "B hosts A") and on arcs most actors
// would broker nobody; unweighted (hops, networkx's default), since mentions are not distances.
std::vector<double> betweenness(const LinkGraph& links) {
  const size_t n = num_vertices(links);
  std::vector<double> bc(n, 0.0);
  if (n < 3) return bc; // no actor can stand between two others (and the normaliser divides by 0)
  auto map = boost::make_iterator_property_map(bc.begin(), get(boost::vertex_index, links));
  boost::brandes_betweenness_centrality(links, boost::centrality_map(map));
  boost::relative_betweenness_centrality(links, map);
  return bc;
}

// Weak components on the undirected copy: connected_components silently misbehaves on directed
// graphs (its static assert is commented out in Boost 1.74). Renumbered by smallest vertex index.
std::vector<uint32_t> components(const LinkGraph& links) {
  const size_t n = num_vertices(links);
  std::vector<int> raw(n, 0);
  if (n > 0) {
    boost::connected_components(
        links, boost::make_iterator_property_map(raw.begin(), get(boost::vertex_index, links)));
  }
  std::map<int, uint32_t> renumber;
  std::vector<uint32_t> out(n, 0);
  for (size_t v = 0; v < n; ++v) {
    auto it = renumber.emplace(raw[v], static_cast<uint32_t>(renumber.size())).first;
    out[v] = it->second;
  }
  return out;
}

bool ranked_before(const GraphStats::Ranked& a, const GraphStats::Ranked& b) {
  return a.value != b.value ? a.value > b.value : a.id < b.id;
}

std::vector<GraphStats::Ranked> top_by(const GraphDocument& doc, size_t top,
                                       double (*measure)(const NodeMetrics&)) {
  const KnowledgeGraph& g = doc.graph;
  std::vector<GraphStats::Ranked> all;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const double value = measure(doc.metrics[v]);
    if (value <= 0) continue; // an actor nobody relates to ranks nowhere
    all.push_back({g[v].id, g[v].label, std::string(to_string(g[v].type)), value});
  }
  std::sort(all.begin(), all.end(), ranked_before);
  if (all.size() > top) all.resize(top);
  return all;
}

} // namespace

double round_significant(double x, int digits) {
  if (x == 0 || !std::isfinite(x)) return x == 0 || std::isnan(x) ? 0.0 : x;
  // Through decimal text: locale-free, and the result is the double nearest the rounded decimal.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific, digits - 1);
  double out = x;
  std::from_chars(buf, res.ptr, out);
  return out;
}

void compute_metrics(GraphDocument& doc) {
  const KnowledgeGraph& g = doc.graph;
  const size_t n = num_vertices(g);
  std::vector<NodeMetrics> m(n);
  ArcGraph arcs(n);
  LinkGraph links(n);
  std::set<std::pair<Vertex, Vertex>> linked;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const Relation& r = g[e];
    if (r.negated) continue;
    const Vertex s = source(e, g), t = target(e, g);
    if (s == t) continue;
    const double w = r.weight;
    ++m[s].degree;
    ++m[t].degree;
    m[s].weight += w;
    m[t].weight += w;
    ++m[s].out_degree;
    ++m[t].in_degree;
    m[s].out_weight += w;
    m[t].in_weight += w;
    add_edge(s, t, arcs);
    if (!r.directed) {
      ++m[t].out_degree;
      ++m[s].in_degree;
      m[t].out_weight += w;
      m[s].in_weight += w;
      add_edge(t, s, arcs);
    }
    if (linked.emplace(std::min(s, t), std::max(s, t)).second) add_edge(s, t, links);
  }
  const std::vector<double> pr = page_ranks(arcs);
  const std::vector<double> bc = betweenness(links);
  const std::vector<uint32_t> comp = components(links);
  for (size_t v = 0; v < n; ++v) {
    m[v].pagerank = round_significant(pr[v]);
    m[v].betweenness = round_significant(bc[v]);
    m[v].component = comp[v];
  }
  doc.metrics = std::move(m);
}

GraphStats compute_stats(const GraphDocument& doc, size_t top) {
  const KnowledgeGraph& g = doc.graph;
  GraphStats s;
  s.nodes = num_vertices(g);
  s.edges = num_edges(g);
  s.documents = doc.documents.size();
  if (doc.metrics.size() != s.nodes) {
    GraphDocument copy = doc;
    compute_metrics(copy);
    return compute_stats(copy, top);
  }
  s.top_pagerank = top_by(doc, top, [](const NodeMetrics& m) { return m.pagerank; });
  s.top_betweenness = top_by(doc, top, [](const NodeMetrics& m) { return m.betweenness; });
  s.top_weighted_degree = top_by(doc, top, [](const NodeMetrics& m) { return m.weight; });

  std::vector<size_t> types(static_cast<size_t>(ActorType::other) + 1, 0);
  for (auto v : boost::make_iterator_range(vertices(g))) ++types[static_cast<size_t>(g[v].type)];
  for (size_t i = 0; i < types.size(); ++i) {
    if (types[i] > 0) s.node_types.emplace_back(to_string(static_cast<ActorType>(i)), types[i]);
  }

  std::map<std::string, GraphStats::RelationCount> relations;
  for (auto e : boost::make_iterator_range(edges(g))) {
    const Relation& r = g[e];
    auto& c = relations[r.relation];
    c.relation = r.relation;
    if (r.negated) {
      ++c.negated;
      ++s.negated_edges;
    } else {
      ++c.edges;
      c.mentions += r.weight;
    }
  }
  for (auto& [name, c] : relations) s.relations.push_back(std::move(c));

  std::map<uint32_t, GraphStats::Component> comps;
  std::map<uint32_t, double> best;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const NodeMetrics& m = doc.metrics[v];
    auto& c = comps[m.component];
    c.id = m.component;
    ++c.size;
    auto it = best.find(m.component);
    // Vertices come in index order, so on equal rank the first (smallest id) stays.
    if (it == best.end() || m.pagerank > it->second ||
        (m.pagerank == it->second && g[v].id < c.top_id)) {
      best[m.component] = m.pagerank;
      c.top_id = g[v].id;
      c.top_label = g[v].label;
    }
  }
  for (auto& [id, c] : comps) s.components.push_back(std::move(c));
  std::stable_sort(s.components.begin(), s.components.end(),
                   [](const GraphStats::Component& a, const GraphStats::Component& b) {
                     return a.size != b.size ? a.size > b.size : a.id < b.id;
                   });
  return s;
}

} // namespace relgraph
