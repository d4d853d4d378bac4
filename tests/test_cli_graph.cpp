// The relgraph binary's merge, render and stats commands, run as a user would.
#include "relgraph/export.hpp"
#include "relgraph/io.hpp"
#include "relgraph/text.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace relgraph;
namespace fs = std::filesystem;

namespace {

const std::string k_binary = RELGRAPH_BINARY;
const std::string k_sample = std::string(RELGRAPH_SOURCE_DIR) + "/samples/putin-xi.txt";

struct Result {
  int status = -1;
  std::string out, err;
};

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Sandbox {
  test_support::TempDir dir{"cli"};
  std::string path(const std::string& name) const { return (dir / name).string(); }

  // Runs relgraph with `args` (already quoted where needed); stdout and stderr captured.
  Result run(const std::string& args) const {
    const std::string out = path("stdout.txt"), err = path("stderr.txt");
    const std::string command = quote(k_binary) + " " + args + " >" + quote(out) + " 2>" + quote(err);
    const int status = std::system(command.c_str());
    Result r;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
  }
};

std::string slurp(const std::string& path) { return read_file(path); }

// The sample split into three articles at paragraph boundaries.
std::vector<std::string> split_sample(const Sandbox& box) {
  const std::string text = read_file(k_sample);
  std::vector<std::string> paragraphs;
  std::stringstream ss(text);
  std::string line, para;
  while (std::getline(ss, line)) {
    para += line + "\n";
    if (line.empty()) {
      paragraphs.push_back(para);
      para.clear();
    }
  }
  if (!para.empty()) paragraphs.push_back(para);
  std::vector<std::string> parts(3);
  for (size_t i = 0; i < paragraphs.size(); ++i) parts[i * 3 / paragraphs.size()] += paragraphs[i];
  std::vector<std::string> paths;
  for (size_t i = 0; i < parts.size(); ++i) {
    paths.push_back(box.path("part" + std::to_string(i + 1) + ".txt"));
    write_file_atomic(paths.back(), parts[i]);
  }
  return paths;
}

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

bool one_line(const std::string& s) {
  return !s.empty() && s.back() == '\n' && std::count(s.begin(), s.end(), '\n') == 1;
}

} // namespace

TEST_CASE("cli::merge, render, stats") {
  Sandbox box;
  const std::vector<std::string> parts = split_sample(box);
  for (size_t i = 0; i < parts.size(); ++i) {
    const Result r = box.run("build " + quote(parts[i]) + " -f json -o " + quote(box.path("per")));
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
  const std::string p1 = quote(box.path("per/part1.json")), p2 = quote(box.path("per/part2.json")),
                    p3 = quote(box.path("per/part3.json"));
  const Result one = box.run("build " + quote(parts[0]) + " " + quote(parts[1]) + " " + quote(parts[2]) +
                             " -f json -o " + quote(box.path("one")) + " --name all");
  INFO(one.err);
  REQUIRE(one.status == 0);
  const std::string all = box.path("one/all.json");

  SECTION("merge is associative and commutative, and equals one build") {
    REQUIRE(box.run("merge " + p1 + " " + p2 + " " + p3 + " -o " + quote(box.path("m123.json"))).status == 0);
    REQUIRE(box.run("merge " + p3 + " " + p1 + " " + p2 + " -o " + quote(box.path("m312.json"))).status == 0);
    REQUIRE(box.run("merge " + p2 + " " + p3 + " -o " + quote(box.path("m23.json"))).status == 0);
    REQUIRE(box.run("merge " + quote(box.path("m23.json")) + " " + p1 + " -o " + quote(box.path("m23_1.json"))).status == 0);
    REQUIRE(box.run("merge " + p1 + " " + p3 + " -o " + quote(box.path("m13.json"))).status == 0);
    REQUIRE(box.run("merge " + p2 + " " + quote(box.path("m13.json")) + " -o " + quote(box.path("m2_13.json"))).status == 0);
    const std::string m = slurp(box.path("m123.json"));
    CHECK(m.find("\"pagerank\"") != std::string::npos);
    CHECK(slurp(box.path("m312.json")) == m);
    CHECK(slurp(box.path("m23_1.json")) == m);
    CHECK(slurp(box.path("m2_13.json")) == m);
    // One pass over the three articles writes the same bytes (build computes the metrics too).
    CHECK(slurp(all) == m);
    // Standard output, and a graph merged with nothing changes nothing.
    const Result to_stdout = box.run("merge " + quote(all) + " -o -");
    CHECK(to_stdout.status == 0);
    CHECK(to_stdout.out == m);
  }

  SECTION("render writes every format") {
    std::string formats;
    for (const auto& f : known_formats()) formats += (formats.empty() ? "" : ",") + f;
    const Result r = box.run("render " + quote(all) + " -f " + formats + " -o " + quote(box.path("r")) + " --name g");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const GraphDocument doc = read_json(slurp(all), all);
    for (const auto& f : known_formats()) {
      for (const auto& file : write_format(doc, f)) {
        INFO(f + " " + file.suffix);
        const std::string path = box.path("r/g" + file.suffix);
        REQUIRE(fs::exists(path));
        CHECK(fs::file_size(path) > 0);
      }
    }
    const auto cy = parse(slurp(box.path("r/g.cyjs")));
    CHECK(cy["elements"]["nodes"].Size() == num_vertices(doc.graph));
    CHECK(cy["elements"]["nodes"][0]["data"].HasMember("pagerank"));
    // The rendered node-link graph is the input, filters aside.
    CHECK(slurp(box.path("r/g.json")) == slurp(all));
  }

  SECTION("render applies filters and refuses to overwrite its input") {
    const Result r = box.run("render " + quote(all) + " -f json -o - --relations meets --no-negated");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto d = parse(r.out);
    REQUIRE(d["links"].Size() > 0);
    for (const auto& l : d["links"].GetArray()) CHECK(std::string(l["relation"].GetString()) == "meets");
    const Result ego = box.run("render " + quote(all) + " -f json -o - --ego 'xi jinping' --depth 1");
    REQUIRE(ego.status == 0);
    const auto e = parse(ego.out);
    CHECK(e["nodes"].Size() < parse(slurp(all))["nodes"].Size());
    const Result clobber = box.run("render " + quote(all) + " -f json -o " + quote(box.path("one")));
    CHECK(clobber.status == 1);
    CHECK(clobber.err.find("overwrite") != std::string::npos);
  }

  SECTION("stats prints the sample's top actors") {
    const Result r = box.run("stats " + quote(all));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("PageRank") != std::string::npos);
    CHECK(r.out.find("betweenness") != std::string::npos);
    CHECK(r.out.find("Xi Jinping") != std::string::npos);
    CHECK(r.out.find("Vladimir Putin") != std::string::npos);
    CHECK(r.out.find("Components") != std::string::npos);

    const Result js = box.run("stats " + quote(all) + " --json --top 5");
    REQUIRE(js.status == 0);
    const auto d = parse(js.out);
    const auto graph = parse(slurp(all));
    CHECK(d["nodes"].GetUint() == graph["nodes"].Size());
    CHECK(d["edges"].GetUint() == graph["links"].Size());
    CHECK(d["top"]["pagerank"].Size() == 5);
    std::set<std::string> top_betweenness;
    for (const auto& t : d["top"]["betweenness"].GetArray()) top_betweenness.insert(t["id"].GetString());
    CHECK(top_betweenness.count("xi-jinping") == 1);
    CHECK(d["components"].Size() >= 1);
    CHECK(d["node_types"]["person"].GetUint() > 0);

    const Result filtered = box.run("stats " + quote(all) + " --json --types person");
    REQUIRE(filtered.status == 0);
    const auto f = parse(filtered.out);
    CHECK(f["node_types"].MemberCount() == 1);
    CHECK(f["node_types"]["person"].GetUint() == d["node_types"]["person"].GetUint());
  }

  SECTION("merge, render and stats read the Cytoscape and JGF graphs") {
    const Result r = box.run("render " + quote(all) + " -f cytoscape,jgf -o " + quote(box.path("r")) + " --name out");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string cyjs = box.path("r/out.cyjs"), jgf = box.path("r/g.jgf.json");
    fs::rename(box.path("r/out.jgf.json"), jgf);
    const Result text = box.run("stats " + quote(cyjs));
    INFO(text.err);
    REQUIRE(text.status == 0);
    CHECK(text.out.find("Xi Jinping") != std::string::npos);
    const Result js = box.run("stats " + quote(cyjs) + " --json");
    REQUIRE(js.status == 0);
    CHECK(js.out == box.run("stats " + quote(all) + " --json").out);
    // "g.jgf.json" is graph "g": rendered as json it is r/g.json, the input graph again.
    const Result back = box.run("render " + quote(jgf) + " -f json -o " + quote(box.path("r")));
    INFO(back.err);
    REQUIRE(back.status == 0);
    CHECK(slurp(box.path("r/g.json")) == slurp(all));
    const Result to_stdout = box.run("render " + quote(cyjs) + " -f json -o -");
    REQUIRE(to_stdout.status == 0);
    CHECK(to_stdout.out == slurp(all));
    // Any mix of formats merges; merging a graph with itself counts the mentions twice.
    REQUIRE(box.run("merge " + quote(all) + " " + quote(all) + " -o " + quote(box.path("twice.json"))).status == 0);
    const Result mixed = box.run("merge " + quote(cyjs) + " " + quote(jgf) + " -o -");
    INFO(mixed.err);
    REQUIRE(mixed.status == 0);
    CHECK(mixed.out == slurp(box.path("twice.json")));
    const std::string odd = box.path("odd.json");
    write_file_atomic(odd, "{\"graph\": {\"nodes\": []}}");
    const Result shape = box.run("stats " + quote(odd));
    CHECK(shape.status == 1);
    CHECK(one_line(shape.err));
    CHECK(shape.err.rfind("relgraph: error: " + odd + ": not a relgraph graph", 0) == 0);
  }

  SECTION("errors: one line naming the file, exit 1") {
    const std::string bad = box.path("bad.json");
    write_file_atomic(bad, "{\"nodes\": [");
    for (const std::string& command : {"merge " + quote(bad) + " " + p1 + " -o " + quote(box.path("x.json")),
                                       "render " + quote(bad) + " -f dot -o " + quote(box.path("x")),
                                       "stats " + quote(bad)}) {
      const Result r = box.run(command);
      INFO(command << "\n" << r.err);
      CHECK(r.status == 1);
      CHECK(one_line(r.err));
      CHECK(r.err.rfind("relgraph: error: " + bad + ": ", 0) == 0);
    }
    CHECK_FALSE(fs::exists(box.path("x.json")));
    const Result missing = box.run("stats " + quote(box.path("missing.json")));
    CHECK(missing.status == 1);
    CHECK(missing.err.find("missing.json") != std::string::npos);
    CHECK(one_line(missing.err));
    for (const std::string& args : {"stats " + quote(all) + " --min-weight x", "stats " + quote(all) + " --types planet",
                                    "stats " + quote(all) + " --relations greets", "stats " + quote(all) + " --since 2024-13",
                                    "stats " + quote(all) + " --ego nobody-at-all", "merge " + p1,
                                    "render " + quote(all) + " -f nope", "stats " + quote(all) + " --since 2024 --until 2023"}) {
      const Result r = box.run(args);
      INFO(args << "\n" << r.err);
      CHECK(r.status == 1);
      CHECK(one_line(r.err));
      CHECK(r.err.rfind("relgraph: error: ", 0) == 0);
    }
  }
}

TEST_CASE("cli::build of the dev set and the sample") {
  const fs::path dev = fs::path(RELGRAPH_SOURCE_DIR) / ".." / "shared" / "eval" / "dev";
  if (!fs::is_directory(dev)) {
    WARN("dev-set test skipped: ../shared not found (" << dev.string() << ")");
    return;
  }
  std::vector<std::string> inputs;
  for (const auto& entry : fs::directory_iterator(dev)) {
    if (entry.path().extension() == ".txt") inputs.push_back(entry.path().string());
  }
  std::sort(inputs.begin(), inputs.end());
  if (inputs.empty()) {
    WARN("dev-set test skipped: no .txt in " << dev.string());
    return;
  }
  inputs.push_back(k_sample);
  Sandbox box;
  std::string args = "build";
  for (const auto& in : inputs) args += " " + quote(in);
  const Result r = box.run(args + " -f json -o " + quote(box.path("dev")) + " --name dev");
  INFO(r.err);
  REQUIRE(r.status == 0);
  const GraphDocument doc = read_json(slurp(box.path("dev/dev.json")), "dev.json");
  CHECK(doc.documents.size() == inputs.size());
  const auto& g = doc.graph;
  for (const auto& [id, name] : {std::pair<std::string, std::string>{"united-states", "united states"},
                                 std::pair<std::string, std::string>{"china", "china"}}) {
    INFO(id);
    // One node answers to the name, whatever surface form each article used.
    size_t answering = 0;
    Vertex node = 0;
    for (auto v : boost::make_iterator_range(vertices(g))) {
      bool match = normalize_key(g[v].label) == name;
      for (const auto& alias : g[v].aliases) match = match || normalize_key(alias) == name;
      if (match) {
        ++answering;
        node = v;
      }
    }
    REQUIRE(answering == 1);
    CHECK(g[node].id == id);
    CHECK(g[node].documents.size() >= 2);
    std::set<std::string> evidence_docs;
    for (auto e : boost::make_iterator_range(edges(g))) {
      if (source(e, g) != node && target(e, g) != node) continue;
      for (const auto& ev : g[e].evidence) evidence_docs.insert(ev.doc);
    }
    CHECK(evidence_docs.size() >= 2);
  }
  const Result stats = box.run("stats " + quote(box.path("dev/dev.json")));
  REQUIRE(stats.status == 0);
  CHECK(stats.out.find("United States") != std::string::npos);
}
