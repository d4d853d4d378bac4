#pragma once
// The subcommands of the relgraph executable; each returns the process exit code and throws
// relgraph::Error for main to report.
#include <string>
#include <vector>

namespace relgraph::cli {

int cmd_build(const std::vector<std::string>& args);
int cmd_explain(const std::vector<std::string>& args);
// merge, render and stats (cmd_graph.cpp): graphs written earlier.
int cmd_merge(const std::vector<std::string>& args);
int cmd_render(const std::vector<std::string>& args);
int cmd_stats(const std::vector<std::string>& args);
// train and eval-syntax (cmd_syntax.cpp): the POS tagger and dependency parser.
int cmd_train(const std::vector<std::string>& args);
int cmd_eval_syntax(const std::vector<std::string>& args);

} // namespace relgraph::cli
