#pragma once
// Small string helpers the subcommands share for option values and messages.
#include "relgraph/errors.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace relgraph::cli {

// "json,dot" -> {"json", "dot"}; empty parts are dropped.
inline std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ','))
    if (!part.empty()) out.push_back(part);
  return out;
}

// {"a", "b"} -> "a, b", for "known: ..." messages.
inline std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Option opt's value v as a whole number from lo to hi; else a UsageError naming both.
inline long number_in(const std::string& opt, const std::string& v, long lo, long hi) {
  try {
    size_t used = 0;
    const long n = std::stol(v, &used);
    if (used == v.size() && n >= lo && n <= hi) return n;
  } catch (const std::exception&) {
  }
  throw UsageError(opt + " needs a number from " + std::to_string(lo) + " to " + std::to_string(hi) + ", not '" + v + "'");
}

} // namespace relgraph::cli
