// Every -f format, read back with an independent parser: RapidJSON, xmllint, a CSV reader,
// cgraph; and the node-link JSON against data/schema/relgraph-graph.schema.json.
#include "relgraph/analytics.hpp"
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/graph.hpp"
#include "relgraph/io.hpp"
#include "relgraph/pipeline.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <graphviz/cgraph.h>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace relgraph;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

Fact make_fact(const std::string& source, const std::string& target, const std::string& relation,
               uint32_t start, const std::string& text, bool negated = false) {
  Fact f;
  f.source = source;
  f.target = target;
  f.relation = relation;
  f.cameo = relation == "meets" ? "04" : "";
  f.negated = negated;
  f.evidence = {"putin-xi", start / 100, start, start + 9, text, relation};
  return f;
}

// Four actors (one with markup characters in its label), five edges: a symmetric one, a negated
// one beside an asserted one, an affiliation with a role.
GraphDocument sample() {
  Extraction x;
  x.doc = {"putin-xi", "samples/putin-xi.txt", "abc123", "2024-05-16"};
  ActorRecord putin{"vladimir-putin", "Vladimir Putin", ActorType::person,
                    {"Putin", "Russian President Vladimir Putin"}, {}, {{"President", "russia"}}, 9};
  ActorRecord xi{"xi-jinping", "Xi Jinping", ActorType::person, {"Xi"}, {}, {}, 4};
  ActorRecord russia{"russia", "Russia", ActorType::state, {"Moscow"}, {}, {}, 3};
  ActorRecord odd{"odd", "Caf\xC3\xA9 <\"Q&A\">, 'x'", ActorType::other, {"a;b"}, {}, {}, 1};
  x.actors = {putin, xi, russia, odd};
  x.facts = {make_fact("vladimir-putin", "xi-jinping", "meets", 512, "They met, \"soon\".\nNext line"),
             make_fact("xi-jinping", "vladimir-putin", "meets", 900, "Xi & Putin < talks >"),
             make_fact("vladimir-putin", "russia", "affiliated_with", 10, "Russian President"),
             make_fact("russia", "xi-jinping", "opposes", 50, "Moscow did not criticise Xi.", true),
             make_fact("russia", "xi-jinping", "opposes", 70, "Moscow rivals Xi."),
             make_fact("xi-jinping", "odd", "visits", 80, "Xi visits.\x01")};
  x.facts[2].role = "President";
  GraphBuilder b;
  b.add(x);
  GraphDocument doc{b.finish(), b.sorted_documents(), {}};
  compute_metrics(doc);
  return doc;
}

const NodeMetrics& metrics_of(const GraphDocument& doc, const std::string& id) {
  for (auto v : boost::make_iterator_range(vertices(doc.graph))) {
    if (doc.graph[v].id == id) return doc.metrics[v];
  }
  throw std::logic_error("no actor " + id);
}

std::string only(const std::vector<OutputFile>& files, const std::string& suffix) {
  REQUIRE(files.size() == 1);
  CHECK(files[0].suffix == suffix);
  return files[0].content;
}


bool have_xmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

// Runs a shell command; its standard output and exit status.
std::pair<std::string, int> run(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (p == nullptr) return {"", -1};
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  const int status = ::pclose(p);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

// Well-formedness with xmllint, then the value of an XPath expression (local-name() keeps
// namespaces out of the way).
void check_xml(const std::string& path, const std::map<std::string, std::string>& xpaths) {
  if (!have_xmllint()) {
    WARN("xmllint not found: XML parse check skipped (install libxml2-utils)");
    return;
  }
  const auto wf = run("xmllint --noout '" + path + "' 2>&1");
  CHECK(wf.second == 0);
  CHECK(wf.first.empty());
  for (const auto& [expr, expected] : xpaths) {
    const auto r = run("xmllint --xpath \"" + expr + "\" '" + path + "' 2>/dev/null");
    INFO(expr);
    std::string got = r.first;
    while (!got.empty() && (got.back() == '\n' || got.back() == ' ')) got.pop_back();
    CHECK(got == expected);
  }
}

// RFC 4180 rows.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      any = false;
    } else if (c != '\r') {
      field += c;
      any = true;
    }
  }
  if (any || !row.empty()) {
    row.push_back(field);
    rows.push_back(row);
  }
  return rows;
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseFullPrecisionFlag>(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

std::string str(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

const Lexicon& lexicon() {
  static const Lexicon lex = load_lexicon(std::string(RELGRAPH_SOURCE_DIR) + "/data", {});
  return lex;
}

// The bundled sample article as build writes it.
GraphDocument sample_article() {
  const std::string path = std::string(RELGRAPH_SOURCE_DIR) + "/samples/putin-xi.txt";
  std::string text = read_file(path);
  DocumentInfo info{"putin-xi", "samples/putin-xi.txt", sha256_hex(text), "2024-05-16"};
  GraphDocument doc = build_graph({extract_document(std::move(text), info, lexicon())});
  compute_metrics(doc);
  return doc;
}

std::string validation_errors(const rapidjson::SchemaValidator& v) {
  rapidjson::StringBuffer schema, document;
  v.GetInvalidSchemaPointer().StringifyUriFragment(schema);
  v.GetInvalidDocumentPointer().StringifyUriFragment(document);
  return std::string("keyword ") + v.GetInvalidSchemaKeyword() + " at schema " + schema.GetString() +
         ", document " + document.GetString();
}

} // namespace

TEST_CASE("formats::registry") {
  const auto& formats = known_formats();
  REQUIRE(formats.size() >= 7);
  CHECK(formats[0] == "json");
  CHECK(formats[1] == "dot");
  for (const char* f : {"cytoscape", "jgf", "graphml", "gexf", "csv"}) CHECK(is_known_format(f));
  CHECK_THROWS_AS(write_format(sample(), "nope"), Error);
  const GraphDocument doc = sample();
  for (const auto& f : formats) {
    INFO(f);
    const auto files = write_format(doc, f);
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
      CHECK(file.suffix.front() == '.');
      CHECK_FALSE(file.content.empty());
    }
  }
  // Metrics are optional: a graph without them writes every format too.
  GraphDocument bare = doc;
  bare.metrics.clear();
  for (const char* f : {"json", "cytoscape", "jgf", "graphml", "gexf", "csv"}) CHECK_NOTHROW(write_format(bare, f));
  bare.metrics.resize(1);
  CHECK_THROWS_AS(write_format(bare, "graphml"), Error);
}

TEST_CASE("formats::json node-link with metrics") {
  const GraphDocument doc = sample();
  const std::string json = only(write_format(doc, "json"), ".json");
  const rapidjson::Document d = parse_json(json);
  const auto& nodes = d["nodes"];
  REQUIRE(nodes.Size() == 4);
  double sum = 0;
  for (const auto& n : nodes.GetArray()) {
    for (const char* key : {"degree", "in_degree", "out_degree", "weighted_degree", "weighted_in_degree",
                            "weighted_out_degree", "pagerank", "betweenness", "component"}) {
      INFO(key);
      CHECK(n.HasMember(key));
    }
    sum += n["pagerank"].GetDouble();
  }
  CHECK(sum == Approx(1.0).margin(1e-5));
  const auto& xi = nodes[3];
  REQUIRE(str(xi["id"]) == "xi-jinping");
  CHECK(xi["degree"].GetUint() == metrics_of(doc, "xi-jinping").degree);
  CHECK(xi["pagerank"].GetDouble() == metrics_of(doc, "xi-jinping").pagerank);
  for (const auto& l : d["links"].GetArray()) {
    CHECK(str(l["first_date"]) == "2024-05-16");
    CHECK(str(l["last_date"]) == "2024-05-16");
  }

  SECTION("metrics read back, byte for byte") {
    const GraphDocument back = read_json(json, "sample.json");
    REQUIRE(back.metrics.size() == 4);
    CHECK(back.metrics[3].pagerank == doc.metrics[3].pagerank);
    CHECK(back.metrics[3].betweenness == doc.metrics[3].betweenness);
    CHECK(back.metrics[3].in_weight == doc.metrics[3].in_weight);
    CHECK(write_format(back, "json")[0].content == json);
  }
  SECTION("a graph without metrics reads back without them") {
    GraphDocument bare = doc;
    bare.metrics.clear();
    const std::string text = write_json(bare, "relgraph test");
    CHECK(text.find("pagerank") == std::string::npos);
    CHECK(read_json(text, "bare.json").metrics.empty());
  }
  SECTION("a metric of the wrong type is an error") {
    std::string bad = json;
    const size_t at = bad.find("\"pagerank\": ");
    REQUIRE(at != std::string::npos);
    bad.insert(at + 12, "\"x\", \"was\": ");
    CHECK_THROWS_AS(read_json(bad, "bad.json"), InputError);
  }
}

TEST_CASE("formats::cytoscape") {
  const GraphDocument doc = sample();
  const rapidjson::Document d = parse_json(only(write_format(doc, "cytoscape"), ".cyjs"));
  const auto& nodes = d["elements"]["nodes"];
  const auto& edges = d["elements"]["edges"];
  REQUIRE(nodes.Size() == 4);
  REQUIRE(edges.Size() == 5);
  std::map<std::string, const rapidjson::Value*> by_id;
  for (const auto& n : nodes.GetArray()) by_id[str(n["data"]["id"])] = &n["data"];
  REQUIRE(by_id.count("vladimir-putin") == 1);
  const auto& putin = *by_id["vladimir-putin"];
  CHECK(str(putin["label"]) == "Vladimir Putin");
  CHECK(str(putin["name"]) == "Vladimir Putin");
  CHECK(str(putin["type"]) == "person");
  CHECK(putin["aliases"].Size() == 2);
  CHECK(str(putin["roles"][0]) == "President of russia");
  CHECK(putin["mentions"].GetInt() == 9);
  CHECK(putin["pagerank"].GetDouble() == metrics_of(doc, "vladimir-putin").pagerank);
  CHECK(putin["component"].GetInt() == 0);
  CHECK(str((*by_id["odd"])["label"]) == "Caf\xC3\xA9 <\"Q&A\">, 'x'");
  std::set<std::string> edge_ids;
  bool saw_meets = false;
  for (const auto& e : edges.GetArray()) {
    const auto& data = e["data"];
    edge_ids.insert(str(data["id"]));
    CHECK(by_id.count(str(data["source"])) == 1);
    CHECK(by_id.count(str(data["target"])) == 1);
    if (str(data["key"]) == "meets") {
      saw_meets = true;
      CHECK(str(data["relation"]) == "meets");
      CHECK(str(data["source"]) == "vladimir-putin");
      CHECK(data["weight"].GetInt() == 2);
      CHECK_FALSE(data["directed"].GetBool());
      CHECK(data["evidence"].Size() == 2);
      CHECK(str(data["first_date"]) == "2024-05-16");
    }
  }
  CHECK(saw_meets);
  CHECK(edge_ids.size() == 5);
  for (const auto& id : edge_ids) CHECK(by_id.count(id) == 0); // one id space in cytoscape.js
}

TEST_CASE("formats::jgf") {
  const GraphDocument doc = sample();
  const rapidjson::Document d = parse_json(only(write_format(doc, "jgf"), ".jgf.json"));
  const auto& g = d["graph"];
  CHECK(g["directed"].GetBool());
  CHECK(str(g["type"]) == "relgraph");
  CHECK(g.HasMember("label"));
  REQUIRE(g["nodes"].IsObject()); // v2: a map keyed by id
  CHECK(g["nodes"].MemberCount() == 4);
  const auto& xi = g["nodes"]["xi-jinping"];
  CHECK(str(xi["label"]) == "Xi Jinping");
  CHECK(str(xi["metadata"]["type"]) == "person");
  CHECK(xi["metadata"]["betweenness"].GetDouble() == metrics_of(doc, "xi-jinping").betweenness);
  REQUIRE(g["edges"].Size() == 5);
  int negated = 0;
  for (const auto& e : g["edges"].GetArray()) {
    CHECK(g["nodes"].HasMember(e["source"].GetString()));
    CHECK(g["nodes"].HasMember(e["target"].GetString()));
    CHECK(e["directed"].GetBool() == !is_symmetric(str(e["relation"])));
    if (e["metadata"]["negated"].GetBool()) ++negated;
    CHECK(e["metadata"]["evidence"][0].HasMember("start"));
  }
  CHECK(negated == 1);
}

TEST_CASE("formats::graphml") {
  const GraphDocument doc = sample();
  const std::string xml = only(write_format(doc, "graphml"), ".graphml");
  // Every key is declared before <graph>.
  const size_t graph_at = xml.find("<graph ");
  REQUIRE(graph_at != std::string::npos);
  CHECK(xml.rfind("<key ") < graph_at);
  CHECK(xml.find("<key id=\"n_pagerank\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>") < graph_at);
  CHECK(xml.find("<key id=\"e_negated\" for=\"edge\" attr.name=\"negated\" attr.type=\"boolean\"/>") < graph_at);
  CHECK(xml.find("<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>") < graph_at);
  CHECK(xml.find("Caf\xC3\xA9 &lt;&quot;Q&amp;A&quot;&gt;, &apos;x&apos;") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  const TempDir dir("graphml");
  const std::string path = (dir / "g.graphml").string();
  write_file_atomic(path, xml);
  char pr[32];
  std::snprintf(pr, sizeof pr, "%g", metrics_of(doc, "xi-jinping").pagerank);
  check_xml(path, {{"count(//*[local-name()='node'])", "4"},
                   {"count(//*[local-name()='edge'])", "5"},
                   {"count(//*[local-name()='key'])", std::to_string(6 + 9 + 11)},
                   {"string(//*[local-name()='node'][@id='xi-jinping']/*[@key='n_label'])", "Xi Jinping"},
                   {"string(//*[local-name()='node'][@id='odd']/*[@key='n_label'])", "Caf\xC3\xA9 <\"Q&A\">, 'x'"},
                   {"count(//*[local-name()='edge'][*[@key='e_negated']='true'])", "1"},
                   {"string(//*[local-name()='edge'][*[@key='e_relation']='meets']/*[@key='e_weight'])", "2"},
                   {"number(//*[local-name()='node'][@id='xi-jinping']/*[@key='n_pagerank']) = " + std::string(pr), "true"}});
}

TEST_CASE("formats::gexf") {
  const GraphDocument doc = sample();
  const std::string xml = only(write_format(doc, "gexf"), ".gexf");
  CHECK(xml.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(xml.find("version=\"1.3\"") != std::string::npos);
  CHECK(xml.find("<attributes class=\"node\">") < xml.find("<nodes>"));
  CHECK(xml.find("<attributes class=\"edge\">") < xml.find("<nodes>"));
  CHECK(xml.find("<attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>") != std::string::npos);
  const TempDir dir("gexf");
  const std::string path = (dir / "g.gexf").string();
  write_file_atomic(path, xml);
  check_xml(path, {{"count(//*[local-name()='node'])", "4"},
                   {"count(//*[local-name()='edge'])", "5"},
                   {"count(//*[local-name()='edge'][@type='mutual'])", "1"},
                   {"string(//*[local-name()='edge'][@type='mutual']/@label)", "meets"},
                   {"string(//*[local-name()='edge'][@type='mutual']/@weight)", "2"},
                   {"string(//*[local-name()='edge'][@kind='opposes:negated']/@label)", "opposes"},
                   {"string(//*[local-name()='node'][@id='odd']/@label)", "Caf\xC3\xA9 <\"Q&A\">, 'x'"},
                   {"string(//*[local-name()='node'][@id='vladimir-putin']//*[@for='type']/@value)", "person"},
                   {"string(//*[local-name()='node'][@id='vladimir-putin']//*[@for='mentions']/@value)", "9"},
                   {"count(//*[local-name()='attributes'][@class='node']/*)", "14"}});
}

TEST_CASE("formats::csv") {
  const GraphDocument doc = sample();
  const auto files = write_format(doc, "csv");
  REQUIRE(files.size() == 2);
  CHECK(files[0].suffix == ".nodes.csv");
  CHECK(files[1].suffix == ".edges.csv");
  const auto nodes = parse_csv(files[0].content);
  const auto edges = parse_csv(files[1].content);
  REQUIRE(nodes.size() == 1 + 4);
  REQUIRE(edges.size() == 1 + 5);
  const auto& nh = nodes[0];
  REQUIRE(nh.size() >= 6);
  CHECK(nh[0] == "id:ID");
  CHECK(nh[1] == "label");
  CHECK(nh[2] == ":LABEL");
  CHECK(std::find(nh.begin(), nh.end(), "aliases:string[]") != nh.end());
  CHECK(std::find(nh.begin(), nh.end(), "mentions:int") != nh.end());
  CHECK(std::find(nh.begin(), nh.end(), "pagerank:double") != nh.end());
  const auto& eh = edges[0];
  CHECK(std::vector<std::string>(eh.begin(), eh.begin() + 3) == std::vector<std::string>{":START_ID", ":END_ID", ":TYPE"});
  CHECK(std::find(eh.begin(), eh.end(), "weight:int") != eh.end());
  CHECK(std::find(eh.begin(), eh.end(), "negated:boolean") != eh.end());
  for (const auto& row : nodes) CHECK(row.size() == nh.size());
  for (const auto& row : edges) CHECK(row.size() == eh.size());

  auto column = [](const std::vector<std::string>& header, const std::string& name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const std::vector<std::string>* putin = nullptr;
  const std::vector<std::string>* odd = nullptr;
  for (const auto& row : nodes) {
    if (row[0] == "vladimir-putin") putin = &row;
    if (row[0] == "odd") odd = &row;
  }
  REQUIRE(putin != nullptr);
  CHECK((*putin)[1] == "Vladimir Putin");
  CHECK((*putin)[2] == "Actor;Person");
  CHECK((*putin)[column(nh, "aliases:string[]")] == "Putin;Russian President Vladimir Putin");
  CHECK((*putin)[column(nh, "mentions:int")] == "9");
  CHECK(std::stod((*putin)[column(nh, "pagerank:double")]) == metrics_of(doc, "vladimir-putin").pagerank);
  REQUIRE(odd != nullptr);
  CHECK((*odd)[1] == "Caf\xC3\xA9 <\"Q&A\">, 'x'");
  CHECK((*odd)[column(nh, "aliases:string[]")] == "a,b"); // ';' is the array delimiter

  int negated = 0;
  for (size_t i = 1; i < edges.size(); ++i) {
    const auto& row = edges[i];
    if (row[column(eh, "negated:boolean")] == "true") ++negated;
    if (row[2] == "MEETS") {
      CHECK(row[0] == "vladimir-putin");
      CHECK(row[1] == "xi-jinping");
      CHECK(row[column(eh, "weight:int")] == "2");
      CHECK(row[column(eh, "directed:boolean")] == "false");
      CHECK(row[column(eh, "evidence")].find("They met, \"soon\". Next line") != std::string::npos);
    }
  }
  CHECK(negated == 1);
}

TEST_CASE("formats::dot through the registry") {
  const GraphDocument doc = sample();
  const std::string dot = only(write_format(doc, "dot"), ".dot");
  std::unique_ptr<Agraph_t, decltype(&agclose)> g(agmemread(dot.c_str()), &agclose);
  REQUIRE(g);
  CHECK(agnnodes(g.get()) == 4);
  CHECK(agnedges(g.get()) == 5);
}

TEST_CASE("formats::json schema") {
  const std::string schema_text = read_file(std::string(RELGRAPH_SOURCE_DIR) + "/data/schema/relgraph-graph.schema.json");
  rapidjson::Document schema_json;
  schema_json.Parse(schema_text.c_str());
  REQUIRE_FALSE(schema_json.HasParseError());
  const rapidjson::SchemaDocument schema(schema_json);

  auto valid = [&](const std::string& text, std::string& errors) {
    rapidjson::Document d;
    d.Parse(text.c_str());
    REQUIRE_FALSE(d.HasParseError());
    rapidjson::SchemaValidator validator(schema);
    const bool ok = d.Accept(validator);
    errors = ok ? "" : validation_errors(validator);
    return ok;
  };

  const GraphDocument article = sample_article();
  REQUIRE(num_vertices(article.graph) > 10);
  const std::string json = only(write_format(article, "json"), ".json");
  std::string errors;
  CHECK(valid(json, errors));
  INFO(errors);
  CHECK(errors.empty());

  SECTION("without metrics too") {
    GraphDocument bare = article;
    bare.metrics.clear();
    CHECK(valid(write_json(bare, "relgraph 0.1.0"), errors));
  }
  SECTION("what it rejects") {
    auto broken = [&](const std::string& from, const std::string& to) {
      std::string text = json;
      const size_t at = text.find(from);
      REQUIRE(at != std::string::npos);
      text.replace(at, from.size(), to);
      return !valid(text, errors);
    };
    CHECK(broken("\"type\": \"person\"", "\"type\": \"planet\""));
    CHECK(broken("\"relation\": \"meets\"", "\"relation\": \"greets\""));
    CHECK(broken("\"links\": [", "\"edges\": ["));
    CHECK(broken("\"mentions\": ", "\"mentions\": -"));
    CHECK(broken("\"pagerank\": ", "\"pagerank\": 2"));
    CHECK(broken("\"degree\": ", "\"degree_\": "));
    CHECK(broken("\"tense\": \"", "\"tense\": \"x"));
  }
}
