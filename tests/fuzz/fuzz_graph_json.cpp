// libFuzzer target: the graph JSON readers (merge, render, stats read node-link, Cytoscape, JGF).
#include "relgraph/errors.hpp"
#include "relgraph/export.hpp"

#include <cstddef>
#include <cstdint>

using namespace relgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    GraphDocument g = read_graph_json(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    // what reads back must write and read again, in every JSON format
    std::string again = write_json(g, "fuzz");
    (void)read_json(again, "again.json");
    for (const char* format : {"cytoscape", "jgf"}) {
      (void)read_graph_json(write_format(g, format)[0].content, "again");
    }
  } catch (const InputError&) {
  }
  return 0;
}
