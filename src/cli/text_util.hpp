#pragma once
// Small string helpers the subcommands share for option values and messages.
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

} // namespace relgraph::cli
