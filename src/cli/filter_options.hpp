#pragma once
// The filter options build, render and stats share.
#include "relgraph/filter.hpp"

#include <string>
#include <vector>

namespace relgraph::cli {

// When argv[i] is a filter option (--opt VALUE or --opt=VALUE), stores it in `f`, leaves i on
// the last argument it used and returns true; false for any other argument. Throws UsageError
// on a missing or bad value.
bool parse_filter_option(const std::vector<std::string>& argv, size_t& i, GraphFilter& f);

// Help lines for the filter options, ready to print under "Options:".
extern const char* const k_filter_help;

} // namespace relgraph::cli
