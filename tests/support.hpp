#pragma once
// Helpers the test files share: the built-in lexicon, temporary folders, whole-file I/O.
#include "relgraph/pipeline.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

namespace test_support {

// The repository's data/ tables, loaded once.
inline const relgraph::Lexicon& lexicon() {
  static const relgraph::Lexicon lex = relgraph::load_lexicon(std::string(RELGRAPH_SOURCE_DIR) + "/data", {});
  return lex;
}

// The repository's tagger and parser model, loaded once.
inline const relgraph::SyntaxModel& syntax_model() {
  static const relgraph::SyntaxModel model =
      relgraph::SyntaxModel::load(std::string(RELGRAPH_SOURCE_DIR) + "/data/models/syntax-en.bin",
                                    relgraph::SyntaxParts::greedy);
  return model;
}

// What `relgraph build` runs: the relation rules read the parser's trees.
inline relgraph::PipelineOptions parsing() {
  relgraph::PipelineOptions o;
  o.syntax = &syntax_model();
  return o;
}

// A fresh, empty folder under the system's temporary directory, removed with its contents when
// it goes out of scope, so a run of the tests leaves nothing behind in a user's /tmp.
class TempDir {
public:
  explicit TempDir(const std::string& name) {
    static int made = 0;
    path = std::filesystem::temp_directory_path() /
           ("relgraph-test-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(made++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::filesystem::path operator/(const std::string& name) const { return path / name; }
  operator const std::filesystem::path&() const { return path; }
  std::string string() const { return path.string(); }

  std::filesystem::path path;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void spit(const std::filesystem::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
}

} // namespace test_support
