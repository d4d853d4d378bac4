#include "relgraph/analytics.hpp"
#include "relgraph/export.hpp"
#include "relgraph/graph.hpp"

#include <catch2/catch.hpp>

#include <boost/range/iterator_range.hpp>

#include <set>
#include <tuple>

using namespace relgraph;

namespace {

struct Link {
  std::string source, relation, target;
  bool negated = false;
  uint32_t mentions = 1;
};

// A one-document graph over the named actors (all persons) and links.
GraphDocument graph_of(const std::vector<std::string>& actors, const std::vector<Link>& links) {
  Extraction x;
  x.doc = {"doc", "doc.txt", "", ""};
  for (const auto& id : actors) x.actors.push_back({id, id, ActorType::person, {}, {}, {}, 1});
  uint32_t start = 0;
  for (const auto& l : links) {
    for (uint32_t i = 0; i < l.mentions; ++i) {
      Fact f;
      f.source = l.source;
      f.target = l.target;
      f.relation = l.relation;
      f.negated = l.negated;
      f.evidence = {"doc", start, start, start + 5, "s", l.relation};
      start += 10;
      x.facts.push_back(f);
    }
  }
  GraphBuilder b;
  b.add(x);
  GraphDocument doc{b.finish(), b.sorted_documents(), {}};
  compute_metrics(doc);
  return doc;
}

const NodeMetrics& metrics(const GraphDocument& doc, const std::string& id) {
  for (auto v : boost::make_iterator_range(vertices(doc.graph))) {
    if (doc.graph[v].id == id) return doc.metrics[v];
  }
  FAIL("no actor " << id);
  throw std::logic_error("unreachable");
}

double pagerank_sum(const GraphDocument& doc) {
  double sum = 0;
  for (const auto& m : doc.metrics) sum += m.pagerank;
  return sum;
}

} // namespace

TEST_CASE("analytics::compute_metrics") {
  SECTION("PageRank sums to 1") {
    const GraphDocument doc = graph_of({"a", "b", "c", "d"}, {{"a", "supports", "b"},
                                                              {"b", "supports", "c"},
                                                              {"a", "urges", "c"},
                                                              {"d", "meets", "a"}});
    REQUIRE(doc.metrics.size() == 4);
    CHECK(pagerank_sum(doc) == Approx(1.0).margin(1e-5));
    // c only receives: the most prestigious, and its rank does not leak away.
    CHECK(metrics(doc, "c").pagerank > metrics(doc, "b").pagerank);
  }

  SECTION("a sink's rank is spread over all actors (networkx's rule)") {
    // p_a = 0.15/2 + 0.85 p_b/2, p_b = 0.15/2 + 0.85 p_a + 0.85 p_b/2  =>  p_a = 0.5/1.425
    const GraphDocument doc = graph_of({"a", "b"}, {{"a", "supports", "b"}});
    CHECK(metrics(doc, "a").pagerank == Approx(0.5 / 1.425).epsilon(1e-5));
    CHECK(metrics(doc, "b").pagerank == Approx(1 - 0.5 / 1.425).epsilon(1e-5));
  }

  SECTION("a cycle ranks all alike") {
    const GraphDocument doc =
        graph_of({"a", "b", "c"}, {{"a", "urges", "b"}, {"b", "urges", "c"}, {"c", "urges", "a"}});
    for (const auto& m : doc.metrics) CHECK(m.pagerank == Approx(1.0 / 3).epsilon(1e-5));
  }

  SECTION("a star's centre has the highest betweenness") {
    const GraphDocument doc = graph_of({"centre", "n1", "n2", "n3", "n4"},
                                       {{"centre", "meets", "n1"},
                                        {"n2", "supports", "centre"},
                                        {"centre", "visits", "n3"},
                                        {"n4", "meets", "centre"}});
    const NodeMetrics& c = metrics(doc, "centre");
    CHECK(c.betweenness == Approx(1.0));
    for (const char* leaf : {"n1", "n2", "n3", "n4"}) {
      CHECK(metrics(doc, leaf).betweenness == 0.0);
      CHECK(metrics(doc, leaf).betweenness < c.betweenness);
    }
  }

  SECTION("two components get two ids, numbered by vertex order") {
    const GraphDocument doc = graph_of({"a", "b", "c", "x", "y"}, {{"x", "supports", "a"},
                                                                   {"b", "supports", "a"},
                                                                   {"c", "meets", "y"}});
    // Weak components: x -> a <- b is one although no path leads from a anywhere.
    CHECK(metrics(doc, "a").component == 0);
    CHECK(metrics(doc, "b").component == 0);
    CHECK(metrics(doc, "x").component == 0);
    CHECK(metrics(doc, "c").component == 1);
    CHECK(metrics(doc, "y").component == 1);
  }

  SECTION("an actor without relations is its own component") {
    const GraphDocument doc = graph_of({"a", "b", "lonely"}, {{"a", "meets", "b"}});
    CHECK(metrics(doc, "lonely").component == 1);
    CHECK(metrics(doc, "lonely").degree == 0);
    CHECK(pagerank_sum(doc) == Approx(1.0).margin(1e-5));
  }

  SECTION("degrees: symmetric relations count both ways, negated ones not at all") {
    const GraphDocument doc = graph_of({"a", "b", "c"}, {{"a", "meets", "b", false, 3},
                                                         {"a", "supports", "c", false, 2},
                                                         {"c", "opposes", "a", true, 1}});
    const NodeMetrics& a = metrics(doc, "a");
    CHECK(a.degree == 2);
    CHECK(a.out_degree == 2);
    CHECK(a.in_degree == 1);
    CHECK(a.weight == 5.0);
    CHECK(a.out_weight == 5.0);
    CHECK(a.in_weight == 3.0);
    const NodeMetrics& c = metrics(doc, "c");
    CHECK(c.degree == 1);
    CHECK(c.in_degree == 1);
    CHECK(c.out_degree == 0);
    CHECK(c.in_weight == 2.0);
  }

  SECTION("empty graph") {
    GraphDocument doc;
    CHECK_NOTHROW(compute_metrics(doc));
    CHECK(doc.metrics.empty());
    const GraphStats s = compute_stats(doc, 10);
    CHECK(s.nodes == 0);
    CHECK(s.components.empty());
    CHECK(s.top_pagerank.empty());
  }

  SECTION("one actor, two actors") {
    GraphDocument one = graph_of({"a"}, {});
    REQUIRE(one.metrics.size() == 1);
    CHECK(one.metrics[0].pagerank == Approx(1.0));
    CHECK(one.metrics[0].betweenness == 0.0);
    GraphDocument two = graph_of({"a", "b"}, {{"a", "meets", "b"}});
    CHECK(two.metrics[0].betweenness == 0.0);
    CHECK(two.metrics[0].pagerank == Approx(0.5));
  }

  SECTION("deterministic and rounded") {
    const GraphDocument a = graph_of({"a", "b", "c", "d"}, {{"a", "supports", "b"}, {"c", "meets", "b"}, {"d", "urges", "c"}});
    const GraphDocument b = graph_of({"a", "b", "c", "d"}, {{"a", "supports", "b"}, {"c", "meets", "b"}, {"d", "urges", "c"}});
    CHECK(write_json(a, "t") == write_json(b, "t"));
    for (const auto& m : a.metrics) CHECK(round_significant(m.pagerank) == m.pagerank);
    CHECK(round_significant(0.123456789) == 0.123457);
    CHECK(round_significant(123456789.0) == 123457000.0);
    CHECK(round_significant(0.0) == 0.0);
  }

  SECTION("stats") {
    const GraphDocument doc = graph_of({"centre", "n1", "n2", "n3", "lonely"},
                                       {{"centre", "meets", "n1", false, 2},
                                        {"n2", "supports", "centre"},
                                        {"centre", "visits", "n3"},
                                        {"n3", "opposes", "n1", true}});
    const GraphStats s = compute_stats(doc, 2);
    CHECK(s.nodes == 5);
    CHECK(s.edges == 4);
    CHECK(s.negated_edges == 1);
    REQUIRE(s.top_betweenness.size() == 1); // only the centre stands between others
    CHECK(s.top_betweenness[0].id == "centre");
    REQUIRE(s.top_weighted_degree.size() == 2);
    CHECK(s.top_weighted_degree[0].id == "centre");
    CHECK(s.top_weighted_degree[0].value == 4.0);
    CHECK(s.top_pagerank.size() == 2);
    REQUIRE(s.components.size() == 2);
    CHECK(s.components[0].size == 4);
    CHECK(s.components[1].size == 1);
    CHECK(s.components[1].top_id == "lonely");
    REQUIRE(s.node_types.size() == 1);
    CHECK(s.node_types[0] == std::pair<std::string, size_t>{"person", 5});
    std::set<std::tuple<std::string, size_t, size_t, size_t>> rel;
    for (const auto& r : s.relations) rel.emplace(r.relation, r.edges, r.negated, r.mentions);
    CHECK(rel == std::set<std::tuple<std::string, size_t, size_t, size_t>>{
                     {"meets", 1, 0, 2}, {"supports", 1, 0, 1}, {"visits", 1, 0, 1}, {"opposes", 0, 1, 0}});
    CHECK(write_stats_json(s).find("\"top_id\": \"lonely\"") != std::string::npos);
  }
}
