#include "relgraph/errors.hpp"
#include "relgraph/filter.hpp"
#include "relgraph/graph.hpp"

#include <catch2/catch.hpp>

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace relgraph;

namespace {

Fact fact(const std::string& s, const std::string& relation, const std::string& t, const std::string& doc,
          uint32_t start, bool negated = false) {
  Fact f;
  f.source = s;
  f.target = t;
  f.relation = relation;
  f.negated = negated;
  f.evidence = {doc, start / 100, start, start + 5, "sentence", relation};
  return f;
}

ActorRecord actor(const std::string& id, const std::string& label, ActorType type,
                  std::vector<std::string> aliases = {}) {
  return {id, label, type, std::move(aliases), {}, {}, 1};
}

// d1 (January) and d2 (March) are dated, d3 is not.
//   ann -meets- bob (d1)        ann -visits-> cuba x2 (d2)     bob -opposes-> cuba, negated (d1)
//   cuba -supports-> dena (d3)  dena -attacks-> eco (d2)        iso: no relations (d1)
GraphDocument sample() {
  Extraction d1, d2, d3;
  d1.doc = {"d1", "d1.txt", "", "2024-01-10"};
  d1.actors = {actor("ann", "Ann Ärnö", ActorType::person, {"Annie"}), actor("bob", "Bob", ActorType::person),
               actor("cuba", "Cuba", ActorType::state), actor("iso", "Iso", ActorType::person)};
  d1.facts = {fact("ann", "meets", "bob", "d1", 10), fact("bob", "opposes", "cuba", "d1", 20, true)};
  d2.doc = {"d2", "d2.txt", "", "2024-03-05"};
  d2.actors = {actor("ann", "Ann Ärnö", ActorType::person), actor("cuba", "Cuba", ActorType::state),
               actor("dena", "Dena", ActorType::state), actor("eco", "Eco", ActorType::organization)};
  d2.facts = {fact("ann", "visits", "cuba", "d2", 10), fact("ann", "visits", "cuba", "d2", 110),
              fact("dena", "attacks", "eco", "d2", 210)};
  d3.doc = {"d3", "d3.txt", "", ""};
  d3.actors = {actor("cuba", "Cuba", ActorType::state), actor("dena", "Dena", ActorType::state)};
  d3.facts = {fact("cuba", "supports", "dena", "d3", 10)};
  GraphBuilder b;
  b.add(d1);
  b.add(d2);
  b.add(d3);
  return {b.finish(), b.sorted_documents(), {}};
}

std::set<std::string> ids(const GraphDocument& doc) {
  std::set<std::string> out;
  for (auto v : boost::make_iterator_range(vertices(doc.graph))) out.insert(doc.graph[v].id);
  return out;
}

std::set<std::string> links(const GraphDocument& doc) {
  std::set<std::string> out;
  const auto& g = doc.graph;
  for (auto e : boost::make_iterator_range(edges(g))) {
    out.insert(g[source(e, g)].id + " " + g[e].relation + (g[e].negated ? "!" : "") + " " + g[target(e, g)].id);
  }
  return out;
}

using Set = std::set<std::string>;

} // namespace

TEST_CASE("filter::apply_filter") {
  const GraphDocument doc = sample();
  REQUIRE(ids(doc) == Set{"ann", "bob", "cuba", "dena", "eco", "iso"});
  REQUIRE(num_edges(doc.graph) == 5);
  GraphFilter f;

  SECTION("no filter keeps everything and computes metrics") {
    const GraphDocument out = apply_filter(doc, f);
    CHECK(ids(out) == ids(doc));
    CHECK(links(out) == links(doc));
    CHECK(out.metrics.size() == 6);
    CHECK(out.documents.size() == 3);
  }

  SECTION("relations") {
    f.relations = {"meets", "attacks"};
    const GraphDocument out = apply_filter(doc, f);
    CHECK(links(out) == Set{"ann meets bob", "dena attacks eco"});
    // cuba lost its edges to the filter; iso never had any.
    CHECK(ids(out) == Set{"ann", "bob", "dena", "eco", "iso"});
  }

  SECTION("types") {
    f.types = {"person"};
    const GraphDocument out = apply_filter(doc, f);
    CHECK(ids(out) == Set{"ann", "bob", "iso"});
    CHECK(links(out) == Set{"ann meets bob"});
  }

  SECTION("min-weight") {
    f.min_weight = 2;
    const GraphDocument out = apply_filter(doc, f);
    CHECK(links(out) == Set{"ann visits cuba"});
    CHECK(ids(out) == Set{"ann", "cuba", "iso"});
  }

  SECTION("no-negated") {
    f.no_negated = true;
    const GraphDocument out = apply_filter(doc, f);
    CHECK(links(out).count("bob opposes! cuba") == 0);
    CHECK(links(out).size() == 4);
    CHECK(ids(out) == ids(doc));
  }

  SECTION("since") {
    f.since = "2024-02";
    const GraphDocument out = apply_filter(doc, f);
    // d3 has no date, so cuba -supports-> dena is out of any range.
    CHECK(links(out) == Set{"ann visits cuba", "dena attacks eco"});
    CHECK(ids(out) == Set{"ann", "cuba", "dena", "eco"});
  }

  SECTION("until includes the whole month; an actor of a dated document stays") {
    f.until = "2024-01";
    const GraphDocument out = apply_filter(doc, f);
    CHECK(links(out) == Set{"ann meets bob", "bob opposes! cuba"});
    CHECK(ids(out) == Set{"ann", "bob", "cuba", "iso"});
    f.until = "2024-01-09";
    const GraphDocument none = apply_filter(doc, f);
    CHECK(num_vertices(none.graph) == 0);
    CHECK(none.metrics.empty());
  }

  SECTION("ego by label, alias, id; case and accents ignored") {
    f.ego = "ann arno";
    GraphDocument out = apply_filter(doc, f);
    CHECK(ids(out) == Set{"ann", "bob", "cuba"});
    CHECK(links(out) == Set{"ann meets bob", "ann visits cuba", "bob opposes! cuba"});
    f.ego = "ANNIE";
    CHECK(ids(apply_filter(doc, f)) == Set{"ann", "bob", "cuba"});
    f.ego = "dena";
    f.depth = 0;
    CHECK(ids(apply_filter(doc, f)) == Set{"dena"});
  }

  SECTION("ego depth follows edges in either direction") {
    f.ego = "eco";
    f.depth = 2;
    CHECK(ids(apply_filter(doc, f)) == Set{"eco", "dena", "cuba"});
    f.depth = 3;
    CHECK(ids(apply_filter(doc, f)) == Set{"eco", "dena", "cuba", "ann", "bob"});
  }

  SECTION("an unknown ego is an error") {
    f.ego = "nobody";
    CHECK_THROWS_AS(apply_filter(doc, f), UsageError);
  }

  SECTION("top keeps the actors of highest PageRank and the edges among them") {
    f.top = 2;
    const GraphDocument full = apply_filter(doc, GraphFilter{});
    std::vector<std::pair<double, std::string>> ranked;
    for (auto v : boost::make_iterator_range(vertices(full.graph))) {
      ranked.emplace_back(-full.metrics[v].pagerank, full.graph[v].id);
    }
    std::sort(ranked.begin(), ranked.end());
    const GraphDocument out = apply_filter(doc, f);
    CHECK(ids(out) == Set{ranked[0].second, ranked[1].second});
    CHECK(out.metrics.size() == 2);
    for (auto e : boost::make_iterator_range(edges(out.graph))) {
      CHECK(ids(out).count(out.graph[source(e, out.graph)].id) == 1);
    }
  }

  SECTION("filters compose") {
    f.types = {"person", "state"};
    f.no_negated = true;
    f.ego = "cuba";
    f.depth = 1;
    const GraphDocument out = apply_filter(doc, f);
    // eco (organization) goes with its edge; bob's only edge to cuba was negated.
    CHECK(ids(out) == Set{"ann", "cuba", "dena"});
    CHECK(links(out) == Set{"ann visits cuba", "cuba supports dena"});
    REQUIRE(out.metrics.size() == 3);
    double sum = 0;
    for (const auto& m : out.metrics) sum += m.pagerank;
    CHECK(sum == Approx(1.0).margin(1e-5));
  }

  SECTION("date_in_range") {
    CHECK(date_in_range("2024-05-16", "2024-05", "2024-05"));
    CHECK(date_in_range("2024-05-16T10:00:00Z", "2024-05-16", "2024-05-16"));
    CHECK_FALSE(date_in_range("2024-05-16", "2024-05-17", ""));
    CHECK_FALSE(date_in_range("2024-05-16", "", "2024-04"));
    CHECK_FALSE(date_in_range("", "", "2030"));
    CHECK(date_in_range("2024-05-16", "", ""));
  }
}
