#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include <algorithm>

namespace relgraph {

const std::vector<std::string>& known_formats() {
  static const std::vector<std::string> formats{"json", "dot"};
  return formats;
}

bool is_known_format(const std::string& format) {
  const auto& f = known_formats();
  return std::find(f.begin(), f.end(), format) != f.end();
}

std::vector<OutputFile> write_format(const GraphDocument& doc, const std::string& format) {
  if (format == "json") return {{".json", write_json(doc, std::string("relgraph ") + RELGRAPH_VERSION)}};
  if (format == "dot") return {{".dot", write_dot(doc)}};
  throw Error("unknown format '" + format + "'");
}

} // namespace relgraph
