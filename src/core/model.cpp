#include "relgraph/model.hpp"

#include <array>

namespace relgraph {

namespace {

constexpr std::array<std::string_view, 6> k_actor_types = {"person",   "state", "organization",
                                                           "location", "group", "other"};
constexpr std::array<std::string_view, 3> k_tenses = {"past", "present", "future"};
constexpr std::array<std::string_view, 4> k_symmetric = {"meets", "trades_with", "cooperates_with",
                                                         "fights"};

} // namespace

std::string_view to_string(ActorType t) {
  const auto i = static_cast<size_t>(t);
  return i < k_actor_types.size() ? k_actor_types[i] : std::string_view("other");
}

bool parse_actor_type(std::string_view s, ActorType& out) {
  for (size_t i = 0; i < k_actor_types.size(); ++i) {
    if (k_actor_types[i] == s) {
      out = static_cast<ActorType>(i);
      return true;
    }
  }
  return false;
}

std::string_view to_string(Tense t) {
  const auto i = static_cast<size_t>(t);
  return i < k_tenses.size() ? k_tenses[i] : std::string_view("past");
}

bool parse_tense(std::string_view s, Tense& out) {
  for (size_t i = 0; i < k_tenses.size(); ++i) {
    if (k_tenses[i] == s) {
      out = static_cast<Tense>(i);
      return true;
    }
  }
  return false;
}

bool is_symmetric(std::string_view relation) {
  for (auto r : k_symmetric) {
    if (r == relation) return true;
  }
  return false;
}

} // namespace relgraph
