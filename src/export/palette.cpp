#include "relgraph/palette.hpp"

#include "relgraph/errors.hpp"
#include "relgraph/io.hpp"

#include "export/assets.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>

namespace relgraph {

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool is_hex_colour(std::string_view s) {
  return s.size() == 7 && s[0] == '#' &&
         std::all_of(s.begin() + 1, s.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; });
}

// Shape and family names end up inside DOT attributes and CSS class names: keep them plain.
bool is_plain_word(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
  });
}

} // namespace

const Palette& Palette::built_in() {
  static const Palette palette = parse(embedded_asset("palette.tsv"), "built-in palette.tsv");
  return palette;
}

Palette Palette::parse(std::string_view text, const std::string& source_name) {
  Palette p;
  std::array<bool, 6> have_type{};
  bool header = false;
  size_t line_no = 0;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto where = [&] { return source_name + ":" + std::to_string(line_no) + ": "; };
    const std::vector<std::string> f = split_tabs(line);
    if (f.size() != 5) throw InputError(where() + "expected 5 tab-separated fields, got " + std::to_string(f.size()));
    if (!header) {
      if (f[0] != "kind" || f[1] != "name" || f[2] != "family" || f[3] != "shape" || f[4] != "colour")
        throw InputError(where() + "expected the header 'kind name family shape colour'");
      header = true;
      continue;
    }
    if (!is_hex_colour(f[4])) throw InputError(where() + "colour '" + f[4] + "' is not #rrggbb");
    if (f[0] == "relation") {
      if (!is_plain_word(f[1]) || !is_plain_word(f[2]))
        throw InputError(where() + "a relation row needs a relation and a family in [a-z0-9_]");
      if (p.find(f[1]) != nullptr) throw InputError(where() + "relation '" + f[1] + "' listed twice");
      p.m_relations.push_back({f[1], f[2], f[4]});
      if (std::find(p.m_families.begin(), p.m_families.end(), f[2]) == p.m_families.end())
        p.m_families.push_back(f[2]);
    } else if (f[0] == "type") {
      ActorType t;
      if (!parse_actor_type(f[1], t)) throw InputError(where() + "unknown node type '" + f[1] + "'");
      if (!is_plain_word(f[3])) throw InputError(where() + "a type row needs a shape");
      if (have_type[static_cast<size_t>(t)]) throw InputError(where() + "type '" + f[1] + "' listed twice");
      have_type[static_cast<size_t>(t)] = true;
      p.m_types[static_cast<size_t>(t)] = {f[3], f[4]};
    } else {
      throw InputError(where() + "unknown kind '" + f[0] + "' (relation or type)");
    }
  }
  if (!header) throw InputError(source_name + ": no header row");
  for (size_t i = 0; i < have_type.size(); ++i)
    if (!have_type[i])
      throw InputError(source_name + ": no row for node type '" + std::string(to_string(static_cast<ActorType>(i))) + "'");
  return p;
}

Palette Palette::from_data_dir(const std::string& dir) {
  if (dir.empty()) return built_in();
  const std::filesystem::path path = std::filesystem::path(dir) / "palette.tsv";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return built_in();
  return parse(read_file(path.string()), path.string());
}

const RelationStyle* Palette::find(std::string_view relation) const {
  for (const auto& r : m_relations)
    if (r.relation == relation) return &r;
  return nullptr;
}

std::string Palette::colour_of(std::string_view relation) const {
  const RelationStyle* r = find(relation);
  return r ? r->colour : "#000000";
}

std::string Palette::family_of(std::string_view relation) const {
  const RelationStyle* r = find(relation);
  return r ? r->family : "other";
}

std::string Palette::family_title(std::string_view family) {
  std::string out(family);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

} // namespace relgraph
