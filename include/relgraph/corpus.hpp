#pragma once
// Reading a corpus: files, directories (recursively: *.txt, *.md, *.html with tags stripped),
// JSON Lines corpora (one {"id", "text", "date"?, "url"?, "title"?} object a line) and standard
// input, one document at a time so memory depends on the graph, not on the corpus.
#include "relgraph/model.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace relgraph {

struct InputOptions {
  bool jsonl = false;  // inputs are JSON Lines corpora ('-' reads them from standard input)
  bool strict = false; // invalid UTF-8, binary files in a walk and malformed lines are errors
};

struct SourceDocument {
  DocumentInfo info;
  std::string text;
};

// Called for each repaired or skipped input: "path: line 3: not a JSON object (skipped)".
using WarningSink = std::function<void(const std::string&)>;

class CorpusReader {
public:
  CorpusReader(std::vector<std::string> inputs, InputOptions options, WarningSink warn = {});
  ~CorpusReader();
  CorpusReader(const CorpusReader&) = delete;
  CorpusReader& operator=(const CorpusReader&) = delete;

  // The next document, in a deterministic order; false at the end. Throws InputError for a
  // missing or unreadable named input, and for anything malformed under `strict`.
  bool next(SourceDocument& out);
  // Bytes of all named files and of files found in directories (0 for standard input).
  uint64_t bytes_total() const { return m_bytes_total; }
  uint64_t skipped() const { return m_skipped; }

private:
  struct JsonLines;
  void expand();
  bool next_jsonl(SourceDocument& out);
  std::string unique_id(const std::string& wanted);
  void warn(const std::string& message);

  InputOptions m_options;
  WarningSink m_warn;
  struct Entry {
    std::string path;
    std::string id;
    bool named = true; // given on the command line, not found in a directory walk
  };
  std::vector<std::string> m_inputs;
  std::vector<Entry> m_files;
  size_t m_next = 0;
  std::unique_ptr<JsonLines> m_lines;
  std::unordered_set<std::string> m_used_ids; // a set: a corpus has tens of thousands of ids
  uint64_t m_bytes_total = 0;
  uint64_t m_skipped = 0;
};

// Replaces each invalid UTF-8 sequence with U+FFFD; returns the byte offset of the first one in
// the input, or -1 when the text was valid.
int64_t repair_utf8(std::string& text);

// Text content of an HTML page: tags removed, <script>/<style> dropped, block elements as line
// breaks, character references decoded.
std::string strip_html(std::string_view html);

// Parses one JSON Lines record; returns false with `error` set when it is malformed.
bool parse_jsonl_record(std::string_view line, SourceDocument& out, std::string& error);

} // namespace relgraph
