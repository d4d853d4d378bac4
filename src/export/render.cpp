// SVG and PNG diagrams laid out in-process with gvc. Two passes: the chosen engine lays out the
// graph, then the legend and title are pinned beside it and "nop2" (neato -n2) keeps every
// computed position and spline, so the legend sits in the same place whatever the engine.
#include "relgraph/errors.hpp"
#include "relgraph/render.hpp"

#include "export/dot_graph.hpp"
#include "export/utf8.hpp"

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>

namespace relgraph {

namespace {

constexpr size_t k_dot_max_nodes = 40;
constexpr size_t k_edge_label_max_nodes = 40;
constexpr size_t k_spline_max_nodes = 100;
constexpr double k_png_dpi = 96;
constexpr double k_png_max_pixels = 10000; // longer side; the ARGB surface is then at most ~400 MB

// One context for the whole process, never freed: gvFreeContext frees the font names that the
// pango plugin keeps caching, so a later context would read freed memory (Graphviz 2.43).
GVC_t* context() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

// Graphviz reports through agerr, to stderr by default; the library keeps it for its errors.
class MessageCapture {
public:
  MessageCapture() : m_previous(agseterrf(&collect)) { s_messages.clear(); }
  ~MessageCapture() { agseterrf(m_previous); }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;
  // The messages so far, on one line, for an error text.
  static std::string text() {
    std::string out;
    for (char ch : s_messages) out += (ch == '\n' || ch == '\r') ? ' ' : ch;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? "" : ": " + out;
  }

private:
  static int collect(char* message) {
    s_messages += message;
    return 0;
  }
  static inline std::string s_messages;
  agusererrf m_previous;
};

// The layout is freed before the graph is closed.
class Layout {
public:
  Layout(GVC_t* gvc, Agraph_t* g, const std::string& engine) : m_gvc(gvc), m_graph(g) {
    if (gvLayout(gvc, g, engine.c_str()) != 0)
      throw OutputError("graphviz: the " + engine + " layout failed" + MessageCapture::text());
  }
  ~Layout() { gvFreeLayout(m_gvc, m_graph); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

private:
  GVC_t* m_gvc;
  Agraph_t* m_graph;
};

struct Box {
  double llx = 0, lly = 0, urx = 0, ury = 0;
};

Box bounding_box(Agraph_t* g) {
  Box b;
  const char* bb = agget(g, dot::c("bb"));
  if (bb == nullptr || std::sscanf(bb, "%lf,%lf,%lf,%lf", &b.llx, &b.lly, &b.urx, &b.ury) != 4) return {};
  return b;
}

// Text inside HTML-like labels.
std::string html_text(std::string_view s) {
  std::string out;
  for (char ch : utf8::to_valid(s)) {
    switch (ch) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\n':
    case '\r':
    case '\t': out += ' '; break;
    default: out += ch;
    }
  }
  return out;
}

std::string px(double v) { return std::to_string(std::max(1L, std::lround(v))); }

// Legend nodes are named "legend:..." (no actor slug has a colon) and never reuse a node.
Agnode_t* legend_node(Agraph_t* g, const std::string& part) {
  std::string name = "legend:" + part;
  while (agnode(g, dot::c(name), 0) != nullptr) name += '_';
  Agnode_t* n = agnode(g, dot::c(name), 1);
  if (n == nullptr) throw OutputError("graphviz: cannot create node " + name);
  dot::set_attr(n, "id", name);
  dot::set_attr(n, "class", "legend");
  dot::set_attr(n, "tooltip", " ");
  return n;
}

// HTML-like labels must be html strings in cgraph; the text is without the outer <>.
void set_html(void* obj, const std::string& name, const std::string& html) {
  Agraph_t* root = agroot(obj);
  char* h = agstrdup_html(root, dot::c(html));
  agsafeset(obj, dot::c(name), h, dot::c(std::string()));
  agstrfree(root, h);
}

void place(Agnode_t* n, double x, double y) { dot::set_attr(n, "pos", dot::number(x) + "," + dot::number(y)); }

// The title line: the documents, then their dates and the graph's size.
std::string title_label(const GraphDocument& doc, double s) {
  std::string docs;
  constexpr size_t shown = 4;
  for (size_t i = 0; i < doc.documents.size() && i < shown; ++i) docs += (i ? ", " : "") + doc.documents[i].id;
  if (doc.documents.size() > shown) docs += " and " + std::to_string(doc.documents.size() - shown) + " more";
  if (docs.empty()) docs = "relgraph";
  std::set<std::string> dates;
  for (const auto& d : doc.documents)
    if (!d.date.empty()) dates.insert(d.date);
  std::string sub;
  if (!dates.empty()) {
    sub = *dates.begin();
    if (dates.size() > 1) sub += " \xE2\x80\x93 " + *dates.rbegin();
    sub += "  \xC2\xB7  ";
  }
  sub += std::to_string(num_vertices(doc.graph)) + " actors, " + std::to_string(num_edges(doc.graph)) +
         " relations";
  return "<FONT POINT-SIZE=\"" + px(26 * s) + "\"><B>" + html_text(docs) + "</B></FONT><BR/><FONT POINT-SIZE=\"" +
         px(16 * s) + "\" COLOR=\"#555555\">" + html_text(sub) + "</FONT>";
}

// Adds the legend to the right of `box` (node types as real shapes, then relation colours by
// family and what sizes mean) and the title above.
void add_legend(Agraph_t* g, const GraphDocument& doc, const Palette& palette, const Box& box) {
  const double extent = std::max(box.urx - box.llx, box.ury - box.lly);
  const double s = std::clamp(extent / 1500.0, 1.15, 3.0); // stays legible when a big graph is shrunk
  const double pad = 12 * s, inner_w = 156 * s, header_h = 26 * s;
  const double type_w = 120 * s, type_h = 28 * s, type_step = 36 * s;
  const double swatch_w = 30 * s, text_w = inner_w - swatch_w, row_h = 17 * s, family_h = 22 * s;
  const double font = 11 * s;

  std::string rows;
  double table_h = 0;
  auto row = [&](const std::string& swatch, const std::string& text, bool negated) {
    const std::string bar = negated ? "<FONT COLOR=\"" + std::string(Palette::negated_colour) +
                                          "\" POINT-SIZE=\"" + px(font) + "\"><B>- - -</B></FONT>"
                            : swatch.empty() ? std::string()
                                    : "<TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD BGCOLOR=\"" +
                                          swatch + "\" WIDTH=\"" + px(swatch_w - 6 * s) + "\" HEIGHT=\"" +
                                          px(4 * s) + "\" FIXEDSIZE=\"TRUE\"></TD></TR></TABLE>";
    rows += "<TR><TD WIDTH=\"" + px(swatch_w) + "\" HEIGHT=\"" + px(row_h) + "\" FIXEDSIZE=\"TRUE\">" + bar +
            "</TD><TD ALIGN=\"LEFT\" WIDTH=\"" + px(text_w) + "\" HEIGHT=\"" + px(row_h) +
            "\" FIXEDSIZE=\"TRUE\"><FONT POINT-SIZE=\"" + px(font) + "\">" + html_text(text) + "</FONT></TD></TR>";
    table_h += std::lround(row_h);
  };
  auto heading = [&](const std::string& text) {
    rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\" VALIGN=\"BOTTOM\" WIDTH=\"" + px(inner_w) + "\" HEIGHT=\"" +
            px(family_h) + "\" FIXEDSIZE=\"TRUE\"><FONT POINT-SIZE=\"" + px(12 * s) + "\"><B>" + html_text(text) +
            "</B></FONT></TD></TR>";
    table_h += std::lround(family_h);
  };
  for (const auto& family : palette.families()) {
    heading(Palette::family_title(family));
    for (const auto& r : palette.relations())
      if (r.family == family) row(r.colour, r.relation, false);
  }
  heading("drawing");
  row("", "negated (denied)", true);
  row("", "edge width: mentions", false);
  const bool ranked = doc.metrics.size() == num_vertices(doc.graph);
  row("", ranked ? "node size: PageRank" : "node size: mentions", false);
  const std::string table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\">" + rows +
                            "</TABLE>";

  const ActorType types[] = {ActorType::person,   ActorType::state, ActorType::organization,
                             ActorType::location, ActorType::group, ActorType::other};
  const double total_h = pad + header_h + 6 * type_step + table_h + pad;
  const double left = box.urx + 40 * s, cx = left + pad + inner_w / 2, top = box.ury;

  // Created first so that it is drawn under the legend's entries.
  Agnode_t* frame = legend_node(g, "frame");
  dot::set_attr(frame, "label", "");
  dot::set_attr(frame, "shape", "box");
  dot::set_attr(frame, "style", "rounded,filled");
  dot::set_attr(frame, "fillcolor", "#fbfbfb");
  dot::set_attr(frame, "color", "#bbbbbb");
  dot::set_attr(frame, "fixedsize", "true");
  dot::set_attr(frame, "width", dot::number((inner_w + 2 * pad) / 72.0));
  dot::set_attr(frame, "height", dot::number(total_h / 72.0));
  place(frame, cx, top - total_h / 2);

  Agnode_t* header = legend_node(g, "header");
  dot::set_attr(header, "shape", "none");
  dot::set_attr(header, "style", "solid");
  dot::set_attr(header, "margin", "0");
  set_html(header, "label", "<B>Legend</B>");
  dot::set_attr(header, "fontsize", px(15 * s));
  place(header, cx, top - pad - header_h / 2);

  double y = top - pad - header_h;
  for (ActorType t : types) {
    const TypeStyle& ts = palette.style_of(t);
    Agnode_t* n = legend_node(g, "type-" + std::string(to_string(t)));
    dot::set_attr(n, "label", std::string(to_string(t)));
    dot::set_attr(n, "shape", ts.shape);
    dot::set_attr(n, "fillcolor", ts.fill);
    dot::set_attr(n, "fixedsize", "true");
    dot::set_attr(n, "width", dot::number(type_w / 72.0));
    dot::set_attr(n, "height", dot::number(type_h / 72.0));
    dot::set_attr(n, "fontsize", px(12 * s));
    place(n, cx, y - type_step / 2);
    y -= type_step;
  }

  Agnode_t* relations = legend_node(g, "relations");
  dot::set_attr(relations, "shape", "none");
  dot::set_attr(relations, "style", "solid");
  dot::set_attr(relations, "margin", "0");
  set_html(relations, "label", table);
  place(relations, cx, y - table_h / 2);

  set_html(g, "label", title_label(doc, s));
  agsafeset(g, dot::c("labelloc"), dot::c("t"), dot::c(std::string()));
  agsafeset(g, dot::c("labeljust"), dot::c("l"), dot::c(std::string()));
}

std::string render(const GraphDocument& doc, const RenderOptions& options, const char* format) {
  const size_t n = num_vertices(doc.graph);
  const std::string engine = options.layout.empty() ? default_layout(n) : options.layout;
  const auto& layouts = known_layouts();
  if (std::find(layouts.begin(), layouts.end(), engine) == layouts.end()) {
    std::string list;
    for (const auto& l : layouts) list += (list.empty() ? "" : ", ") + l;
    throw UsageError("unknown layout '" + engine + "' (known: " + list + ")");
  }
  const Palette palette = Palette::from_data_dir(options.data_dir);

  MessageCapture messages;
  GVC_t* gvc = context();
  if (gvc == nullptr) throw OutputError("graphviz: cannot create a context" + MessageCapture::text());
  dot::DrawStyle style;
  style.diagram = true;
  style.edge_labels = n <= k_edge_label_max_nodes;
  dot::GraphPtr g = dot::build_graph(doc, palette, style);
  // Routing splines around nodes grows with the cube of the size (2 s at 100 nodes, 20 s at
  // 300): big graphs get straight edges, drawn under the nodes.
  if (engine != "dot" && n > k_spline_max_nodes)
    agsafeset(g.get(), dot::c("splines"), dot::c(std::string("line")), dot::c(std::string()));

  Box box;
  {
    Layout layout(gvc, g.get(), engine);
    attach_attrs(g.get()); // pos, width, height, bb and splines become attributes for pass two
    box = bounding_box(g.get());
  }
  // Recomputed by the second pass, now with the legend and title.
  agsafeset(g.get(), dot::c("bb"), dot::c(std::string()), dot::c(std::string()));
  add_legend(g.get(), doc, palette, box);

  auto layout = std::make_unique<Layout>(gvc, g.get(), "nop2");
  if (std::string_view(format) == "png") {
    // Bitmaps get a lower resolution past k_png_max_pixels: cairo's own fallback prints to stderr.
    attach_attrs(g.get());
    const Box full = bounding_box(g.get());
    const double pad = 2 * 0.3 * 72; // the graph's pad, both sides, in points
    const double pixels = (std::max(full.urx - full.llx, full.ury - full.lly) + pad) * k_png_dpi / 72.0;
    if (pixels > k_png_max_pixels) {
      layout.reset();
      const double dpi = std::floor(k_png_dpi * k_png_max_pixels / pixels);
      agsafeset(g.get(), dot::c("dpi"), dot::c(dot::number(dpi)), dot::c(std::string()));
      layout = std::make_unique<Layout>(gvc, g.get(), "nop2");
    }
  }
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, g.get(), format, &data, &length) != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    throw OutputError(std::string("graphviz: cannot render ") + format + MessageCapture::text());
  }
  std::string out(data, length);
  gvFreeRenderData(data);
  return out;
}

} // namespace

const std::vector<std::string>& known_layouts() {
  static const std::vector<std::string> layouts{"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
  return layouts;
}

std::string default_layout(size_t node_count) { return node_count <= k_dot_max_nodes ? "dot" : "sfdp"; }

std::string render_svg(const GraphDocument& doc, const RenderOptions& options) { return render(doc, options, "svg"); }

std::string render_png(const GraphDocument& doc, const RenderOptions& options) { return render(doc, options, "png"); }

} // namespace relgraph
