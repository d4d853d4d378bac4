// Arc-eager parser: the root sits at the end of the buffer and takes one dependent; a move
// classifier (shift, left, right, reduce) and a relation classifier share the same state. Once
// only the root is left, the remaining moves are forced: words with heads are reduced, the last
// headless word becomes the root's dependent, any other headless word the dependent of the word
// below it on the stack. Greedy with the locally trained move classifier, or a beam search with
// the globally trained one (a derivation's score is the sum of its moves' scores).
#include "syntax_detail.hpp"

#include <algorithm>
#include <array>
#include <cmath>


namespace relgraph::syntax_detail {
namespace {

constexpr uint64_t k_none_w = 0x4e4f4e45ULL;
constexpr uint64_t k_root_w = 0x524f4f54ULL;

uint64_t dist_bucket(int32_t d) {
  if (d <= 4) return uint64_t(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

void add_arc(Workspace& ws, int32_t h, int32_t d, uint16_t label) {
  ws.head[d] = h;
  ws.label[d] = label;
  const uint64_t bit = uint64_t(1) << (label & 63);
  if (d < h) {  // a new left child is always further left than the previous ones
    ws.lc2[h] = ws.lc1[h];
    ws.lc1[h] = d;
    ++ws.nl[h];
    ws.lset[h] |= bit;
  } else {      // a new right child is always further right
    ws.rc2[h] = ws.rc1[h];
    ws.rc1[h] = d;
    ++ws.nr[h];
    ws.rset[h] |= bit;
  }
}

} // namespace

void set_tag_kinds(SyntaxModel::Impl& m) {
  m.tag_kind.assign(m.tags.size(), 0);
  for (size_t t = 0; t < m.tags.size(); ++t) {
    const std::string& s = m.tags[t];
    uint8_t k = 0;
    if ((!s.empty() && s[0] == 'V') || s == "MD") k |= tk_verb;
    if (s == ",") k |= tk_comma;
    else if (s == "." || s == ":" || s == "``" || s == "''" || s == "-LRB-" || s == "-RRB-" || s == "HYPH" || s == "NFP")
      k |= tk_punct;
    if (s == "CC") k |= tk_cc;
    m.tag_kind[t] = k;
  }
}

void set_parser_words(Workspace& ws, const SyntaxModel::Impl& m) {
  uint16_t verbs = 0, commas = 0, puncts = 0;
  for (size_t i = 0; i < ws.n; ++i) {
    ws.pword[i] = m.vocab.find_small(ws.word[i]) ? ws.word[i] : mix64(ws.shape[i] ^ (ws.sfx3[i] << 1));
    ws.pre_verb[i] = verbs;
    ws.pre_comma[i] = commas;
    ws.pre_punct[i] = puncts;
    const uint8_t k = ws.tag[i] < m.tag_kind.size() ? m.tag_kind[ws.tag[i]] : 0;
    verbs += (k & tk_verb) != 0;
    commas += (k & tk_comma) != 0;
    puncts += (k & tk_punct) != 0;
  }
  ws.pre_verb[ws.n] = verbs;
  ws.pre_comma[ws.n] = commas;
  ws.pre_punct[ws.n] = puncts;
}

void parser_init(Workspace& ws) {
  const size_t n = ws.n;
  for (size_t i = 0; i <= n; ++i) {
    ws.head[i] = -1;
    ws.lc1[i] = ws.lc2[i] = ws.rc1[i] = ws.rc2[i] = -1;
    ws.label[i] = k_no_label;
    ws.nl[i] = ws.nr[i] = 0;
    ws.lset[i] = ws.rset[i] = 0;
  }
  ws.depth = 0;
  ws.unattached = 0;
  ws.b0 = 0;
}

bool parser_done(const Workspace& ws) { return ws.depth == 0 && size_t(ws.b0) == ws.n; }

bool move_valid(const Workspace& ws, uint32_t mv) {
  const bool at_root = size_t(ws.b0) == ws.n;
  const bool headless = ws.depth >= 1 && ws.head[ws.stack[ws.depth - 1]] < 0;
  switch (mv) {
  case mv_shift: return !at_root;
  case mv_left: return headless && (!at_root || ws.unattached == 1);  // the root takes one dependent
  case mv_right: return ws.depth >= 1 && !at_root;
  case mv_reduce: return ws.depth >= 1 && !headless;
  case mv_attach: return at_root && headless && ws.unattached >= 2;
  default: return false;
  }
}

uint32_t forced_move(const Workspace& ws) {
  if (ws.depth == 0) return mv_shift;
  if (size_t(ws.b0) == ws.n) {  // only the root is left: pop everything, one word takes the root
    if (ws.head[ws.stack[ws.depth - 1]] >= 0) return mv_reduce;
    return ws.unattached == 1 ? mv_left : mv_attach;
  }
  return mv_choose;
}

void move_arc(const Workspace& ws, uint32_t mv, int32_t& h, int32_t& d) {
  const int32_t s0 = ws.depth ? ws.stack[ws.depth - 1] : -1;
  h = d = -1;
  if (mv == mv_left) {
    h = ws.b0;
    d = s0;
  } else if (mv == mv_right) {
    h = s0;
    d = ws.b0;
  } else if (mv == mv_attach) {
    h = ws.depth >= 2 ? ws.stack[ws.depth - 2] : -1;
    d = s0;
  }
}

void apply_move(Workspace& ws, uint32_t mv, uint16_t label) {
  switch (mv) {
  case mv_shift:
    ws.stack[ws.depth++] = ws.b0++;
    ++ws.unattached;
    return;
  case mv_right:
    add_arc(ws, ws.stack[ws.depth - 1], ws.b0, label);
    ws.stack[ws.depth++] = ws.b0++;
    return;
  case mv_reduce:
    --ws.depth;
    return;
  default: {  // left, attach
    int32_t h, d;
    move_arc(ws, mv, h, d);
    add_arc(ws, h, d, label);
    --ws.depth;
    --ws.unattached;
  }
  }
}

size_t mover_features(const Workspace& ws, uint64_t* out) {
  const int32_t n = int32_t(ws.n);
  auto W = [&](int32_t x) -> uint64_t { return x < 0 ? k_none_w : x == n ? k_root_w : ws.pword[x]; };
  auto P = [&](int32_t x) -> uint64_t { return x < 0 ? 0xa0 : x == n ? 0xa1 : ws.tag[x]; };
  auto L = [&](int32_t x) -> uint64_t { return x < 0 ? 0xb0 : ws.label[x]; };
  auto C = [&](const std::vector<int32_t>& v, int32_t x) -> int32_t { return x < 0 ? -1 : v[x]; };
  const size_t depth = ws.depth;
  const int32_t s0 = depth >= 1 ? ws.stack[depth - 1] : -1;
  const int32_t s1 = depth >= 2 ? ws.stack[depth - 2] : -1;
  const int32_t s2 = depth >= 3 ? ws.stack[depth - 3] : -1;
  const int32_t b0 = ws.b0;
  const int32_t b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const int32_t b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const int32_t s0l = C(ws.lc1, s0), s0l2 = C(ws.lc2, s0), s0r = C(ws.rc1, s0), s0r2 = C(ws.rc2, s0);
  const int32_t s1l = C(ws.lc1, s1), s1r = C(ws.rc1, s1), s1r2 = C(ws.rc2, s1);
  const int32_t b0l = C(ws.lc1, b0), b0l2 = C(ws.lc2, b0);

  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2), s2w = W(s2);
  const uint64_t b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
  const uint64_t s0wp = s0w ^ (s0p << 48), s1wp = s1w ^ (s1p << 48), b0wp = b0w ^ (b0p << 48);
  const uint64_t b1wp = b1w ^ (b1p << 48);
  const uint64_t d1 = s0 < 0 ? 9 : b0 == n ? 8 : dist_bucket(b0 - s0);
  const uint64_t d2 = s1 < 0 ? 9 : dist_bucket(s0 - s1);
  const uint64_t s0ls = s0 < 0 ? 1 : ws.lset[s0], s0rs = s0 < 0 ? 1 : ws.rset[s0];
  const uint64_t s1ls = s1 < 0 ? 1 : ws.lset[s1], s1rs = s1 < 0 ? 1 : ws.rset[s1];
  const uint64_t b0ls = ws.lset[b0];

  size_t k = 0;
  out[k++] = fkey(100, 0);
  // single positions
  out[k++] = fkey(101, s0wp);
  out[k++] = fkey(102, s0w);
  out[k++] = fkey(103, s0p);
  out[k++] = fkey(104, s1wp);
  out[k++] = fkey(105, s1w);
  out[k++] = fkey(106, s1p);
  out[k++] = fkey(107, b0wp);
  out[k++] = fkey(108, b0w);
  out[k++] = fkey(109, b0p);
  out[k++] = fkey(110, b1wp);
  out[k++] = fkey(111, b1w);
  out[k++] = fkey(112, b1p);
  out[k++] = fkey(113, b2w);
  out[k++] = fkey(114, b2p);
  out[k++] = fkey(115, s2p);
  out[k++] = fkey(116, s2w);
  // pairs s0-b0
  out[k++] = fkey(120, s0wp, b0wp);
  out[k++] = fkey(121, s0wp, b0w);
  out[k++] = fkey(122, s0w, b0wp);
  out[k++] = fkey(123, s0wp, b0p);
  out[k++] = fkey(124, s0p, b0wp);
  out[k++] = fkey(125, s0w, b0w);
  out[k++] = fkey(126, s0p, b0p);
  out[k++] = fkey(127, b0p, b1p);
  // pairs s1-s0
  out[k++] = fkey(130, s1wp, s0wp);
  out[k++] = fkey(135, s1w, s0w);
  out[k++] = fkey(136, s1p, s0p);
  out[k++] = fkey(137, s1p, b0p);
  out[k++] = fkey(138, s1w, b0w);
  // tag triples
  out[k++] = fkey(140, b0p, b1p, b2p);
  out[k++] = fkey(141, s0p, b0p, b1p);
  out[k++] = fkey(142, s1p, s0p, b0p);
  out[k++] = fkey(143, s2p, s1p, s0p);
  out[k++] = fkey(144, s0p, P(s0l), b0p);
  out[k++] = fkey(145, s0p, P(s0r), b0p);
  out[k++] = fkey(146, s0p, b0p, P(b0l));
  out[k++] = fkey(147, s1p, P(s1r), s0p);
  out[k++] = fkey(148, s1p, P(s1l), s0p);
  out[k++] = fkey(149, s1p, s0p, P(s0l));
  out[k++] = fkey(150, s1p, s0p, P(s0r));
  out[k++] = fkey(151, s0p, P(s0l), P(s0l2));
  out[k++] = fkey(152, s0p, P(s0r), P(s0r2));
  out[k++] = fkey(153, b0p, P(b0l), P(b0l2));
  out[k++] = fkey(154, s1p, P(s1r), P(s1r2));
  out[k++] = fkey(155, s1p, s0p, b1p);
  out[k++] = fkey(156, s0w, b0p, b1p);
  out[k++] = fkey(157, s0p, b0w, b1p);
  out[k++] = fkey(158, s0p, b0p, b1w);
  out[k++] = fkey(159, s1p, s0w, b0p);
  // distance
  out[k++] = fkey(160, s0w, d1);
  out[k++] = fkey(161, s0p, d1);
  out[k++] = fkey(162, b0w, d1);
  out[k++] = fkey(163, b0p, d1);
  out[k++] = fkey(164, s0w, b0w, d1);
  out[k++] = fkey(165, s0p, b0p, d1);
  out[k++] = fkey(166, s1w, d2);
  out[k++] = fkey(167, s1p, d2);
  out[k++] = fkey(168, s0w, d2);
  out[k++] = fkey(169, s0p, d2);
  out[k++] = fkey(170, s1w, s0w, d2);
  out[k++] = fkey(171, s1p, s0p, d2);
  // children
  out[k++] = fkey(190, W(s0l));
  out[k++] = fkey(191, P(s0l));
  out[k++] = fkey(192, L(s0l));
  out[k++] = fkey(193, W(s0r));
  out[k++] = fkey(194, P(s0r));
  out[k++] = fkey(195, L(s0r));
  out[k++] = fkey(196, W(s0l2));
  out[k++] = fkey(197, P(s0l2));
  out[k++] = fkey(198, L(s0l2));
  out[k++] = fkey(199, W(s0r2));
  out[k++] = fkey(200, P(s0r2));
  out[k++] = fkey(201, L(s0r2));
  out[k++] = fkey(202, W(b0l));
  out[k++] = fkey(203, P(b0l));
  out[k++] = fkey(204, L(b0l));
  out[k++] = fkey(205, W(b0l2));
  out[k++] = fkey(206, P(b0l2));
  out[k++] = fkey(207, L(b0l2));
  out[k++] = fkey(208, W(s1l));
  out[k++] = fkey(209, P(s1l));
  out[k++] = fkey(210, L(s1l));
  out[k++] = fkey(211, W(s1r));
  out[k++] = fkey(212, P(s1r));
  out[k++] = fkey(213, L(s1r));
  // label sets and label pairs
  out[k++] = fkey(220, s0w, s0ls);
  out[k++] = fkey(221, s0p, s0ls);
  out[k++] = fkey(222, s0w, s0rs);
  out[k++] = fkey(223, s0p, s0rs);
  out[k++] = fkey(224, b0w, b0ls);
  out[k++] = fkey(225, b0p, b0ls);
  out[k++] = fkey(226, s1p, s1rs);
  out[k++] = fkey(227, s1p, s1ls);
  out[k++] = fkey(228, s0p, L(s0l), L(s0l2));
  out[k++] = fkey(229, s0p, L(s0r), L(s0r2));
  out[k++] = fkey(230, b0p, L(b0l), L(b0l2));
  out[k++] = fkey(231, s1p, s0p, s0ls);
  out[k++] = fkey(232, s0p, s0ls, b0p);
  // valency: numbers of left and right children so far
  const uint64_t s0vl = s0 < 0 ? 99 : ws.nl[s0], s0vr = s0 < 0 ? 99 : ws.nr[s0], b0vl = ws.nl[b0];
  const uint64_t s1vr = s1 < 0 ? 99 : ws.nr[s1];
  out[k++] = fkey(240, s0w, s0vl);
  out[k++] = fkey(241, s0p, s0vl);
  out[k++] = fkey(242, s0w, s0vr);
  out[k++] = fkey(243, s0p, s0vr);
  out[k++] = fkey(244, b0w, b0vl);
  out[k++] = fkey(245, b0p, b0vl);
  out[k++] = fkey(246, s1p, s1vr);
  out[k++] = fkey(247, s0p, b0p, s0vr);
  // arc-eager: s0 may already have its head
  const int32_t s0h = s0 < 0 ? -1 : ws.head[s0];
  const int32_t s0h2 = s0h < 0 ? -1 : ws.head[s0h];
  const uint64_t s0hp = P(s0h), s0L = L(s0);
  out[k++] = fkey(250, W(s0h));
  out[k++] = fkey(251, s0hp);
  out[k++] = fkey(252, s0L);
  out[k++] = fkey(253, s0hp, s0p, b0p);
  out[k++] = fkey(254, P(s0h2), s0hp, s0p);
  out[k++] = fkey(255, s0L, s0p, b0p);
  out[k++] = fkey(256, W(s0h), s0p);
  out[k++] = fkey(257, s0hp, s0L, s0p);
  // what lies between s1 and s0, and between s0 and b0: verbs, commas, other punctuation
  auto between = [&](int32_t a, int32_t b) -> uint64_t {  // a < b, positions a+1 .. b-1
    if (a < 0) return 0xff;
    auto c3 = [](int v) { return uint64_t(v > 2 ? 2 : v); };
    return c3(ws.pre_verb[b] - ws.pre_verb[a + 1]) | c3(ws.pre_comma[b] - ws.pre_comma[a + 1]) << 2 |
           c3(ws.pre_punct[b] - ws.pre_punct[a + 1]) << 4;
  };
  const uint64_t bt0 = between(s0, b0), bt1 = s1 < 0 ? 0xff : between(s1, s0);
  out[k++] = fkey(260, bt0);
  out[k++] = fkey(261, bt0, s0p, b0p);
  out[k++] = fkey(262, bt1, s1p, s0p);
  out[k++] = fkey(263, bt0, s0w);
  out[k++] = fkey(264, bt0, b0w);
  // the words right after s0 and right before b0
  const uint64_t s0n = s0 < 0 ? 0xa0 : P(s0 + 1), b0b = b0 >= 1 ? P(b0 - 1) : 0xa0;
  out[k++] = fkey(265, s0n, s0p, b0p);
  out[k++] = fkey(266, b0b, s0p, b0p);
  out[k++] = fkey(267, s0 >= 1 ? P(s0 - 1) : 0xa0, s0p, b0p);
  // the tagger's runner-up where it was unsure
  auto A = [&](int32_t x) -> uint64_t { return x < 0 ? 0xa0 : x == n ? 0xa1 : ws.alt[x]; };
  out[k++] = fkey(270, A(s0), s0p);
  out[k++] = fkey(271, A(b0), b0p);
  out[k++] = fkey(272, A(s0), s0p, b0p);
  out[k++] = fkey(273, s0p, A(b0), b0p);
  out[k++] = fkey(274, A(b1), b1p);
  // word clusters: rare words share the features of frequent words they resemble
  auto F = [&](int32_t x) -> uint64_t { return x < 0 ? 0xfff0 : x == n ? 0xfffe : ws.fine[x]; };
  auto K = [&](int32_t x) -> uint64_t { return x < 0 ? 0xfff0 : x == n ? 0xfffe : ws.coarse[x]; };
  const uint64_t s0f = F(s0), b0f = F(b0), s0c = K(s0), b0c = K(b0);
  out[k++] = fkey(280, s0f, s0p);
  out[k++] = fkey(281, b0f, b0p);
  out[k++] = fkey(282, F(b1), b1p);
  out[k++] = fkey(283, F(s1), s1p);
  out[k++] = fkey(284, s0c, b0p);
  out[k++] = fkey(285, s0p, b0c);
  out[k++] = fkey(286, s0f, b0f);
  out[k++] = fkey(287, s0c, s0p, b0c ^ (b0p << 16));
  out[k++] = fkey(288, K(s1), s1p, s0c ^ (s0p << 16));
  out[k++] = fkey(289, s0f, b0p, d1);
  out[k++] = fkey(290, s0p, b0f, d1);
  out[k++] = fkey(291, b0f, K(b1));
  return k;
}

size_t labeler_features(const Workspace& ws, int32_t h, int32_t d, uint64_t* out) {
  const int32_t n = int32_t(ws.n);
  auto W = [&](int32_t x) -> uint64_t { return x < 0 ? k_none_w : x == n ? k_root_w : ws.pword[x]; };
  auto P = [&](int32_t x) -> uint64_t { return x < 0 ? 0xa0 : x == n ? 0xa1 : ws.tag[x]; };
  auto L = [&](int32_t x) -> uint64_t { return x < 0 ? 0xb0 : ws.label[x]; };
  const uint64_t dir = d < h ? 1 : 2;
  const uint64_t dist = dist_bucket(d < h ? h - d : d - h) | (dir << 8);
  const uint64_t dw = W(d), dp = P(d), hw = W(h), hp = P(h);
  const int32_t dl = ws.lc1[d], dl2 = ws.lc2[d], dr = ws.rc1[d];
  const int32_t hl = ws.lc1[h], hr = ws.rc1[h];
  const uint64_t dm1 = d >= 1 ? ws.tag[d - 1] : 0xa0, dp1 = d + 1 < n ? ws.tag[d + 1] : 0xa1;
  size_t k = 0;
  out[k++] = fkey(300, 0);
  out[k++] = fkey(301, dw);
  out[k++] = fkey(302, dp);
  out[k++] = fkey(303, dw, dp);
  out[k++] = fkey(304, hw);
  out[k++] = fkey(305, hp);
  out[k++] = fkey(306, hw, hp);
  out[k++] = fkey(307, hp, dp, dir);
  out[k++] = fkey(308, hw, dp, dir);
  out[k++] = fkey(309, hp, dw, dir);
  out[k++] = fkey(310, hw, dw);
  out[k++] = fkey(311, dist);
  out[k++] = fkey(312, dp, hp, dist);
  out[k++] = fkey(313, dp, dir);
  out[k++] = fkey(314, W(dl), dp);
  out[k++] = fkey(315, P(dl), dp);
  out[k++] = fkey(316, L(dl), dp);
  out[k++] = fkey(317, W(dl), hp, dp);
  out[k++] = fkey(318, W(dr), dp);
  out[k++] = fkey(319, P(dr), L(dr), dp);
  out[k++] = fkey(320, ws.lset[d], dp);
  out[k++] = fkey(321, ws.rset[d], dp);
  out[k++] = fkey(322, ws.lset[h], hp, dir);
  out[k++] = fkey(323, ws.rset[h], hp, dir);
  out[k++] = fkey(324, ws.sfx3[d], dp);
  out[k++] = fkey(325, ws.shape[d], dp);
  out[k++] = fkey(326, dm1, dp, dp1);
  out[k++] = fkey(327, L(dl), L(dl2), dp);
  out[k++] = fkey(328, ws.nl[d], ws.nr[d], dp);
  out[k++] = fkey(329, L(hl), hp, dir);
  out[k++] = fkey(330, L(hr), hp, dir);
  out[k++] = fkey(331, W(dl), hw);
  out[k++] = fkey(332, dw, hp, dir);
  out[k++] = fkey(333, hp, dp, L(dl));
  out[k++] = fkey(334, d == 0 ? 1 : 0, dp, dir);
  out[k++] = fkey(335, h < n ? ws.pword[h] : k_root_w, P(dl), dp);
  out[k++] = fkey(336, ws.alt[d], dp);
  out[k++] = fkey(337, ws.fine[d], dp);
  // the root's clusters are a marker of their own (a prefix parse may stop before the last word)
  const uint64_t hf = h < n ? ws.fine[h] : 0xfffe, hc = h < n ? ws.coarse[h] : 0xfffe;
  out[k++] = fkey(338, hf, hp);
  out[k++] = fkey(339, hc, ws.coarse[d], dir);
  out[k++] = fkey(340, hp, dp, ws.fine[d] ^ (dir << 16));
  out[k++] = fkey(341, hf, dp, dir);
  return k;
}

uint16_t choose_label(Workspace& ws, const SyntaxModel::Impl& m, const WeightTable& labeler, uint32_t mv) {
  if (mv == mv_shift || mv == mv_reduce) return k_no_label;
  int32_t h, d;
  move_arc(ws, mv, h, d);
  if (size_t(h) == ws.n) return uint16_t(m.root_label);
  const uint32_t labels = labeler.classes();
  size_t nl = labeler_features(ws, h, d, ws.keys);
  labeler.score(ws.keys, nl, ws.scores);
  uint32_t bl = labels;
  for (uint32_t c = 0; c < labels; ++c)
    if (c != m.root_label && (bl == labels || ws.scores[c] > ws.scores[bl])) bl = c;
  return uint16_t(bl);
}

void reverse_tokens(Workspace& ws, const SyntaxModel::Impl& m) {
  const size_t n = ws.n;
  for (auto* v : {&ws.word, &ws.pword, &ws.hyph, &ws.raw, &ws.shape, &ws.sfx1, &ws.sfx2, &ws.sfx3, &ws.sfx4, &ws.pre1,
                  &ws.pre2, &ws.pre3})
    std::reverse(v->begin(), v->begin() + n);
  for (auto* v : {&ws.fine, &ws.coarse, &ws.tag, &ws.tag1, &ws.alt}) std::reverse(v->begin(), v->begin() + n);
  std::reverse(ws.margin.begin(), ws.margin.begin() + n);
  std::reverse(ws.flags.begin(), ws.flags.begin() + n);
  auto swap_bits = [](uint8_t f, uint8_t a, uint8_t b) {
    const uint8_t out = uint8_t(f & ~(a | b));
    return uint8_t(out | ((f & a) ? b : 0) | ((f & b) ? a : 0));
  };
  for (size_t i = 0; i < n; ++i)
    ws.flags[i] = swap_bits(swap_bits(ws.flags[i], af_space_before, af_space_after), af_first, af_last);
  set_parser_words(ws, m);
}

namespace {
template <class T> void copy_n1(const std::vector<T>& from, std::vector<T>& to, size_t n) {
  if (to.size() < n) to.resize(n);
  std::copy(from.begin(), from.begin() + n, to.begin());
}
} // namespace

void save_state(const Workspace& ws, ParseState& st) {
  const size_t n = ws.n + 1;
  copy_n1(ws.stack, st.stack, ws.depth);
  copy_n1(ws.head, st.head, n);
  copy_n1(ws.lc1, st.lc1, n);
  copy_n1(ws.lc2, st.lc2, n);
  copy_n1(ws.rc1, st.rc1, n);
  copy_n1(ws.rc2, st.rc2, n);
  copy_n1(ws.label, st.label, n);
  copy_n1(ws.nl, st.nl, n);
  copy_n1(ws.nr, st.nr, n);
  copy_n1(ws.lset, st.lset, n);
  copy_n1(ws.rset, st.rset, n);
  st.depth = ws.depth;
  st.unattached = ws.unattached;
  st.b0 = ws.b0;
}

void load_state(Workspace& ws, const ParseState& st) {
  const size_t n = ws.n + 1;
  std::copy(st.stack.begin(), st.stack.begin() + st.depth, ws.stack.begin());
  std::copy(st.head.begin(), st.head.begin() + n, ws.head.begin());
  std::copy(st.lc1.begin(), st.lc1.begin() + n, ws.lc1.begin());
  std::copy(st.lc2.begin(), st.lc2.begin() + n, ws.lc2.begin());
  std::copy(st.rc1.begin(), st.rc1.begin() + n, ws.rc1.begin());
  std::copy(st.rc2.begin(), st.rc2.begin() + n, ws.rc2.begin());
  std::copy(st.label.begin(), st.label.begin() + n, ws.label.begin());
  std::copy(st.nl.begin(), st.nl.begin() + n, ws.nl.begin());
  std::copy(st.nr.begin(), st.nr.begin() + n, ws.nr.begin());
  std::copy(st.lset.begin(), st.lset.begin() + n, ws.lset.begin());
  std::copy(st.rset.begin(), st.rset.begin() + n, ws.rset.begin());
  ws.depth = st.depth;
  ws.unattached = st.unattached;
  ws.b0 = st.b0;
}

void VoteScratch::resize(size_t n) {
  w = n + 1;
  for (size_t k = 0; k < 3; ++k) {
    head[k].resize(n);
    label[k].resize(n);
  }
  for (size_t k = 0; k < 2; ++k) {
    comp[k].assign(w * w, 0.0f);
    inc[k].assign(w * w, 0.0f);
    comp_at[k].assign(w * w, 0);
    inc_at[k].assign(w * w, 0);
  }
  arc.assign(w * w, 0.0f);
  tree.assign(w, 0);
}

namespace {
// Head h (root = n) of a tree parsed reversed when `reversed`, in the sentence's order.
int32_t restored(int32_t h, size_t n, bool reversed) {
  return reversed && size_t(h) != n ? int32_t(n - 1 - size_t(h)) : h;
}
size_t chart_of(int32_t h, size_t n) { return size_t(h) == n ? 0 : size_t(h) + 1; }
} // namespace

void VoteScratch::vote_tree(size_t k) {
  const size_t n = w - 1;
  for (size_t d = 0; d < n; ++d) arc[chart_of(head[k][d], n) * w + d + 1] += k_vote_weight[k];
}

void VoteScratch::keep(size_t k, const Workspace& ws, bool reversed) {
  const size_t n = ws.n;
  for (size_t i = 0; i < n; ++i) {
    const size_t d = reversed ? n - 1 - i : i;
    head[k][d] = restored(ws.head[i], n, reversed);
    label[k][d] = ws.label[i];
  }
}

void VoteScratch::take(size_t k, const Workspace& ws, bool reversed) {
  keep(k, ws, reversed);
  vote_tree(k);
}

void VoteScratch::take_beam(size_t k, const Workspace& ws, bool reversed, const std::vector<ParseState>& beam,
                            size_t live) {
  keep(k, ws, reversed);
  const size_t n = ws.n;
  share.resize(live);
  double total = 0.0;
  for (size_t j = 0; j < live; ++j) total += share[j] = std::exp((beam[j].score - beam[0].score) / k_vote_temperature);
  for (size_t j = 0; j < live; ++j) {
    const float v = float(double(k_vote_weight[k]) * share[j] / total);
    for (size_t i = 0; i < n; ++i) {
      const size_t d = reversed ? n - 1 - i : i;
      arc[chart_of(restored(beam[j].head[i], n, reversed), n) * w + d + 1] += v;
    }
  }
}

void VoteScratch::combine(Workspace& ws, const SyntaxModel::Impl& m) {
  const size_t n = ws.n;
  auto at = [&](size_t s, size_t t) { return s * w + t; };
  for (size_t len = 1; len < n; ++len)
    for (size_t s = 1; s + len <= n; ++s) {
      const size_t t = s + len;
      float best = -1e30f;
      int32_t arg = 0;
      for (size_t r = s; r < t; ++r) {
        const float v = comp[1][at(s, r)] + comp[0][at(r + 1, t)];
        if (v > best) best = v, arg = int32_t(r);
      }
      inc[0][at(s, t)] = best + arc[t * w + s];
      inc[1][at(s, t)] = best + arc[s * w + t];
      inc_at[0][at(s, t)] = inc_at[1][at(s, t)] = arg;
      best = -1e30f;
      for (size_t r = s; r < t; ++r) {
        const float v = comp[0][at(s, r)] + inc[0][at(r, t)];
        if (v > best) best = v, arg = int32_t(r);
      }
      comp[0][at(s, t)] = best;
      comp_at[0][at(s, t)] = arg;
      best = -1e30f;
      for (size_t r = s + 1; r <= t; ++r) {
        const float v = inc[1][at(s, r)] + comp[1][at(r, t)];
        if (v > best) best = v, arg = int32_t(r);
      }
      comp[1][at(s, t)] = best;
      comp_at[1][at(s, t)] = arg;
    }
  // the root's one dependent r heads everything to its left and to its right
  float best = -1e30f;
  size_t root_dep = 1;
  for (size_t r = 1; r <= n; ++r) {
    const float v = comp[0][at(1, r)] + comp[1][at(r, n)] + arc[r];
    if (v > best) best = v, root_dep = r;
  }
  tree[root_dep] = 0;
  // spans to read back: {complete?, side (0: head at t, 1: head at s), s, t}
  todo.clear();
  todo.push_back({1, 0, 1, int32_t(root_dep)});
  todo.push_back({1, 1, int32_t(root_dep), int32_t(n)});
  while (!todo.empty()) {
    const auto [complete, side, s, t] = todo.back();
    todo.pop_back();
    if (s == t) continue;
    if (complete) {
      const int32_t r = comp_at[side][at(size_t(s), size_t(t))];
      if (side == 0) {
        todo.push_back({1, 0, s, r});
        todo.push_back({0, 0, r, t});
      } else {
        todo.push_back({0, 1, s, r});
        todo.push_back({1, 1, r, t});
      }
    } else {
      const int32_t r = inc_at[side][at(size_t(s), size_t(t))];
      if (side == 0) tree[size_t(s)] = t;
      else tree[size_t(t)] = s;
      todo.push_back({1, 1, s, r});
      todo.push_back({1, 0, r + 1, t});
    }
  }
  for (size_t d = 0; d < n; ++d) {
    const int32_t h = tree[d + 1] == 0 ? int32_t(n) : tree[d + 1] - 1;
    ws.head[d] = h;
    // the relation of the first member whose best tree has this arc, else the first that is not root
    uint16_t lab = k_no_label;
    if (size_t(h) == n) {
      lab = uint16_t(m.root_label);
    } else {
      for (size_t k = 0; k < 3 && lab == k_no_label; ++k)
        if (head[k][d] == h && label[k][d] != m.root_label) lab = label[k][d];
      for (size_t k = 0; k < 3 && lab == k_no_label; ++k)
        if (label[k][d] != m.root_label) lab = label[k][d];
      if (lab == k_no_label)  // every member made this word the root's dependent
        lab = uint16_t(std::find(m.deprels.begin(), m.deprels.end(), "dep") - m.deprels.begin()) % m.deprels.size();
    }
    ws.label[d] = lab;
  }
}

namespace {
// Returns the number of final hypotheses, best first in *final when asked (all complete: every
// derivation takes 2n moves).
size_t parse_beam(Workspace& ws, const SyntaxModel::Impl& m, const WeightTable& mover, const WeightTable& labeler,
                  size_t width, const std::vector<ParseState>** final = nullptr) {
  thread_local std::vector<ParseState> cur, next;
  thread_local std::vector<BeamCandidate> cand;
  if (cur.size() < width) {
    cur.resize(width);
    next.resize(width);
  }
  parser_init(ws);
  save_state(ws, cur[0]);
  cur[0].score = 0.0;
  size_t live = 1;
  while (!(cur[0].depth == 0 && size_t(cur[0].b0) == ws.n)) {
    cand.clear();
    for (size_t i = 0; i < live; ++i) {
      load_state(ws, cur[i]);
      const uint32_t fm = forced_move(ws);
      if (fm != mv_choose) {
        cand.push_back({cur[i].score, uint32_t(i), fm});
        continue;
      }
      size_t nf = mover_features(ws, ws.keys);
      mover.score(ws.keys, nf, ws.scores);
      for (uint32_t mv = 0; mv < mv_count; ++mv)
        if (move_valid(ws, mv)) cand.push_back({cur[i].score + ws.scores[mv], uint32_t(i), mv});
    }
    const size_t k = std::min(width, cand.size());
    std::partial_sort(cand.begin(), cand.begin() + k, cand.end(), beam_before);
    for (size_t j = 0; j < k; ++j) {
      load_state(ws, cur[cand[j].parent]);
      apply_move(ws, cand[j].move, choose_label(ws, m, labeler, cand[j].move));
      save_state(ws, next[j]);
      next[j].score = cand[j].score;
    }
    std::swap(cur, next);
    live = k;
  }
  load_state(ws, cur[0]);
  if (final) *final = &cur;
  return live;
}

void parse_greedy(Workspace& ws, const SyntaxModel::Impl& m, const WeightTable& mover, const WeightTable& labeler) {
  parser_init(ws);
  while (!parser_done(ws)) {
    uint32_t best = forced_move(ws);
    if (best == mv_choose) {
      size_t nf = mover_features(ws, ws.keys);
      mover.score(ws.keys, nf, ws.scores);
      for (uint32_t mv = 0; mv < mv_count; ++mv)
        if (move_valid(ws, mv) && (best == mv_choose || ws.scores[mv] > ws.scores[best])) best = mv;
    }
    apply_move(ws, best, choose_label(ws, m, labeler, best));
  }
}

// Three trees of one sentence combined: each arc gets the votes of the parsers that chose it,
// and the projective tree with the most votes (one root dependent; Eisner 1996) is kept.
void parse_vote(Workspace& ws, const SyntaxModel::Impl& m) {
  const size_t n = ws.n;
  thread_local VoteScratch vs;
  vs.resize(n);
  // members in order of precedence: left-to-right beam, left-to-right greedy, right-to-left beam
  const std::vector<ParseState>* beam = nullptr;
  size_t live = parse_beam(ws, m, m.beam_mover, m.labeler, m.use_beam, &beam);
  vs.take_beam(0, ws, false, *beam, live);
  parse_greedy(ws, m, m.mover, m.labeler);
  vs.take(1, ws, false);
  reverse_tokens(ws, m);
  live = parse_beam(ws, m, m.r_beam_mover, m.r_labeler, m.use_beam, &beam);
  vs.take_beam(2, ws, true, *beam, live);
  reverse_tokens(ws, m);
  vs.combine(ws, m);
}
} // namespace

void parse_tokens(Workspace& ws, const SyntaxModel::Impl& m) {
  set_parser_words(ws, m);
  if (m.use_vote && m.use_beam > 1 && m.r_beam_mover.rows() > 0 && ws.n <= k_max_vote_tokens) {
    parse_vote(ws, m);
    return;
  }
  if (m.use_beam > 1 && m.beam_mover.rows() > 0) {
    parse_beam(ws, m, m.beam_mover, m.labeler, m.use_beam);
    return;
  }
  parse_greedy(ws, m, m.mover, m.labeler);
}

} // namespace relgraph::syntax_detail
