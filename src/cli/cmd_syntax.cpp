// relgraph train and eval-syntax: learn the tagger and parser from CoNLL-U, score them.
#include "commands.hpp"
#include "text_util.hpp"

#include "relgraph/errors.hpp"
#include "relgraph/syntax.hpp"
#include "relgraph/pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace relgraph::cli {
namespace {

namespace fs = std::filesystem;

const char* k_train_usage = R"(relgraph train - learn the POS tagger and dependency parser from CoNLL-U files

Usage: relgraph train --conllu DIR [--conllu DIR ...] [--out DIR]

Every *.conllu file of each DIR is read. Within each GUM genre (files GUM_<genre>_*), documents
sorted by name, the 5th, 10th, 15th ... are held out and never trained on; other treebanks are
training-only. Training is deterministic: the same data gives the same model bytes.

Options:
  --conllu DIR          a folder of CoNLL-U files (repeatable)
  --out DIR             where to write syntax-en.bin and syntax-metrics.json (default: data/models)
  --tagger-epochs N     (default 10)
  --parser-epochs N     (default 10)
  --beam N              width of the beam the second move classifier is trained over (default 8;
                        1: greedy parser only)
  --no-right-to-left    no right-to-left beam parser (none to vote with; trains in half the time)
  --clusters FILE       word clusters, word TAB fine TAB coarse (default: data/models/word-clusters.tsv;
                        'none' trains without them)
  --monitor             score the held-out documents after every parser epoch (slower)
  -q, --quiet           no progress lines
  -h, --help            this help

Example:
  relgraph train --conllu ../shared/data/gum --conllu ../shared/data/ud-ewt --out data/models/
)";

const char* k_eval_usage = R"(relgraph eval-syntax - POS accuracy, UAS and LAS on the held-out documents

Usage: relgraph eval-syntax --conllu DIR [--conllu DIR ...] [--model FILE] [--beam N] [--no-vote]
                            [--all] [--per-doc] [--write-conllu FILE]

Scores the held-out documents (same rule as 'relgraph train') with gold tokenisation,
punctuation included. LAS counts the full relation with its subtype ("nsubj:pass");
LAS-universal only its universal part ("nsubj"), as the CoNLL 2018 shared task did.

Options:
  --conllu DIR     a folder of CoNLL-U files (repeatable)
  --model FILE     the syntax model (default: data/models/syntax-en.bin)
  --beam N         parse with a beam of N (default: 16 when voting, else the width the model
                   was trained with; 1: greedy, as 'relgraph build' parses by default)
  --no-vote        the left-to-right beam parser alone; by default three parsers
                   (left-to-right beam and greedy, right-to-left beam) vote on each arc
  --all            score every document of DIR, not only the held-out ones
  --per-doc        one line per document as well
  --write-conllu FILE
                   also write the scored sentences as parsed (CoNLL-U: FORM, XPOS, HEAD, DEPREL)
  -h, --help       this help
)";

struct SyntaxArgs {
  std::vector<std::string> dirs;
  std::string out = "data/models";
  std::string model;
  std::string clusters;
  std::string write_conllu;
  SyntaxTrainOptions train;
  int beam = 0;  // eval-syntax: 0 = the model's trained width
  bool all = false;
  bool no_vote = false;
  bool per_doc = false;
  bool quiet = false;
  bool monitor = false;
  bool help = false;
};

int to_int(const std::string& s, const std::string& opt) {
  try {
    size_t used = 0;
    int v = std::stoi(s, &used);
    if (used == s.size() && v > 0) return v;
  } catch (const std::exception&) {
  }
  throw UsageError(opt + " needs a positive integer, not '" + s + "'");
}

SyntaxArgs parse(const std::vector<std::string>& argv, bool training) {
  SyntaxArgs a;
  auto value = [&](size_t& i, const std::string& opt) -> std::string {
    if (i + 1 >= argv.size()) throw UsageError(opt + " needs a value");
    return argv[++i];
  };
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s == "-h" || s == "--help") a.help = true;
    else if (s == "--conllu") a.dirs.push_back(value(i, s));
    else if (training && s == "--out") a.out = value(i, s);
    else if (training && s == "--tagger-epochs") a.train.tagger_epochs = to_int(value(i, s), s);
    else if (training && s == "--parser-epochs") a.train.parser_epochs = to_int(value(i, s), s);
    else if (training && s == "--clusters") a.clusters = value(i, s);
    else if (s == "--beam") (training ? a.train.beam : a.beam) = int(number_in(s, value(i, s), 1, 64));
    else if (training && (s == "-q" || s == "--quiet")) a.quiet = true;
    else if (training && s == "--monitor") a.monitor = true;
    else if (training && s == "--no-right-to-left") a.train.right_to_left = false;
    else if (!training && s == "--no-vote") a.no_vote = true;
    else if (!training && s == "--model") a.model = value(i, s);
    else if (!training && s == "--all") a.all = true;
    else if (!training && s == "--per-doc") a.per_doc = true;
    else if (!training && s == "--write-conllu") a.write_conllu = value(i, s);
    else throw UsageError("unknown option '" + s + "' (see relgraph " + (training ? "train" : "eval-syntax") + " --help)");
  }
  if (!a.help && a.dirs.empty()) throw UsageError("--conllu DIR is required");
  return a;
}

std::vector<TreebankDocument> read_all(const std::vector<std::string>& dirs) {
  std::vector<TreebankDocument> docs;
  for (const auto& d : dirs) {
    auto part = read_conllu_dir(d);
    for (auto& doc : part) docs.push_back(std::move(doc));
  }
  return docs;
}

std::string scores_json(const SyntaxScores& s, const std::vector<std::string>& names, const char* indent) {
  std::string out = "{\n";
  out += std::string(indent) + "  \"documents\": [";
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", \"" : "\"") + names[i] + "\"";
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "],\n%s  \"tokens\": %zu,\n%s  \"pos\": %.2f,\n%s  \"uas\": %.2f,\n%s  \"las\": %.2f,\n%s  "
                "\"las_universal\": %.2f\n%s}",
                indent, s.tokens, indent, s.pos(), indent, s.uas(), indent, s.las(), indent, s.las_base(), indent);
  return out + buf;
}

// The first held-out document of each genre: the test suite's quick regression check.
std::vector<TreebankDocument> regression_subset(const std::vector<TreebankDocument>& held_out) {
  std::map<std::string, const TreebankDocument*> first;
  for (const auto& d : held_out)
    if (!first.count(d.genre) || d.name < first[d.genre]->name) first[d.genre] = &d;
  std::vector<TreebankDocument> out;
  for (const auto& [g, d] : first) out.push_back(*d);
  return out;
}

std::vector<std::string> names_of(const std::vector<TreebankDocument>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.name);
  return out;
}

void print_scores(const char* what, const SyntaxScores& s) {
  std::printf("%-26s tokens %6zu   POS %6.2f%%   UAS %6.2f%%   LAS %6.2f%%   LAS-universal %6.2f%%\n", what,
              s.tokens, s.pos(), s.uas(), s.las(), s.las_base());
}

// The predicted trees, written to a temporary file renamed into place (never half-written).
void write_parsed_conllu(const std::vector<TreebankDocument>& docs, const SyntaxModel& model, const std::string& path) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw OutputError("cannot write " + path);
    ParseResult r;
    for (const auto& d : docs) {
      out << "# newdoc id = " << d.name << "\n";
      for (const auto& s : d.sentences) {
        tag_and_parse_words(s.forms, s.space_after, model, r);
        for (size_t i = 0; i < s.forms.size(); ++i)
          out << i + 1 << '\t' << s.forms[i] << "\t_\t_\t" << r.tag[i] << "\t_\t" << r.head[i] + 1 << '\t'
              << r.deprel[i] << "\t_\t" << (s.space_after.size() == s.forms.size() && !s.space_after[i] ? "SpaceAfter=No" : "_")
              << '\n';
        out << '\n';
      }
    }
    if (!out.flush()) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw OutputError("cannot write " + path);
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw OutputError("cannot write " + path + ": " + ec.message());
  }
}

} // namespace

int cmd_train(const std::vector<std::string>& args) {
  SyntaxArgs a = parse(args, true);
  if (a.help) {
    std::fputs(k_train_usage, stdout);
    return 0;
  }
  auto t0 = std::chrono::steady_clock::now();
  TreebankSplit split = split_held_out(read_all(a.dirs));
  if (split.train.empty()) throw InputError("no training documents in the given folders");
  if (a.clusters.empty()) a.train.clusters = (fs::path(default_data_dir()) / "models" / "word-clusters.tsv").string();
  else if (a.clusters != "none") a.train.clusters = a.clusters;
  SyntaxProgress progress;
  if (!a.quiet) progress = [](const std::string& line) { std::fprintf(stderr, "train: %s\n", line.c_str()); };
  if (a.monitor) a.train.monitor = &split.held_out;
  SyntaxModel model = train_syntax_model(split.train, a.train, progress);

  std::error_code ec;
  fs::create_directories(a.out, ec);
  if (ec) throw OutputError("cannot create " + a.out + ": " + ec.message());
  const std::string model_path = (fs::path(a.out) / "syntax-en.bin").string();
  model.save(model_path);

  model = SyntaxModel::load(model_path);  // score exactly what was written (half-float weights)
  SyntaxScores held = evaluate_syntax(split.held_out, model);
  std::vector<TreebankDocument> subset = regression_subset(split.held_out);
  SyntaxScores sub = evaluate_syntax(subset, model);
  size_t train_tokens = 0;
  for (const auto& d : split.train) train_tokens += d.token_count();
  std::string json = "{\n  \"model\": \"syntax-en.bin\",\n";
  json += "  \"note\": \"held-out GUM documents (5th, 10th, ... per genre), gold tokens, punctuation included, "
          "LAS with relation subtypes; held_out and regression_subset parse greedily, beam with the beam parser, "
          "vote with three parsers voting\",\n";
  json += "  \"training_tokens\": " + std::to_string(train_tokens) + ",\n";
  json += "  \"held_out\": " + scores_json(held, names_of(split.held_out), "  ") + ",\n";
  json += "  \"regression_subset\": " + scores_json(sub, names_of(subset), "  ");
  // The held-out and regression scores of the model as set now, as a section of the metrics file
  // and a line of the report.
  std::vector<std::pair<std::string, SyntaxScores>> lines{{"held-out, greedy", held}};
  auto section = [&](const char* key, const std::string& label) {
    const SyntaxScores h = evaluate_syntax(split.held_out, model), r = evaluate_syntax(subset, model);
    json += ",\n  \"" + std::string(key) + "\": {\n    \"width\": " + std::to_string(model.beam()) + ",\n";
    json += "    \"held_out\": " + scores_json(h, names_of(split.held_out), "    ") + ",\n";
    json += "    \"regression_subset\": " + scores_json(r, names_of(subset), "    ") + "\n  }";
    lines.emplace_back(label + std::to_string(model.beam()), h);
  };
  if (model.trained_beam() > 1) {
    model.set_beam(model.trained_beam());
    section("beam", "held-out, beam ");
    if (model.can_vote()) {
      model.set_beam(SyntaxModel::default_vote_beam);
      model.set_vote(true);
      section("vote", "held-out, vote, beam ");
    }
  }
  json += "\n}\n";
  const std::string metrics_path = (fs::path(a.out) / "syntax-metrics.json").string();
  std::ofstream out(metrics_path, std::ios::binary | std::ios::trunc);
  if (!out || !(out << json)) throw OutputError("cannot write " + metrics_path);

  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("wrote %s (%ju bytes) and %s in %.1f s\n", model_path.c_str(), uintmax_t(fs::file_size(model_path)),
              metrics_path.c_str(), secs);
  for (const auto& [label, scores] : lines) print_scores(label.c_str(), scores);
  return 0;
}

int cmd_eval_syntax(const std::vector<std::string>& args) {
  SyntaxArgs a = parse(args, false);
  if (a.help) {
    std::fputs(k_eval_usage, stdout);
    return 0;
  }
  const std::string path = a.model.empty() ? default_syntax_model_path() : a.model;
  SyntaxModel model = SyntaxModel::load(path);
  try {
    const bool vote = model.can_vote() && !a.no_vote && a.beam != 1;
    model.set_beam(a.beam > 0 ? uint32_t(a.beam)
                   : vote     ? SyntaxModel::default_vote_beam
                              : std::max<uint32_t>(1, model.trained_beam()));
    model.set_vote(vote);
  } catch (const InputError& e) {
    throw InputError(path + ": " + e.what());
  }
  std::vector<TreebankDocument> docs = read_all(a.dirs);
  if (!a.all) docs = split_held_out(std::move(docs)).held_out;
  if (docs.empty()) throw InputError("no documents to score (held-out documents are GUM_<genre>_* files; try --all)");
  SyntaxScores total;
  for (const auto& d : docs) {
    SyntaxScores s = evaluate_syntax({d}, model);
    if (a.per_doc) print_scores(d.name.c_str(), s);
    total.add(s);
  }
  if (!a.write_conllu.empty()) write_parsed_conllu(docs, model, a.write_conllu);
  std::string how = model.beam() > 1 ? "beam " + std::to_string(model.beam()) : "greedy";
  if (model.vote()) how = "vote of three parsers, " + how;
  std::printf("documents %zu, %s\n", docs.size(), how.c_str());
  print_scores(a.all ? "all" : "held-out", total);
  return 0;
}

} // namespace relgraph::cli
