// Averaged-perceptron Penn tagger: greedy left to right over word, affix, shape and tag-history
// features; frequent unambiguous words are looked up instead of scored.
#include "syntax_detail.hpp"

#include <algorithm>

namespace relgraph::syntax_detail {
namespace {

constexpr uint64_t k_bos = 0x5b05b05b05b05b0ULL;
constexpr uint64_t k_eos = 0xe05e05e05e05e05ULL;

bool is_quote(std::string_view s) {
  return s == "\"" || s == "``" || s == "''" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" ||
         s == "\xE2\x80\x9E" || s == "\xC2\xAB" || s == "\xC2\xBB";
}

uint64_t shape_hash(std::string_view raw) {
  char buf[16];
  size_t n = 0;
  for (size_t i = 0; i < raw.size() && n < sizeof buf; ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    char s;
    if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c >= 0xC0) s = 'u';          // lead byte of a non-ASCII character
    else if (c >= 0x80) continue;         // continuation byte
    else s = char(c);
    if (n >= 2 && buf[n - 1] == s && buf[n - 2] == s) continue;  // "Xxxxx" -> "Xxx"
    buf[n++] = s;
  }
  return hash_bytes(buf, n, 7);
}

} // namespace

void Workspace::resize(size_t tokens) {
  n = tokens;
  if (word.size() >= tokens + 1) return;
  size_t cap = tokens + 1;
  for (auto* v : {&word, &pword, &hyph, &raw, &shape, &sfx1, &sfx2, &sfx3, &sfx4, &pre1, &pre2, &pre3, &lset, &rset}) v->resize(cap);
  flags.resize(cap);
  fine.resize(cap + 1);
  coarse.resize(cap + 1);
  tag.resize(cap);
  tag1.resize(cap);
  margin.resize(cap);
  alt.resize(cap);
  for (auto* v : {&stack, &head, &lc1, &lc2, &rc1, &rc2}) v->resize(cap);
  for (auto* v : {&label, &nl, &nr, &pre_verb, &pre_comma, &pre_punct}) v->resize(cap + 1);
}

Workspace& thread_workspace() {
  thread_local Workspace ws;
  return ws;
}

void set_atoms(Workspace& ws, size_t i, std::string_view raw, std::string_view norm, bool space_before,
               bool space_after) {
  if (is_quote(raw)) norm = "\"";  // opening and closing quotes of every script share features
  ws.word[i] = hash_str(norm, 1);
  ws.raw[i] = hash_str(raw, 2);
  ws.shape[i] = shape_hash(raw);
  const size_t m = norm.size();
  auto sfx = [&](size_t k) { return k <= m ? hash_bytes(norm.data() + m - k, k, 10 + k) : hash_bytes("", 0, 10 + k); };
  auto pre = [&](size_t k) { return k <= m ? hash_bytes(norm.data(), k, 20 + k) : hash_bytes("", 0, 20 + k); };
  ws.sfx1[i] = sfx(1);
  ws.sfx2[i] = sfx(2);
  ws.sfx3[i] = sfx(3);
  ws.sfx4[i] = sfx(4);
  ws.pre1[i] = pre(1);
  ws.pre2[i] = pre(2);
  ws.pre3[i] = pre(3);
  // After the last hyphen ("pro-Beijing" -> "beijing"): compounds take their last part's class.
  size_t dash = norm.rfind('-');
  ws.hyph[i] = dash == std::string_view::npos || dash + 1 >= m ? 0 : hash_str(norm.substr(dash + 1), 3);
  uint8_t f = 0;
  // Sentence edges count as spaced, whatever surrounds the sentence in the source.
  if (space_before || i == 0) f |= af_space_before;
  if (space_after || i + 1 == ws.n) f |= af_space_after;
  if (!raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z') f |= af_cap;
  if (i == 0) f |= af_first;
  if (i + 1 == ws.n) f |= af_last;
  ws.flags[i] = f;
}

void set_clusters(Workspace& ws, const SyntaxModel::Impl& m) {
  const bool any = m.clusters.rows() != 0 && m.clusters.classes() == 2;
  for (size_t i = 0; i < ws.n; ++i) {
    int16_t q[2] = {0, 0};
    if (any) m.clusters.find_fixed(ws.word[i], q);
    ws.fine[i] = uint16_t(q[0]);
    ws.coarse[i] = uint16_t(q[1]);
  }
}

uint16_t dict_tag(const SyntaxModel::Impl& m, uint64_t raw) {
  if (m.dict.rows() == 0) return k_no_tag;
  const int16_t* q = m.dict.find_small(raw);
  return q ? uint16_t(float(*q) * m.dict.scale() + 0.5f) : k_no_tag;
}

size_t tagger_features(const Workspace& ws, size_t i, bool second, uint64_t* out) {
  const size_t n = ws.n;
  const uint64_t t1 = i >= 1 ? ws.tag[i - 1] : 0xf1;
  const uint64_t t2 = i >= 2 ? ws.tag[i - 2] : 0xf2;
  const uint64_t w = ws.word[i];
  const uint64_t wm1 = i >= 1 ? ws.word[i - 1] : k_bos;
  const uint64_t wm2 = i >= 2 ? ws.word[i - 2] : k_bos;
  const uint64_t wp1 = i + 1 < n ? ws.word[i + 1] : k_eos;
  const uint64_t wp2 = i + 2 < n ? ws.word[i + 2] : k_eos;
  const uint64_t sm1 = i >= 1 ? ws.sfx3[i - 1] : k_bos;
  const uint64_t sp1 = i + 1 < n ? ws.sfx3[i + 1] : k_eos;
  const uint64_t shm1 = i >= 1 ? ws.shape[i - 1] : k_bos;
  const uint64_t shp1 = i + 1 < n ? ws.shape[i + 1] : k_eos;
  size_t k = 0;
  out[k++] = fkey(1, 0);
  out[k++] = fkey(2, w);
  out[k++] = fkey(3, ws.raw[i]);
  out[k++] = fkey(4, ws.sfx1[i]);
  out[k++] = fkey(5, ws.sfx2[i]);
  out[k++] = fkey(6, ws.sfx3[i]);
  out[k++] = fkey(7, ws.sfx4[i]);
  const uint64_t cap = (ws.flags[i] & af_cap) ? 1 : 2;  // "Put-in" is not "put"
  out[k++] = fkey(8, ws.pre1[i], cap);
  out[k++] = fkey(9, ws.pre2[i], cap);
  out[k++] = fkey(10, ws.pre3[i], cap);
  out[k++] = fkey(11, ws.shape[i]);
  out[k++] = fkey(12, t1);
  out[k++] = fkey(13, t2, t1);
  out[k++] = fkey(14, t1, w);
  out[k++] = fkey(15, wm1);
  out[k++] = fkey(16, sm1);
  out[k++] = fkey(17, wm2);
  out[k++] = fkey(18, wp1);
  out[k++] = fkey(19, sp1);
  out[k++] = fkey(20, wp2);
  out[k++] = fkey(21, wm1, w);
  out[k++] = fkey(22, w, wp1);
  out[k++] = fkey(23, ws.flags[i], ws.shape[i]);
  out[k++] = fkey(24, t1, ws.sfx3[i]);
  out[k++] = fkey(25, shm1, ws.shape[i], shp1);
  out[k++] = fkey(26, t1, wp1);
  out[k++] = fkey(27, ws.flags[i], w);
  out[k++] = fkey(28, wm1, wp1);
  out[k++] = fkey(29, t1, ws.shape[i]);
  out[k++] = fkey(30, i + 1 < n ? ws.sfx2[i + 1] : k_eos, ws.sfx3[i]);
  out[k++] = fkey(31, ws.hyph[i]);
  const uint64_t cf = ws.fine[i], cc = ws.coarse[i];
  out[k++] = fkey(32, cf);
  out[k++] = fkey(33, cc, ws.flags[i] & af_cap);
  out[k++] = fkey(34, i >= 1 ? ws.fine[i - 1] : 0xfff0);
  out[k++] = fkey(35, i + 1 < n ? ws.fine[i + 1] : 0xfff1);
  out[k++] = fkey(36, t1, cc);
  out[k++] = fkey(37, cf, ws.sfx2[i]);
  if (second) {  // the first pass's tags, right context included
    const uint64_t f0 = ws.tag1[i];
    const uint64_t f1 = i + 1 < n ? ws.tag1[i + 1] : 0xe1;
    const uint64_t f2 = i + 2 < n ? ws.tag1[i + 2] : 0xe2;
    out[k++] = fkey(40, f0);
    out[k++] = fkey(41, f1);
    out[k++] = fkey(42, f1, f2);
    out[k++] = fkey(43, f0, f1);
    out[k++] = fkey(44, t1, f1);
    out[k++] = fkey(45, w, f1);
    out[k++] = fkey(46, f0, w);
    out[k++] = fkey(47, t1, f0, f1);
  }
  return k;
}

void tag_pass(Workspace& ws, const SyntaxModel::Impl& m, bool second) {
  const WeightTable& table = second ? m.tagger2 : m.tagger;
  const uint32_t classes = table.classes();
  for (size_t i = 0; i < ws.n; ++i) {
    uint16_t t = dict_tag(m, ws.raw[i]);
    if (t != k_no_tag) {
      ws.margin[i] = k_confident;
      ws.alt[i] = t;
    } else if (second && ws.margin[i] >= k_confident) {
      t = ws.tag1[i];  // the first pass was sure: the second would agree
      ws.alt[i] = t;
    } else {
      size_t nf = tagger_features(ws, i, second, ws.keys);
      table.score(ws.keys, nf, ws.scores);
      uint32_t best = 0;
      for (uint32_t c = 1; c < classes; ++c)
        if (ws.scores[c] > ws.scores[best]) best = c;
      float runner_up = -1e30f;
      uint32_t second_best = best;
      for (uint32_t c = 0; c < classes; ++c)
        if (c != best && ws.scores[c] > runner_up) {
          runner_up = ws.scores[c];
          second_best = c;
        }
      ws.margin[i] = ws.scores[best] - runner_up;
      t = uint16_t(best);
      ws.alt[i] = uint16_t(ws.margin[i] < k_unsure ? second_best : best);
    }
    ws.tag[i] = t;
  }
}

void tag_tokens(Workspace& ws, const SyntaxModel::Impl& m) {
  set_clusters(ws, m);
  tag_pass(ws, m, false);
  if (m.tagger2.rows() == 0) return;
  std::copy(ws.tag.begin(), ws.tag.begin() + ws.n, ws.tag1.begin());
  tag_pass(ws, m, true);
}

} // namespace relgraph::syntax_detail
