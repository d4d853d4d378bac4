#pragma once
// Internals shared by the tagger, the parser, training and the model file: hashed feature keys,
// weight tables, per-thread scratch space and the arc-eager parser state.
#include "relgraph/syntax.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relgraph::syntax_detail {

// ---- Hashing ---------------------------------------------------------------------------------

// splitmix64 finaliser: every input bit reaches every output bit, so slots spread evenly.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t hash_bytes(const char* p, size_t n, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(p[i]);
    h *= 0x100000001b3ULL;
  }
  return mix64(h ^ n);
}

inline uint64_t hash_str(std::string_view s, uint64_t seed = 0) { return hash_bytes(s.data(), s.size(), seed); }

// Feature key of template t over atoms a, b, c; never 0 (0 marks an empty slot). Atoms are
// hashes or small ids; rotations keep (a, b) and (b, a) apart, one finaliser spreads the bits.
inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
inline uint64_t fkey(uint32_t t, uint64_t a) {
  uint64_t k = mix64(a ^ (uint64_t(t) * 0x9e3779b97f4a7c15ULL));
  return k ? k : 1;
}
inline uint64_t fkey(uint32_t t, uint64_t a, uint64_t b) {
  uint64_t k = mix64(a ^ rotl(b * 0xff51afd7ed558ccdULL, 23) ^ (uint64_t(t) * 0x9e3779b97f4a7c15ULL));
  return k ? k : 1;
}
inline uint64_t fkey(uint32_t t, uint64_t a, uint64_t b, uint64_t c) {
  uint64_t k = mix64(a ^ rotl(b * 0xff51afd7ed558ccdULL, 23) ^ rotl(c * 0xc4ceb9fe1a85ec53ULL, 45) ^
                     (uint64_t(t) * 0x9e3779b97f4a7c15ULL));
  return k ? k : 1;
}

// Deterministic generator (std::shuffle and distributions differ between standard libraries).
struct Rng {
  uint64_t state;
  explicit Rng(uint64_t seed) : state(seed) {}
  uint64_t next() { return mix64(state += 0x9e3779b97f4a7c15ULL); }
  double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
  size_t below(size_t n) { return size_t(next() % n); }
};

// ---- Weight tables ---------------------------------------------------------------------------

// Hash maps from a feature key to its class weights. At runtime a slot holds the key's high 32
// bits as a check (the low bits chose the slot or bucket): a false match needs two of the model's
// features to share all 64 bits but for the slot index, which does not happen in practice.
inline uint32_t key_check(uint64_t key) { return uint32_t(key >> 32) | 1u; }

struct Slot {        // tables with many classes: rows of up to 2 non-zero weights inline, else a range
  uint8_t count = 0;        // non-zero weights in the row; k_dense_row: a dense row at start * stride
  uint8_t cls[2] = {0, 0};  // inline rows: their classes and fixed-point weights
  uint8_t pad = 0;
  int16_t q[2] = {0, 0};
  uint32_t start = 0;       // longer rows: first entry in m_entries
};


constexpr uint8_t k_dense_row = 255;  // rows with more than 8 non-zero weights are added as vectors

constexpr uint32_t k_small_classes = 6;
struct SmallSlot {   // tables with at most 6 classes (the parser's moves): fixed-point weights inline
  uint32_t check = 0;
  int16_t q[k_small_classes] = {0, 0, 0, 0, 0, 0};
};

// Tables of at most 4 classes whose weights fit 8 bits (the parser's moves): 8 rows to a cache
// line, their checks side by side so one vector compare finds a row without a probe loop.
constexpr uint32_t k_tiny_rows = 8;
struct alignas(64) TinyBucket {
  uint32_t check[k_tiny_rows] = {};
  int8_t q[k_tiny_rows][4] = {};
};

// Bit r set where checks[r] == c, r < 4; checks 16-byte aligned.
inline uint32_t match4(const uint32_t* checks, uint32_t c) {
#if defined(__SSE2__)
  const __m128i eq = _mm_cmpeq_epi32(_mm_load_si128(reinterpret_cast<const __m128i*>(checks)), _mm_set1_epi32(int(c)));
  return uint32_t(_mm_movemask_ps(_mm_castsi128_ps(eq)));
#else
  uint32_t m = 0;
  for (uint32_t r = 0; r < 4; ++r) m |= uint32_t(checks[r] == c) << r;
  return m;
#endif
}
inline uint32_t bucket_match(const TinyBucket& b, uint32_t c) { return match4(b.check, c) | (match4(b.check + 4, c) << 4); }

// 4 slots to a cache line, their checks side by side (one vector compare finds a row).
constexpr uint32_t k_slot_rows = 4;
struct alignas(64) SlotBucket {
  uint32_t check[k_slot_rows] = {};
  Slot slot[k_slot_rows];
};
static_assert(sizeof(SlotBucket) == 64, "a bucket is one cache line");
inline uint32_t bucket_match(const SlotBucket& b, uint32_t c) { return match4(b.check, c); }
// Rows of a bucket kind.
template <class Bucket>
constexpr uint32_t bucket_rows = uint32_t(sizeof(Bucket::check) / sizeof(uint32_t));

struct Entry {       // one non-zero weight of a sparse row, fixed point: weight = q * table scale
  uint16_t cls = 0;
  int16_t q = 0;
};

// Runtime table, read-only. The move tables (4 classes, 8-bit weights): 8 rows to a 64-byte
// bucket, weights inline. More classes: rows are sparse (about 3 non-zero classes of 50), 4 to a
// bucket; rows of up to 2 sit in the bucket, longer ones in a side array, so most lookups touch
// one cache line. The dictionaries (1-2 classes): 16-byte slots, linear probing.
class WeightTable {
public:
  uint32_t classes() const { return m_classes; }
  uint32_t stride() const { return m_stride; }
  size_t rows() const { return m_keys.size(); }

  // Weights are stored as 16-bit fixed point: w = q * scale, scale = largest |w| / levels unless
  // given (loading passes the file's scale, so load then save gives the same bytes). Tables of
  // up to 4 classes whose q all fit 8 bits (levels <= 127) take 8-byte slots: twice as many
  // per cache line.
  void assign(uint32_t classes, std::vector<uint64_t> keys, const std::vector<float>& weights, float scale = 0.0f,
              int levels = 32767);
  // The same from rows already in fixed point: row r is entries[offsets[r], offsets[r + 1]),
  // classes ascending, no zero weights (what the model file holds: no dense copy on loading).
  void assign_rows(uint32_t classes, std::vector<uint64_t> keys, const std::vector<uint32_t>& offsets,
                   const std::vector<Entry>& entries, float scale);
  float scale() const { return m_scale; }
  // Fixed-point weights (times scale()) of key in a table of at most 6 classes, or nullptr.
  const int16_t* find_small(uint64_t key) const {
    const uint32_t check = key_check(key);
    size_t i = home(key);
    for (;;) {
      const SmallSlot& s = m_small_slots[i];
      if (s.check == check) return s.q;
      if (s.check == 0) return nullptr;
      if (++i == m_cap) i = 0;
    }
  }
  // scores[c] = sum over keys of w[key][c]; scores has stride() entries.
  void score(const uint64_t* keys, size_t n, float* scores) const;

  const std::vector<uint64_t>& keys() const { return m_keys; }
  const int8_t* find_tiny(uint64_t key) const { return find_tiny_from(bucket_of(key), key_check(key)); }
  void row_weights(size_t r, float* out) const;  // dense copy of row r, classes() floats
  // Fixed-point weights of key in a table of at most 6 classes (tiny or not) into q[classes()];
  // false (q untouched) when the key has no row.
  bool find_fixed(uint64_t key, int16_t* q) const {
    if (m_tiny) {
      const int8_t* t = find_tiny(key);
      if (!t) return false;
      for (uint32_t c = 0; c < m_classes; ++c) q[c] = t[c];
      return true;
    }
    const int16_t* s = find_small(key);
    if (!s) return false;
    for (uint32_t c = 0; c < m_classes; ++c) q[c] = s[c];
    return true;
  }

private:
  // The bucket at or after bucket i holding check (a full bucket passes rows on to the next),
  // with the row in `row`; nullptr when the key has none.
  template <class Bucket>
  const Bucket* find_from(const std::vector<Bucket>& buckets, size_t i, uint32_t check, uint32_t& row) const {
    for (;;) {
      const Bucket& b = buckets[i];
      if (const uint32_t hit = bucket_match(b, check)) {
        row = uint32_t(__builtin_ctz(hit));
        return &b;
      }
      if (b.check[bucket_rows<Bucket> - 1] == 0) return nullptr;
      if (++i == m_buckets) i = 0;
    }
  }
  const Slot* find_row_from(size_t i, uint32_t check) const {
    uint32_t row = 0;
    const SlotBucket* b = find_from(m_buckets_many, i, check, row);
    return b ? &b->slot[row] : nullptr;
  }

  // Slot or bucket of a key: its low 32 bits scaled to the count (any count, not a power of two).
  size_t home(uint64_t key) const { return size_t((uint64_t(uint32_t(key)) * m_cap) >> 32); }
  size_t bucket_of(uint64_t key) const { return size_t((uint64_t(uint32_t(key)) * m_buckets) >> 32); }
  const int8_t* find_tiny_from(size_t i, uint32_t check) const {
    uint32_t row = 0;
    const TinyBucket* b = find_from(m_tiny_buckets, i, check, row);
    return b ? b->q[row] : nullptr;
  }
  // The first free row for key: in its bucket, or in the first bucket after it with room.
  template <class Bucket>
  std::pair<Bucket*, uint32_t> claim_row(std::vector<Bucket>& buckets, uint64_t key) {
    size_t b = bucket_of(key);
    while (buckets[b].check[bucket_rows<Bucket> - 1] != 0)
      if (++b == m_buckets) b = 0;
    uint32_t j = 0;
    while (buckets[b].check[j] != 0) ++j;
    buckets[b].check[j] = key_check(key);
    return {&buckets[b], j};
  }

  uint32_t m_classes = 0;
  uint32_t m_stride = 0;
  bool m_small = false;
  bool m_tiny = false;
  size_t m_cap = 0;      // slots of the dictionaries
  size_t m_buckets = 0;  // buckets of the other tables
  float m_scale = 1.0f;  // of the fixed-point weights
  std::vector<SlotBucket> m_buckets_many;
  std::vector<SmallSlot> m_small_slots;
  std::vector<TinyBucket> m_tiny_buckets;
  std::vector<Entry> m_entries;
  std::vector<float> m_dense;  // dense rows, stride floats each, in fixed-point units
  std::vector<uint32_t> m_row_slot;  // per row (key order): its slot, bucket * k_slot_rows + index
  std::vector<uint64_t> m_keys;
};

// Training table: grows, keeps the running sum for averaging (w_avg = w - u / t).
class TrainTable {
public:
  explicit TrainTable(uint32_t classes);
  uint32_t classes() const { return m_classes; }
  uint32_t stride() const { return m_stride; }
  void score(const uint64_t* keys, size_t n, float* scores) const;
  // w[key][cls] += delta at time t.
  void update(const uint64_t* keys, size_t n, uint32_t cls, float delta, double t);
  // Averaged weights; rows whose largest |weight| is below `prune` are dropped.
  WeightTable average(double t, float prune, int levels = 32767) const;
  size_t rows() const { return m_keys.size(); }

private:
  struct TrainSlot {
    uint64_t key = 0;
    uint32_t row = 0;
  };
  size_t find_slot(uint64_t key) const;
  uint32_t row_of(uint64_t key);
  void grow();

  uint32_t m_classes;
  uint32_t m_stride;
  size_t m_mask = 0;
  std::vector<TrainSlot> m_slots;
  std::vector<uint64_t> m_keys;
  std::vector<float> m_w;
  std::vector<double> m_u;
};

// ---- The model -------------------------------------------------------------------------------

constexpr char k_magic[8] = {'R', 'G', 'S', 'Y', 'N', 'T', 'A', 'X'};
constexpr uint32_t k_version = 6;  // 5: beam parser; 6: right-to-left parser, compact rows
constexpr uint32_t k_max_beam = 64;
// Longer sentences are not voted on (the combination is cubic in length): the left-to-right beam
// parser's tree stands.
constexpr size_t k_max_vote_tokens = 200;

// Parser transitions (arc-eager, root token at the end of the buffer). The classifier chooses
// among the first mv_count; mv_attach (s0 becomes s1's dependent) is only ever forced, when the
// buffer holds only the root and s0 is not the last headless word on the stack.
enum Move : uint32_t { mv_shift = 0, mv_left = 1, mv_right = 2, mv_reduce = 3, mv_count = 4, mv_attach = 4 };
// What forced_move returns when the classifier must choose (mv_attach shares mv_count's value).
constexpr uint32_t mv_choose = 5;

} // namespace relgraph::syntax_detail

namespace relgraph {

struct SyntaxModel::Impl {
  std::vector<std::string> tags;
  std::vector<std::string> deprels;
  uint32_t root_label = 0;  // index of "root" in deprels
  // Frequent unambiguous words (case-sensitive form hash -> tag id as the single weight).
  syntax_detail::WeightTable dict;
  // Words frequent enough in training for the parser to use them as themselves.
  syntax_detail::WeightTable vocab;
  syntax_detail::WeightTable tagger;   // left to right
  syntax_detail::WeightTable tagger2;  // second pass, sees the first pass's tags on both sides
  syntax_detail::WeightTable mover;
  syntax_detail::WeightTable labeler;
  // Moves learned globally for beam search (empty in models trained without a beam), the beam
  // width it was trained with, and the width parsing uses (1: greedy, with `mover`).
  syntax_detail::WeightTable beam_mover;
  uint32_t beam_width = 0;
  uint32_t use_beam = 1;
  // The same sentence parsed right to left (tokens reversed): its own relation and beam move
  // classifiers (empty in models trained without them), and whether parsing combines three trees
  // (left-to-right beam and greedy, right-to-left beam) by vote.
  syntax_detail::WeightTable r_labeler;
  syntax_detail::WeightTable r_beam_mover;
  bool use_vote = false;
  // What the file holds, whether or not loading kept it.
  bool has_beam = false;
  bool has_right_to_left = false;
  SyntaxParts loaded = SyntaxParts::all;
  // Word clusters (lower-cased word hash -> fine cluster + 1, coarse cluster + 1), from
  // data/models/word-clusters.tsv at training time; rare words share features with similar frequent ones.
  syntax_detail::WeightTable clusters;
  // Derived from tags, not stored: per tag id a set of syntax_detail::TagKind bits.
  std::vector<uint8_t> tag_kind;
};

} // namespace relgraph

namespace relgraph::syntax_detail {

// ---- Per-thread scratch ------------------------------------------------------------------------

constexpr uint16_t k_no_tag = 0xffff;
constexpr uint16_t k_no_label = 0xffff;
constexpr size_t k_max_features = 160;
// First-pass margin (in the averaged weights' units) above which the second pass is skipped:
// on held-out GUM it skips 72% of tokens at no loss of accuracy.
constexpr float k_confident = 30.0f;
// Margin below which the parser also sees the tagger's runner-up tag.
constexpr float k_unsure = 10.0f;

// Token atoms and parser state for one sentence; vectors only grow.
struct Workspace {
  size_t n = 0;
  // atoms (hashes) per token
  std::vector<uint64_t> word, pword, hyph, raw, shape, sfx1, sfx2, sfx3, sfx4, pre1, pre2, pre3;
  std::vector<uint8_t> flags;
  std::vector<uint16_t> fine, coarse;  // word clusters + 1, 0 for words without one
  std::vector<uint16_t> tag;
  std::vector<uint16_t> tag1;  // first tagging pass
  std::vector<float> margin;   // first pass: best score minus runner-up
  std::vector<uint16_t> alt;   // the runner-up tag where the tagger was unsure, else the tag
  // parser: verbs, commas, other punctuation before each position (size n + 1)
  std::vector<uint16_t> pre_verb, pre_comma, pre_punct;
  // parser state, size n + 1 (position n is the root)
  std::vector<int32_t> stack;
  std::vector<int32_t> head, lc1, lc2, rc1, rc2;
  std::vector<uint16_t> label, nl, nr;
  std::vector<uint64_t> lset, rset;
  size_t depth = 0;  // stack size
  size_t unattached = 0;  // stack words without a head
  int32_t b0 = 0;
  uint64_t keys[k_max_features];
  float scores[256];

  void resize(size_t tokens);
};

enum TagKind : uint8_t { tk_verb = 1, tk_comma = 2, tk_punct = 4, tk_cc = 8 };
// Fills m.tag_kind from m.tags.
void set_tag_kinds(SyntaxModel::Impl& m);

enum AtomFlag : uint8_t {
  af_space_before = 1,
  af_space_after = 2,
  af_first = 4,
  af_last = 8,
  af_cap = 16,  // starts with an ASCII capital
};

// Fills ws atoms for token i from its original text and its normalised form.
void set_atoms(Workspace& ws, size_t i, std::string_view raw, std::string_view norm, bool space_before,
               bool space_after);

// Word clusters of ws.word[0..n) from the model.
void set_clusters(Workspace& ws, const SyntaxModel::Impl& m);

// Tagger: tags ws.tag[0..n) with the model.
void tag_tokens(Workspace& ws, const SyntaxModel::Impl& m);
// One left-to-right pass of the first (second = false) or second tagger.
void tag_pass(Workspace& ws, const SyntaxModel::Impl& m, bool second);
size_t tagger_features(const Workspace& ws, size_t i, bool second, uint64_t* out);
// Tag-dictionary hit for token i, or k_no_tag.
uint16_t dict_tag(const SyntaxModel::Impl& m, uint64_t raw);

// Parser word atoms: known words as themselves, rare ones as shape + suffix.
void set_parser_words(Workspace& ws, const SyntaxModel::Impl& m);

// Parser state.
void parser_init(Workspace& ws);
bool move_valid(const Workspace& ws, uint32_t mv);
void apply_move(Workspace& ws, uint32_t mv, uint16_t label);
bool parser_done(const Workspace& ws);
size_t mover_features(const Workspace& ws, uint64_t* out);
size_t labeler_features(const Workspace& ws, int32_t h, int32_t d, uint64_t* out);
// The only valid move, or mv_choose when the classifier must choose.
uint32_t forced_move(const Workspace& ws);
// The (head, dependent) pair move mv would create.
void move_arc(const Workspace& ws, uint32_t mv, int32_t& h, int32_t& d);
// Parses ws (tags set) with the model: heads in ws.head (n = root), labels in ws.label.
void parse_tokens(Workspace& ws, const SyntaxModel::Impl& m);

// One parser configuration, for beam search: the Workspace fields that moves change.
struct ParseState {
  std::vector<int32_t> stack, head, lc1, lc2, rc1, rc2;
  std::vector<uint16_t> label, nl, nr;
  std::vector<uint64_t> lset, rset;
  size_t depth = 0, unattached = 0;
  int32_t b0 = 0;
  double score = 0.0;
};
void save_state(const Workspace& ws, ParseState& st);
void load_state(Workspace& ws, const ParseState& st);
// A continuation of beam hypothesis `parent` by `move`, with the derivation's score.
struct BeamCandidate {
  double score;
  uint32_t parent;
  uint32_t move;
};
// Best first; ties broken by hypothesis, then move, so the beam is the same on every run.
inline bool beam_before(const BeamCandidate& a, const BeamCandidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.parent != b.parent) return a.parent < b.parent;
  return a.move < b.move;
}
// The relation the labeler gives the arc move mv would make (the root's own for the root).
uint16_t choose_label(Workspace& ws, const SyntaxModel::Impl& m, const WeightTable& labeler, uint32_t mv);
// Reverses the sentence ws holds (atoms and tags; space before and after, first and last swap)
// and recomputes the parser words: the right-to-left parser reads it as a left-to-right one.
void reverse_tokens(Workspace& ws, const SyntaxModel::Impl& m);

// Votes of the three parsers parse_vote combines: the left-to-right beam parser, the most
// accurate alone, has a quarter vote more, so it wins where all three disagree. A beam parser's
// vote is spread over its final hypotheses, each getting exp((score - best score) / temperature)
// of it, normalised: arcs a close runner-up proposes get some weight (held-out GUM, width 16:
// UAS 83.57 with the best trees alone, 84.00 spread; temperatures 100-200 scored alike).
constexpr float k_vote_weight[3] = {1.25f, 1.0f, 1.0f};
constexpr double k_vote_temperature = 150.0;

// Member trees and Eisner charts for one sentence. Chart positions: 0 the root, token i at i + 1.
struct VoteScratch {
  std::vector<int32_t> head[3];  // each member's best tree, per token, root = n
  std::vector<uint16_t> label[3];
  std::vector<float> arc;        // arc[h * (n + 1) + d]: votes for h -> d
  std::vector<float> comp[2], inc[2];  // [0]: headed at the right end, [1]: at the left end
  std::vector<int32_t> comp_at[2], inc_at[2];
  std::vector<int32_t> tree;     // chart head of each chart position
  std::vector<std::array<int32_t, 4>> todo;
  std::vector<double> share;
  size_t w = 0;

  void resize(size_t n);  // and no votes yet
  // Member k's tree from ws (parsed reversed when `reversed`: mapped back to the sentence order)
  // with its whole vote.
  void take(size_t k, const Workspace& ws, bool reversed);
  // The same for a beam parser: its best tree (in ws) for the relations, its vote spread over the
  // `live` final hypotheses of `beam`, best first.
  void take_beam(size_t k, const Workspace& ws, bool reversed, const std::vector<ParseState>& beam, size_t live);
  // Member k's tree (head[k]) with its whole vote.
  void vote_tree(size_t k);
  void keep(size_t k, const Workspace& ws, bool reversed);  // its best tree and relations only
  // The voted tree into ws.head and ws.label (ws.n tokens): the projective tree with one root
  // dependent whose arcs have the most votes (Eisner 1996); an arc takes the relation of the
  // first member whose best tree has it.
  void combine(Workspace& ws, const SyntaxModel::Impl& m);
};

Workspace& thread_workspace();

} // namespace relgraph::syntax_detail
