#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/graph.hpp"
#include "relgraph/palette.hpp"

#include <catch2/catch.hpp>

#include <graphviz/cgraph.h>
#include <rapidjson/document.h>

#include <memory>

using namespace relgraph;

namespace {

Fact make_fact(const std::string& source, const std::string& target, const std::string& relation,
               uint32_t start, const std::string& text, bool negated = false) {
  Fact f;
  f.source = source;
  f.target = target;
  f.relation = relation;
  f.cameo = relation == "meets" ? "04" : "";
  f.negated = negated;
  f.tense = Tense::future;
  f.evidence = {"putin-xi", start / 100, start, start + 9, text, relation};
  return f;
}

GraphDocument sample() {
  Extraction x;
  x.doc = {"putin-xi", "samples/putin-xi.txt", "abc123", "2024-05-16"};
  ActorRecord putin{"vladimir-putin", "Vladimir Putin", ActorType::person,
                    {"Putin", "Russian President Vladimir Putin"}, {}, {{"President", "russia"}}, 9};
  ActorRecord xi{"xi-jinping", "Xi Jinping", ActorType::person, {"Xi"}, {}, {}, 4};
  ActorRecord russia{"russia", "Russia", ActorType::state, {"Moscow"}, {}, {}, 3};
  ActorRecord odd{"odd", "Caf\xC3\xA9 \"Quote\" \\ back\\", ActorType::other, {}, {}, {}, 1};
  x.actors = {putin, xi, russia, odd};
  x.facts = {make_fact("vladimir-putin", "xi-jinping", "meets", 512,
                       "He is scheduled to meet with Xi \xE2\x80\x94 \"soon\".\nNext line\\"),
             make_fact("xi-jinping", "vladimir-putin", "meets", 900, std::string(300, 'x')),
             make_fact("vladimir-putin", "russia", "affiliated_with", 10, "Russian President"),
             make_fact("russia", "xi-jinping", "opposes", 50, "Moscow did not criticise Xi.", true),
             make_fact("russia", "xi-jinping", "opposes", 70, "Moscow rivals Xi."),
             make_fact("xi-jinping", "odd", "visits", 80, "Xi visits.")};
  x.facts[2].role = "President";
  GraphBuilder b;
  b.add(x);
  return {b.finish(), b.sorted_documents(), {}};
}

std::string message_of(const std::string& text) {
  try {
    read_json(text, "in.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

using DotGraph = std::unique_ptr<Agraph_t, decltype(&agclose)>;

char* c(const char* s) { return const_cast<char*>(s); }

Agedge_t* find_edge(Agraph_t* g, const char* tail, const char* head, const char* key) {
  Agnode_t* t = agnode(g, c(tail), 0);
  Agnode_t* h = agnode(g, c(head), 0);
  if (t == nullptr || h == nullptr) return nullptr;
  return agedge(g, t, h, c(key), 0);
}

} // namespace

TEST_CASE("export::write_json") {
  const GraphDocument doc = sample();
  const std::string json = write_json(doc, "relgraph 0.1.0");
  CHECK(json == write_json(doc, "relgraph 0.1.0"));

  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["directed"].GetBool());
  CHECK(d["multigraph"].GetBool());
  CHECK(std::string(d["graph"]["generator"].GetString()) == "relgraph 0.1.0");
  CHECK(std::string(d["graph"]["documents"][0]["date"].GetString()) == "2024-05-16");

  const auto& nodes = d["nodes"];
  REQUIRE(nodes.Size() == 4);
  CHECK(std::string(nodes[0]["id"].GetString()) == "odd");
  CHECK(std::string(nodes[3]["id"].GetString()) == "xi-jinping");
  const auto& putin = nodes[2];
  CHECK(std::string(putin["type"].GetString()) == "person");
  CHECK(putin["mentions"].GetUint() == 9);
  CHECK(std::string(putin["roles"][0]["of"].GetString()) == "russia");
  CHECK(std::string(putin["documents"][0].GetString()) == "putin-xi");

  const auto& links = d["links"];
  REQUIRE(links.Size() == 5);
  bool saw_meets = false, saw_negated = false, saw_affiliation = false;
  for (const auto& l : links.GetArray()) {
    const std::string key = l["key"].GetString();
    if (key == "meets") {
      saw_meets = true;
      CHECK(std::string(l["source"].GetString()) == "vladimir-putin");
      CHECK_FALSE(l["directed"].GetBool());
      CHECK(l["weight"].GetUint() == 2);
      CHECK(std::string(l["tense"].GetString()) == "future");
      CHECK(std::string(l["cameo"].GetString()) == "04");
      CHECK(l["evidence"][0]["start"].GetUint() == 512);
      CHECK_FALSE(l.HasMember("roles"));
    } else if (key == "opposes:negated") {
      saw_negated = true;
      CHECK(l["negated"].GetBool());
      CHECK(std::string(l["relation"].GetString()) == "opposes");
    } else if (key == "affiliated_with") {
      saw_affiliation = true;
      CHECK(std::string(l["roles"][0].GetString()) == "President");
    }
  }
  CHECK(saw_meets);
  CHECK(saw_negated);
  CHECK(saw_affiliation);

  SECTION("invalid UTF-8 is replaced") {
    GraphDocument bad = doc;
    bad.graph[0].label = "bad \xFF byte";
    const std::string out = write_json(bad, "g");
    CHECK(out.find("bad \xEF\xBF\xBD byte") != std::string::npos);
    CHECK_NOTHROW(read_json(out, "bad"));
  }
}

TEST_CASE("export::read_json") {
  const GraphDocument doc = sample();
  const std::string json = write_json(doc, "relgraph 0.1.0");

  SECTION("round trip") {
    const GraphDocument back = read_json(json, "sample.json");
    CHECK(num_vertices(back.graph) == num_vertices(doc.graph));
    CHECK(num_edges(back.graph) == num_edges(doc.graph));
    REQUIRE(back.documents.size() == 1);
    CHECK(back.documents[0].sha256 == "abc123");
    CHECK(write_json(back, "relgraph 0.1.0") == json);

    // A graph read back merges like the original.
    GraphBuilder b;
    b.add_graph(back.graph, back.documents);
    CHECK(write_json({b.finish(), b.sorted_documents(), {}}, "relgraph 0.1.0") == json);
  }

  SECTION("syntax errors name the byte") {
    const std::string msg = message_of(json.substr(0, json.size() / 2));
    CHECK(msg.rfind("in.json: ", 0) == 0);
    CHECK(msg.find("byte ") != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(message_of("").find("byte 0") != std::string::npos);
    CHECK(message_of(json + "{}").find("byte") != std::string::npos);
  }

  SECTION("structural errors") {
    CHECK(message_of("[]").find("not a JSON object") != std::string::npos);
    CHECK(message_of("{\"links\": []}").find("nodes") != std::string::npos);
    CHECK(message_of("{\"nodes\": {}, \"links\": []}").find("nodes: not an array") !=
          std::string::npos);
    CHECK(message_of("{\"nodes\": []}").find("links") != std::string::npos);
    CHECK(message_of(R"({"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b",
                        "relation": "meets"}]})")
              .find("links[0].target: unknown node id \"b\"") != std::string::npos);
    CHECK(message_of(R"({"nodes": [{"id": "a", "type": "planet"}], "links": []})")
              .find("nodes[0].type: unknown type") != std::string::npos);
    CHECK(message_of(R"({"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a",
                        "target": "b", "relation": "meets", "tense": "someday"}]})")
              .find("unknown tense") != std::string::npos);
    CHECK(message_of(R"({"nodes": [{"id": "a"}, {"id": "a"}], "links": []})")
              .find("duplicate node id") != std::string::npos);
    CHECK(message_of(R"({"nodes": [{"id": 7}], "links": []})").find("nodes[0].id: not a string") !=
          std::string::npos);
    CHECK(message_of(R"({"nodes": [{"id": "a", "mentions": -1}], "links": []})")
              .find("mentions") != std::string::npos);
  }

  SECTION("minimal documents get defaults") {
    const GraphDocument g = read_json(
        R"({"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "b", "target": "a",
            "relation": "meets"}]})",
        "min.json");
    REQUIRE(num_vertices(g.graph) == 2);
    CHECK(g.graph[0].label == "a");
    CHECK(g.graph[0].type == ActorType::other);
    REQUIRE(num_edges(g.graph) == 1);
    CHECK_FALSE(g.graph[*edges(g.graph).first].directed);
  }

  SECTION("deep nesting does not crash") {
    const std::string open(100000, '[');
    CHECK_THROWS_AS(read_json(open, "deep.json"), InputError);
    CHECK_THROWS_AS(read_json(open + std::string(100000, ']'), "deep.json"), InputError);
    const std::string nested = "{\"nodes\": [], \"links\": [], \"x\": " + open +
                               std::string(100000, ']') + "}";
    CHECK_NOTHROW(read_json(nested, "deep.json"));
  }
}

TEST_CASE("export::write_dot") {
  const GraphDocument doc = sample();
  const std::string dot = write_dot(doc);
  CHECK(dot == write_dot(doc));
  CHECK(dot.find("rankdir=LR") != std::string::npos);

  DotGraph g(agmemread(dot.c_str()), &agclose);
  REQUIRE(g);
  CHECK(agisdirected(g.get()));
  CHECK(agnnodes(g.get()) == 4);
  CHECK(agnedges(g.get()) == 5);

  Agnode_t* putin = agnode(g.get(), c("vladimir-putin"), 0);
  REQUIRE(putin != nullptr);
  CHECK(std::string(agget(putin, c("label"))) == "Vladimir Putin");
  CHECK(std::string(agget(putin, c("shape"))) == "ellipse");
  CHECK(std::string(agget(putin, c("fillcolor"))) == Palette::built_in().style_of(ActorType::person).fill);
  CHECK(std::string(agget(putin, c("style"))) == "filled");
  CHECK(std::string(agget(putin, c("tooltip"))).find("Russian President Vladimir Putin") !=
        std::string::npos);
  Agnode_t* russia = agnode(g.get(), c("russia"), 0);
  REQUIRE(russia != nullptr);
  CHECK(std::string(agget(russia, c("shape"))) == "doubleoctagon");
  Agnode_t* odd = agnode(g.get(), c("odd"), 0);
  REQUIRE(odd != nullptr);
  CHECK(std::string(agget(odd, c("label"))) == "Caf\xC3\xA9 \"Quote\" \\\\ back\\\\");

  Agedge_t* meets = find_edge(g.get(), "vladimir-putin", "xi-jinping", "meets");
  REQUIRE(meets != nullptr);
  CHECK(std::string(agget(meets, c("label"))) == "meets");
  CHECK(std::string(agget(meets, c("dir"))) == "none");
  CHECK(std::string(agget(meets, c("style"))) == "solid");
  CHECK(std::string(agget(meets, c("penwidth"))) == "2");
  const std::string tooltip = agget(meets, c("tooltip"));
  CHECK(tooltip.find(" | ") != std::string::npos);
  CHECK(tooltip.size() < 450);

  Agedge_t* negated = find_edge(g.get(), "russia", "xi-jinping", "opposes:negated");
  REQUIRE(negated != nullptr);
  CHECK(std::string(agget(negated, c("label"))) == "opposes (not)");
  CHECK(std::string(agget(negated, c("style"))) == "dashed");
  CHECK(std::string(agget(negated, c("color"))) == "gray");
  CHECK(std::string(agget(negated, c("dir"))) == "forward");

  Agedge_t* opposes = find_edge(g.get(), "russia", "xi-jinping", "opposes");
  REQUIRE(opposes != nullptr);
  CHECK(std::string(agget(opposes, c("style"))) == "solid");

  // Every symmetric edge, and only those, is undirected.
  for (Agnode_t* n = agfstnode(g.get()); n != nullptr; n = agnxtnode(g.get(), n)) {
    for (Agedge_t* e = agfstout(g.get(), n); e != nullptr; e = agnxtout(g.get(), e)) {
      const std::string relation = agget(e, c("label"));
      CHECK((std::string(agget(e, c("dir"))) == "none") == is_symmetric(relation));
    }
  }
}
