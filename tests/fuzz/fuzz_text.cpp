// libFuzzer target: the whole extraction pipeline, tagger and parser included, on arbitrary bytes.
#include "relgraph/corpus.hpp"
#include "relgraph/pipeline.hpp"

#include <cstddef>
#include <cstdint>

using namespace relgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Lexicon lex = load_lexicon(RELGRAPH_DATA_DIR, {});
  static const SyntaxModel model = SyntaxModel::load(default_syntax_model_path(), SyntaxParts::greedy);
  PipelineOptions options;
  options.syntax = &model;
  std::string text(reinterpret_cast<const char*>(data), size);
  repair_utf8(text);
  Extraction e = extract_document(std::move(text), DocumentInfo{"fuzz", "", "", ""}, lex, options);
  GraphDocument g = build_graph({e});
  (void)write_json(g, "fuzz");
  return 0;
}
