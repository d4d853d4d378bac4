#include "relgraph/corpus.hpp"

#include "relgraph/errors.hpp"
#include "relgraph/io.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace relgraph {

namespace fs = std::filesystem;

int64_t repair_utf8(std::string& text) {
  int64_t first_bad = -1;
  std::string out;
  size_t i = 0, copied = 0;
  const size_t n = text.size();
  while (i < n) {
    auto b = static_cast<unsigned char>(text[i]);
    size_t len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b >= 0xE0 && b <= 0xEF) len = 3;
    else if (b >= 0xF0 && b <= 0xF4) len = 4;
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok && len == 3) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      // overlong forms and UTF-16 surrogates are not UTF-8
      if ((b == 0xE0 && c1 < 0xA0) || (b == 0xED && c1 >= 0xA0)) ok = false;
    }
    if (ok && len == 4) {
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      if ((b == 0xF0 && c1 < 0x90) || (b == 0xF4 && c1 >= 0x90)) ok = false;
    }
    if (ok) {
      i += len;
      continue;
    }
    if (first_bad < 0) {
      first_bad = static_cast<int64_t>(i);
      out.reserve(n + 16);
    }
    out.append(text, copied, i - copied);
    out += "\xEF\xBF\xBD";
    ++i;
    copied = i;
  }
  if (first_bad >= 0) {
    out.append(text, copied, std::string::npos);
    text.swap(out);
  }
  return first_bad;
}

std::string strip_html(std::string_view html) {
  std::string out;
  out.reserve(html.size() / 2);
  size_t i = 0;
  auto lower_starts = [&](size_t at, std::string_view w) {
    if (at + w.size() > html.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(html[at + k])) != w[k]) return false;
    return true;
  };
  static const char* const blocks[] = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title",
                                       "article", "section", "blockquote", "/p", "/div", "/li", "/h1", "/h2", "/h3",
                                       "/h4", "/h5", "/h6", "/tr", "/title", "/article", "/section", "/blockquote"};
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (lower_starts(i, "<script") || lower_starts(i, "<style")) {
        std::string_view close = lower_starts(i, "<script") ? "</script" : "</style";
        size_t k = i;
        while (k < html.size() && !lower_starts(k, close)) ++k;
        i = html.find('>', k);
        i = i == std::string_view::npos ? html.size() : i + 1;
        continue;
      }
      if (lower_starts(i, "<!--")) {
        size_t e = html.find("-->", i + 4);
        i = e == std::string_view::npos ? html.size() : e + 3;
        continue;
      }
      bool block = false;
      for (const char* b : blocks) {
        std::string tag = std::string("<") + b;
        if (lower_starts(i, tag)) {
          size_t after = i + tag.size();
          if (after < html.size() && (html[after] == '>' || html[after] == ' ' || html[after] == '/' || html[after] == '\t' || html[after] == '\n'))
            block = true;
        }
      }
      size_t e = html.find('>', i);
      i = e == std::string_view::npos ? html.size() : e + 1;
      out += block ? '\n' : ' ';
      continue;
    }
    if (c == '&') {
      size_t e = html.find(';', i);
      if (e != std::string_view::npos && e - i <= 10) {
        std::string_view ent = html.substr(i + 1, e - i - 1);
        uint32_t cp = 0;
        if (ent == "amp") cp = '&';
        else if (ent == "lt") cp = '<';
        else if (ent == "gt") cp = '>';
        else if (ent == "quot") cp = '"';
        else if (ent == "apos" || ent == "#39") cp = '\'';
        else if (ent == "nbsp") cp = 0xA0;
        else if (ent == "rsquo") cp = 0x2019;
        else if (ent == "lsquo") cp = 0x2018;
        else if (ent == "ldquo") cp = 0x201C;
        else if (ent == "rdquo") cp = 0x201D;
        else if (ent == "mdash") cp = 0x2014;
        else if (ent == "ndash") cp = 0x2013;
        else if (!ent.empty() && ent[0] == '#') {
          bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
          try {
            cp = static_cast<uint32_t>(std::stoul(std::string(ent.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10));
          } catch (...) {
            cp = 0;
          }
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        }
        if (cp != 0) {
          if (cp < 0x80) out += static_cast<char>(cp);
          else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          }
          i = e + 1;
          continue;
        }
      }
    }
    out += c;
    ++i;
  }
  return out;
}

struct CorpusReader::JsonLines {
  std::string path;
  std::ifstream file;
  std::istream* in = nullptr;
  uint64_t line = 0;
};

CorpusReader::CorpusReader(std::vector<std::string> inputs, InputOptions options, WarningSink warn)
    : m_options(options), m_warn(std::move(warn)), m_inputs(std::move(inputs)) {
  expand();
}

CorpusReader::~CorpusReader() = default;

void CorpusReader::warn(const std::string& message) {
  if (m_warn) m_warn(message);
}

std::string CorpusReader::unique_id(const std::string& wanted) {
  std::string id = wanted.empty() ? std::string("doc") : wanted;
  std::string candidate = id;
  for (int n = 2; m_used_ids.count(candidate) != 0; ++n) candidate = id + "-" + std::to_string(n);
  m_used_ids.insert(candidate);
  return candidate;
}

namespace {

bool text_extension(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ".txt" || e == ".md" || e == ".html" || e == ".htm" || e == ".text";
}

bool is_html(const std::string& path) {
  std::string e = fs::path(path).extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ".html" || e == ".htm";
}

std::string id_for(const fs::path& p) { return p.stem().string(); }

} // namespace

void CorpusReader::expand() {
  // every named input is checked before any work starts
  for (const auto& in : m_inputs) {
    if (in == "-") {
      m_files.push_back(Entry{in, "stdin", true});
      continue;
    }
    std::error_code ec;
    auto st = fs::status(in, ec);
    if (ec || !fs::exists(st)) throw InputError(in + ": no such file or directory");
    if (fs::is_directory(st)) {
      std::vector<fs::path> found;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) throw InputError(in + ": cannot read directory: " + ec.message());
      for (; it != end; it.increment(ec)) {
        if (ec) {
          warn(in + ": " + ec.message() + " (skipped)");
          ++m_skipped;
          break;
        }
        std::error_code fec;
        if (it->is_regular_file(fec) && (m_options.jsonl ? it->path().extension() == ".jsonl" : text_extension(it->path())))
          found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      for (const auto& p : found) {
        std::string rel = fs::relative(p, in, ec).replace_extension().generic_string();
        m_files.push_back(Entry{p.string(), ec ? id_for(p) : rel, false});
        std::error_code sec;
        m_bytes_total += fs::file_size(p, sec);
      }
      continue;
    }
    if (access(in.c_str(), R_OK) != 0) throw InputError(in + ": cannot read (permission denied)");
    m_files.push_back(Entry{in, id_for(in), true});
    std::error_code sec;
    m_bytes_total += fs::file_size(in, sec);
  }
}

bool CorpusReader::next_jsonl(SourceDocument& out) {
  std::string line;
  while (std::getline(*m_lines->in, line)) {
    ++m_lines->line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string error;
    SourceDocument doc;
    if (line.find('\0') != std::string::npos) error = "NUL byte in line";
    else if (repair_utf8(line) >= 0) {
      if (m_options.strict) error = "invalid UTF-8";
      else warn(m_lines->path + ": line " + std::to_string(m_lines->line) + ": invalid UTF-8 (repaired with U+FFFD)");
    }
    if (error.empty() && !parse_jsonl_record(line, doc, error)) {
    }
    if (!error.empty()) {
      std::string msg = m_lines->path + ": line " + std::to_string(m_lines->line) + ": " + error;
      if (m_options.strict) throw InputError(msg);
      warn(msg + " (skipped)");
      ++m_skipped;
      continue;
    }
    // the record's url, not the line number: a shard of the corpus gives the same document
    doc.info.id = unique_id(doc.info.id);
    out = std::move(doc);
    return true;
  }
  m_lines.reset();
  return false;
}

bool CorpusReader::next(SourceDocument& out) {
  while (true) {
    if (m_lines) {
      if (next_jsonl(out)) return true;
      continue;
    }
    if (m_next >= m_files.size()) return false;
    const Entry e = m_files[m_next++];
    if (m_options.jsonl) {
      m_lines = std::make_unique<JsonLines>();
      m_lines->path = e.path;
      if (e.path == "-") {
        m_lines->in = &std::cin;
      } else {
        m_lines->file.open(e.path, std::ios::binary);
        if (!m_lines->file) {
          m_lines.reset();
          if (e.named) throw InputError(e.path + ": cannot read");
          warn(e.path + ": cannot read (skipped)");
          ++m_skipped;
          continue;
        }
        m_lines->in = &m_lines->file;
      }
      continue;
    }
    std::string text;
    try {
      text = e.path == "-" ? read_stdin() : read_file(e.path);
    } catch (const InputError& err) {
      if (e.named) throw;
      warn(std::string(err.what()) + " (skipped)");
      ++m_skipped;
      continue;
    }
    size_t nul = text.find('\0');
    if (nul != std::string::npos) {
      std::string msg = e.path + ": binary file (NUL byte at offset " + std::to_string(nul) + ")";
      if (e.named || m_options.strict) throw InputError(msg);
      warn(msg + " (skipped)");
      ++m_skipped;
      continue;
    }
    int64_t bad = repair_utf8(text);
    if (bad >= 0) {
      std::string msg = e.path + ": invalid UTF-8 at byte " + std::to_string(bad);
      if (m_options.strict) throw InputError(msg);
      warn(msg + " (repaired with U+FFFD)");
    }
    if (is_html(e.path)) text = strip_html(text);
    out.info = DocumentInfo{};
    out.info.id = unique_id(e.id);
    out.info.path = e.path;
    out.text = std::move(text);
    return true;
  }
}

} // namespace relgraph
