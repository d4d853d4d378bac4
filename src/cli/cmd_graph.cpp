// relgraph merge, render and stats: commands over graphs written earlier.
#include "commands.hpp"
#include "filter_options.hpp"
#include "text_util.hpp"

#include "relgraph/analytics.hpp"
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"
#include "relgraph/filter.hpp"
#include "relgraph/io.hpp"
#include "relgraph/render.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace relgraph::cli {
namespace {

namespace fs = std::filesystem;

const char* k_merge_usage = R"(relgraph merge - merge graphs written by relgraph into one

Usage: relgraph merge [options] GRAPH.json... ('-' reads standard input)

A GRAPH is any JSON relgraph writes: node-link (-f json), Cytoscape (.cyjs) or JGF (.jgf.json).

Actors merge by id, relations by (source, relation, target, negated), evidence and documents
by id, exactly as one 'relgraph build' of all the articles would: merging in any order or
grouping gives the same bytes. Metrics are recomputed.

Options:
  -o, --output FILE   the merged graph ('-': standard output); required
  -f, --format FMT    output format (default: json); a format that writes several files (csv)
                      writes FILE without its extension + each suffix (.nodes.csv, .edges.csv)
  -h, --help          this help

Example:
  relgraph merge last-month.json this-week.json -o graph.json
)";

const char* k_render_usage = R"(relgraph render - write a graph in other formats, optionally filtered

Usage: relgraph render GRAPH.json [options] [filters] ('-' reads standard input)

GRAPH is any JSON relgraph writes: node-link (-f json), Cytoscape (.cyjs) or JGF (.jgf.json).

Options:
  -f, --format LIST   comma list of formats (default: dot,svg) among
                      %s
  -o, --output DIR    output directory, created if missing (default: out/); '-' writes the
                      single requested format to standard output
  --name NAME         output file stem (default: the input's stem)
  --layout ENGINE     Graphviz layout of svg, png and html (default: dot up to 40 actors,
                      else sfdp) among %s
  --data DIR          use DIR/palette.tsv for the drawn formats
  -h, --help          this help

Filters (they compose; metrics are recomputed on what is left):
%s
Examples:
  relgraph render out/week.json -f graphml,gexf,cytoscape -o out/
  relgraph render out/week.json --ego "Xi Jinping" --depth 2 -f svg -o - > xi.svg
)";

const char* k_stats_usage = R"(relgraph stats - the most central actors and the shape of a graph

Usage: relgraph stats GRAPH.json [options] [filters] ('-' reads standard input)

GRAPH is any JSON relgraph writes: node-link (-f json), Cytoscape (.cyjs) or JGF (.jgf.json).

Prints the top actors by PageRank, betweenness and weighted degree (mentions), the actors by
type, the relations, and the weakly connected components with their sizes.

Options:
  --top N             rows per table (default: 10); here it does not filter
  --json              the same as one JSON object
  -h, --help          this help

Filters (they compose; metrics are recomputed on what is left):
%s)";

std::string value_of(const std::vector<std::string>& argv, size_t& i) {
  if (i + 1 >= argv.size()) throw UsageError(argv[i] + " needs a value");
  return argv[++i];
}

std::vector<std::string> check_formats(const std::vector<std::string>& formats) {
  if (formats.empty()) throw UsageError("--format needs at least one format");
  for (const auto& f : formats) {
    if (!is_known_format(f)) throw UsageError("unknown format '" + f + "' (known: " + joined(known_formats()) + ")");
  }
  return formats;
}

GraphDocument read_graph(const std::string& path) {
  return read_graph_json(path == "-" ? read_stdin() : read_file(path), path == "-" ? "<stdin>" : path);
}

std::string stem_of(const std::string& path) {
  if (path == "-") return "graph";
  std::string name = fs::path(path).filename().string();
  // "g.jgf.json" is graph "g", as -f jgf names it.
  const std::string jgf = ".jgf.json";
  if (name.size() > jgf.size() && name.compare(name.size() - jgf.size(), jgf.size(), jgf) == 0) {
    return name.substr(0, name.size() - jgf.size());
  }
  return fs::path(path).stem().string();
}

void write_out(const std::string& data) { std::fwrite(data.data(), 1, data.size(), stdout); }

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return a != "-" && fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

} // namespace

int cmd_merge(const std::vector<std::string>& argv) {
  std::vector<std::string> inputs;
  std::string output, format = "json";
  bool only_files = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (only_files || s == "-" || s.empty() || s[0] != '-') {
      inputs.push_back(s);
    } else if (s == "--") {
      only_files = true;
    } else if (s == "-o" || s == "--output") {
      output = value_of(argv, i);
    } else if (s == "-f" || s == "--format") {
      format = value_of(argv, i);
    } else if (s == "-h" || s == "--help") {
      std::fputs(k_merge_usage, stdout);
      return 0;
    } else {
      throw UsageError("unknown option '" + s + "' (see relgraph merge --help)");
    }
  }
  if (inputs.empty()) throw UsageError("merge needs at least one graph (see relgraph merge --help)");
  if (output.empty()) throw UsageError("merge needs -o FILE (or -o - for standard output)");
  check_formats({format});
  if (std::count(inputs.begin(), inputs.end(), "-") > 1) throw UsageError("'-' may be given once");

  GraphBuilder builder;
  for (const auto& path : inputs) {
    std::string text = path == "-" ? read_stdin() : read_file(path);
    std::string name = path == "-" ? "<stdin>" : path;
    // a file of compact graphs, one a line (Hadoop / Spark part files), or one graph
    std::string first_line = text.substr(0, text.find('\n'));
    while (!first_line.empty() && (first_line.back() == '\r' || first_line.back() == ' ')) first_line.pop_back();
    bool lines = first_line.size() > 1 && first_line.front() == '{' && first_line.back() == '}' &&
                 first_line.size() < text.size();
    if (!lines) {
      const GraphDocument g = read_graph_json(text, name);
      builder.add_graph(g.graph, g.documents);
      continue;
    }
    size_t pos = 0, lineno = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
      pos = nl == std::string::npos ? text.size() : nl + 1;
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const GraphDocument g = read_graph_json(line, name + ": line " + std::to_string(lineno));
      builder.add_graph(g.graph, g.documents);
    }
  }
  GraphDocument merged{builder.finish(), builder.sorted_documents(), {}};
  compute_metrics(merged);
  const std::vector<OutputFile> files = write_format(merged, format);
  if (output == "-") {
    if (files.size() != 1) throw UsageError("-o - needs a format that writes one file");
    write_out(files[0].content);
    return 0;
  }
  const fs::path out(output);
  if (out.has_parent_path()) ensure_output_dir(out.parent_path().string());
  if (files.size() == 1) {
    write_file_atomic(output, files[0].content);
  } else {
    const fs::path stem = out.parent_path() / out.stem();
    for (const auto& f : files) write_file_atomic(stem.string() + f.suffix, f.content);
  }
  return 0;
}

int cmd_render(const std::vector<std::string>& argv) {
  std::vector<std::string> inputs;
  std::vector<std::string> formats{"dot", "svg"};
  std::string output = "out", name;
  FormatOptions options;
  GraphFilter filter;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s == "-" || s.empty() || s[0] != '-') {
      inputs.push_back(s);
    } else if (s == "-f" || s == "--format") {
      formats = split_commas(value_of(argv, i));
    } else if (s.rfind("--format=", 0) == 0) {
      formats = split_commas(s.substr(9));
    } else if (s == "-o" || s == "--output") {
      output = value_of(argv, i);
    } else if (s == "--name") {
      name = value_of(argv, i);
    } else if (s == "--layout") {
      options.render.layout = value_of(argv, i);
    } else if (s == "--data") {
      options.render.data_dir = value_of(argv, i);
    } else if (s == "-h" || s == "--help") {
      std::printf(k_render_usage, joined(known_formats()).c_str(), joined(known_layouts()).c_str(), k_filter_help);
      return 0;
    } else if (!parse_filter_option(argv, i, filter)) {
      throw UsageError("unknown option '" + s + "' (see relgraph render --help)");
    }
  }
  if (inputs.size() != 1) throw UsageError("render takes one graph (see relgraph render --help)");
  check_formats(formats);
  const auto& layouts = known_layouts();
  if (!options.render.layout.empty() &&
      std::find(layouts.begin(), layouts.end(), options.render.layout) == layouts.end()) {
    throw UsageError("unknown layout '" + options.render.layout + "' (known: " + joined(layouts) + ")");
  }
  const bool to_stdout = output == "-";
  if (to_stdout && formats.size() != 1) throw UsageError("-o - writes one format: give exactly one with -f");
  if (name.empty()) name = stem_of(inputs[0]);
  if (name.empty() || name.find('/') != std::string::npos) throw UsageError("--name needs a plain file stem");

  const GraphDocument doc = apply_filter(read_graph(inputs[0]), filter);
  // Everything is rendered before anything is written, so a failing format leaves no partial set.
  std::vector<OutputFile> files;
  for (const auto& f : formats)
    for (auto& file : write_format(doc, f, options)) files.push_back(std::move(file));
  if (to_stdout) {
    if (files.size() != 1) throw UsageError("-o - needs a format that writes one file");
    write_out(files[0].content);
    return 0;
  }
  ensure_output_dir(output);
  for (const auto& file : files) {
    const std::string path = (fs::path(output) / (name + file.suffix)).string();
    if (same_file(inputs[0], path)) {
      throw UsageError("refusing to overwrite the input " + inputs[0] + " (use --name or -o)");
    }
  }
  for (const auto& file : files) write_file_atomic((fs::path(output) / (name + file.suffix)).string(), file.content);
  return 0;
}

namespace {

// Display width of UTF-8 text: code points, not bytes.
size_t width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string cell(std::string s, size_t w) {
  if (width(s) > w) {
    size_t cut = 0, seen = 0;
    while (cut < s.size() && seen < w - 1) {
      ++cut;
      while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
      ++seen;
    }
    s = s.substr(0, cut) + "\xE2\x80\xA6";
  }
  return s + std::string(w - std::min(w, width(s)), ' ');
}

std::string number(double x) {
  char buf[32];
  if (x == static_cast<double>(static_cast<long long>(x)) && x < 1e15) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(x));
  } else {
    std::snprintf(buf, sizeof buf, "%.4f", x);
  }
  return buf;
}

void print_ranked(const char* title, const std::vector<GraphStats::Ranked>& ranked) {
  std::printf("\n%s\n", title);
  if (ranked.empty()) {
    std::printf("  (none)\n");
    return;
  }
  size_t i = 0;
  for (const auto& r : ranked) {
    std::printf("  %3zu  %10s  %s %s %s\n", ++i, number(r.value).c_str(), cell(r.label, 32).c_str(),
                cell(r.type, 12).c_str(), r.id.c_str());
  }
}

void print_stats(const std::string& source, const GraphStats& s, size_t top) {
  std::printf("%s: %zu actors, %zu relations (%zu negated), %zu documents, %zu components\n", source.c_str(),
              s.nodes, s.edges, s.negated_edges, s.documents, s.components.size());
  print_ranked(("Top " + std::to_string(top) + " actors by PageRank").c_str(), s.top_pagerank);
  print_ranked(("Top " + std::to_string(top) + " actors by betweenness").c_str(), s.top_betweenness);
  print_ranked(("Top " + std::to_string(top) + " actors by weighted degree (mentions)").c_str(),
               s.top_weighted_degree);
  std::printf("\nActors by type\n");
  for (const auto& [type, n] : s.node_types) std::printf("  %s %6zu\n", cell(type, 14).c_str(), n);
  std::printf("\nRelations                  edges  negated  mentions\n");
  for (const auto& r : s.relations) {
    std::printf("  %s %7zu  %7zu  %8zu\n", cell(r.relation, 20).c_str(), r.edges, r.negated, r.mentions);
  }
  std::printf("\nComponents (weakly connected), largest first\n");
  size_t shown = 0;
  for (const auto& c : s.components) {
    if (shown == top) {
      const size_t rest = s.components.size() - shown;
      std::printf("  ... %zu more of at most %u actors\n", rest, c.size);
      break;
    }
    std::printf("  #%-4u %6u actor%s  %s\n", c.id, c.size, c.size == 1 ? " " : "s",
                c.top_label.empty() ? c.top_id.c_str() : c.top_label.c_str());
    ++shown;
  }
}

} // namespace

int cmd_stats(const std::vector<std::string>& argv) {
  std::vector<std::string> inputs;
  GraphFilter filter;
  size_t top = 10;
  bool json = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s == "-" || s.empty() || s[0] != '-') {
      inputs.push_back(s);
    } else if (s == "--top" || s.rfind("--top=", 0) == 0) {
      // Rows per table: read before the filters, whose --top would keep only N actors.
      GraphFilter rows;
      if (!parse_filter_option(argv, i, rows)) throw UsageError("--top needs a value");
      top = rows.top;
    } else if (s == "--json") {
      json = true;
    } else if (s == "-h" || s == "--help") {
      std::printf(k_stats_usage, k_filter_help);
      return 0;
    } else if (!parse_filter_option(argv, i, filter)) {
      throw UsageError("unknown option '" + s + "' (see relgraph stats --help)");
    }
  }
  if (inputs.size() != 1) throw UsageError("stats takes one graph (see relgraph stats --help)");
  const GraphDocument doc = apply_filter(read_graph(inputs[0]), filter);
  const GraphStats stats = compute_stats(doc, top);
  if (json) {
    write_out(write_stats_json(stats));
  } else {
    print_stats(inputs[0] == "-" ? "<stdin>" : inputs[0], stats, top);
  }
  return 0;
}

} // namespace relgraph::cli
