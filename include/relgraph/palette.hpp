#pragma once
// The colours and shapes of every diagram: data/palette.tsv, compiled in as the built-in copy.
#include "relgraph/model.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace relgraph {

struct RelationStyle {
  std::string relation; // "meets"
  std::string family;   // "cooperative", "verbal_conflict", "material_conflict", "affiliation"
  std::string colour;   // "#1b7837"
};

struct TypeStyle {
  std::string shape; // Graphviz node shape: "ellipse"
  std::string fill;  // "#ffffcc"
};

class Palette {
public:
  // The copy of data/palette.tsv compiled into the library.
  static const Palette& built_in();
  // Parses the palette.tsv format; throws InputError naming `source_name` and the line.
  static Palette parse(std::string_view text, const std::string& source_name);
  // DIR/palette.tsv when it exists, else the built-in palette; empty `dir` is the built-in one.
  static Palette from_data_dir(const std::string& dir);

  // Relation rows in file order (the legend's order).
  const std::vector<RelationStyle>& relations() const { return m_relations; }
  // Families in the order of their first relation row.
  const std::vector<std::string>& families() const { return m_families; }
  // nullptr for a relation the palette does not list.
  const RelationStyle* find(std::string_view relation) const;
  // The edge colour; unknown relations are black.
  std::string colour_of(std::string_view relation) const;
  // The family; unknown relations are "other".
  std::string family_of(std::string_view relation) const;
  const TypeStyle& style_of(ActorType type) const { return m_types[static_cast<size_t>(type)]; }

  // The colour of negated relations (drawn dashed).
  static constexpr const char* negated_colour = "gray";
  // "verbal_conflict" -> "verbal conflict".
  static std::string family_title(std::string_view family);

private:
  std::vector<RelationStyle> m_relations;
  std::vector<std::string> m_families;
  std::array<TypeStyle, 6> m_types;
};

} // namespace relgraph
