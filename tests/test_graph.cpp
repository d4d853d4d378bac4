#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/graph.hpp"

#include <catch2/catch.hpp>

#include <boost/range/iterator_range.hpp>

using namespace relgraph;

namespace {

ActorRecord make_actor(const std::string& id, const std::string& label, ActorType type,
                       std::vector<std::string> aliases, uint32_t mentions) {
  ActorRecord a;
  a.id = id;
  a.label = label;
  a.type = type;
  a.aliases = std::move(aliases);
  a.mentions = mentions;
  return a;
}

Fact make_fact(const std::string& source, const std::string& target, const std::string& relation,
               const std::string& doc, uint32_t start, Tense tense = Tense::past,
               bool negated = false) {
  Fact f;
  f.source = source;
  f.target = target;
  f.relation = relation;
  f.cameo = relation == "meets" ? "04" : "";
  f.negated = negated;
  f.tense = tense;
  f.evidence.doc = doc;
  f.evidence.sentence = start / 100;
  f.evidence.start = start;
  f.evidence.end = start + 9;
  f.evidence.text = "sentence at " + std::to_string(start) + " in " + doc;
  f.evidence.cue = relation;
  return f;
}

Extraction doc_a() {
  Extraction x;
  x.doc = {"doc-a", "a.txt", "aaaa", "2024-05-16"};
  x.actors = {make_actor("vladimir-putin", "Vladimir Putin", ActorType::person, {"Putin"}, 3),
              make_actor("xi-jinping", "Xi Jinping", ActorType::person, {"Xi"}, 2),
              make_actor("russia", "Russia", ActorType::state, {"Moscow"}, 1)};
  x.facts = {make_fact("vladimir-putin", "xi-jinping", "meets", "doc-a", 500, Tense::future),
             make_fact("xi-jinping", "vladimir-putin", "meets", "doc-a", 100),
             make_fact("vladimir-putin", "russia", "affiliated_with", "doc-a", 10)};
  x.facts.back().role = "President";
  return x;
}

Extraction doc_b() {
  Extraction x;
  x.doc = {"doc-b", "b.txt", "bbbb", ""};
  x.actors = {make_actor("vladimir-putin", "Putin", ActorType::other,
                         {"President Putin", "Vladimir Putin"}, 2),
              make_actor("xi-jinping", "Xi Jinping", ActorType::person, {}, 1),
              make_actor("china", "China", ActorType::state, {"Beijing"}, 4)};
  x.facts = {make_fact("xi-jinping", "vladimir-putin", "meets", "doc-b", 40, Tense::present),
             make_fact("china", "vladimir-putin", "supports", "doc-b", 300),
             make_fact("vladimir-putin", "china", "opposes", "doc-b", 200, Tense::past, true),
             make_fact("vladimir-putin", "china", "opposes", "doc-b", 250)};
  return x;
}

Extraction doc_c() {
  Extraction x;
  x.doc = {"doc-c", "c.txt", "cccc", ""};
  x.actors = {make_actor("china", "People's Republic of China", ActorType::state, {"China"}, 2),
              make_actor("russia", "Russia", ActorType::state, {"Kremlin"}, 2)};
  x.facts = {make_fact("russia", "china", "trades_with", "doc-c", 70),
             make_fact("china", "russia", "trades_with", "doc-c", 90, Tense::present)};
  return x;
}

const ActorRecord& actor(const KnowledgeGraph& g, const std::string& id) {
  for (auto v : boost::make_iterator_range(vertices(g))) {
    if (g[v].id == id) return g[v];
  }
  FAIL("no actor " << id);
  throw std::logic_error("unreachable");
}

std::vector<const Relation*> relations(const KnowledgeGraph& g, const std::string& s,
                                       const std::string& t, const std::string& relation) {
  std::vector<const Relation*> out;
  for (auto e : boost::make_iterator_range(edges(g))) {
    if (g[source(e, g)].id == s && g[target(e, g)].id == t && g[e].relation == relation) {
      out.push_back(&g[e]);
    }
  }
  return out;
}

std::string json_of(const GraphBuilder& b) {
  return write_json({b.finish(), b.sorted_documents(), {}}, "relgraph test");
}

} // namespace

TEST_CASE("graph::GraphBuilder") {
  GraphBuilder builder;
  builder.add(doc_a());
  builder.add(doc_b());
  const KnowledgeGraph g = builder.finish();

  SECTION("vertices are sorted by id") {
    std::vector<std::string> ids;
    for (auto v : boost::make_iterator_range(vertices(g))) ids.push_back(g[v].id);
    CHECK(ids == std::vector<std::string>{"china", "russia", "vladimir-putin", "xi-jinping"});
  }

  SECTION("actor merge of aliases, mentions, documents and type") {
    const ActorRecord& putin = actor(g, "vladimir-putin");
    CHECK(putin.label == "Vladimir Putin");
    CHECK(putin.type == ActorType::person);
    CHECK(putin.aliases == std::vector<std::string>{"President Putin", "Putin"});
    CHECK(putin.mentions == 5);
    CHECK(putin.documents == std::vector<std::string>{"doc-a", "doc-b"});
    CHECK(actor(g, "xi-jinping").aliases == std::vector<std::string>{"Xi"});
  }

  SECTION("fact merge and weight") {
    auto meets = relations(g, "vladimir-putin", "xi-jinping", "meets");
    REQUIRE(meets.size() == 1);
    const Relation& r = *meets[0];
    CHECK(r.weight == 3);
    CHECK(r.evidence.size() == 3);
    CHECK(r.documents == std::vector<std::string>{"doc-a", "doc-b"});
    CHECK(r.evidence[0].doc == "doc-a");
    CHECK(r.evidence[0].start == 100);
    CHECK(r.evidence[1].start == 500);
    CHECK(r.evidence[2].doc == "doc-b");
    CHECK(r.cameo == "04");
    // The first evidence after sorting decides the tense.
    CHECK(r.tense == Tense::past);
    CHECK(r.evidence[1].tense == Tense::future);

    GraphBuilder again;
    again.add(doc_a());
    again.add(doc_a());
    const KnowledgeGraph twice = again.finish();
    CHECK(relations(twice, "vladimir-putin", "xi-jinping", "meets")[0]->weight == 2);

    // two cues of one sentence ("signed a deal with"): two pieces of evidence, one statement
    Extraction x = doc_c();
    x.facts = {make_fact("russia", "china", "cooperates_with", "doc-c", 70),
               make_fact("russia", "china", "cooperates_with", "doc-c", 70),
               make_fact("russia", "china", "cooperates_with", "doc-c", 300)};
    x.facts[1].evidence.cue = "signed";
    GraphBuilder two_cues;
    two_cues.add(x);
    const KnowledgeGraph tc = two_cues.finish();
    auto coop = relations(tc, "china", "russia", "cooperates_with");
    REQUIRE(coop.size() == 1);
    CHECK(coop[0]->evidence.size() == 3);
    CHECK(coop[0]->weight == 2);
  }

  SECTION("symmetric relations are normalised") {
    CHECK(relations(g, "xi-jinping", "vladimir-putin", "meets").empty());
    auto meets = relations(g, "vladimir-putin", "xi-jinping", "meets");
    REQUIRE(meets.size() == 1);
    CHECK_FALSE(meets[0]->directed);
    auto supports = relations(g, "china", "vladimir-putin", "supports");
    REQUIRE(supports.size() == 1);
    CHECK(supports[0]->directed);
  }

  SECTION("negated facts are kept separate") {
    auto opposes = relations(g, "vladimir-putin", "china", "opposes");
    REQUIRE(opposes.size() == 2);
    CHECK(opposes[0]->negated != opposes[1]->negated);
    CHECK(opposes[0]->weight == 1);
    CHECK(opposes[1]->weight == 1);
  }

  SECTION("affiliated_with carries roles") {
    auto aff = relations(g, "vladimir-putin", "russia", "affiliated_with");
    REQUIRE(aff.size() == 1);
    CHECK(aff[0]->roles == std::vector<std::string>{"President"});
  }

  SECTION("self-loops are dropped") {
    Extraction x = doc_a();
    x.facts = {make_fact("russia", "russia", "supports", "doc-a", 5)};
    GraphBuilder b;
    b.add(x);
    CHECK(num_edges(b.finish()) == 0);
  }

  SECTION("a fact about an unknown actor is an error") {
    Extraction x = doc_a();
    x.facts.push_back(make_fact("vladimir-putin", "nobody", "meets", "doc-a", 5));
    GraphBuilder b;
    CHECK_THROWS_AS(b.add(x), Error);
  }

  SECTION("documents merge by id") {
    GraphBuilder b;
    Extraction x = doc_a();
    x.doc.date.clear();
    b.add(x);
    b.add(doc_b());
    b.add(doc_a());
    auto docs = b.sorted_documents();
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "doc-a");
    CHECK(docs[0].date == "2024-05-16");
    CHECK(docs[1].id == "doc-b");
  }

  SECTION("order independence") {
    GraphBuilder ba;
    ba.add(doc_b());
    ba.add(doc_a());
    CHECK(json_of(ba) == json_of(builder));

    // Merging finished graphs in any grouping or order gives the same graph.
    auto single = [](const Extraction& x) {
      GraphBuilder b;
      b.add(x);
      return GraphDocument{b.finish(), b.sorted_documents(), {}};
    };
    const GraphDocument a = single(doc_a()), b = single(doc_b()), c = single(doc_c());
    GraphBuilder direct;
    direct.add(doc_c());
    direct.add(doc_a());
    direct.add(doc_b());

    GraphBuilder ab;
    ab.add_graph(a.graph, a.documents);
    ab.add_graph(b.graph, b.documents);
    GraphBuilder ab_c;
    ab_c.add_graph(ab.finish(), ab.sorted_documents());
    ab_c.add_graph(c.graph, c.documents);

    GraphBuilder bc;
    bc.add_graph(c.graph, c.documents);
    bc.add_graph(b.graph, b.documents);
    GraphBuilder a_bc;
    a_bc.add_graph(bc.finish(), bc.sorted_documents());
    a_bc.add_graph(a.graph, a.documents);

    CHECK(json_of(ab_c) == json_of(direct));
    CHECK(json_of(a_bc) == json_of(direct));
    const KnowledgeGraph d = direct.finish();
    auto trade = relations(d, "china", "russia", "trades_with");
    REQUIRE(trade.size() == 1);
    CHECK(trade[0]->weight == 2);
    CHECK(actor(d, "china").label == "People's Republic of China");
    CHECK(actor(d, "china").aliases == std::vector<std::string>{"Beijing", "China"});
  }
}

TEST_CASE("graph::GraphBuilder holds each evidence sentence once") {
  // a wire story republished under two ids, and two relations from one sentence
  Extraction a = doc_a(), b = doc_a();
  b.doc.id = "doc-a-copy";
  for (Fact& f : b.facts) f.evidence.doc = "doc-a-copy";
  a.facts[1].evidence.text = a.facts[0].evidence.text.str();  // a second copy of the same words
  GraphBuilder left, right;
  left.add(a);
  right.add(b);
  left.merge(std::move(right));
  const KnowledgeGraph g = left.take();
  auto meets = relations(g, "vladimir-putin", "xi-jinping", "meets");
  REQUIRE(meets.size() == 1);
  const auto& ev = meets[0]->evidence;
  REQUIRE(ev.size() == 4);
  std::set<const std::string*> held;
  for (const Evidence& e : ev) held.insert(&e.text.str());
  CHECK(held.size() == 2);  // "sentence at 500 in doc-a" and "sentence at 100 in doc-a"
  CHECK(ev[0].text == "sentence at 500 in doc-a");
  // the texts read as before
  for (const Evidence& e : ev) CHECK(e.text.str().rfind("sentence at ", 0) == 0);
}

TEST_CASE("graph::GraphBuilder merging overlapping graphs") {
  auto graph_of = [](std::vector<Extraction> xs) {
    GraphBuilder b;
    for (const auto& x : xs) b.add(x);
    return GraphDocument{b.finish(), b.sorted_documents(), {}};
  };
  auto merged = [](std::vector<const GraphDocument*> parts) {
    GraphBuilder b;
    for (const auto* p : parts) b.add_graph(p->graph, p->documents);
    return GraphDocument{b.finish(), b.sorted_documents(), {}};
  };
  const GraphDocument a = graph_of({doc_a()}), ab = graph_of({doc_a(), doc_b()}), bc = graph_of({doc_b(), doc_c()});

  SECTION("evidence, weights and documents are unions") {
    const GraphDocument twice = merged({&ab, &ab});
    auto meets = relations(twice.graph, "vladimir-putin", "xi-jinping", "meets");
    REQUIRE(meets.size() == 1);
    CHECK(meets[0]->weight == 3);
    CHECK(meets[0]->evidence.size() == 3);
    CHECK(twice.documents.size() == 2);
    CHECK(actor(twice.graph, "vladimir-putin").documents == std::vector<std::string>{"doc-a", "doc-b"});
    // Mentions are counts without per-document detail, so they add up.
    CHECK(actor(twice.graph, "vladimir-putin").mentions == 10);
  }

  SECTION("order and grouping still do not matter") {
    const GraphDocument ab_bc = merged({&ab, &bc}), bc_ab = merged({&bc, &ab});
    const GraphDocument a_bc = merged({&a, &bc});
    const GraphDocument left = merged({&ab_bc, &a}), right = merged({&a_bc, &ab});
    CHECK(write_json(ab_bc, "t") == write_json(bc_ab, "t"));
    CHECK(write_json(left, "t") == write_json(right, "t"));
  }

  SECTION("a graph read without evidence keeps its weights") {
    GraphDocument bare = ab;
    for (auto e : boost::make_iterator_range(edges(bare.graph))) bare.graph[e].evidence.clear();
    const GraphDocument back = merged({&bare});
    auto meets = relations(back.graph, "vladimir-putin", "xi-jinping", "meets");
    REQUIRE(meets.size() == 1);
    CHECK(meets[0]->weight == 3);
  }
}

TEST_CASE("graph::edge_dates") {
  Relation r;
  r.documents = {"a", "b", "c", "d"};
  const DocumentDates dates = document_dates({{"a", "", "", "2024-05-16"},
                                              {"b", "", "", ""},
                                              {"c", "", "", "2023-12-01"},
                                              {"d", "", "", "2024-06-01T08:00:00Z"}});
  CHECK(dates.size() == 3);
  const DateRange range = edge_dates(r, dates);
  CHECK(range.first == "2023-12-01");
  CHECK(range.last == "2024-06-01T08:00:00Z");
  r.documents = {"b"};
  CHECK(edge_dates(r, dates).first.empty());
}
