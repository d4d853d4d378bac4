// libFuzzer target: the graph JSON reader (merge, render, stats read it).
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include <cstddef>
#include <cstdint>

using namespace relgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    GraphDocument g = read_json(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    // what reads back must write and read again
    std::string again = write_json(g, "fuzz");
    (void)read_json(again, "again.json");
  } catch (const InputError&) {
  }
  return 0;
}
