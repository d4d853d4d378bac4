#include "filter_options.hpp"
#include "text_util.hpp"

#include "relgraph/errors.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace relgraph::cli {

const char* const k_filter_help =
    R"(  --relations LIST    keep edges of these relations (comma list, e.g. meets,mediates)
  --types LIST        keep actors of these types (person,state,organization,location,group,other)
  --min-weight N      keep edges with at least N mentions
  --top N             keep the N actors of highest PageRank and the edges among them
  --ego NAME          keep the neighbourhood of one actor (id, name or alias, any case/accents)
  --depth N           hops from --ego, in either direction (default 1)
  --since DATE        keep edges with a supporting document dated DATE or later (YYYY[-MM[-DD]])
  --until DATE        ... dated DATE or earlier (--until 2024-05 includes all of May)
  --no-negated        drop negated relations ("refused to condemn")
)";

namespace {

std::vector<std::string> split_list(const std::string& opt, const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ','))
    if (!part.empty()) out.push_back(part);
  if (out.empty()) throw UsageError(opt + " needs a non-empty comma list");
  return out;
}

uint32_t parse_count(const std::string& opt, const std::string& s) {
  if (s.empty() || s.size() > 9 || !std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); })) {
    throw UsageError(opt + " needs a whole number, not '" + s + "'");
  }
  return static_cast<uint32_t>(std::stoul(s));
}

// YYYY, YYYY-MM or YYYY-MM-DD.
std::string parse_date(const std::string& opt, const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    return std::all_of(s.begin() + from, s.begin() + from + n, [](unsigned char c) { return std::isdigit(c); });
  };
  const bool ok = (s.size() == 4 && digits(0, 4)) ||
                  (s.size() == 7 && digits(0, 4) && s[4] == '-' && digits(5, 2)) ||
                  (s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2));
  const int month = s.size() >= 7 && ok ? std::stoi(s.substr(5, 2)) : 1;
  const int day = s.size() == 10 && ok ? std::stoi(s.substr(8, 2)) : 1;
  if (!ok || month < 1 || month > 12 || day < 1 || day > 31) {
    throw UsageError(opt + " needs a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + s + "'");
  }
  return s;
}

} // namespace

bool parse_filter_option(const std::vector<std::string>& argv, size_t& i, GraphFilter& f) {
  static const std::vector<std::string> with_value{"--relations", "--types", "--min-weight", "--top",
                                                   "--ego",       "--depth", "--since",      "--until"};
  std::string opt = argv[i];
  std::string value;
  bool has_value = false;
  if (const size_t eq = opt.find('='); opt.rfind("--", 0) == 0 && eq != std::string::npos) {
    value = opt.substr(eq + 1);
    opt = opt.substr(0, eq);
    has_value = true;
  }
  if (opt == "--no-negated") {
    if (has_value) throw UsageError("--no-negated takes no value");
    f.no_negated = true;
    return true;
  }
  if (std::find(with_value.begin(), with_value.end(), opt) == with_value.end()) return false;
  if (!has_value) {
    if (i + 1 >= argv.size()) throw UsageError(opt + " needs a value");
    value = argv[++i];
  }
  if (opt == "--relations") {
    f.relations = split_list(opt, value);
    for (const auto& r : f.relations) {
      const auto& known = known_relations();
      if (std::find(known.begin(), known.end(), r) == known.end()) {
        throw UsageError("unknown relation '" + r + "' (known: " + joined(known) + ")");
      }
    }
  } else if (opt == "--types") {
    f.types = split_list(opt, value);
    for (const auto& t : f.types) {
      ActorType parsed{};
      if (!parse_actor_type(t, parsed)) {
        throw UsageError("unknown actor type '" + t +
                         "' (known: person, state, organization, location, group, other)");
      }
    }
  } else if (opt == "--min-weight") {
    f.min_weight = parse_count(opt, value);
  } else if (opt == "--top") {
    f.top = parse_count(opt, value);
    if (f.top == 0) throw UsageError("--top needs at least 1");
  } else if (opt == "--ego") {
    if (value.empty()) throw UsageError("--ego needs a name");
    f.ego = value;
  } else if (opt == "--depth") {
    f.depth = parse_count(opt, value);
  } else if (opt == "--since") {
    f.since = parse_date(opt, value);
  } else if (opt == "--until") {
    f.until = parse_date(opt, value);
  }
  const size_t k = std::min(f.since.size(), f.until.size());
  if (k > 0 && f.since.compare(0, k, f.until, 0, k) > 0) {
    throw UsageError("--since " + f.since + " is after --until " + f.until);
  }
  return true;
}

} // namespace relgraph::cli
