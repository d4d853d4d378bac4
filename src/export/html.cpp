// The interactive page: assets/page.html with the rendered SVG, the node-link JSON, the palette,
// assets/page.css and assets/page.js filled in; one file that loads nothing from the network.
#include "relgraph/errors.hpp"
#include "relgraph/render.hpp"

#include "export/assets.hpp"
#include "export/utf8.hpp"

#include <map>

namespace relgraph {

namespace {

std::string html_escape(std::string_view s) {
  std::string out;
  for (char ch : utf8::to_valid(s)) {
    switch (ch) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += ch;
    }
  }
  return out;
}

// JSON inside <script>: a "<" could close the element ("</script>") or open a comment; "<"
// only ever occurs inside JSON strings, where \u003c means the same.
std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char ch : json) {
    if (ch == '<') {
      out += "\\u003c";
    } else {
      out += ch;
    }
  }
  return out;
}

void erase_all(std::string& s, std::string_view what) {
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at)) s.erase(at, what.size());
}

// Graphviz's SVG document as an element of the page: no XML prolog or doctype, no namespace
// declarations (HTML knows them) and no fixed size (the page sizes it).
std::string inline_svg(std::string svg) {
  const size_t start = svg.find("<svg");
  if (start == std::string::npos) throw OutputError("graphviz: the SVG has no <svg> element");
  svg.erase(0, start);
  const size_t tag_end = svg.find('>');
  std::string tag = svg.substr(0, tag_end);
  erase_all(tag, " xmlns=\"http://www.w3.org/2000/svg\"");
  erase_all(tag, " xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
  for (const char* attr : {"width=\"", "height=\""}) {
    const size_t at = tag.find(std::string(" ") + attr);
    if (at == std::string::npos) continue;
    const size_t close = tag.find('"', at + 1 + std::char_traits<char>::length(attr));
    if (close != std::string::npos) tag.erase(at, close + 1 - at);
  }
  return "<svg id=\"graph-svg\"" + tag.substr(4) + svg.substr(tag_end);
}

std::string palette_json(const Palette& p) {
  // Palette names are [a-z0-9_] and colours #rrggbb (Palette::parse checks): nothing to escape.
  std::string out = "{\"negated\":\"" + std::string(Palette::negated_colour) + "\",\"families\":[";
  for (size_t i = 0; i < p.families().size(); ++i)
    out += (i ? ",{" : "{") + std::string("\"family\":\"") + p.families()[i] + "\",\"title\":\"" +
           Palette::family_title(p.families()[i]) + "\"}";
  out += "],\"relations\":[";
  for (size_t i = 0; i < p.relations().size(); ++i) {
    const RelationStyle& r = p.relations()[i];
    out += (i ? ",{" : "{") + std::string("\"relation\":\"") + r.relation + "\",\"family\":\"" + r.family +
           "\",\"colour\":\"" + r.colour + "\"}";
  }
  out += "],\"types\":[";
  for (size_t i = 0; i < 6; ++i) {
    const auto t = static_cast<ActorType>(i);
    out += (i ? ",{" : "{") + std::string("\"type\":\"") + std::string(to_string(t)) + "\",\"shape\":\"" +
           p.style_of(t).shape + "\",\"fill\":\"" + p.style_of(t).fill + "\"}";
  }
  return out + "]}";
}

std::string page_title(const GraphDocument& doc) {
  std::string ids;
  for (size_t i = 0; i < doc.documents.size() && i < 4; ++i) ids += (i ? ", " : "") + doc.documents[i].id;
  if (doc.documents.size() > 4) ids += " and " + std::to_string(doc.documents.size() - 4) + " more";
  return ids.empty() ? "relgraph" : "relgraph: " + ids;
}

// Replaces each {{name}} of the template once, in a single pass, so that filled-in text is never
// searched for placeholders itself.
std::string fill(std::string_view page, const std::map<std::string, std::string>& values) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    const size_t open = page.find("{{", pos);
    if (open == std::string_view::npos) break;
    const size_t close = page.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    const auto it = values.find(std::string(page.substr(open + 2, close - open - 2)));
    if (it == values.end()) {
      out.append(page.substr(pos, close + 2 - pos));
    } else {
      out.append(page.substr(pos, open - pos));
      out += it->second;
    }
    pos = close + 2;
  }
  out.append(page.substr(pos));
  return out;
}

} // namespace

std::string write_html(const GraphDocument& doc, const RenderOptions& options) {
  const std::string_view page = embedded_asset("page.html");
  if (page.empty()) throw OutputError("the page template is missing from this build");
  const std::string generator = std::string("relgraph ") + RELGRAPH_VERSION;
  const std::string title = page_title(doc);
  return fill(page, {{"title", html_escape(title)},
                     {"generator", html_escape(generator)},
                     {"style", std::string(embedded_asset("page.css"))},
                     {"script", std::string(embedded_asset("page.js"))},
                     {"svg", inline_svg(render_svg(doc, options))},
                     {"graph_json", script_safe_json(write_json(doc, generator))},
                     {"palette_json", palette_json(Palette::from_data_dir(options.data_dir))}});
}

} // namespace relgraph
