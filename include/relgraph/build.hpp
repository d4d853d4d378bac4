#pragma once
// The build job: a corpus streamed through the pipeline on N threads into one graph.
#include "relgraph/corpus.hpp"
#include "relgraph/export.hpp"
#include "relgraph/pipeline.hpp"

#include <cstdint>
#include <functional>

namespace relgraph {

struct BuildOptions {
  std::vector<std::string> inputs;
  InputOptions input;
  unsigned threads = 0; // 0: every core
  PipelineOptions pipeline;
};

struct BuildProgress {
  uint64_t documents = 0;
  uint64_t bytes = 0;
  uint64_t bytes_total = 0; // 0 when unknown (standard input)
};

struct BuildResult {
  GraphDocument graph;
  uint64_t documents = 0;
  uint64_t bytes = 0;
  uint64_t skipped = 0; // inputs or lines skipped with a warning
  std::vector<MentionRecord> mentions; // when options.pipeline.keep_mentions; by (doc, start)
};

// Reads, extracts and merges every document. The graph is the same for any number of threads.
// `warn` and `progress` are called from the calling thread only.
BuildResult build_corpus(const BuildOptions& options, const Lexicon& lex, const WarningSink& warn = {},
                         const std::function<void(const BuildProgress&)>& progress = {});

} // namespace relgraph
