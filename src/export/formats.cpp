#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/render.hpp"

#include <algorithm>

namespace relgraph {

const std::vector<std::string>& known_formats() {
  static const std::vector<std::string> formats{"json", "dot", "svg", "png", "html", "cytoscape", "jgf", "graphml", "gexf", "csv"};
  return formats;
}

bool is_known_format(const std::string& format) {
  const auto& f = known_formats();
  return std::find(f.begin(), f.end(), format) != f.end();
}

std::vector<OutputFile> write_format(const GraphDocument& doc, const std::string& format) {
  if (format == "json") return {{".json", write_json(doc, std::string("relgraph ") + RELGRAPH_VERSION)}};
  if (format == "dot") return {{".dot", write_dot(doc)}};
  if (format == "cytoscape") return {{".cyjs", write_cytoscape(doc)}};
  if (format == "jgf") return {{".jgf.json", write_jgf(doc)}};
  if (format == "graphml") return {{".graphml", write_graphml(doc)}};
  if (format == "gexf") return {{".gexf", write_gexf(doc)}};
  if (format == "csv") return write_csv(doc);
  if (format == "svg" || format == "png" || format == "html") return write_format(doc, format, FormatOptions{});
  throw Error("unknown format '" + format + "'");
}

std::vector<OutputFile> write_format(const GraphDocument& doc, const std::string& format,
                                     const FormatOptions& options) {
  // The drawn formats take the layout and the palette; the others have no options yet.
  if (format == "dot") return {{".dot", write_dot(doc, Palette::from_data_dir(options.render.data_dir))}};
  if (format == "svg") return {{".svg", render_svg(doc, options.render)}};
  if (format == "png") return {{".png", render_png(doc, options.render)}};
  if (format == "html") return {{".html", write_html(doc, options.render)}};
  return write_format(doc, format);
}

} // namespace relgraph
