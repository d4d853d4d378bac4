// relgraph command line: parses options and calls the library; the only place that prints.
#include "commands.hpp"

#include "relgraph/errors.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace relgraph;

const char* k_usage = R"(relgraph - build a relationship knowledge graph of the actors in news articles

Usage:
  relgraph build [options] FILE...    extract actors and relations, write the graph
  relgraph explain [options] FILE     show, sentence by sentence, the mentions and relations found
  relgraph merge GRAPH.json... -o OUT merge graphs written earlier (any order gives the same bytes)
  relgraph render GRAPH.json -f LIST  write a graph in other formats, optionally filtered
  relgraph stats GRAPH.json           top actors by PageRank, betweenness and degree; counts
  relgraph train --conllu DIR...      learn the POS tagger and dependency parser (data/models/)
  relgraph eval-syntax --conllu DIR   POS accuracy, UAS and LAS on the held-out documents
  relgraph --help | build --help | --version

Run 'relgraph COMMAND --help' for a command's options.

Exit codes: 0 success; 1 input or usage error (one line on stderr, nothing written); 2 success
with some inputs skipped (build: each named in a warning; --strict makes them errors).
)";

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::fputs(k_usage, args.empty() ? stderr : stdout);
    return args.empty() ? 1 : 0;
  }
  if (args[0] == "--version") {
    std::printf("relgraph %s\n", RELGRAPH_VERSION);
    return 0;
  }
  std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "build") return cli::cmd_build(rest);
  if (cmd == "explain") return cli::cmd_explain(rest);
  if (cmd == "merge") return cli::cmd_merge(rest);
  if (cmd == "render") return cli::cmd_render(rest);
  if (cmd == "stats") return cli::cmd_stats(rest);
  if (cmd == "train") return cli::cmd_train(rest);
  if (cmd == "eval-syntax") return cli::cmd_eval_syntax(rest);
  throw UsageError("unknown command '" + cmd + "' (see relgraph --help)");
}

} // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const relgraph::Error& e) {
    std::fprintf(stderr, "relgraph: error: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "relgraph: internal error: %s\n", e.what());
    return 1;
  }
}
