// Tokens per second of the POS tagger and the tagger + parser on one core, over running text
// (the "# text =" lines of ../shared/data/gum, or samples/ where that is absent).
#include "relgraph/syntax.hpp"
#include "relgraph/text.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace relgraph;

std::string corpus_text() {
  std::string text;
  const fs::path gum = fs::path(RELGRAPH_SOURCE_DIR) / ".." / "shared" / "data" / "gum";
  std::error_code ec;
  if (fs::is_directory(gum, ec)) {
    for (const auto& e : fs::directory_iterator(gum)) {
      if (e.path().extension() != ".conllu") continue;
      std::ifstream in(e.path());
      std::string line;
      while (std::getline(in, line))
        if (line.rfind("# text = ", 0) == 0) text += line.substr(9) + "\n";
    }
  }
  if (text.empty()) {
    for (const auto& e : fs::directory_iterator(fs::path(RELGRAPH_SOURCE_DIR) / "samples")) {
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      text += ss.str() + "\n";
    }
  }
  return text;
}

struct Fixture {
  SyntaxModel model;
  Document doc;
  Fixture() {
    // RELGRAPH_BENCH_MODEL: another model file (e.g. one being trained) instead of the shipped one.
    const char* other = std::getenv("RELGRAPH_BENCH_MODEL");
    model = SyntaxModel::load(other && *other ? std::string(other)
                                              : fs::path(RELGRAPH_SOURCE_DIR).append("data/models/syntax-en.bin").string());
    doc = analyse_text(corpus_text(), DocumentInfo{});
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

// Runs step(sentence) over every sentence of the corpus per iteration; counts tokens/s.
template <class Step>
void over_sentences(benchmark::State& state, Step step) {
  Fixture& f = fixture();
  size_t tokens = 0;
  for (auto _ : state)
    for (uint32_t s = 0; s < f.doc.sentences.size(); ++s) tokens += step(f, s);
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
  state.counters["tokens"] = double(f.doc.tokens.size());
}

void BM_Tag(benchmark::State& state) {
  ParseResult r;
  over_sentences(state, [&](Fixture& f, uint32_t s) {
    tag_sentence(f.doc, s, f.model, r);
    benchmark::DoNotOptimize(r.tag.data());
    return r.size();
  });
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

// The parser alone: sentences tagged beforehand, then parsed keeping their tags (parse_tagged).
void BM_Parse(benchmark::State& state) {
  Fixture& f = fixture();
  std::vector<ParseResult> tagged(f.doc.sentences.size());
  for (uint32_t s = 0; s < f.doc.sentences.size(); ++s) tag_sentence(f.doc, s, f.model, tagged[s]);
  over_sentences(state, [&](Fixture& g, uint32_t s) {
    parse_tagged(g.doc, g.model, tagged[s]);
    benchmark::DoNotOptimize(tagged[s].head.data());
    return tagged[s].size();
  });
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

// Parsing pre-tagged sentences with the beam parser at the width given, voting or not; the
// model is set back to greedy afterwards.
void parse_pretagged(benchmark::State& state, bool vote) {
  Fixture& f = fixture();
  std::vector<ParseResult> tagged(f.doc.sentences.size());
  for (uint32_t s = 0; s < f.doc.sentences.size(); ++s) tag_sentence(f.doc, s, f.model, tagged[s]);
  f.model.set_beam(uint32_t(state.range(0)));
  f.model.set_vote(vote);
  over_sentences(state, [&](Fixture& g, uint32_t s) {
    parse_tagged(g.doc, g.model, tagged[s]);
    benchmark::DoNotOptimize(tagged[s].head.data());
    return tagged[s].size();
  });
  f.model.set_vote(false);
  f.model.set_beam(1);
}

// The beam parser alone (build --beam N, eval-syntax --no-vote).
void BM_ParseBeam(benchmark::State& state) { parse_pretagged(state, false); }
BENCHMARK(BM_ParseBeam)->Arg(4)->Arg(8)->Arg(16)->Unit(benchmark::kMillisecond);

// Three parsers voting (eval-syntax's default, build --vote).
void BM_ParseVote(benchmark::State& state) { parse_pretagged(state, true); }
BENCHMARK(BM_ParseVote)->Arg(8)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_TagAndParse(benchmark::State& state) {
  ParseResult r;
  over_sentences(state, [&](Fixture& f, uint32_t s) {
    tag_and_parse(f.doc, s, f.model, r);
    benchmark::DoNotOptimize(r.head.data());
    return r.size();
  });
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
