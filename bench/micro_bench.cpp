// Google Benchmark micro-benchmarks of the hot path: tokenising, lexicon look-up, and the whole
// extraction of one article. Build: cmake --build build --target relgraph_bench (needs
// libbenchmark-dev); run: build/relgraph_bench.
#include "relgraph/io.hpp"
#include "relgraph/pipeline.hpp"

#include <benchmark/benchmark.h>

using namespace relgraph;

namespace {

const Lexicon& lexicon() {
  static const Lexicon lex = load_lexicon(RELGRAPH_DATA_DIR, {});
  return lex;
}

const std::string& article() {
  static const std::string text = read_file(std::string(RELGRAPH_SOURCE_DIR) + "/samples/putin-xi.txt");
  return text;
}

void BM_tokenize(benchmark::State& state) {
  const Lexicon& lex = lexicon();
  TextOptions o;
  o.abbreviations = &lex.abbreviations();
  o.sentence_starters = &lex.sentence_starters();
  size_t tokens = 0;
  for (auto _ : state) {
    Document d = analyse_text(article(), DocumentInfo{}, o);
    tokens += d.tokens.size();
    benchmark::DoNotOptimize(d.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * article().size()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_tokenize);

void BM_lexicon_match(benchmark::State& state) {
  const Lexicon& lex = lexicon();
  TextOptions o;
  o.abbreviations = &lex.abbreviations();
  Document d = analyse_text(article(), DocumentInfo{}, o);
  std::vector<uint32_t> values;
  size_t lookups = 0;
  for (auto _ : state) {
    lex.index(d);
    const auto n = static_cast<uint32_t>(d.ids.size());
    for (uint32_t k = 0; k < n; ++k) {
      benchmark::DoNotOptimize(lex.name_trie().longest(d.ids, k, n, values));
      benchmark::DoNotOptimize(lex.cue_trie().longest(d.ids, k, n, values));
    }
    lookups += n;
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(lookups), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_lexicon_match);

// arg 0: the token rules only (--no-parse); arg 1: tagging and parsing as `relgraph build` does
void BM_extract_document(benchmark::State& state) {
  const Lexicon& lex = lexicon();
  static const SyntaxModel model = SyntaxModel::load(default_syntax_model_path());
  PipelineOptions o;
  if (state.range(0) == 1) o.syntax = &model;
  for (auto _ : state) {
    Extraction e = extract_document(article(), DocumentInfo{"b", "", "", ""}, lex, o);
    benchmark::DoNotOptimize(e.facts.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * article().size()));
}
BENCHMARK(BM_extract_document)->Arg(0)->Arg(1);

} // namespace

BENCHMARK_MAIN();
