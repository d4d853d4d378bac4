// CoNLL-U treebanks: reading syntactic words and the project's held-out split.
#include "relgraph/errors.hpp"
#include "relgraph/syntax.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

namespace relgraph {
namespace {

namespace fs = std::filesystem;

void split_tabs(const std::string& line, std::vector<std::string_view>& cols) {
  cols.clear();
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    cols.emplace_back(std::string_view(line).substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string genre_of(const std::string& stem) {
  if (stem.rfind("GUM_", 0) != 0) return "";
  size_t end = stem.find('_', 4);
  return end == std::string::npos ? "" : stem.substr(4, end - 4);
}

} // namespace

size_t TreebankDocument::token_count() const {
  size_t n = 0;
  for (const auto& s : sentences) n += s.forms.size();
  return n;
}

TreebankDocument read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read " + path);
  TreebankDocument doc;
  doc.name = fs::path(path).stem().string();
  doc.genre = genre_of(doc.name);
  TreebankSentence cur;
  auto flush = [&](size_t line_no) {
    if (cur.forms.empty()) return;
    const int32_t n = int32_t(cur.forms.size());
    for (int32_t h : cur.heads)
      if (h < -1 || h >= n) throw InputError(path + ":" + std::to_string(line_no) + ": head out of range");
    doc.sentences.push_back(std::move(cur));
    cur = TreebankSentence{};
  };
  std::string line;
  std::vector<std::string_view> cols;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush(line_no);
      continue;
    }
    if (line[0] == '#') continue;
    split_tabs(line, cols);
    if (cols.size() != 10) throw InputError(path + ":" + std::to_string(line_no) + ": expected 10 columns");
    if (!all_digits(cols[0])) continue;  // multi-word range "1-2" or empty node "8.1"
    if (cols[0].size() > 6 || cols[6].size() > 6 || !all_digits(cols[6]) ||
        std::stoul(std::string(cols[0])) != cur.forms.size() + 1)
      throw InputError(path + ":" + std::to_string(line_no) + ": bad token id or head");
    cur.forms.emplace_back(cols[1]);
    cur.tags.emplace_back(cols[4]);
    cur.heads.push_back(int32_t(std::stol(std::string(cols[6]))) - 1);
    cur.deprels.emplace_back(cols[7]);
    cur.space_after.push_back(cols[9].find("SpaceAfter=No") == std::string_view::npos ? 1 : 0);
  }
  flush(line_no);
  return doc;
}

std::vector<TreebankDocument> read_conllu_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw InputError("not a directory: " + dir);
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".conllu") files.push_back(e.path().string());
  if (ec) throw InputError("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<TreebankDocument> docs;
  for (const auto& f : files) docs.push_back(read_conllu_file(f));
  return docs;
}

TreebankSplit split_held_out(std::vector<TreebankDocument> docs) {
  std::map<std::string, std::vector<size_t>> by_genre;
  for (size_t i = 0; i < docs.size(); ++i)
    if (!docs[i].genre.empty()) by_genre[docs[i].genre].push_back(i);
  std::vector<uint8_t> held(docs.size(), 0);
  for (auto& [genre, idx] : by_genre) {
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return docs[a].name < docs[b].name; });
    for (size_t k = 4; k < idx.size(); k += 5) held[idx[k]] = 1;
  }
  TreebankSplit out;
  for (size_t i = 0; i < docs.size(); ++i) (held[i] ? out.held_out : out.train).push_back(std::move(docs[i]));
  return out;
}

} // namespace relgraph
