#pragma once
// Drawn graphs: DOT in a palette, SVG and PNG laid out in-process by Graphviz gvc, and the
// self-contained interactive HTML page.
#include "relgraph/export.hpp"
#include "relgraph/palette.hpp"

#include <string>
#include <vector>

namespace relgraph {

// The Graphviz layout engines RenderOptions::layout accepts.
const std::vector<std::string>& known_layouts();
// The engine used when RenderOptions::layout is empty: dot up to 40 nodes, else sfdp.
std::string default_layout(size_t node_count);

// DOT in `palette` (write_dot(doc) uses the built-in one).
std::string write_dot(const GraphDocument& doc, const Palette& palette);

// The diagram: title (documents, dates), legend, node size by PageRank (doc.metrics) or
// mentions, edge colour by relation family, width by weight. Throws UsageError for an unknown
// layout, InputError for a bad palette file, OutputError when Graphviz fails.
std::string render_svg(const GraphDocument& doc, const RenderOptions& options = {});
// The same diagram as a PNG image (binary bytes).
std::string render_png(const GraphDocument& doc, const RenderOptions& options = {});
// One self-contained page: the SVG diagram, the node-link JSON and a small script (hover,
// evidence on edge click, filters, search); it loads nothing from the network.
std::string write_html(const GraphDocument& doc, const RenderOptions& options = {});

} // namespace relgraph
