// End-to-end tests over samples/: the bundled article becomes the expected graph.
#include "relgraph/export.hpp"
#include "relgraph/io.hpp"
#include "relgraph/pipeline.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>
#include <graphviz/cgraph.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <tuple>

using namespace relgraph;

namespace {

using test_support::lexicon;

struct Built {
  Extraction extraction;
  std::set<std::tuple<std::string, std::string, std::string>> facts; // asserted (source, relation, target)
  std::set<std::tuple<std::string, std::string, std::string>> negated;
  std::set<std::string> actors;
};

Built build(const std::string& text, const std::string& id = "t") {
  Built b;
  b.extraction = extract_document(text, DocumentInfo{id, "", "", ""}, lexicon());
  for (const Fact& f : b.extraction.facts) {
    auto key = std::make_tuple(f.source, f.relation, f.target);
    if (is_symmetric(f.relation) && f.target < f.source) key = std::make_tuple(f.target, f.relation, f.source);
    (f.negated ? b.negated : b.facts).insert(key);
  }
  for (const auto& a : b.extraction.actors) b.actors.insert(a.id);
  return b;
}

bool has(const Built& b, const std::string& s, const std::string& r, const std::string& t) {
  if (is_symmetric(r) && t < s) return b.facts.count({t, r, s}) != 0;
  return b.facts.count({s, r, t}) != 0;
}

} // namespace

TEST_CASE("pipeline::extract_document sample") {
  std::string text = read_file(std::string(RELGRAPH_SOURCE_DIR) + "/samples/putin-xi.txt");
  Built b = build(text, "putin-xi");

  SECTION("actors of the article are found and merged") {
    for (const char* id : {"vladimir-putin", "xi-jinping", "russia", "china", "iran", "saudi-arabia", "hamas",
                           "israel", "united-states", "ukraine", "sergei-lavrov", "viktor-orban", "gabriel-boric",
                           "kassym-jomart-tokayev", "agence-france-presse", "xinhua"})
      CHECK(b.actors.count(id) == 1);
  }
  SECTION("the relations the article states") {
    CHECK(has(b, "vladimir-putin", "meets", "xi-jinping"));
    CHECK(has(b, "vladimir-putin", "visits", "china"));
    CHECK(has(b, "china", "mediates", "iran"));
    CHECK(has(b, "china", "mediates", "saudi-arabia"));
    CHECK(has(b, "iran", "supports", "hamas"));
    CHECK(has(b, "china", "trades_with", "russia"));
    CHECK(has(b, "xi-jinping", "meets", "gabriel-boric"));
    CHECK(has(b, "xi-jinping", "meets", "kassym-jomart-tokayev"));
    CHECK(has(b, "xi-jinping", "meets", "viktor-orban"));
    CHECK(has(b, "russia", "attacks", "ukraine"));
    CHECK(has(b, "united-states", "urges", "china"));
    CHECK(has(b, "vladimir-putin", "affiliated_with", "russia"));
    CHECK(has(b, "viktor-orban", "affiliated_with", "hungary"));
  }
  SECTION("a refused relation is negated, never asserted") {
    CHECK_FALSE(has(b, "china", "opposes", "russia"));
    CHECK(b.negated.count({"china", "opposes", "russia"}) == 1);
  }
  SECTION("the future meeting carries its tense") {
    bool future = false;
    for (const Fact& f : b.extraction.facts)
      if (f.relation == "meets" && f.tense == Tense::future) future = true;
    CHECK(future);
  }
  SECTION("every fact's evidence is the sentence it came from") {
    for (const Fact& f : b.extraction.facts) {
      REQUIRE(f.evidence.end <= text.size());
      CHECK(text.substr(f.evidence.start, f.evidence.end - f.evidence.start) == f.evidence.text);
      CHECK(f.evidence.text.str().find(f.evidence.cue) != std::string::npos);
    }
  }
  SECTION("the graph's DOT parses with cgraph and the JSON is stable") {
    GraphDocument g = build_graph({b.extraction});
    std::string dot = write_dot(g);
    std::unique_ptr<Agraph_t, decltype(&agclose)> parsed(agmemread(dot.c_str()), &agclose);
    REQUIRE(parsed);
    CHECK(agnnodes(parsed.get()) == static_cast<int>(boost::num_vertices(g.graph)));
    CHECK(agnedges(parsed.get()) == static_cast<int>(boost::num_edges(g.graph)));
    Built again = build(text, "putin-xi");
    CHECK(write_json(build_graph({again.extraction}), "relgraph") == write_json(g, "relgraph"));
  }
}

TEST_CASE("pipeline::extract_document nodes") {
  SECTION("a place no relation names is no node; actors named without a relation stay") {
    Built b = build("Tankers crossed the Persian Gulf on Monday. Kenya and Uganda signed a trade deal. Ghana was "
                    "not mentioned.");
    CHECK(b.actors.count("persian-gulf") == 0);
    CHECK(b.actors.count("kenya") == 1);
    CHECK(b.actors.count("ghana") == 1);
  }
}
