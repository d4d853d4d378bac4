#pragma once
// Files compiled into the library at build time (cmake/embed_assets.cmake): the palette and the
// interactive page's template, style and script.
#include <string_view>

namespace relgraph {

// The bytes of the embedded file named `name` ("palette.tsv", "page.js"); empty when unknown.
std::string_view embedded_asset(std::string_view name);

} // namespace relgraph
