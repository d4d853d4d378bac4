#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include "export/utf8.hpp"

#include <boost/range/iterator_range.hpp>
#include <graphviz/cgraph.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

namespace relgraph {

namespace {

using GraphPtr = std::unique_ptr<Agraph_t, decltype(&agclose)>;

int put_string(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}

int flush_nothing(void*) { return 0; }

// cgraph 2.43 takes char* everywhere; it copies the strings and never writes through them.
char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }

void declare(Agraph_t* g, int kind, const std::string& name, const std::string& value) {
  agattr(g, kind, c(name), c(value));
}

void set_attr(void* obj, const std::string& name, const std::string& value) {
  agsafeset(obj, c(name), c(value), c(std::string()));
}

// Escaped-string attributes (label, tooltip) give backslashes a meaning; keep them literal.
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

const char* shape_of(ActorType t) {
  switch (t) {
  case ActorType::person: return "ellipse";
  case ActorType::state: return "doubleoctagon";
  case ActorType::organization: return "box";
  case ActorType::location: return "house";
  case ActorType::group: return "hexagon";
  case ActorType::other: return "note";
  }
  return "ellipse";
}

const char* colour_of(const std::string& relation) {
  static const std::map<std::string, const char*> colours = {
      {"meets", "#1b7837"},    {"cooperates_with", "#1a9850"}, {"trades_with", "#35978f"},
      {"supports", "#66bd63"}, {"mediates", "#5aae61"},        {"visits", "#2166ac"},
      {"hosts", "#4393c3"},    {"speaks_to", "#6baed6"},       {"urges", "#fdae61"},
      {"opposes", "#f46d43"},  {"threatens", "#e66101"},       {"attacks", "#d73027"},
      {"fights", "#a50026"},   {"affiliated_with", "#808080"}};
  auto it = colours.find(relation);
  return it == colours.end() ? "black" : it->second;
}

// 1 + log2(weight), capped at 6, with at most two decimals and no locale.
std::string penwidth_of(uint32_t weight) {
  const double w = std::min(6.0, 1.0 + std::log2(std::max<double>(1.0, weight)));
  const long hundredths = std::lround(w * 100.0);
  std::string out = std::to_string(hundredths / 100);
  if (const long frac = hundredths % 100; frac != 0) {
    out += '.';
    out += char('0' + frac / 10);
    if (frac % 10 != 0) out += char('0' + frac % 10);
  }
  return out;
}

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

} // namespace

std::string write_dot(const GraphDocument& doc) {
  const KnowledgeGraph& kg = doc.graph;
  // The disciplines must outlive the graph: agclose still uses them.
  Agiodisc_t io{AgIoDisc.afread, put_string, flush_nothing};
  Agdisc_t disc{&AgMemDisc, &AgIdDisc, &io};
  GraphPtr g(agopen(c("relgraph"), Agdirected, &disc), &agclose);
  if (!g) throw OutputError("graphviz: cannot create a graph");

  declare(g.get(), AGRAPH, "rankdir", "LR");
  declare(g.get(), AGRAPH, "overlap", "false");
  declare(g.get(), AGRAPH, "splines", "true");
  declare(g.get(), AGRAPH, "fontname", "Helvetica");
  declare(g.get(), AGNODE, "fontname", "Helvetica");
  declare(g.get(), AGNODE, "label", "\\N");
  declare(g.get(), AGNODE, "shape", "ellipse");
  declare(g.get(), AGNODE, "style", "filled");
  declare(g.get(), AGNODE, "colorscheme", "set28");
  declare(g.get(), AGNODE, "fillcolor", "1");
  declare(g.get(), AGNODE, "tooltip", "");
  declare(g.get(), AGEDGE, "fontname", "Helvetica");
  declare(g.get(), AGEDGE, "label", "");
  declare(g.get(), AGEDGE, "dir", "forward");
  declare(g.get(), AGEDGE, "style", "solid");
  declare(g.get(), AGEDGE, "color", "black");
  declare(g.get(), AGEDGE, "penwidth", "1");
  declare(g.get(), AGEDGE, "weight", "1");
  declare(g.get(), AGEDGE, "tooltip", "");

  std::vector<Agnode_t*> nodes(num_vertices(kg), nullptr);
  for (auto v : boost::make_iterator_range(vertices(kg))) {
    const ActorRecord& a = kg[v];
    Agnode_t* n = agnode(g.get(), c(utf8::to_valid(a.id)), 1);
    if (n == nullptr) throw OutputError("graphviz: cannot create node " + a.id);
    nodes[v] = n;
    set_attr(n, "label", esc_string(a.label.empty() ? a.id : a.label));
    set_attr(n, "shape", shape_of(a.type));
    set_attr(n, "fillcolor", std::to_string(static_cast<int>(a.type) + 1));
    set_attr(n, "tooltip", node_tooltip(a));
  }
  for (auto e : boost::make_iterator_range(edges(kg))) {
    const Relation& r = kg[e];
    // Named by key so parallel edges of different relations between two actors stay apart.
    const std::string key = utf8::to_valid(r.negated ? r.relation + ":negated" : r.relation);
    Agedge_t* ed = agedge(g.get(), nodes[source(e, kg)], nodes[target(e, kg)], c(key), 1);
    if (ed == nullptr) throw OutputError("graphviz: cannot create edge " + key);
    set_attr(ed, "label", esc_string(r.negated ? r.relation + " (not)" : r.relation));
    if (!r.directed) set_attr(ed, "dir", "none");
    if (r.negated) {
      set_attr(ed, "style", "dashed");
      set_attr(ed, "color", "gray");
    } else {
      set_attr(ed, "color", colour_of(r.relation));
    }
    set_attr(ed, "penwidth", penwidth_of(r.weight));
    set_attr(ed, "weight", std::to_string(r.weight));
    set_attr(ed, "tooltip", edge_tooltip(r));
  }

  std::string out;
  if (agwrite(g.get(), &out) == EOF) throw OutputError("graphviz: cannot write the DOT graph");
  return out;
}

} // namespace relgraph
