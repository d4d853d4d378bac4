#pragma once
// The cgraph graph behind write_dot and the renderers (only export/dot*.cpp and render.cpp
// include it): one place decides how an actor or a relation is drawn.
#include "relgraph/export.hpp"
#include "relgraph/palette.hpp"

#include <graphviz/cgraph.h>

#include <memory>
#include <string>
#include <string_view>

namespace relgraph::dot {

using GraphPtr = std::unique_ptr<Agraph_t, decltype(&agclose)>;

struct DrawStyle {
  bool diagram = false;    // renderer extras: SVG ids and classes, node size by score
  bool edge_labels = true; // relation names on the edges
};

// The graph of `doc` in `palette`; nodes are created in vertex order, edges in edge order.
GraphPtr build_graph(const GraphDocument& doc, const Palette& palette, const DrawStyle& style);
// The DOT text of a graph built above.
std::string to_dot(Agraph_t* g);

// cgraph 2.43 takes char* everywhere; it copies the strings and never writes through them.
inline char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }
void declare(Agraph_t* g, int kind, const std::string& name, const std::string& value);
void set_attr(void* obj, const std::string& name, const std::string& value);
// Escaped-string attributes (label, tooltip) give backslashes a meaning; keep them literal.
std::string esc_string(std::string_view s);
// `v` with at most two decimals, locale-independent ("1.5", "2").
std::string number(double v);
// SVG id of a node ("n-" + actor id) and of an edge ("e-" + its index in edge order).
std::string node_svg_id(const std::string& actor_id);
std::string edge_svg_id(size_t index);

} // namespace relgraph::dot
