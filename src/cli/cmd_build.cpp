// relgraph build and explain: read articles, extract, write the graph.
#include "commands.hpp"
#include "filter_options.hpp"
#include "text_util.hpp"

#include "relgraph/analytics.hpp"
#include "relgraph/build.hpp"
#include "relgraph/filter.hpp"
#include "relgraph/render.hpp"
#include "relgraph/errors.hpp"
#include "relgraph/io.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <memory>
#include <vector>

namespace relgraph::cli {
namespace {

const char* k_build_usage = R"(relgraph build - extract actors and relations from articles into one graph

Usage: relgraph build [options] INPUT...

INPUT is a text file, a directory (read recursively: *.txt, *.md, *.html with tags stripped),
or '-' for standard input. With --jsonl, inputs are JSON Lines corpora: one object a line with
"id" and "text", optionally "date" (YYYY-MM-DD).

Options:
  -f, --format LIST   comma list of outputs (default: json,dot): FORMATS
  -o, --output DIR    output directory, created if missing (default: out/); '-' writes the
                      single requested format to standard output
  --name NAME         output file stem (default: the input's stem, or 'graph' for several inputs)
  --jsonl             inputs are JSON Lines corpora
  --strict            invalid UTF-8, binary files in a directory and malformed JSON lines are
                      errors (default: repaired or skipped with a warning, exit code 2)
  --threads N         documents extracted in parallel (default: all cores); any N gives the
                      same output, byte for byte
  --progress          a progress line on stderr even when it is not a terminal
  --quiet             no progress line and no warnings
  --layout ENGINE     Graphviz layout of svg, png and html (default: dot up to 40 actors,
                      else sfdp): LAYOUTS
  --lexicon FILE      an extra actor table in the data/actors/*.tsv format (repeatable); rows
                      with a known id add aliases to that actor
  --data DIR          the lexicon directory (default: $RELGRAPH_DATA or the built-in data/)
  --model FILE        the POS tagger and parser model (default: DIR/models/syntax-en.bin)
  --no-parse          relation rules read the token sequence only (faster, less accurate)
  --beam N            parse with a beam of N (1-64; default 1, greedy): more accurate trees,
                      about N times the parsing time
  --vote              three parsers vote on each tree (beam 16 unless --beam is given): the
                      most accurate trees, the slowest parsing
  -h, --help          this help

Filters (they compose; metrics are computed on what is kept):
FILTERS
Exit codes: 0 success, 1 input or usage error (nothing written), 2 success with some inputs
skipped (see the warnings).

Examples:
  relgraph build samples/putin-xi.txt             # writes out/putin-xi.json and out/putin-xi.dot
  relgraph build a.txt b.txt -o out/ --name week42
  relgraph build news/ --threads 2 -f json -o graphs/
  relgraph build --jsonl corpus.jsonl -f json -o - | jq .nodes[0]
  relgraph build news/ -f svg,html --top 50 --relations attacks,fights
  relgraph build article.txt -f mentions -o -       # audit every mention found
  cat article.txt | relgraph build - -f dot -o - | dot -Tsvg > g.svg
)";

struct Args {
  std::vector<std::string> inputs;
  std::vector<std::string> formats{"json", "dot"};
  std::string output = "out";
  std::string name;
  std::vector<std::string> lexicons;
  std::string data;
  std::string model;
  bool no_parse = false;
  uint32_t beam = 0;  // 0: greedy, or the vote's default width
  bool vote = false;
  bool trees = false;  // explain: print the dependency tree of each parsed sentence
  InputOptions input;
  GraphFilter filter;
  std::string layout;
  unsigned threads = 0;
  bool progress = false, quiet = false, help = false;
};

// The syntax model the relation rules read, unless --no-parse: --model, else the data folder's.
std::unique_ptr<SyntaxModel> load_syntax(const Args& a) {
  if (a.no_parse) return nullptr;
  std::string path = a.model;
  if (path.empty() && !a.data.empty()) {
    std::error_code ec;
    auto in_data = std::filesystem::path(a.data) / "models" / "syntax-en.bin";
    if (std::filesystem::is_regular_file(in_data, ec)) path = in_data.string();
  }
  if (path.empty()) path = default_syntax_model_path();
  std::unique_ptr<SyntaxModel> model;
  const uint32_t width = a.beam ? a.beam : a.vote ? SyntaxModel::default_vote_beam : 1;
  try {
    // a greedy run leaves the beam and right-to-left tables on disk: a fraction of the memory
    const SyntaxParts parts = a.vote ? SyntaxParts::all : width > 1 ? SyntaxParts::beam : SyntaxParts::greedy;
    model = std::make_unique<SyntaxModel>(SyntaxModel::load(path, parts));
  } catch (const InputError& e) {
    throw InputError(std::string(e.what()) + " (give --model FILE, or --no-parse)");
  }
  try {
    model->set_beam(width);
    model->set_vote(a.vote);
  } catch (const InputError& e) {
    throw InputError(path + ": " + e.what());
  }
  return model;
}

std::string format_list() { return joined(known_formats()) + ", mentions (JSON Lines, one object per actor mention)"; }

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
    } else if (s == "--model") {
      a.model = value(i, s);
    } else if (s == "--no-parse") {
      a.no_parse = true;
    } else if (s == "--trees") {
      a.trees = true;
    } else if (s == "--jsonl") {
      a.input.jsonl = true;
    } else if (s == "--strict") {
      a.input.strict = true;
    } else if (s == "--beam") {
      a.beam = static_cast<uint32_t>(number_in(s, value(i, s), 1, 64));
    } else if (s == "--vote") {
      a.vote = true;
    } else if (s == "--threads") {
      a.threads = static_cast<unsigned>(number_in(s, value(i, s), 1, 1024));
    } else if (s == "--progress") {
      a.progress = true;
    } else if (s == "--quiet" || s == "-q") {
      a.quiet = true;
    } else if (s == "--layout") {
      a.layout = value(i, s);
      const auto& layouts = known_layouts();
      if (std::find(layouts.begin(), layouts.end(), a.layout) == layouts.end())
        throw UsageError("unknown layout '" + a.layout + "' (known: " + joined(layouts) + ")");
    } else if (s == "-h" || s == "--help") {
      a.help = true;
    } else if (parse_filter_option(argv, i, a.filter)) {
    } else {
      throw UsageError("unknown option '" + s + "' (see relgraph build --help)");
    }
  }
  for (const auto& f : a.formats)
    if (!is_known_format(f) && f != "mentions")
      throw UsageError("unknown format '" + f + "' (known: " + format_list() + ")");
  if (a.formats.empty()) throw UsageError("--format needs at least one format");
  return a;
}

std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  std::filesystem::path p(path);
  if (p.filename().empty()) p = p.parent_path(); // "news/" names its folder
  return p.stem().string();
}

void print_usage() {
  std::string text = k_build_usage;
  text.replace(text.find("FORMATS"), 7, format_list());
  text.replace(text.find("LAYOUTS"), 7, joined(known_layouts()));
  text.replace(text.find("FILTERS\n"), 8, std::string(k_filter_help) + "\n");
  std::fputs(text.c_str(), stdout);
}

// "12 docs, 3.4 MB, 5.1 MB/s, ETA 0:42" on one rewritten line.
class ProgressLine {
public:
  explicit ProgressLine(bool on) : m_on(on), m_start(std::chrono::steady_clock::now()) {}
  void update(const BuildProgress& p) {
    if (!m_on) return;
    auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(200) && p.bytes < p.bytes_total) return;
    m_last = now;
    double secs = std::chrono::duration<double>(now - m_start).count();
    double mb = static_cast<double>(p.bytes) / 1e6, rate = secs > 0 ? mb / secs : 0;
    char eta[32] = "";
    if (p.bytes_total > 0 && rate > 0 && p.bytes <= p.bytes_total) {
      int left = static_cast<int>((static_cast<double>(p.bytes_total - p.bytes) / 1e6) / rate);
      std::snprintf(eta, sizeof eta, ", ETA %d:%02d", left / 60, left % 60);
    }
    std::fprintf(stderr, "\r%llu docs, %.1f MB, %.1f MB/s%s   ", static_cast<unsigned long long>(p.documents), mb, rate, eta);
    m_drawn = true;
  }
  ~ProgressLine() {
    if (m_drawn) std::fputc('\n', stderr);
  }

private:
  bool m_on;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_start, m_last;
};

} // namespace

int cmd_build(const std::vector<std::string>& argv) {
  Args a = parse_args(argv);
  if (a.help) {
    print_usage();
    return 0;
  }
  if (a.inputs.empty()) throw UsageError("build needs at least one input (see relgraph build --help)");
  bool to_stdout = a.output == "-";
  if (to_stdout && a.formats.size() != 1) throw UsageError("-o - writes one format: give exactly one with -f");
  std::string name = !a.name.empty() ? a.name : a.inputs.size() == 1 ? stem_of(a.inputs[0]) : "graph";
  if (!to_stdout) {
    ensure_output_dir(a.output);
    // never write over an input
    std::error_code ec;
    for (const auto& f : a.formats)
      for (const auto& in : a.inputs)
        if (in != "-" && std::filesystem::equivalent(in, std::filesystem::path(a.output) / (name + "." + f), ec))
          throw UsageError(in + ": the output would overwrite this input; choose another -o or --name");
  }
  Lexicon lex = load_lexicon(a.data.empty() ? default_data_dir() : a.data, a.lexicons);
  std::unique_ptr<SyntaxModel> syntax = load_syntax(a);

  BuildOptions options;
  options.pipeline.syntax = syntax.get();
  options.inputs = a.inputs;
  options.input = a.input;
  options.threads = a.threads;
  options.pipeline.keep_mentions = std::find(a.formats.begin(), a.formats.end(), "mentions") != a.formats.end();
  uint64_t total_hint = 0;
  for (const auto& in : a.inputs) {
    std::error_code ec;
    if (in != "-" && std::filesystem::is_regular_file(in, ec)) total_hint += std::filesystem::file_size(in, ec);
  }
  bool show_progress = !a.quiet && (a.progress || (isatty(STDERR_FILENO) && (total_hint > 4'000'000 || total_hint == 0)));
  ProgressLine line(show_progress);
  BuildResult r = build_corpus(
      options, lex,
      [&](const std::string& w) {
        if (!a.quiet) std::fprintf(stderr, "%srelgraph: warning: %s\n", show_progress ? "\r" : "", w.c_str());
      },
      [&](const BuildProgress& p) { line.update(p); });

  if (a.filter.empty()) compute_metrics(r.graph);
  else r.graph = apply_filter(r.graph, a.filter);
  FormatOptions fo;
  fo.render.layout = a.layout;
  fo.render.data_dir = a.data.empty() ? default_data_dir() : a.data;
  // render everything before writing anything, so a failing format leaves no partial set; the
  // node-link JSON, the biggest, streams into its file last instead of being held in memory
  std::vector<OutputFile> files;
  bool stream_json = false;
  for (const auto& f : a.formats) {
    if (f == "mentions") {
      files.push_back(OutputFile{".mentions.jsonl", write_mentions_jsonl(r.mentions)});
      continue;
    }
    if (f == "json" && !to_stdout) {
      stream_json = true;
      continue;
    }
    for (auto& file : write_format(r.graph, f, fo)) files.push_back(std::move(file));
  }
  if (to_stdout && files.size() != 1) throw UsageError("-o - needs a format that writes one file");
  for (const auto& file : files) {
    if (to_stdout) std::fwrite(file.content.data(), 1, file.content.size(), stdout);
    else write_file_atomic((std::filesystem::path(a.output) / (name + file.suffix)).string(), file.content);
  }
  if (stream_json) {
    const std::string generator = std::string("relgraph ") + RELGRAPH_VERSION;
    write_file_atomic((std::filesystem::path(a.output) / (name + ".json")).string(),
                      [&](std::FILE* f) { write_json(r.graph, generator, f); });
  }
  return r.skipped > 0 ? 2 : 0;
}

int cmd_explain(const std::vector<std::string>& argv) {
  Args a = parse_args(argv);
  if (a.help || a.inputs.size() != 1) {
    std::fputs("Usage: relgraph explain [--lexicon FILE] [--data DIR] [--model FILE] [--no-parse] [--beam N] [--vote] [--trees] FILE\n"
               "Prints each sentence with the mentions found (kind, type, actor, role) and the\n"
               "relations made, with the cue or pattern that made each; --trees adds each parsed\n"
               "sentence's words with their POS tag, head word number and dependency relation.\n",
               a.help ? stdout : stderr);
    return a.help ? 0 : 1;
  }
  Lexicon lex = load_lexicon(a.data.empty() ? default_data_dir() : a.data, a.lexicons);
  CorpusReader reader(a.inputs, a.input, [](const std::string& w) { std::fprintf(stderr, "relgraph: warning: %s\n", w.c_str()); });
  SourceDocument src;
  if (!reader.next(src)) return 0;
  std::unique_ptr<SyntaxModel> syntax = load_syntax(a);
  PipelineOptions po;
  po.syntax = syntax.get();
  Analysis an = analyse_document(std::move(src.text), src.info, lex, po);
  const Document& d = an.doc;
  for (uint32_t s = 0; s < d.sentences.size(); ++s) {
    const Sentence& st = d.sentences[s];
    const ParseResult* pr = an.trees.of(s);
    std::printf("[%u]%s%s %s\n", s, st.headline ? " (headline)" : "",
                pr ? (pr->parsed() ? " (parsed)" : " (tagged)") : "",
                std::string(d.span_text(st.start, st.end)).c_str());
    const ParseResult* t = a.trees ? an.trees.of(s) : nullptr;
    if (t && t->parsed()) {
      std::string line = "    tree";
      for (uint32_t i = 0; i < t->size(); ++i) {
        const Token& tok = d.tokens[t->first_token + i];
        line += " " + std::to_string(i + 1) + ":" + std::string(d.span_text(tok.start, tok.end)) + "/" +
                std::string(t->tag[i]) + "->" + (t->deprel[i].empty() ? std::string("_") : std::to_string(t->head[i] + 1) + ":" + std::string(t->deprel[i]));
      }
      std::printf("%s\n", line.c_str());
    }
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
