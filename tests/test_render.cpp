// Drawn formats: the palette, DOT colours, SVG and PNG from gvc, and the interactive page.
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/io.hpp"
#include "relgraph/pipeline.hpp"
#include "relgraph/render.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <graphviz/cgraph.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace relgraph;

namespace {

namespace pt = boost::property_tree;

Fact fact(const std::string& source, const std::string& target, const std::string& relation,
          const std::string& text, const std::string& cue, bool negated = false) {
  Fact f;
  f.source = source;
  f.target = target;
  f.relation = relation;
  f.negated = negated;
  f.evidence = {"doc-a", 0, 0, static_cast<uint32_t>(cue.size()), text, cue};
  return f;
}

// A small graph with every node type, a negated edge and labels that need escaping everywhere.
GraphDocument small_graph() {
  Extraction x;
  x.doc = {"doc-a", "a.txt", "", "2024-05-16"};
  x.actors = {{"china", "China", ActorType::state, {"Beijing"}, {}, {}, 5},
              {"iran", "Iran", ActorType::state, {}, {}, {}, 2},
              {"xi-jinping", "Xi Jinping", ActorType::person, {"Xi"}, {}, {}, 3},
              {"hamas", "Hamas", ActorType::organization, {}, {}, {}, 1},
              {"gaza-strip", "Gaza Strip", ActorType::location, {}, {}, {}, 1},
              {"western-countries", "Western countries", ActorType::group, {}, {}, {}, 1},
              {"odd", "A&B <\"x\"> </script>", ActorType::other, {"</script><script>alert(1)"}, {}, {}, 1}};
  x.facts = {fact("china", "iran", "mediates", "China engineered an agreement with Iran.", "engineered"),
             fact("xi-jinping", "china", "affiliated_with", "President Xi of China.", "President"),
             fact("iran", "hamas", "supports", "Iran backs Hamas </script> here.", "backs"),
             fact("western-countries", "china", "opposes", "Western countries criticised Beijing.", "criticised"),
             fact("china", "iran", "opposes", "China refused to condemn Iran.", "condemn", true),
             fact("hamas", "gaza-strip", "attacks", "Hamas attacked from the Gaza Strip.", "attacked"),
             fact("odd", "china", "meets", "A&B met China.", "met")};
  Extraction y;
  y.doc = {"doc-b", "b.txt", "", "2024-06-02"};
  y.actors = {x.actors[0], x.actors[1]};
  y.facts = {fact("china", "iran", "trades_with", "China trades with Iran.", "trades with")};
  y.facts[0].evidence.doc = "doc-b";
  return build_graph({x, y});
}

const GraphDocument& sample_graph() {
  static const GraphDocument g = [] {
    const std::string root = RELGRAPH_SOURCE_DIR;
    const Lexicon lex = load_lexicon(root + "/data", {});
    const std::string text = read_file(root + "/samples/putin-xi.txt");
    return build_graph({extract_document(text, DocumentInfo{"putin-xi", "samples/putin-xi.txt", "", ""}, lex)});
  }();
  return g;
}

pt::ptree parse_xml(const std::string& xml) {
  std::istringstream in(xml);
  pt::ptree tree;
  pt::read_xml(in, tree);
  return tree;
}

// Every <text> element's content and every element id and class of an SVG tree.
void walk(const pt::ptree& node, const std::string& name, std::vector<std::string>& texts, std::set<std::string>& ids,
          std::set<std::string>* classes = nullptr) {
  if (name == "text") texts.push_back(node.get_value<std::string>());
  if (auto id = node.get_optional<std::string>("<xmlattr>.id")) ids.insert(*id);
  if (auto cls = node.get_optional<std::string>("<xmlattr>.class"); cls && classes) classes->insert(*cls);
  for (const auto& [child_name, child] : node)
    if (child_name != "<xmlattr>") walk(child, child_name, texts, ids, classes);
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string between(const std::string& s, const std::string& open, const std::string& close) {
  const size_t a = s.find(open);
  if (a == std::string::npos) return {};
  const size_t b = s.find(close, a + open.size());
  if (b == std::string::npos) return {};
  return s.substr(a + open.size(), b - a - open.size());
}

using DotGraph = std::unique_ptr<Agraph_t, decltype(&agclose)>;
char* c(const char* s) { return const_cast<char*>(s); }

} // namespace

TEST_CASE("render::Palette") {
  const Palette& p = Palette::built_in();
  SECTION("the built-in palette is data/palette.tsv") {
    const std::string file = std::string(RELGRAPH_SOURCE_DIR) + "/data/palette.tsv";
    const Palette loaded = Palette::parse(read_file(file), file);
    REQUIRE(loaded.relations().size() == p.relations().size());
    for (size_t i = 0; i < p.relations().size(); ++i) {
      CHECK(loaded.relations()[i].relation == p.relations()[i].relation);
      CHECK(loaded.relations()[i].colour == p.relations()[i].colour);
    }
    for (int t = 0; t < 6; ++t) {
      CHECK(loaded.style_of(static_cast<ActorType>(t)).shape == p.style_of(static_cast<ActorType>(t)).shape);
      CHECK(loaded.style_of(static_cast<ActorType>(t)).fill == p.style_of(static_cast<ActorType>(t)).fill);
    }
    CHECK(Palette::from_data_dir(std::string(RELGRAPH_SOURCE_DIR) + "/data").colour_of("meets") == p.colour_of("meets"));
  }
  SECTION("every relation of the ontology has a family and a colour") {
    for (const char* r : {"meets", "visits", "hosts", "mediates", "trades_with", "cooperates_with", "supports",
                          "speaks_to"})
      CHECK(p.family_of(r) == "cooperative");
    for (const char* r : {"urges", "opposes", "threatens"}) CHECK(p.family_of(r) == "verbal_conflict");
    for (const char* r : {"attacks", "fights"}) CHECK(p.family_of(r) == "material_conflict");
    CHECK(p.family_of("affiliated_with") == "affiliation");
    CHECK(p.families() == std::vector<std::string>{"cooperative", "verbal_conflict", "material_conflict", "affiliation"});
    CHECK(p.family_of("unheard_of") == "other");
    CHECK(p.colour_of("unheard_of") == "#000000");
    CHECK(p.style_of(ActorType::person).shape == "ellipse");
    CHECK(p.style_of(ActorType::state).shape == "doubleoctagon");
    CHECK(p.style_of(ActorType::organization).shape == "box");
    CHECK(p.style_of(ActorType::location).shape == "house");
    CHECK(p.style_of(ActorType::group).shape == "hexagon");
    CHECK(p.style_of(ActorType::other).shape == "note");
    CHECK(Palette::family_title("verbal_conflict") == "verbal conflict");
  }
  SECTION("a missing data dir or file falls back to the built-in palette") {
    CHECK(Palette::from_data_dir("").colour_of("attacks") == p.colour_of("attacks"));
    CHECK(Palette::from_data_dir("/nonexistent/dir").colour_of("attacks") == p.colour_of("attacks"));
  }
  SECTION("bad palettes are input errors naming the line") {
    const std::string header = "# c\nkind\tname\tfamily\tshape\tcolour\n";
    std::string types;
    for (const char* t : {"person", "state", "organization", "location", "group", "other"})
      types += std::string("type\t") + t + "\t\tbox\t#ffffff\n";
    CHECK_NOTHROW(Palette::parse(header + types, "p.tsv"));
    CHECK(Palette::parse(header + types + "relation\tmeets\tnice\t\t#00ff00\n", "p.tsv").colour_of("meets") == "#00ff00");
    CHECK_THROWS_WITH(Palette::parse(header + types + "relation\tmeets\tnice\t\tgreen\n", "p.tsv"),
                      Catch::Contains("p.tsv:9") && Catch::Contains("#rrggbb"));
    CHECK_THROWS_AS(Palette::parse(header, "p.tsv"), InputError);                            // no types
    CHECK_THROWS_AS(Palette::parse(header + types + "type\tperson\t\tbox\t#ffffff\n", "p.tsv"), InputError);
    CHECK_THROWS_AS(Palette::parse(header + types + "colour\tx\t\t\t#ffffff\n", "p.tsv"), InputError);
    CHECK_THROWS_AS(Palette::parse(header + types + "relation\tmeets\tcooperative\n", "p.tsv"), InputError);
    CHECK_THROWS_AS(Palette::parse(types, "p.tsv"), InputError); // no header
  }
}

TEST_CASE("render::write_dot uses the palette") {
  const GraphDocument doc = small_graph();
  const Palette& p = Palette::built_in();
  const std::string dot = write_dot(doc);
  DotGraph g(agmemread(dot.c_str()), &agclose);
  REQUIRE(g);
  CHECK(agnnodes(g.get()) == static_cast<int>(num_vertices(doc.graph)));
  CHECK(agnedges(g.get()) == static_cast<int>(num_edges(doc.graph)));
  for (Agnode_t* n = agfstnode(g.get()); n != nullptr; n = agnxtnode(g.get(), n)) {
    const std::string id = agnameof(n);
    ActorType type = ActorType::other;
    for (auto v : boost::make_iterator_range(vertices(doc.graph)))
      if (doc.graph[v].id == id) type = doc.graph[v].type;
    CHECK(std::string(agget(n, c("fillcolor"))) == p.style_of(type).fill);
    CHECK(std::string(agget(n, c("shape"))) == p.style_of(type).shape);
    for (Agedge_t* e = agfstout(g.get(), n); e != nullptr; e = agnxtout(g.get(), e)) {
      const std::string key = agnameof(e);
      const bool negated = contains(key, ":negated");
      const std::string relation = key.substr(0, key.find(':'));
      CHECK(std::string(agget(e, c("color"))) == (negated ? std::string("gray") : p.colour_of(relation)));
    }
  }
  // A palette from a data dir replaces the built-in one.
  const test_support::TempDir dir("palette");
  std::string custom = read_file(std::string(RELGRAPH_SOURCE_DIR) + "/data/palette.tsv");
  const size_t at = custom.find(p.colour_of("mediates"));
  REQUIRE(at != std::string::npos);
  custom.replace(at, 7, "#123456");
  write_file_atomic((dir / "palette.tsv").string(), custom);
  FormatOptions options;
  options.render.data_dir = dir.string();
  const std::vector<OutputFile> files = write_format(doc, "dot", options);
  REQUIRE(files.size() == 1);
  CHECK(contains(files[0].content, "#123456"));
}

TEST_CASE("render::render_svg") {
  SECTION("well-formed SVG with the legend, the title and every node label") {
    const GraphDocument doc = small_graph();
    const std::string svg = render_svg(doc);
    pt::ptree tree;
    REQUIRE_NOTHROW(tree = parse_xml(svg));
    std::vector<std::string> texts;
    std::set<std::string> ids, classes;
    walk(tree, "", texts, ids, &classes);
    const std::set<std::string> text_set(texts.begin(), texts.end());
    for (const char* legend : {"Legend", "person", "state", "organization", "location", "group", "other",
                               "cooperative", "verbal conflict", "material conflict", "affiliation", "mediates",
                               "attacks", "negated (denied)", "node size: mentions"})
      CHECK(text_set.count(legend) == 1);
    for (auto v : boost::make_iterator_range(vertices(doc.graph))) {
      CHECK(text_set.count(doc.graph[v].label) == 1);
      CHECK(ids.count("n-" + doc.graph[v].id) == 1);
    }
    for (size_t i = 0; i < num_edges(doc.graph); ++i) CHECK(ids.count("e-" + std::to_string(i)) == 1);
    CHECK(text_set.count("doc-a, doc-b") == 1);                         // title: the documents
    CHECK(std::any_of(texts.begin(), texts.end(), [](const std::string& t) { // and their date range
      return contains(t, "2024-05-16 \xE2\x80\x93 2024-06-02");
    }));
    CHECK(classes.count("node actor type-state") == 1);
    CHECK(classes.count("edge relation rel-mediates fam-cooperative") == 1);
    CHECK(classes.count("edge relation rel-opposes fam-verbal_conflict negated") == 1);
    CHECK(contains(svg, "stroke=\"" + Palette::built_in().colour_of("mediates") + "\""));
  }
  SECTION("the bundled sample: every actor is drawn") {
    const GraphDocument& doc = sample_graph();
    REQUIRE(num_vertices(doc.graph) > 10);
    std::vector<std::string> texts;
    std::set<std::string> ids;
    walk(parse_xml(render_svg(doc)), "", texts, ids);
    const std::set<std::string> text_set(texts.begin(), texts.end());
    for (auto v : boost::make_iterator_range(vertices(doc.graph))) CHECK(text_set.count(doc.graph[v].label) == 1);
  }
  SECTION("an actor named like a legend entry stays an actor") {
    Extraction x;
    x.doc = {"d", "", "", ""};
    x.actors = {{"legend:frame", "Framed", ActorType::person, {}, {}, {}, 1},
                {"legend:header", "Headed", ActorType::state, {}, {}, {}, 1}};
    x.facts = {fact("legend:frame", "legend:header", "visits", "Framed visits Headed.", "visits")};
    std::vector<std::string> texts;
    std::set<std::string> ids;
    walk(parse_xml(render_svg(build_graph({x}))), "", texts, ids);
    const std::set<std::string> text_set(texts.begin(), texts.end());
    CHECK(text_set.count("Framed") == 1);
    CHECK(text_set.count("Headed") == 1);
    CHECK(text_set.count("Legend") == 1);
    CHECK(ids.count("n-legend:frame") == 1);
    CHECK(ids.count("e-0") == 1);
  }
  SECTION("PageRank sizes the nodes when metrics are filled") {
    GraphDocument doc = small_graph();
    doc.metrics.resize(num_vertices(doc.graph));
    doc.metrics[0].pagerank = 1.0;
    const std::string svg = render_svg(doc);
    CHECK(contains(svg, "node size: PageRank"));
    CHECK(contains(svg, "font-size=\"22.00\""));
  }
  SECTION("layouts") {
    const GraphDocument doc = small_graph();
    CHECK(default_layout(40) == "dot");
    CHECK(default_layout(41) == "sfdp");
    for (const auto& layout : known_layouts()) {
      RenderOptions options;
      options.layout = layout;
      INFO(layout);
      CHECK(contains(render_svg(doc, options), "</svg>"));
    }
    RenderOptions bad;
    bad.layout = "nonsense";
    CHECK_THROWS_AS(render_svg(doc, bad), UsageError);
    CHECK(render_svg(GraphDocument{}).find("</svg>") != std::string::npos);
  }
}

TEST_CASE("render::render_png") {
  const std::string png = render_png(small_graph());
  REQUIRE(png.size() > 1000);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  const std::vector<OutputFile> files = write_format(small_graph(), "png");
  REQUIRE(files.size() == 1);
  CHECK(files[0].suffix == ".png");
}

TEST_CASE("render::write_html") {
  const GraphDocument doc = small_graph();
  const std::string html = write_html(doc);

  SECTION("the graph JSON is embedded and parses back") {
    const std::string json = between(html, "<script type=\"application/json\" id=\"graph-data\">", "</script>");
    REQUIRE_FALSE(json.empty());
    CHECK_FALSE(contains(json, "</"));
    rapidjson::Document d;
    d.Parse(json.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(d["nodes"].Size() == num_vertices(doc.graph));
    CHECK(d["links"].Size() == num_edges(doc.graph));
    bool odd = false;
    for (const auto& n : d["nodes"].GetArray())
      if (std::string(n["id"].GetString()) == "odd") odd = std::string(n["label"].GetString()) == "A&B <\"x\"> </script>";
    CHECK(odd);
    const std::string palette = between(html, "<script type=\"application/json\" id=\"palette-data\">", "</script>");
    rapidjson::Document pd;
    pd.Parse(palette.c_str());
    REQUIRE_FALSE(pd.HasParseError());
    CHECK(pd["relations"].Size() == Palette::built_in().relations().size());
    CHECK(pd["types"].Size() == 6);
  }
  SECTION("one self-contained file: inline SVG, script and style, nothing from the network") {
    CHECK(contains(html, "<svg id=\"graph-svg\""));
    CHECK(contains(html, "id=\"evidence-body\""));
    CHECK(contains(html, "function showEvidence"));
    CHECK(contains(html, "#evidence-body mark"));
    CHECK_FALSE(contains(html, "{{"));
    CHECK_FALSE(contains(html, "http://"));
    CHECK_FALSE(contains(html, "https://"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "href="));
    CHECK_FALSE(contains(html, "url("));
    CHECK_FALSE(contains(html, "@import"));
    CHECK_FALSE(contains(html, "<?xml"));
    // Only our three scripts: the two JSON blocks and the page script.
    size_t scripts = 0;
    for (size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) ++scripts;
    CHECK(scripts == 3);
  }
  SECTION("labels that look like markup stay text") {
    CHECK(contains(html, "A&amp;B &lt;&quot;x&quot;&gt; &lt;/script&gt;"));
    CHECK_FALSE(contains(html, "<script>alert"));
  }
  SECTION("write_format registers svg, png and html") {
    for (const char* f : {"svg", "png", "html"}) CHECK(is_known_format(f));
    FormatOptions options;
    options.render.layout = "neato";
    const std::vector<OutputFile> files = write_format(doc, "html", options);
    REQUIRE(files.size() == 1);
    CHECK(files[0].suffix == ".html");
    CHECK(write_format(doc, "svg")[0].suffix == ".svg");
    options.render.layout = "nope";
    CHECK_THROWS_AS(write_format(doc, "svg", options), UsageError);
  }
}
