// Reading back the JSON formats relgraph writes (read_graph_json): Cytoscape and JGF rebuild the
// graph the node-link JSON describes, byte for byte.
#include "relgraph/analytics.hpp"
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/graph.hpp"
#include "relgraph/io.hpp"
#include "relgraph/pipeline.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <string>

using namespace relgraph;

namespace {

const char* k_generator = "relgraph test";

// The bundled article as build writes it (metrics computed).
GraphDocument sample_article() {
  const std::string path = std::string(RELGRAPH_SOURCE_DIR) + "/samples/putin-xi.txt";
  std::string text = read_file(path);
  DocumentInfo info{"putin-xi", "samples/putin-xi.txt", sha256_hex(text), "2024-05-16"};
  GraphDocument doc = build_graph({extract_document(std::move(text), info, test_support::lexicon())});
  compute_metrics(doc);
  return doc;
}

Fact fact(const std::string& doc, const std::string& source, const std::string& target,
          const std::string& relation, uint32_t start, const std::string& text) {
  Fact f;
  f.source = source;
  f.target = target;
  f.relation = relation;
  f.cameo = relation == "meets" ? "04" : "";
  f.evidence = {doc, start / 100, start, start + 7, text, relation};
  return f;
}

// What the sample article lacks: two documents (one undated), a role whose title holds " of ",
// a modality, a future tense, a negated edge beside an asserted one, markup and control bytes.
GraphDocument edge_cases() {
  Extraction a;
  a.doc = {"d1", "news/d1.txt", "aaa", "2024-01-02"};
  a.actors = {{"vladimir-putin", "Vladimir Putin", ActorType::person, {"Putin"}, {},
               {{"President", "russia"}, {"Minister of Defence", ""}}, 3},
              {"russia", "Russia", ActorType::state, {"Moscow"}, {}, {}, 2},
              {"odd", "Caf\xC3\xA9 <\"Q&A\">", ActorType::other, {"a;b"}, {}, {}, 1}};
  a.facts = {fact("d1", "vladimir-putin", "russia", "affiliated_with", 10, "Russian President"),
             fact("d1", "russia", "odd", "opposes", 40, "Moscow did not oppose it.\x01"),
             fact("d1", "russia", "odd", "opposes", 90, "Moscow opposes it.")};
  a.facts[0].role = "President";
  a.facts[1].negated = true;
  Extraction b;
  b.doc = {"d2", "news/d2.txt", "bbb", ""};
  b.actors = {{"odd", "Caf\xC3\xA9 <\"Q&A\">", ActorType::other, {}, {}, {}, 1},
              {"russia", "Russia", ActorType::state, {}, {}, {}, 1}};
  b.facts = {fact("d2", "odd", "russia", "meets", 300, "They may meet.")};
  b.facts[0].tense = Tense::future;
  b.facts[0].evidence.modality = "possible";
  GraphBuilder builder;
  builder.add(a);
  builder.add(b);
  return {builder.finish(), builder.sorted_documents(), {}};
}

std::string write_as(const GraphDocument& doc, const std::string& format) {
  const auto files = write_format(doc, format);
  REQUIRE(files.size() == 1);
  return files[0].content;
}

std::string message_of(const std::string& text, const std::string& source) {
  try {
    read_graph_json(text, source);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

// The document with `key` removed from every object, as an older relgraph wrote it.
std::string without(const std::string& text, const std::vector<std::string>& keys) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  std::vector<rapidjson::Value*> todo{&d};
  while (!todo.empty()) {
    rapidjson::Value* v = todo.back();
    todo.pop_back();
    if (v->IsObject()) {
      for (const auto& k : keys) v->RemoveMember(k.c_str());
      for (auto& m : v->GetObject()) todo.push_back(&m.value);
    } else if (v->IsArray()) {
      for (auto& x : v->GetArray()) todo.push_back(&x);
    }
  }
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> w(out);
  d.Accept(w);
  return out.GetString();
}

} // namespace

TEST_CASE("readers::cytoscape and jgf read back the node-link graph, byte for byte") {
  const GraphDocument article = sample_article();
  const GraphDocument odd = edge_cases();
  REQUIRE(num_edges(article.graph) > 3);
  for (const GraphDocument* doc : {&article, &odd}) {
    const std::string json = write_json(*doc, k_generator);
    for (const auto& [format, name] : {std::pair{"cytoscape", "g.cyjs"}, std::pair{"jgf", "g.jgf.json"}}) {
      INFO(format << (doc == &article ? " of the article" : " of the edge cases"));
      const std::string text = write_as(*doc, format);
      GraphDocument back = read_graph_json(text, name);
      CHECK(back.metrics.size() == doc->metrics.size());
      CHECK(write_json(back, k_generator) == json);
      // Written again, the format is the same too.
      CHECK(write_as(back, format) == text);
      GraphDocument recomputed = *doc;
      compute_metrics(recomputed);
      compute_metrics(back);
      CHECK(write_json(back, k_generator) == write_json(recomputed, k_generator));
    }
    // The node-link JSON goes through the dispatcher too.
    CHECK(write_json(read_graph_json(json, "g.json"), k_generator) == json);
  }

  SECTION("the edge cases survive") {
    const GraphDocument back = read_graph_json(write_as(odd, "cytoscape"), "g.cyjs");
    REQUIRE(back.documents.size() == 2);
    CHECK(back.documents[1].date.empty());
    CHECK(back.documents[0].sha256 == "aaa");
    const ActorRecord& putin = back.graph[*std::find_if(vertices(back.graph).first, vertices(back.graph).second,
                                                        [&](Vertex v) { return back.graph[v].id == "vladimir-putin"; })];
    CHECK(putin.roles == std::vector<Role>{{"Minister of Defence", ""}, {"President", "russia"}});
    bool saw_modality = false;
    for (auto e : boost::make_iterator_range(edges(back.graph))) {
      for (const auto& ev : back.graph[e].evidence) {
        if (ev.modality == "possible") {
          saw_modality = true;
          CHECK(ev.tense == Tense::future);
          CHECK(ev.doc == "d2");
          CHECK(ev.start == 300);
        }
      }
    }
    CHECK(saw_modality);
  }

  SECTION("a merged read-back equals the original") {
    GraphBuilder b;
    const GraphDocument back = read_graph_json(write_as(odd, "jgf"), "g.jgf.json");
    b.add_graph(back.graph, back.documents);
    CHECK(write_json({b.finish(), b.sorted_documents(), {}}, k_generator) == write_json(odd, k_generator));
  }
}

TEST_CASE("readers::files of older writers read with what they carry") {
  const GraphDocument odd = edge_cases();
  const std::string cy = without(write_as(odd, "cytoscape"),
                                 {"document_records", "role_titles", "role_of", "evidence_docs"});
  const GraphDocument back = read_graph_json(cy, "old.cyjs");
  REQUIRE(back.documents.size() == 2);
  CHECK(back.documents[0].id == "d1");
  CHECK(back.documents[0].path.empty());
  REQUIRE(num_vertices(back.graph) == 3);
  CHECK(back.graph[1].id == "russia");
  // "Title of ACTOR-ID" splits only when the tail is an id.
  CHECK(back.graph[2].roles == std::vector<Role>{{"Minister of Defence", ""}, {"President", "russia"}});
  size_t sentences = 0;
  for (auto e : boost::make_iterator_range(edges(back.graph))) {
    for (const auto& ev : back.graph[e].evidence) {
      ++sentences;
      CHECK_FALSE(ev.text.empty());
      CHECK(ev.doc == back.graph[e].documents[0]);
    }
  }
  CHECK(sentences == 4);

  const GraphDocument jgf = read_graph_json(without(write_as(odd, "jgf"), {"role_titles", "role_of"}), "old.jgf.json");
  CHECK(jgf.graph[2].roles == back.graph[2].roles);
}

TEST_CASE("readers::the flat elements array of cytoscape.js") {
  const std::string text = R"({"elements": [
      {"group": "nodes", "data": {"id": "a", "name": "Alpha"}},
      {"data": {"id": "e0", "source": "a", "target": "b", "relation": "meets"}},
      {"data": {"id": "b", "label": "Beta", "type": "state"}}]})";
  const GraphDocument g = read_graph_json(text, "flat.cyjs");
  REQUIRE(num_vertices(g.graph) == 2);
  CHECK(g.graph[0].label == "Alpha");
  CHECK(g.graph[1].type == ActorType::state);
  REQUIRE(num_edges(g.graph) == 1);
  CHECK_FALSE(g.graph[*edges(g.graph).first].directed);
  CHECK(g.metrics.empty());
}

TEST_CASE("readers::errors are one line naming the source") {
  const GraphDocument odd = edge_cases();
  auto check = [](const std::string& msg, const std::string& source, const std::string& part) {
    INFO(msg);
    CHECK(msg.rfind(source + ": ", 0) == 0);
    CHECK(msg.find('\n') == std::string::npos);
    CHECK(msg.find(part) != std::string::npos);
  };
  for (const auto& [format, name] : {std::pair{"cytoscape", "t.cyjs"}, std::pair{"jgf", "t.jgf.json"}}) {
    const std::string text = write_as(odd, format);
    check(message_of(text.substr(0, text.size() / 2), name), name, "invalid JSON at byte");
  }
  for (const char* shape : {"[]", "{}", "{\"foo\": 1}", "{\"graph\": {\"nodes\": []}}", "\"nodes\"",
                            "{\"graph\": 3}"}) {
    check(message_of(shape, "shape.json"), "shape.json", "not a relgraph graph");
  }
  check(message_of(R"({"elements": {"nodes": [{"data": {"id": "a"}}], "edges": [{"data": {"source": "a",
        "target": "b", "relation": "meets"}}]}})", "u.cyjs"),
        "u.cyjs", "elements.edges[0].data.target: unknown node id \"b\"");
  check(message_of(R"({"elements": {"nodes": [{"id": "a"}]}})", "n.cyjs"), "n.cyjs",
        "elements.nodes[0]: missing \"data\"");
  check(message_of(R"({"elements": 3})", "e.cyjs"), "e.cyjs", "elements: not an object or an array");
  check(message_of(R"({"elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}], "edges": [{"data":
        {"source": "a", "target": "b", "relation": "meets", "evidence": ["x"], "evidence_docs": ["d"],
         "evidence_sentences": [], "evidence_starts": [0], "evidence_ends": [1], "evidence_cues": ["c"],
         "evidence_tenses": ["past"]}}]}})", "l.cyjs"),
        "l.cyjs", "evidence_sentences: 0 items for 1 evidence_docs");
  check(message_of(R"({"graph": {"nodes": {"a": {}, "a": {}}}})", "d.jgf.json"), "d.jgf.json",
        "duplicate node id \"a\"");
  check(message_of(R"({"graph": {"nodes": {"a": {"metadata": {"type": "planet"}}}}})", "t.jgf.json"),
        "t.jgf.json", "graph.nodes.\"a\".metadata.type: unknown type \"planet\"");
  check(message_of(R"({"graph": {"nodes": {"a": {}}, "edges": [{"source": "a", "target": "a"}]}})", "r.jgf.json"),
        "r.jgf.json", "graph.edges[0]: missing \"relation\"");
  check(message_of(R"({"graph": {"nodes": {"a": {}}, "edges": [{"source": "a", "target": "a", "relation": "meets",
        "metadata": {"evidence": [{"doc": "d", "start": 5, "end": 2}]}}]}})", "s.jgf.json"),
        "s.jgf.json", "graph.edges[0].metadata.evidence[0]: end before start");

  SECTION("deep nesting does not crash") {
    const std::string open(100000, '[');
    check(message_of("{\"elements\": " + open, "deep.cyjs"), "deep.cyjs", "invalid JSON");
    const std::string nested = open + std::string(100000, ']');
    CHECK_NOTHROW(read_graph_json("{\"elements\": {\"nodes\": []}, \"x\": " + nested + "}", "deep.cyjs"));
    CHECK_NOTHROW(read_graph_json("{\"graph\": {\"nodes\": {}, \"x\": " + nested + "}}", "deep.jgf.json"));
  }
}
