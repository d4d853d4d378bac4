#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/render.hpp"

#include "export/dot_graph.hpp"
#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace relgraph {

namespace dot {

namespace {

int put_string(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}

int flush_nothing(void*) { return 0; }

// The disciplines must outlive every graph using them: agclose still calls them.
Agdisc_t* string_disc() {
  static Agiodisc_t io{AgIoDisc.afread, put_string, flush_nothing};
  static Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
  return &disc;
}

// 1 + log2(weight), capped at 6.
double penwidth_of(uint32_t weight) { return std::min(6.0, 1.0 + std::log2(std::max<double>(1.0, weight))); }

std::string node_tooltip(const ActorRecord& a) {
  std::string out(to_string(a.type));
  for (size_t i = 0; i < a.aliases.size(); ++i) out += (i == 0 ? "; aliases: " : ", ") + a.aliases[i];
  return esc_string(out);
}

std::string edge_tooltip(const Relation& r) {
  constexpr size_t max_texts = 3;
  constexpr size_t max_bytes = 200;
  std::string out;
  for (size_t i = 0; i < r.evidence.size() && i < max_texts; ++i) {
    const std::string& text = r.evidence[i].text;
    if (i > 0) out += " | ";
    out += utf8::truncate(text, max_bytes);
    if (text.size() > max_bytes) out += "\xE2\x80\xA6";
  }
  return esc_string(out.empty() ? r.relation : out);
}

// PageRank when the metrics are computed, else mentions; scaled to [0, 1] by the largest.
std::vector<double> node_scores(const GraphDocument& doc) {
  const KnowledgeGraph& kg = doc.graph;
  const bool ranked = doc.metrics.size() == num_vertices(kg);
  std::vector<double> scores(num_vertices(kg), 0.0);
  for (auto v : boost::make_iterator_range(vertices(kg)))
    scores[v] = ranked ? doc.metrics[v].pagerank : static_cast<double>(kg[v].mentions);
  const double top = scores.empty() ? 0.0 : *std::max_element(scores.begin(), scores.end());
  for (double& s : scores) s = top > 0 ? std::clamp(s / top, 0.0, 1.0) : 0.0;
  return scores;
}

// Class names are matched by the page's CSS and script: keep them to [a-z0-9_-].
std::string css_word(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const bool plain = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
    out += plain ? ch : (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : '_';
  }
  return out;
}

} // namespace

void declare(Agraph_t* g, int kind, const std::string& name, const std::string& value) {
  agattr(g, kind, c(name), c(value));
}

void set_attr(void* obj, const std::string& name, const std::string& value) {
  agsafeset(obj, c(name), c(value), c(std::string()));
}

std::string esc_string(std::string_view s) {
  std::string out;
  for (char ch : utf8::to_valid(s)) {
    if (ch == '\\') {
      out += "\\\\";
    } else if (ch == '\n' || ch == '\r' || ch == '\t') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

std::string number(double v) {
  const long hundredths = std::lround(v * 100.0);
  std::string out = hundredths < 0 ? "-" : "";
  const long a = std::labs(hundredths);
  out += std::to_string(a / 100);
  if (const long frac = a % 100; frac != 0) {
    out += '.';
    out += char('0' + frac / 10);
    if (frac % 10 != 0) out += char('0' + frac % 10);
  }
  return out;
}

std::string node_svg_id(const std::string& actor_id) { return "n-" + utf8::to_valid(actor_id); }

std::string edge_svg_id(size_t index) { return "e-" + std::to_string(index); }

GraphPtr build_graph(const GraphDocument& doc, const Palette& palette, const DrawStyle& style) {
  const KnowledgeGraph& kg = doc.graph;
  GraphPtr g(agopen(c("relgraph"), Agdirected, string_disc()), &agclose);
  if (!g) throw OutputError("graphviz: cannot create a graph");

  declare(g.get(), AGRAPH, "rankdir", "LR");
  declare(g.get(), AGRAPH, "overlap", "false");
  declare(g.get(), AGRAPH, "splines", "true");
  declare(g.get(), AGRAPH, "fontname", "Helvetica");
  declare(g.get(), AGNODE, "fontname", "Helvetica");
  declare(g.get(), AGNODE, "label", "\\N");
  declare(g.get(), AGNODE, "shape", "ellipse");
  declare(g.get(), AGNODE, "style", "filled");
  declare(g.get(), AGNODE, "fillcolor", palette.style_of(ActorType::other).fill);
  declare(g.get(), AGNODE, "tooltip", "");
  declare(g.get(), AGEDGE, "fontname", "Helvetica");
  declare(g.get(), AGEDGE, "label", "");
  declare(g.get(), AGEDGE, "dir", "forward");
  declare(g.get(), AGEDGE, "style", "solid");
  declare(g.get(), AGEDGE, "color", "black");
  declare(g.get(), AGEDGE, "penwidth", "1");
  declare(g.get(), AGEDGE, "weight", "1");
  declare(g.get(), AGEDGE, "tooltip", "");
  if (style.diagram) {
    // Nodes over edges, and room between them so no label touches another.
    declare(g.get(), AGRAPH, "outputorder", "edgesfirst");
    declare(g.get(), AGRAPH, "sep", "+10");
    declare(g.get(), AGRAPH, "nodesep", "0.3");
    declare(g.get(), AGRAPH, "pad", "0.3");
    declare(g.get(), AGRAPH, "bgcolor", "white");
    declare(g.get(), AGNODE, "id", "");
    declare(g.get(), AGNODE, "class", "");
    declare(g.get(), AGNODE, "fontsize", "14");
    declare(g.get(), AGNODE, "color", "#555555");
    declare(g.get(), AGEDGE, "id", "");
    declare(g.get(), AGEDGE, "class", "");
    declare(g.get(), AGEDGE, "fontsize", "11");
    declare(g.get(), AGEDGE, "fontcolor", "#333333");
    declare(g.get(), AGEDGE, "arrowsize", "0.7");
  }

  const std::vector<double> scores = style.diagram ? node_scores(doc) : std::vector<double>();
  std::vector<Agnode_t*> nodes(num_vertices(kg), nullptr);
  for (auto v : boost::make_iterator_range(vertices(kg))) {
    const ActorRecord& a = kg[v];
    Agnode_t* n = agnode(g.get(), c(utf8::to_valid(a.id)), 1);
    if (n == nullptr) throw OutputError("graphviz: cannot create node " + a.id);
    nodes[v] = n;
    const TypeStyle& ts = palette.style_of(a.type);
    set_attr(n, "label", esc_string(a.label.empty() ? a.id : a.label));
    set_attr(n, "shape", ts.shape);
    set_attr(n, "fillcolor", ts.fill);
    set_attr(n, "tooltip", node_tooltip(a));
    if (style.diagram) {
      set_attr(n, "id", node_svg_id(a.id));
      set_attr(n, "class", "actor type-" + std::string(to_string(a.type)));
      // Area, not radius, follows the score: font size grows with its square root.
      set_attr(n, "fontsize", number(11.0 + 11.0 * std::sqrt(scores[v])));
    }
  }
  size_t index = 0;
  for (auto e : boost::make_iterator_range(edges(kg))) {
    const Relation& r = kg[e];
    // Named by key so parallel edges of different relations between two actors stay apart.
    const std::string key = utf8::to_valid(r.negated ? r.relation + ":negated" : r.relation);
    Agedge_t* ed = agedge(g.get(), nodes[source(e, kg)], nodes[target(e, kg)], c(key), 1);
    if (ed == nullptr) throw OutputError("graphviz: cannot create edge " + key);
    if (style.edge_labels) set_attr(ed, "label", esc_string(r.negated ? r.relation + " (not)" : r.relation));
    if (!r.directed) set_attr(ed, "dir", "none");
    if (r.negated) {
      set_attr(ed, "style", "dashed");
      set_attr(ed, "color", Palette::negated_colour);
    } else {
      set_attr(ed, "color", palette.colour_of(r.relation));
    }
    // Diagrams are looked at shrunk: one mention is drawn a little thicker than a hairline.
    set_attr(ed, "penwidth", number((style.diagram ? 1.3 : 1.0) * penwidth_of(r.weight)));
    set_attr(ed, "weight", std::to_string(r.weight));
    set_attr(ed, "tooltip", edge_tooltip(r));
    if (style.diagram) {
      set_attr(ed, "id", edge_svg_id(index));
      set_attr(ed, "class", "relation rel-" + css_word(r.relation) + " fam-" + css_word(palette.family_of(r.relation)) +
                                (r.negated ? " negated" : ""));
    }
    ++index;
  }
  return g;
}

std::string to_dot(Agraph_t* g) {
  std::string out;
  if (agwrite(g, &out) == EOF) throw OutputError("graphviz: cannot write the DOT graph");
  return out;
}

} // namespace dot

std::string write_dot(const GraphDocument& doc, const Palette& palette) {
  dot::GraphPtr g = dot::build_graph(doc, palette, dot::DrawStyle{});
  return dot::to_dot(g.get());
}

std::string write_dot(const GraphDocument& doc) { return write_dot(doc, Palette::built_in()); }

} // namespace relgraph
