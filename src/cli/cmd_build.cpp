// relgraph build and explain: read articles, extract, write the graph.
#include "commands.hpp"

#include "relgraph/errors.hpp"
#include "relgraph/io.hpp"
#include "relgraph/pipeline.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace relgraph::cli {
namespace {

const char* k_build_usage = R"(relgraph build - extract actors and relations from articles into one graph

Usage: relgraph build [options] FILE... ('-' reads standard input)

Options:
  -f, --format LIST   comma list of outputs: json, dot (default: json,dot)
  -o, --output DIR    output directory, created if missing (default: out/); '-' writes the
                      single requested format to standard output
  --name NAME         output file stem (default: the input's stem, or 'graph' for several inputs)
  --lexicon FILE      an extra actor table in the data/actors/*.tsv format (repeatable); rows
                      with a known id add aliases to that actor
  --data DIR          the lexicon directory (default: $RELGRAPH_DATA or the built-in data/)
  -h, --help          this help

Examples:
  relgraph build samples/putin-xi.txt             # writes out/putin-xi.json and out/putin-xi.dot
  relgraph build a.txt b.txt -o out/ --name week42
  relgraph build article.txt -f json -o - | jq .
  cat article.txt | relgraph build - -f dot -o - | dot -Tsvg > g.svg
)";

struct Args {
  std::vector<std::string> inputs;
  std::vector<std::string> formats{"json", "dot"};
  std::string output = "out";
  std::string name;
  std::vector<std::string> lexicons;
  std::string data;
  bool help = false;
};

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ','))
    if (!part.empty()) out.push_back(part);
  return out;
}

Args parse_args(const std::vector<std::string>& argv) {
  Args a;
  auto value = [&](size_t& i, const std::string& opt) -> std::string {
    if (i + 1 >= argv.size()) throw UsageError(opt + " needs a value");
    return argv[++i];
  };
  bool only_files = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (only_files || s == "-" || s.empty() || s[0] != '-') {
      a.inputs.push_back(s);
    } else if (s == "--") {
      only_files = true;
    } else if (s == "-f" || s == "--format") {
      a.formats = split_commas(value(i, s));
    } else if (s.rfind("--format=", 0) == 0) {
      a.formats = split_commas(s.substr(9));
    } else if (s == "-o" || s == "--output") {
      a.output = value(i, s);
    } else if (s == "--name") {
      a.name = value(i, s);
    } else if (s == "--lexicon") {
      a.lexicons.push_back(value(i, s));
    } else if (s == "--data") {
      a.data = value(i, s);
    } else if (s == "-h" || s == "--help") {
      a.help = true;
    } else {
      throw UsageError("unknown option '" + s + "' (see relgraph build --help)");
    }
  }
  for (const auto& f : a.formats)
    if (!is_known_format(f)) {
      std::string list;
      for (const auto& k : known_formats()) list += (list.empty() ? "" : ", ") + k;
      throw UsageError("unknown format '" + f + "' (known: " + list + ")");
    }
  if (a.formats.empty()) throw UsageError("--format needs at least one format");
  return a;
}

std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

// Reads the inputs as documents with unique ids (a repeated stem gets -2, -3 ...).
std::vector<std::pair<std::string, DocumentInfo>> read_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::pair<std::string, DocumentInfo>> docs;
  std::map<std::string, int> seen;
  for (const auto& in : inputs) {
    DocumentInfo info;
    std::string id = stem_of(in);
    int n = ++seen[id];
    if (n > 1) id += "-" + std::to_string(n);
    info.id = id;
    info.path = in == "-" ? "-" : in;
    std::string text = in == "-" ? read_stdin() : read_file(in);
    if (text.find('\0') != std::string::npos) throw InputError(in + ": binary file (NUL byte)");
    docs.emplace_back(std::move(text), std::move(info));
  }
  return docs;
}

} // namespace

int cmd_build(const std::vector<std::string>& argv) {
  Args a = parse_args(argv);
  if (a.help) {
    std::fputs(k_build_usage, stdout);
    return 0;
  }
  if (a.inputs.empty()) throw UsageError("build needs at least one input file (see relgraph build --help)");
  bool to_stdout = a.output == "-";
  if (to_stdout && a.formats.size() != 1) throw UsageError("-o - writes one format: give exactly one with -f");
  if (!to_stdout) ensure_output_dir(a.output);
  Lexicon lex = load_lexicon(a.data.empty() ? default_data_dir() : a.data, a.lexicons);
  std::vector<Extraction> extractions;
  for (auto& [text, info] : read_inputs(a.inputs)) extractions.push_back(extract_document(std::move(text), info, lex));
  GraphDocument g = build_graph(extractions);
  std::string name = !a.name.empty() ? a.name : a.inputs.size() == 1 ? stem_of(a.inputs[0]) : "graph";
  // render everything before writing anything, so a failing format leaves no partial set
  std::vector<OutputFile> files;
  for (const auto& f : a.formats)
    for (auto& file : write_format(g, f)) files.push_back(std::move(file));
  if (to_stdout && files.size() != 1) throw UsageError("-o - needs a format that writes one file");
  for (const auto& file : files) {
    if (to_stdout) std::fwrite(file.content.data(), 1, file.content.size(), stdout);
    else write_file_atomic((std::filesystem::path(a.output) / (name + file.suffix)).string(), file.content);
  }
  return 0;
}

int cmd_explain(const std::vector<std::string>& argv) {
  Args a = parse_args(argv);
  if (a.help || a.inputs.size() != 1) {
    std::fputs("Usage: relgraph explain [--lexicon FILE] [--data DIR] FILE\n", a.help ? stdout : stderr);
    return a.help ? 0 : 1;
  }
  Lexicon lex = load_lexicon(a.data.empty() ? default_data_dir() : a.data, a.lexicons);
  auto docs = read_inputs(a.inputs);
  Analysis an = analyse_document(std::move(docs[0].first), docs[0].second, lex);
  const Document& d = an.doc;
  for (uint32_t s = 0; s < d.sentences.size(); ++s) {
    const Sentence& st = d.sentences[s];
    std::printf("[%u]%s %s\n", s, st.headline ? " (headline)" : "", std::string(d.span_text(st.start, st.end)).c_str());
    for (size_t mi = 0; mi < an.mentions.mentions.size(); ++mi) {
      const Mention& m = an.mentions.mentions[mi];
      if (m.sentence != s) continue;
      std::string who;
      for (int32_t ac : an.actors.actors_of(mi)) who += (who.empty() ? "" : "+") + an.actors.actors[static_cast<size_t>(ac)].id;
      std::printf("    mention %-11s %-12s %-28s -> %s%s%s\n", std::string(to_string(m.kind)).c_str(),
                  std::string(to_string(m.type)).c_str(), std::string(d.span_text(m.start, m.end)).c_str(),
                  who.empty() ? "(unresolved)" : who.c_str(), m.role.empty() ? "" : (" role=" + m.role).c_str(),
                  m.modifies >= 0 ? " (modifier)" : "");
    }
    for (const Fact& f : an.facts) {
      if (f.evidence.sentence != s) continue;
      std::printf("    relation %s -%s-> %s%s%s  [cue: %s]\n", f.source.c_str(), f.relation.c_str(), f.target.c_str(),
                  f.negated ? " NEGATED" : "", f.tense == Tense::future ? " (future)" : "", f.evidence.cue.c_str());
    }
  }
  return 0;
}

} // namespace relgraph::cli
