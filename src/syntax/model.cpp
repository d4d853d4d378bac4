// The syntax model file and the public tagging/parsing entry points.
#include "relgraph/errors.hpp"
#include "relgraph/syntax.hpp"
#include "syntax_detail.hpp"

#include <algorithm>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <numeric>

namespace relgraph {

using namespace syntax_detail;

SyntaxModel::SyntaxModel() : m_impl(std::make_unique<Impl>()) {}
SyntaxModel::~SyntaxModel() = default;
SyntaxModel::SyntaxModel(SyntaxModel&&) noexcept = default;
SyntaxModel& SyntaxModel::operator=(SyntaxModel&&) noexcept = default;

bool SyntaxModel::empty() const { return m_impl->tags.empty() || m_impl->tagger.rows() == 0; }
const std::vector<std::string>& SyntaxModel::tags() const { return m_impl->tags; }
const std::vector<std::string>& SyntaxModel::deprels() const { return m_impl->deprels; }

void SyntaxModel::set_beam(uint32_t width) {
  if (width < 1 || width > k_max_beam)
    throw UsageError("beam width must be 1-" + std::to_string(k_max_beam) + ", not " + std::to_string(width));
  if (width > 1 && trained_beam() == 0)
    throw InputError("this syntax model has no beam parser (retrain with 'relgraph train')");
  if (width > 1 && m_impl->beam_mover.rows() == 0) throw UsageError("the syntax model was loaded without its beam parser");
  m_impl->use_beam = width;
}
uint32_t SyntaxModel::beam() const { return m_impl->use_beam; }
void SyntaxModel::set_vote(bool on) {
  if (on && !can_vote())
    throw InputError("this syntax model has no right-to-left parser to vote with (retrain with 'relgraph train')");
  if (on && m_impl->r_beam_mover.rows() == 0)
    throw UsageError("the syntax model was loaded without its right-to-left parser");
  m_impl->use_vote = on;
}
bool SyntaxModel::vote() const { return m_impl->use_vote; }
bool SyntaxModel::can_vote() const {
  const Impl& m = *m_impl;
  return (m.r_beam_mover.rows() > 0 || m.has_right_to_left) && (m.beam_mover.rows() > 0 || m.has_beam);
}
uint32_t SyntaxModel::trained_beam() const {
  return m_impl->beam_mover.rows() > 0 || m_impl->has_beam ? m_impl->beam_width : 0;
}

std::string default_syntax_model_path() {
  const char* env = std::getenv("RELGRAPH_DATA");
  std::string base = env && *env ? env : RELGRAPH_DATA_DIR;
  return base + "/models/syntax-en.bin";
}

namespace {

// Little-endian writer/reader so the file is the same on every host.
struct Writer {
  std::string buf;
  void u8(uint8_t v) { buf.push_back(char(v)); }
  void u16(uint16_t v) { for (int i = 0; i < 2; ++i) u8(uint8_t(v >> (8 * i))); }
  void u32(uint32_t v) { for (int i = 0; i < 4; ++i) u8(uint8_t(v >> (8 * i))); }
  void u64(uint64_t v) { for (int i = 0; i < 8; ++i) u8(uint8_t(v >> (8 * i))); }
  void f32(float f) {
    uint32_t v;
    std::memcpy(&v, &f, 4);
    u32(v);
  }
  void str(const std::string& s) {
    u16(uint16_t(s.size()));
    buf += s;
  }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      u8(uint8_t(v | 0x80));
      v >>= 7;
    }
    u8(uint8_t(v));
  }
  void weight(int16_t q) { varint(uint64_t((uint32_t(q) << 1) ^ uint32_t(int32_t(q) >> 31)) & 0x1ffff); }
};

// Reads the file in chunks: the whole file is never held in memory beside the tables built from it.
struct Reader {
  std::ifstream& in;
  const std::string& path;
  uint64_t size = 0;      // of the file
  uint64_t consumed = 0;  // bytes before chunk[0]
  std::vector<char> chunk = std::vector<char>(1 << 16);
  size_t pos = 0, len = 0;
  uint64_t remaining() const { return size - consumed - pos; }
  void need(uint64_t n) {
    if (remaining() < n) throw InputError(path + ": truncated syntax model");
  }
  uint8_t u8() {
    if (pos == len) {
      consumed += len;
      pos = 0;
      len = 0;
      if (consumed < size) {
        in.read(chunk.data(), std::streamsize(std::min<uint64_t>(chunk.size(), size - consumed)));
        len = size_t(in.gcount());
      }
      if (len == 0) throw InputError(path + ": truncated syntax model");
    }
    return uint8_t(chunk[pos++]);
  }
  uint16_t u16() {
    // two statements: the order of two calls inside one expression is unspecified
    uint16_t lo = u8();
    uint16_t hi = u8();
    return uint16_t(lo | (hi << 8));
  }
  uint32_t u32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= uint32_t(u8()) << (8 * i);
    return v;
  }
  uint64_t u64() {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(u8()) << (8 * i);
    return v;
  }
  float f32() {
    uint32_t v = u32();
    float f;
    std::memcpy(&f, &v, 4);
    return f;
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const uint8_t b = u8();
      if (shift == 63 && b > 1) throw InputError(path + ": bad number in syntax model");
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  int16_t weight() {
    const uint64_t z = varint();
    const int64_t q = int64_t(z >> 1) ^ -int64_t(z & 1);
    if (q < -32768 || q > 32767) throw InputError(path + ": bad weight in syntax model");
    return int16_t(q);
  }
  std::string str() {
    size_t n = u16();
    need(n);
    std::string s(n, '\0');
    for (char& c : s) c = char(u8());
    return s;
  }
  bool magic() {
    char m[sizeof k_magic];
    for (char& c : m) c = char(u8());
    return std::memcmp(m, k_magic, sizeof k_magic) == 0;
  }
};

// A table: class count, row count, the fixed-point scale, then the rows in ascending key order:
// the key as its difference from the previous one (a varint: sorted hashes differ in their low
// ~46 bits), then the non-zero weights (zigzag varints of the fixed-point values) behind a byte
// of which classes have one (tables of up to 8 classes: the parser's moves) or behind a count,
// each with its class byte (rows hold ~3 non-zero classes of ~50).
void write_table(Writer& w, const WeightTable& t) {
  w.u32(t.classes());
  w.u64(t.rows());
  w.f32(t.scale());
  const std::vector<uint64_t>& keys = t.keys();
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  std::vector<float> row(t.classes());
  std::vector<int16_t> q(t.classes());
  const bool masked = t.classes() <= 8;
  uint64_t prev = 0;
  for (uint32_t r : order) {
    w.varint(keys[r] - prev);
    prev = keys[r];
    t.row_weights(r, row.data());
    uint32_t nz = 0, mask = 0;
    for (uint32_t c = 0; c < t.classes(); ++c) {
      q[c] = int16_t(std::lround(row[c] / t.scale()));  // exact: row[c] is q * scale
      nz += q[c] != 0;
      mask |= uint32_t(q[c] != 0) << c;
    }
    w.u8(uint8_t(masked ? mask : nz));
    for (uint32_t c = 0; c < t.classes(); ++c)
      if (q[c] != 0) {
        if (!masked) w.u8(uint8_t(c));
        w.weight(q[c]);
      }
  }
}

struct TableShape {
  uint32_t classes = 0;
  uint64_t rows = 0;
};

// keep false: the table is read and checked, but not built (a part loading leaves out).
TableShape read_table(Reader& r, WeightTable& t, bool keep = true) {
  uint32_t classes = r.u32();
  uint64_t rows = r.u64();
  float scale = r.f32();
  if (classes == 0 || classes > 250 || !(scale > 0.0f)) throw InputError(r.path + ": bad table header in syntax model");
  if (rows > r.remaining() / 2) throw InputError(r.path + ": truncated syntax model");  // 2+ bytes a row
  const bool masked = classes <= 8;
  std::vector<uint64_t> keys(keep ? rows : 0);
  std::vector<uint32_t> offsets;
  std::vector<Entry> entries;
  if (keep) {
    offsets.reserve(rows + 1);
    offsets.push_back(0);
    entries.reserve(rows * 3);
  }
  uint64_t key = 0;
  for (uint64_t row = 0; row < rows; ++row) {
    const uint64_t delta = r.varint();
    if (row > 0 && delta == 0) throw InputError(r.path + ": repeated key in syntax model");
    key += delta;
    if (keep) keys[row] = key;
    const uint32_t head = r.u8();
    if (masked) {
      if (head >> classes) throw InputError(r.path + ": bad class index in syntax model");
      for (uint32_t c = 0; c < classes; ++c)
        if (head >> c & 1) {
          const int16_t q = r.weight();
          if (keep && q != 0) entries.push_back(Entry{uint16_t(c), q});
        }
    } else {
      int last = -1;
      for (uint32_t e = 0; e < head; ++e) {
        const uint32_t c = r.u8();
        const int16_t q = r.weight();
        if (c >= classes || int(c) <= last) throw InputError(r.path + ": bad class index in syntax model");
        last = int(c);
        if (keep && q != 0) entries.push_back(Entry{uint16_t(c), q});
      }
    }
    if (keep) offsets.push_back(uint32_t(entries.size()));
  }
  if (keep) t.assign_rows(classes, std::move(keys), offsets, entries, scale);
  return TableShape{classes, rows};
}

} // namespace

void SyntaxModel::save(const std::string& path) const {
  const Impl& m = *m_impl;
  if (m.loaded != SyntaxParts::all) throw UsageError("a syntax model loaded without all its parsers cannot be saved");
  Writer w;
  w.buf.append(k_magic, sizeof k_magic);
  w.u32(k_version);
  w.u32(uint32_t(m.tags.size()));
  for (const auto& s : m.tags) w.str(s);
  w.u32(uint32_t(m.deprels.size()));
  for (const auto& s : m.deprels) w.str(s);
  w.u32(m.root_label);
  write_table(w, m.dict);
  write_table(w, m.vocab);
  write_table(w, m.tagger);
  write_table(w, m.tagger2);
  write_table(w, m.mover);
  write_table(w, m.labeler);
  w.u32(m.beam_width);
  write_table(w, m.beam_mover);
  write_table(w, m.r_labeler);
  write_table(w, m.r_beam_mover);
  write_table(w, m.clusters);
  w.buf.append(k_magic, sizeof k_magic);  // end marker: a cut file fails loudly
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out || !out.write(w.buf.data(), std::streamsize(w.buf.size())))
    throw OutputError("cannot write " + path);
}

SyntaxModel SyntaxModel::load(const std::string& path, SyntaxParts parts) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw InputError("cannot read syntax model " + path);
  const std::streamoff size = in.tellg();
  in.seekg(0);
  if (size < 0 || !in) throw InputError("cannot read syntax model " + path);
  Reader r{in, path, uint64_t(size)};
  if (r.remaining() < sizeof k_magic || !r.magic()) throw InputError(path + ": not a relgraph syntax model (bad magic)");
  uint32_t version = r.u32();
  if (version != k_version)
    throw InputError(path + ": syntax model version " + std::to_string(version) + ", this relgraph reads version " +
                     std::to_string(k_version) + " (retrain with 'relgraph train')");
  SyntaxModel model;
  Impl& m = *model.m_impl;
  m.tags.resize(r.u32());
  for (auto& s : m.tags) s = r.str();
  m.deprels.resize(r.u32());
  for (auto& s : m.deprels) s = r.str();
  m.root_label = r.u32();
  if (m.tags.empty() || m.tags.size() > 250 || m.deprels.size() > 64 || m.root_label >= m.deprels.size())
    throw InputError(path + ": bad label tables in syntax model");
  read_table(r, m.dict);
  read_table(r, m.vocab);
  read_table(r, m.tagger);
  read_table(r, m.tagger2);
  read_table(r, m.mover);
  read_table(r, m.labeler);
  m.beam_width = r.u32();
  m.loaded = parts;
  const bool beam = parts != SyntaxParts::greedy, right_to_left = parts == SyntaxParts::all;
  WeightTable skipped;
  const TableShape beam_moves = read_table(r, beam ? m.beam_mover : skipped, beam);
  const TableShape r_labels = read_table(r, right_to_left ? m.r_labeler : skipped, right_to_left);
  const TableShape r_moves = read_table(r, right_to_left ? m.r_beam_mover : skipped, right_to_left);
  m.has_beam = beam_moves.rows > 0;
  m.has_right_to_left = r_moves.rows > 0;
  read_table(r, m.clusters);
  r.need(sizeof k_magic);
  if (!r.magic() || r.remaining() != 0) throw InputError(path + ": corrupt syntax model (bad end marker)");
  if (m.tagger.classes() != m.tags.size() || m.tagger2.classes() != m.tags.size() || m.mover.classes() != mv_count || m.labeler.classes() != m.deprels.size() ||
      (beam_moves.rows > 0 && (beam_moves.classes != mv_count || m.beam_width < 2 || m.beam_width > k_max_beam)) ||
      (r_moves.rows > 0 && (r_moves.classes != mv_count || r_labels.classes != m.deprels.size() || beam_moves.rows == 0)))
    throw InputError(path + ": inconsistent syntax model tables");
  set_tag_kinds(m);
  return model;
}

// ---- Entry points ------------------------------------------------------------------------------

namespace {

void prepare_document(Workspace& ws, const Document& doc, const Sentence& s) {
  const size_t n = s.last_token - s.first_token;
  ws.resize(n);
  const bool have_norm = doc.norm.size() == doc.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t t = s.first_token + uint32_t(i);
    const bool before = (doc.tokens[t].flags & tok_space_before) != 0;
    const bool after = t + 1 >= doc.tokens.size() || (doc.tokens[t + 1].flags & tok_space_before) != 0;
    std::string_view raw = doc.token_text(t);
    if (have_norm) {
      set_atoms(ws, i, raw, doc.norm[t], before, after);
    } else {
      std::string norm = normalize_key(raw);  // only for hand-made Documents without norm
      set_atoms(ws, i, raw, norm, before, after);
    }
  }
}

void fill_tags(const Workspace& ws, const SyntaxModel::Impl& m, ParseResult& out) {
  out.tag.resize(ws.n);
  out.alt.resize(ws.n);
  for (size_t i = 0; i < ws.n; ++i) {
    out.tag[i] = m.tags[ws.tag[i]];
    out.alt[i] = m.tags[ws.alt[i]];
  }
}

void fill_tree(const Workspace& ws, const SyntaxModel::Impl& m, ParseResult& out) {
  out.head.resize(ws.n);
  out.deprel.resize(ws.n);
  for (size_t i = 0; i < ws.n; ++i) {
    out.head[i] = size_t(ws.head[i]) == ws.n ? -1 : ws.head[i];
    out.deprel[i] = m.deprels[ws.label[i]];
  }
}

// Tags and parses the sentence whose atoms ws holds into out (an empty sentence: empty out).
void analyse_workspace(Workspace& ws, const SyntaxModel& model, ParseResult& out) {
  if (ws.n == 0) {
    out.tag.clear();
    out.alt.clear();
    out.head.clear();
    out.deprel.clear();
    return;
  }
  tag_tokens(ws, model.impl());
  parse_tokens(ws, model.impl());
  fill_tags(ws, model.impl(), out);
  fill_tree(ws, model.impl(), out);
}

void check_model(const SyntaxModel& model) {
  if (model.empty()) throw InputError("syntax model is empty (load one with SyntaxModel::load)");
}

} // namespace

void tag_sentence(const Document& doc, uint32_t sentence, const SyntaxModel& model, ParseResult& out) {
  check_model(model);
  const Sentence& s = doc.sentences.at(sentence);
  Workspace& ws = thread_workspace();
  prepare_document(ws, doc, s);
  tag_tokens(ws, model.impl());
  out.sentence = sentence;
  out.first_token = s.first_token;
  fill_tags(ws, model.impl(), out);
  out.head.clear();
  out.deprel.clear();
}

void tag_and_parse(const Document& doc, uint32_t sentence, const SyntaxModel& model, ParseResult& out) {
  check_model(model);
  const Sentence& s = doc.sentences.at(sentence);
  Workspace& ws = thread_workspace();
  prepare_document(ws, doc, s);
  out.sentence = sentence;
  out.first_token = s.first_token;
  analyse_workspace(ws, model, out);
}

void parse_tagged(const Document& doc, const SyntaxModel& model, ParseResult& out, uint32_t prefix) {
  check_model(model);
  const Sentence& s = doc.sentences.at(out.sentence);
  Workspace& ws = thread_workspace();
  prepare_document(ws, doc, s);
  if (ws.n == 0 || out.tag.size() != ws.n || out.alt.size() != ws.n) {
    tag_and_parse(doc, out.sentence, model, out);
    return;
  }
  const std::vector<std::string>& tags = model.impl().tags;
  auto tag_id = [&](std::string_view v) {
    // the views point into this model's tag table; a string compare covers any other source
    size_t t = 0;
    while (t < tags.size() && tags[t].data() != v.data()) ++t;
    if (t == tags.size()) t = size_t(std::find(tags.begin(), tags.end(), v) - tags.begin());
    return t;
  };
  for (size_t i = 0; i < ws.n; ++i) {
    const size_t t = tag_id(out.tag[i]), a = tag_id(out.alt[i]);
    if (t == tags.size() || a == tags.size()) {
      tag_and_parse(doc, out.sentence, model, out);
      return;
    }
    ws.tag[i] = uint16_t(t);
    ws.alt[i] = uint16_t(a);  // the parser sees the runner-up tags the tagger was unsure of
  }
  set_clusters(ws, model.impl());
  const size_t n = ws.n;
  if (prefix + 0u < n) ws.n = prefix == 0 ? 1 : prefix;  // the parser stops where the prefix ends
  parse_tokens(ws, model.impl());
  fill_tree(ws, model.impl(), out);
  out.head.resize(n, -1);
  out.deprel.resize(n, std::string_view());
  ws.n = n;
}

void parse_sentences(const Document& doc, const std::vector<uint32_t>& sentences, const SyntaxModel& model,
                     std::vector<ParseResult>& out) {
  out.resize(sentences.size());
  for (size_t k = 0; k < sentences.size(); ++k) tag_and_parse(doc, sentences[k], model, out[k]);
}

void tag_and_parse_words(const std::vector<std::string>& forms, const std::vector<uint8_t>& space_after,
                         const SyntaxModel& model, ParseResult& out) {
  check_model(model);
  Workspace& ws = thread_workspace();
  const size_t n = forms.size();
  ws.resize(n);
  out.sentence = 0;
  out.first_token = 0;
  for (size_t i = 0; i < n; ++i) {
    const bool after = space_after.size() == n ? space_after[i] != 0 : true;
    const bool before = i == 0 || space_after.size() != n || space_after[i - 1] != 0;
    std::string norm = normalize_key(forms[i]);
    set_atoms(ws, i, forms[i], norm, before, after);
  }
  analyse_workspace(ws, model, out);
}

void SyntaxScores::add(const SyntaxScores& o) {
  tokens += o.tokens;
  tag_correct += o.tag_correct;
  head_correct += o.head_correct;
  label_correct += o.label_correct;
  base_correct += o.base_correct;
}

SyntaxScores evaluate_syntax(const std::vector<TreebankDocument>& docs, const SyntaxModel& model) {
  SyntaxScores sc;
  ParseResult r;
  for (const auto& doc : docs)
    for (const auto& s : doc.sentences) {
      tag_and_parse_words(s.forms, s.space_after, model, r);
      for (size_t i = 0; i < s.forms.size(); ++i) {
        ++sc.tokens;
        if (r.tag[i] == s.tags[i]) ++sc.tag_correct;
        if (r.head[i] == s.heads[i]) {
          ++sc.head_correct;
          if (r.deprel[i] == s.deprels[i]) ++sc.label_correct;
          std::string_view gold = s.deprels[i];
          if (r.base_relation(uint32_t(i)) == gold.substr(0, gold.find(':'))) ++sc.base_correct;
        }
      }
    }
  return sc;
}

} // namespace relgraph
