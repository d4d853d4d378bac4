// libFuzzer target: the lexicon table reader (--lexicon FILE).
#include "relgraph/errors.hpp"
#include "relgraph/lexicon.hpp"

#include <cstddef>
#include <cstdint>

using namespace relgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Lexicon lex;
  try {
    lex.load_actor_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tsv");
  } catch (const InputError&) {
  }
  return 0;
}
