// Training: averaged perceptrons for the tagger (jackknifed so the parser sees realistic tags)
// and for the parser's moves (dynamic oracle with exploration) and relations.
#include "relgraph/errors.hpp"
#include "relgraph/syntax.hpp"
#include "syntax_detail.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <numeric>

namespace relgraph {

using namespace syntax_detail;

namespace {

constexpr float k_prune = 1e-3f;  // averaged weights below this change no decision in practice
// Move weights in 8 bits (the largest at 127): half the memory per lookup, no loss of accuracy
// measured on held-out GUM.
constexpr int k_move_levels = 127;

struct TrainSentence {
  const TreebankSentence* src = nullptr;
  std::vector<std::string> norm;
  std::vector<uint16_t> gold_tag;
  std::vector<uint16_t> pred_tag1;  // jackknifed first tagging pass
  std::vector<uint16_t> pred_tag;   // jackknifed second pass: what the parser learns from
  std::vector<uint16_t> pred_alt;   // its runner-up tags where unsure
  std::vector<int32_t> gold_head;   // projectivised, root = n
  std::vector<uint16_t> gold_label;
  std::vector<int32_t> rev_head;    // the same tree over the reversed sentence
  std::vector<uint16_t> rev_label;
};

void load_atoms(Workspace& ws, const TrainSentence& ts, const SyntaxModel::Impl& m) {
  const TreebankSentence& s = *ts.src;
  const size_t n = s.forms.size();
  ws.resize(n);
  for (size_t i = 0; i < n; ++i)
    set_atoms(ws, i, s.forms[i], ts.norm[i], i == 0 || s.space_after[i - 1] != 0, s.space_after[i] != 0);
  set_clusters(ws, m);
}

// The parser's input: atoms, the jackknifed tags (or the gold ones) and parser words, the
// sentence reversed for the right-to-left parser.
void load_parser_input(Workspace& ws, const TrainSentence& ts, const SyntaxModel::Impl& m, bool gold_tags,
                       bool reversed) {
  load_atoms(ws, ts, m);
  for (size_t i = 0; i < ws.n; ++i) {
    ws.tag[i] = gold_tags ? ts.gold_tag[i] : ts.pred_tag[i];
    ws.alt[i] = gold_tags ? ts.gold_tag[i] : ts.pred_alt[i];
  }
  if (reversed) reverse_tokens(ws, m);
  else set_parser_words(ws, m);
}

// Word clusters file: '#' comments, then "word TAB fine TAB coarse" per line (cluster numbers
// from 0). Keys are the tagger's word atoms, so the look-up costs one probe per token.
WeightTable read_clusters(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read word clusters " + path);
  std::vector<std::pair<uint64_t, std::pair<float, float>>> rows;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    char* end = nullptr;
    long fine = -1, coarse = -1;
    if (t2 != std::string::npos && t1 > 0) {
      fine = std::strtol(line.c_str() + t1 + 1, &end, 10);
      if (end != line.c_str() + t2) fine = -1;
      coarse = std::strtol(line.c_str() + t2 + 1, &end, 10);
      if (*end != '\0' && *end != '\r') coarse = -1;
    }
    if (fine < 0 || coarse < 0 || fine > 30000 || coarse > 30000)
      throw InputError(path + ":" + std::to_string(line_no) + ": expected 'word TAB fine TAB coarse' with cluster numbers 0-30000");
    rows.emplace_back(hash_str(normalize_key(line.substr(0, t1)), 1), std::make_pair(float(fine + 1), float(coarse + 1)));
  }
  // the first line of a word wins (one row per key)
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  rows.erase(std::unique(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
             rows.end());
  std::vector<uint64_t> keys;
  std::vector<float> w;
  for (const auto& [k, v] : rows) {
    keys.push_back(k);
    w.push_back(v.first);
    w.push_back(v.second);
  }
  WeightTable out;
  out.assign(2, std::move(keys), w, 1.0f);
  return out;
}

bool dominates(const std::vector<int32_t>& head, int32_t h, int32_t k, int32_t n) {
  while (k != n && k >= 0) {
    if (k == h) return true;
    k = head[k];
  }
  return h == n;
}

// Lifts non-projective arcs (shortest first) to the head's head until the tree is projective.
void projectivise(std::vector<int32_t>& head, int32_t n) {
  for (int guard = 0; guard < 4 * n + 4; ++guard) {
    int32_t worst = -1, span = 0;
    for (int32_t d = 0; d < n; ++d) {
      const int32_t h = head[d];
      const int32_t lo = std::min(h, d), hi = std::max(h, d);
      for (int32_t k = lo + 1; k < hi; ++k)
        if (!dominates(head, h, k, n)) {
          if (worst < 0 || hi - lo < span) {
            worst = d;
            span = hi - lo;
          }
          break;
        }
    }
    if (worst < 0) return;
    head[worst] = head[head[worst]];  // root arcs (head n) are never crossing, so this head is a token
  }
}

uint32_t argmax(const float* s, uint32_t n) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < n; ++c)
    if (s[c] > s[best]) best = c;
  return best;
}

WeightTable build_dict(const std::vector<TrainSentence>& sents, size_t tags) {
  std::map<std::string, std::vector<uint32_t>> counts;
  for (const auto& ts : sents)
    for (size_t i = 0; i < ts.gold_tag.size(); ++i) {
      auto& c = counts[ts.src->forms[i]];
      c.resize(tags, 0);
      ++c[ts.gold_tag[i]];
    }
  std::vector<std::pair<uint64_t, float>> rows;
  for (const auto& [form, c] : counts) {
    uint32_t total = std::accumulate(c.begin(), c.end(), 0u);
    uint32_t best = 0;
    for (uint32_t t = 1; t < c.size(); ++t)
      if (c[t] > c[best]) best = t;
    if (total >= 20 && c[best] >= 0.995 * total) rows.emplace_back(hash_str(form, 2), float(best));
  }
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<float> w;
  for (const auto& [k, t] : rows) {
    keys.push_back(k);
    w.push_back(t);
  }
  WeightTable out;
  out.assign(1, std::move(keys), std::move(w));
  return out;
}

WeightTable train_tagger(const std::vector<TrainSentence>& sents, const std::vector<size_t>& use,
                         const SyntaxModel::Impl& m, int epochs, uint64_t seed, bool second) {
  const uint32_t classes = uint32_t(m.tags.size());
  TrainTable table(classes);
  Workspace& ws = thread_workspace();
  Rng rng(seed);
  std::vector<size_t> order = use;
  double t = 1;
  for (int e = 0; e < epochs; ++e) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    for (size_t si : order) {
      const TrainSentence& ts = sents[si];
      load_atoms(ws, ts, m);
      if (second) std::copy(ts.pred_tag1.begin(), ts.pred_tag1.end(), ws.tag1.begin());
      for (size_t i = 0; i < ws.n; ++i) {
        uint16_t d = dict_tag(m, ws.raw[i]);
        if (d != k_no_tag) {
          ws.tag[i] = d;
          continue;
        }
        size_t nf = tagger_features(ws, i, second, ws.keys);
        table.score(ws.keys, nf, ws.scores);
        uint32_t pred = argmax(ws.scores, classes);
        uint32_t gold = ts.gold_tag[i];
        if (pred != gold) {
          table.update(ws.keys, nf, gold, 1.0f, t);
          table.update(ws.keys, nf, pred, -1.0f, t);
        }
        ws.tag[i] = uint16_t(pred);
        t += 1;
      }
    }
  }
  return table.average(t, k_prune);
}

// Mean of tables trained on different shuffles of the same data: less variance than any one.
WeightTable mix_tables(const std::vector<WeightTable>& parts, int levels = 32767) {
  std::map<uint64_t, std::vector<float>> sum;
  const uint32_t classes = parts.front().classes();
  std::vector<float> row(classes);
  for (const WeightTable& t : parts)
    for (size_t r = 0; r < t.rows(); ++r) {
      t.row_weights(r, row.data());
      auto& acc = sum[t.keys()[r]];
      acc.resize(classes, 0.0f);
      for (uint32_t c = 0; c < classes; ++c) acc[c] += row[c] / float(parts.size());
    }
  // Rows whose weights all round to 0 at the table's fixed-point scale are left out.
  float peak = 0.0f;
  for (const auto& [k, w] : sum)
    for (float x : w) peak = std::max(peak, std::fabs(x));
  const float half_step = 0.5f * peak / float(levels);
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  for (const auto& [k, w] : sum) {
    bool any = false;
    for (float x : w) any |= std::fabs(x) >= half_step;
    if (!any) continue;
    keys.push_back(k);
    weights.insert(weights.end(), w.begin(), w.end());
  }
  WeightTable out;
  out.assign(classes, std::move(keys), weights, peak > 0.0f ? peak / float(levels) : 0.0f, levels);
  return out;
}

// Arc-eager dynamic-oracle cost of each classifier move (Goldberg & Nivre 2012): gold arcs it
// makes unreachable. g: gold heads (root = n).
void move_costs(const Workspace& ws, const std::vector<int32_t>& g, int32_t* cost) {
  const int32_t n = int32_t(ws.n);
  const int32_t b0 = ws.b0;
  const int32_t s0 = ws.depth >= 1 ? ws.stack[ws.depth - 1] : -1;
  for (uint32_t mv = 0; mv < mv_count; ++mv) cost[mv] = 1 << 20;
  // b0's gold head and headless gold dependents on the stack
  int32_t b0_head_on_stack = 0, b0_kids_on_stack = 0;
  for (size_t k = 0; k < ws.depth; ++k) {
    const int32_t x = ws.stack[k];
    if (g[b0] == x && x != s0) ++b0_head_on_stack;
    if (ws.head[x] < 0 && g[x] == b0) ++b0_kids_on_stack;
  }
  const int32_t b0_head_s0 = s0 >= 0 && g[b0] == s0;
  int32_t s0_kids_in_buffer = 0;
  if (s0 >= 0)
    for (int32_t k = b0; k < n; ++k) s0_kids_in_buffer += g[k] == s0;
  if (move_valid(ws, mv_shift)) cost[mv_shift] = b0_head_on_stack + b0_head_s0 + b0_kids_on_stack;
  if (move_valid(ws, mv_left)) cost[mv_left] = s0_kids_in_buffer + (g[s0] > b0 ? 1 : 0);
  if (move_valid(ws, mv_right)) {
    // b0 takes s0 as its head: its true head elsewhere (stack or buffer) and its dependents
    // still on the stack are lost
    cost[mv_right] = (b0_head_s0 ? 0 : b0_head_on_stack + (g[b0] > b0 ? 1 : 0)) + b0_kids_on_stack;
  }
  if (move_valid(ws, mv_reduce)) cost[mv_reduce] = s0_kids_in_buffer;
}

// Feature counts along the gold derivations: rarer features are left out (less to memorise,
// a smaller model).
class KeyCounter {
public:
  KeyCounter() : m_slots(1 << 20), m_mask((1 << 20) - 1) {}
  void add(const uint64_t* keys, size_t n) {
    for (size_t k = 0; k < n; ++k) {
      if ((m_used + 1) * 2 > m_slots.size()) grow();
      Entry& e = m_slots[find(keys[k])];
      if (e.key == 0) {
        e.key = keys[k];
        ++m_used;
      }
      ++e.count;
    }
  }
  // Keeps the keys seen at least min times, in order; returns the new count.
  size_t keep(uint64_t* keys, size_t n, uint32_t min) const {
    size_t out = 0;
    for (size_t k = 0; k < n; ++k)
      if (m_slots[find(keys[k])].count >= min) keys[out++] = keys[k];
    return out;
  }

private:
  struct Entry {
    uint64_t key = 0;
    uint32_t count = 0;
  };
  size_t find(uint64_t key) const {
    size_t i = size_t(key) & m_mask;
    while (m_slots[i].key != 0 && m_slots[i].key != key) i = (i + 1) & m_mask;
    return i;
  }
  void grow() {
    std::vector<Entry> old;
    old.swap(m_slots);
    m_slots.assign(old.size() * 2, Entry{});
    m_mask = m_slots.size() - 1;
    for (const Entry& e : old)
      if (e.key) m_slots[find(e.key)] = e;
  }
  std::vector<Entry> m_slots;
  size_t m_mask;
  size_t m_used = 0;
};

struct ParserTables {
  TrainTable mover{mv_count};
  TrainTable labeler;
  explicit ParserTables(uint32_t labels) : labeler(labels) {}
};

// Whether a forced move keeps the gold tree reachable (the classifier's moves have costs).
bool forced_correct(const Workspace& ws, const std::vector<int32_t>& g, uint32_t mv) {
  if (mv == mv_shift || mv == mv_reduce) return true;
  int32_t h, d;
  move_arc(ws, mv, h, d);
  return h >= 0 && g[d] == h;
}

struct BeamRecord {  // one move of a hypothesis: its predecessor and the features it was chosen on
  int32_t parent;
  uint32_t move;
  uint32_t key_off;
  uint32_t nf;
};

struct BeamCand : BeamCandidate {  // and the features it was chosen on, and whether it is correct
  uint32_t key_off;
  uint32_t nf;
  bool correct;
};

// Global training of the move classifier on one sentence (ws loaded, tags set, parser words set):
// beam search with max-violation updates (Huang et al. 2012). A hypothesis is correct while the
// gold tree is reachable from it (dynamic-oracle cost 0 on every move).
// Returns whether the weights changed.
// Relations come from the model's (already trained) relation classifier.
bool beam_train_sentence(Workspace& ws, const SyntaxModel::Impl& m, const WeightTable& labeler,
                         const std::vector<int32_t>& g, size_t width, TrainTable& mover, const KeyCounter& counts,
                         uint32_t min_count, double t) {
  thread_local std::vector<ParseState> cur, nxt;
  thread_local std::vector<int32_t> crec, nrec;
  thread_local std::vector<uint8_t> ccor, ncor;
  thread_local std::vector<BeamCand> cand;
  thread_local std::vector<BeamRecord> recs;
  thread_local std::vector<uint64_t> pool;
  struct Step {
    double best, gold;
    int32_t best_rec, gold_rec;
    bool gold_in;
  };
  thread_local std::vector<Step> steps;
  if (cur.size() < width) {
    cur.resize(width);
    nxt.resize(width);
    crec.resize(width);
    nrec.resize(width);
    ccor.resize(width);
    ncor.resize(width);
  }
  recs.clear();
  pool.clear();
  steps.clear();
  parser_init(ws);
  save_state(ws, cur[0]);
  cur[0].score = 0.0;
  crec[0] = -1;
  ccor[0] = 1;
  size_t live = 1;
  ParseState gold = cur[0];
  int32_t gold_rec = -1;
  bool gold_in = true;
  const size_t n = ws.n;
  int32_t cost[mv_count];
  // expands state (loaded in ws) into cand
  auto expand = [&](double score, uint32_t parent, bool correct) {
    const uint32_t fm = forced_move(ws);
    if (fm != mv_choose) {
      cand.push_back({{score, parent, fm}, 0, 0, correct && forced_correct(ws, g, fm)});
      return;
    }
    size_t nf = counts.keep(ws.keys, mover_features(ws, ws.keys), min_count);
    const uint32_t off = uint32_t(pool.size());
    pool.insert(pool.end(), ws.keys, ws.keys + nf);
    mover.score(ws.keys, nf, ws.scores);
    if (correct) move_costs(ws, g, cost);
    for (uint32_t mv = 0; mv < mv_count; ++mv)
      if (move_valid(ws, mv))
        cand.push_back({{score + ws.scores[mv], parent, mv}, off, uint32_t(nf), correct && cost[mv] == 0});
  };
  while (!(cur[0].depth == 0 && size_t(cur[0].b0) == n)) {
    cand.clear();
    for (size_t i = 0; i < live; ++i) {
      load_state(ws, cur[i]);
      expand(cur[i].score, uint32_t(i), ccor[i] != 0);
    }
    const size_t k = std::min(width, cand.size());
    // the best correct continuation: from the beam while it holds one, else from the gold state
    BeamCand gc{{0, 0, 0}, 0, 0, false};
    bool have_gc = false;
    if (gold_in) {
      for (const BeamCand& c : cand)
        if (c.correct && (!have_gc || beam_before(c, gc))) {
          gc = c;
          have_gc = true;
        }
    }
    std::partial_sort(cand.begin(), cand.begin() + k, cand.end(), beam_before);
    int32_t gc_slot = -1;
    for (size_t j = 0; j < k; ++j) {
      const BeamCand& c = cand[j];
      load_state(ws, cur[c.parent]);
      apply_move(ws, c.move, choose_label(ws, m, labeler, c.move));
      save_state(ws, nxt[j]);
      nxt[j].score = c.score;
      recs.push_back({crec[c.parent], c.move, c.key_off, c.nf});
      nrec[j] = int32_t(recs.size() - 1);
      ncor[j] = c.correct;
      if (have_gc && c.parent == gc.parent && c.move == gc.move) gc_slot = int32_t(j);
    }
    if (gold_in) {
      if (!have_gc) return false;  // cannot happen: a correct state always has a correct move
      if (gc_slot >= 0) {
        gold = nxt[size_t(gc_slot)];
        gold_rec = nrec[size_t(gc_slot)];
      } else {
        load_state(ws, cur[gc.parent]);
        apply_move(ws, gc.move, choose_label(ws, m, labeler, gc.move));
        save_state(ws, gold);
        gold.score = gc.score;
        recs.push_back({crec[gc.parent], gc.move, gc.key_off, gc.nf});
        gold_rec = int32_t(recs.size() - 1);
      }
    } else {
      const size_t mark = cand.size();
      load_state(ws, gold);
      expand(gold.score, 0, true);
      bool found = false;
      for (size_t j = mark; j < cand.size(); ++j)
        if (cand[j].correct && (!found || beam_before(cand[j], gc))) {
          gc = cand[j];
          found = true;
        }
      if (!found) return false;
      apply_move(ws, gc.move, choose_label(ws, m, labeler, gc.move));
      save_state(ws, gold);
      gold.score = gc.score;
      recs.push_back({gold_rec, gc.move, gc.key_off, gc.nf});
      gold_rec = int32_t(recs.size() - 1);
    }
    std::swap(cur, nxt);
    std::swap(crec, nrec);
    std::swap(ccor, ncor);
    live = k;
    gold_in = false;
    for (size_t j = 0; j < live; ++j) gold_in |= ccor[j] != 0;
    steps.push_back({cur[0].score, gold.score, crec[0], gold_rec, gold_in});
  }
  // the step of largest violation once the gold fell out, else the end if the best is wrong
  int32_t at = -1;
  double worst = -1.0;
  bool out = false;
  for (size_t s = 0; s < steps.size(); ++s) {
    out |= !steps[s].gold_in;
    if (!out) continue;
    const double v = steps[s].best - steps[s].gold;
    if (at < 0 || v > worst) {
      at = int32_t(s);
      worst = v;
    }
  }
  if (at < 0 && !steps.empty() && !ccor[0]) at = int32_t(steps.size() - 1);
  if (at < 0) return false;
  int32_t a = steps[size_t(at)].best_rec, b = steps[size_t(at)].gold_rec;
  while (a != b && a >= 0 && b >= 0) {
    const BeamRecord& ra = recs[size_t(a)];
    const BeamRecord& rb = recs[size_t(b)];
    if (ra.nf) mover.update(pool.data() + ra.key_off, ra.nf, ra.move, -1.0f, t);
    if (rb.nf) mover.update(pool.data() + rb.key_off, rb.nf, rb.move, 1.0f, t);
    a = ra.parent;
    b = rb.parent;
  }
  return true;
}
} // namespace

SyntaxModel train_syntax_model(const std::vector<TreebankDocument>& train, const SyntaxTrainOptions& opt,
                               const SyntaxProgress& progress) {
  auto say = [&](const std::string& s) {
    if (progress) progress(s);
  };
  SyntaxModel model;
  SyntaxModel::Impl& m = model.impl();

  // Label tables, sorted so ids do not depend on file order.
  std::map<std::string, uint32_t> tag_ids, label_ids;
  for (const auto& d : train)
    for (const auto& s : d.sentences) {
      for (const auto& t : s.tags) tag_ids[t] = 0;
      for (const auto& l : s.deprels) label_ids[l] = 0;
    }
  if (tag_ids.empty()) throw InputError("no training sentences");
  if (label_ids.size() > 64 || tag_ids.size() > 250) throw InputError("too many distinct relations or tags");
  if (!label_ids.count("root")) throw InputError("training data has no 'root' relation");
  for (auto& [t, id] : tag_ids) {
    id = uint32_t(m.tags.size());
    m.tags.push_back(t);
  }
  for (auto& [l, id] : label_ids) {
    id = uint32_t(m.deprels.size());
    m.deprels.push_back(l);
  }
  m.root_label = label_ids["root"];
  set_tag_kinds(m);

  std::vector<TrainSentence> sents;
  for (const auto& d : train)
    for (const auto& s : d.sentences) {
      TrainSentence ts;
      ts.src = &s;
      const int32_t n = int32_t(s.forms.size());
      for (int32_t i = 0; i < n; ++i) {
        ts.norm.push_back(normalize_key(s.forms[i]));
        ts.gold_tag.push_back(uint16_t(tag_ids[s.tags[i]]));
        ts.gold_label.push_back(uint16_t(label_ids[s.deprels[i]]));
        ts.gold_head.push_back(s.heads[i] < 0 ? n : s.heads[i]);
      }
      projectivise(ts.gold_head, n);
      for (int32_t i = n - 1; i >= 0; --i) {
        const int32_t h = ts.gold_head[size_t(i)];
        ts.rev_head.push_back(h == n ? n : n - 1 - h);
        ts.rev_label.push_back(ts.gold_label[size_t(i)]);
      }
      sents.push_back(std::move(ts));
    }
  size_t tokens = 0;
  for (const auto& ts : sents) tokens += ts.gold_tag.size();
  say("training on " + std::to_string(sents.size()) + " sentences, " + std::to_string(tokens) + " tokens; " +
      std::to_string(m.tags.size()) + " tags, " + std::to_string(m.deprels.size()) + " relations");

  m.beam_mover.assign(mv_count, {}, {}, 1.0f);  // until a beam parser is trained
  m.r_beam_mover.assign(mv_count, {}, {}, 1.0f);
  m.r_labeler.assign(uint32_t(m.deprels.size()), {}, {}, 1.0f);
  if (opt.clusters.empty()) m.clusters.assign(2, {}, {}, 1.0f);
  else m.clusters = read_clusters(opt.clusters);
  m.dict = build_dict(sents, m.tags.size());

  // Jackknifed tags: fold f is tagged by taggers trained on the other folds, first pass then
  // second pass, so the second pass and the parser learn from realistic input.
  const int folds = std::max(2, opt.jackknife_folds);
  Workspace& ws = thread_workspace();
  std::vector<size_t> all_idx(sents.size());
  std::iota(all_idx.begin(), all_idx.end(), size_t(0));
  for (int pass = 0; pass < 2; ++pass) {
    const bool second = pass == 1;
    size_t right = 0, all = 0;
    for (int f = 0; f < folds; ++f) {
      std::vector<size_t> use, held;
      for (size_t i = 0; i < sents.size(); ++i) (int(i % folds) == f ? held : use).push_back(i);
      SyntaxModel::Impl fold;
      fold.tags = m.tags;
      fold.dict = m.dict;
      (second ? fold.tagger2 : fold.tagger) =
          train_tagger(sents, use, m, opt.tagger_epochs, opt.seed + 101 * f + 7 * pass, second);
      for (size_t i : held) {
        TrainSentence& ts = sents[i];
        load_atoms(ws, ts, m);
        if (second) {
          std::copy(ts.pred_tag1.begin(), ts.pred_tag1.end(), ws.tag1.begin());
          std::fill(ws.margin.begin(), ws.margin.begin() + ws.n, 0.0f);  // second-guess every token
        }
        tag_pass(ws, fold, second);
        (second ? ts.pred_tag : ts.pred_tag1).assign(ws.tag.begin(), ws.tag.begin() + ws.n);
        if (second) ts.pred_alt.assign(ws.alt.begin(), ws.alt.begin() + ws.n);
        for (size_t k = 0; k < ws.n; ++k) right += ws.tag[k] == ts.gold_tag[k];
        all += ws.n;
      }
    }
    std::vector<WeightTable> parts;
    for (int b = 0; b < std::max(1, opt.tagger_mix); ++b)
      parts.push_back(train_tagger(sents, all_idx, m, opt.tagger_epochs, opt.seed + 7 * pass + 1009 * b, second));
    (second ? m.tagger2 : m.tagger) = parts.size() == 1 ? parts.front() : mix_tables(parts);
    char line[160];
    std::snprintf(line, sizeof line, "tagger pass %d: jackknifed accuracy %.2f%%, %zu features", pass + 1,
                  100.0 * right / std::max<size_t>(all, 1), (second ? m.tagger2 : m.tagger).rows());
    say(line);
  }

  // Parser vocabulary: words seen at least min_word_count times.
  {
    std::map<uint64_t, int> counts;
    for (const auto& ts : sents)
      for (const auto& w : ts.norm) ++counts[hash_str(w, 1)];
    std::vector<uint64_t> keys;
    for (const auto& [k, c] : counts)
      if (c >= opt.min_word_count) keys.push_back(k);
    std::vector<float> ones(keys.size(), 1.0f);
    m.vocab.assign(1, std::move(keys), std::move(ones));
  }

  // Parsers: left to right, then (for voting) right to left over the reversed sentences.
  const uint32_t labels = uint32_t(m.deprels.size());
  const uint32_t min_count = uint32_t(std::max(1, opt.min_feature_count));
  struct DirectionTables {
    WeightTable mover, labeler, beam_mover;
  };
  auto train_direction = [&](bool reversed) {
    const char* dir = reversed ? "right-to-left " : "";
    auto gold_heads = [&](const TrainSentence& ts) -> const std::vector<int32_t>& {
      return reversed ? ts.rev_head : ts.gold_head;
    };
    auto gold_labels = [&](const TrainSentence& ts) -> const std::vector<uint16_t>& {
      return reversed ? ts.rev_label : ts.gold_label;
    };
    DirectionTables out;
    KeyCounter move_counts, label_counts;
    for (const TrainSentence& ts : sents) {  // the static oracle's derivation of each sentence
      load_parser_input(ws, ts, m, false, reversed);
      parser_init(ws);
      while (!parser_done(ws)) {
        uint32_t next = forced_move(ws);
        if (next == mv_choose) {
          move_counts.add(ws.keys, mover_features(ws, ws.keys));
          int32_t cost[mv_count];
          move_costs(ws, gold_heads(ts), cost);
          for (uint32_t mv = 0; mv < mv_count; ++mv)
            if (move_valid(ws, mv) && (next == mv_choose || cost[mv] < cost[next])) next = mv;
        }
        uint16_t label = k_no_label;
        if (next != mv_shift && next != mv_reduce) {
          int32_t h, d;
          move_arc(ws, next, h, d);
          label = gold_labels(ts)[d];
          if (size_t(h) != ws.n) label_counts.add(ws.keys, labeler_features(ws, h, d, ws.keys));
        }
        apply_move(ws, next, label);
      }
    }
    // One averaged-perceptron run over the sentences `use`: (moves, relations).
    auto train_run = [&](const std::vector<size_t>& use, uint64_t run_seed, bool report) {
      ParserTables pt(labels);
      Rng rng(run_seed);
      std::vector<size_t> order = use;
      double t = 1;
      for (int e = 0; e < opt.parser_epochs; ++e) {
        for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
        const bool exploring = e >= opt.explore_after;
        size_t arcs = 0, right_heads = 0, right_labels = 0;
        for (size_t sk : order) {
          const bool gold_tags = sk >= sents.size();  // the copy of sentence sk - size with gold tags
          const size_t si = gold_tags ? sk - sents.size() : sk;
          const TrainSentence& ts = sents[si];
          load_parser_input(ws, ts, m, gold_tags, reversed);
          const std::vector<int32_t>& gh = gold_heads(ts);
          const size_t n = ws.n;
          parser_init(ws);
          while (!parser_done(ws)) {
            uint32_t next = forced_move(ws);
            if (next == mv_choose) {
              size_t nf = move_counts.keep(ws.keys, mover_features(ws, ws.keys), min_count);
              pt.mover.score(ws.keys, nf, ws.scores);
              int32_t cost[mv_count];
              move_costs(ws, gh, cost);
              uint32_t pred = mv_count, gold = mv_count;
              int32_t min_cost = 1 << 20;
              for (uint32_t mv = 0; mv < mv_count; ++mv) min_cost = std::min(min_cost, cost[mv]);
              for (uint32_t mv = 0; mv < mv_count; ++mv) {
                if (!move_valid(ws, mv)) continue;
                if (pred == mv_count || ws.scores[mv] > ws.scores[pred]) pred = mv;
                if (cost[mv] == min_cost && (gold == mv_count || ws.scores[mv] > ws.scores[gold])) gold = mv;
              }
              next = gold;
              if (cost[pred] != min_cost) {
                pt.mover.update(ws.keys, nf, gold, 1.0f, t);
                pt.mover.update(ws.keys, nf, pred, -1.0f, t);
                if (exploring && rng.uniform() < opt.explore) next = pred;
              } else {
                next = pred;
              }
            }
            uint16_t label = k_no_label;
            if (next != mv_shift && next != mv_reduce) {
              int32_t h, d;
              move_arc(ws, next, h, d);
              const uint16_t gold_label = gold_labels(ts)[d];
              if (size_t(h) == n) {
                label = uint16_t(m.root_label);
              } else {
                size_t nl = label_counts.keep(ws.keys, labeler_features(ws, h, d, ws.keys), min_count);
                pt.labeler.score(ws.keys, nl, ws.scores);
                uint32_t bl = labels;
                for (uint32_t c = 0; c < labels; ++c)
                  if (c != m.root_label && (bl == labels || ws.scores[c] > ws.scores[bl])) bl = c;
                if (h == gh[d] && bl != gold_label) {
                  pt.labeler.update(ws.keys, nl, gold_label, 1.0f, t);
                  pt.labeler.update(ws.keys, nl, bl, -1.0f, t);
                }
                label = exploring ? uint16_t(bl) : gold_label;
                if (h == gh[d] && bl == gold_label) ++right_labels;
              }
              ++arcs;
              if (h == gh[d]) ++right_heads;
              if (size_t(h) == n && gold_label == m.root_label) ++right_labels;
            }
            apply_move(ws, next, label);
            t += 1;
          }
        }
        char line[160];
        std::snprintf(line, sizeof line, "%sparser epoch %d/%d: train heads %.2f%%, labels %.2f%%%s", dir, e + 1,
                      opt.parser_epochs, 100.0 * right_heads / std::max<size_t>(arcs, 1),
                      100.0 * right_labels / std::max<size_t>(arcs, 1), exploring ? " (exploring)" : "");
        if (report) say(line);
        if (report && opt.monitor && !reversed) {
          SyntaxModel probe;
          probe.impl() = m;
          probe.impl().mover = pt.mover.average(t, k_prune, k_move_levels);
          probe.impl().labeler = pt.labeler.average(t, k_prune);
          SyntaxScores sc = evaluate_syntax(*opt.monitor, probe);
          std::snprintf(line, sizeof line, "  monitor: POS %.2f%%, UAS %.2f%%, LAS %.2f%%", sc.pos(), sc.uas(), sc.las());
          say(line);
        }
      }
      return std::make_pair(pt.mover.average(t, k_prune), pt.labeler.average(t, k_prune));
    };
    std::vector<WeightTable> movers, labelers;
    for (int run = 0; run < std::max(1, opt.parser_mix); ++run) {
      // Each sentence with its jackknifed tags and, when asked, once more with its gold tags
      // (index + size): more varied input to learn from.
      std::vector<size_t> use = all_idx;
      if (opt.parser_gold_tags)
        for (size_t i = 0; i < sents.size(); ++i) use.push_back(sents.size() + i);
      auto tables = train_run(use, (opt.seed ^ 0x5eed) + 1009 * uint64_t(run), true);
      movers.push_back(std::move(tables.first));
      labelers.push_back(std::move(tables.second));
    }
    out.mover = mix_tables(movers, k_move_levels);  // runs mixed at full precision, then rounded
    out.labeler = labelers.size() == 1 ? labelers.front() : mix_tables(labelers);
    say(std::string(dir) + "parser: " + std::to_string(out.mover.rows()) + " move features, " +
        std::to_string(out.labeler.rows()) + " relation features");

    // Beam parser: a second move classifier trained globally over a beam, the relations from the
    // classifier above.
    if (opt.beam > 1) {
      std::vector<WeightTable> beam_movers;
      for (int run = 0; run < std::max(1, opt.beam_mix); ++run) {
        TrainTable mover(mv_count);
        Rng rng((opt.seed ^ 0xbea3) + 1009 * uint64_t(run));
        std::vector<size_t> order = all_idx;
        if (opt.parser_gold_tags)
          for (size_t i = 0; i < sents.size(); ++i) order.push_back(sents.size() + i);
        double t = 1;
        for (int e = 0; e < opt.parser_epochs; ++e) {
          for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
          size_t updates = 0;
          for (size_t sk : order) {
            const bool gold_tags = sk >= sents.size();
            const TrainSentence& ts = sents[gold_tags ? sk - sents.size() : sk];
            load_parser_input(ws, ts, m, gold_tags, reversed);
            updates += beam_train_sentence(ws, m, out.labeler, gold_heads(ts), size_t(opt.beam), mover, move_counts,
                                           min_count, t);
            t += 1;
          }
          char line[160];
          std::snprintf(line, sizeof line, "%sbeam parser epoch %d/%d: %.1f%% of sentences updated", dir, e + 1,
                        opt.parser_epochs, 100.0 * double(updates) / double(std::max<size_t>(order.size(), 1)));
          say(line);
          if (opt.monitor && !reversed) {
            SyntaxModel probe;
            probe.impl() = m;
            probe.impl().mover = out.mover;
            probe.impl().labeler = out.labeler;
            probe.impl().beam_mover = mover.average(t, k_prune, k_move_levels);
            probe.impl().beam_width = uint32_t(opt.beam);
            probe.impl().use_beam = uint32_t(opt.beam);
            SyntaxScores sc = evaluate_syntax(*opt.monitor, probe);
            std::snprintf(line, sizeof line, "  monitor: POS %.2f%%, UAS %.2f%%, LAS %.2f%%", sc.pos(), sc.uas(), sc.las());
            say(line);
          }
        }
        beam_movers.push_back(mover.average(t, k_prune));
      }
      out.beam_mover = mix_tables(beam_movers, k_move_levels);  // also rounds a single run's weights to 8 bits
      say(std::string(dir) + "beam parser: " + std::to_string(out.beam_mover.rows()) + " move features, width " +
          std::to_string(opt.beam));
    }
    return out;
  };

  if (opt.beam > int(k_max_beam)) throw UsageError("beam width must be at most " + std::to_string(k_max_beam));
  DirectionTables l2r = train_direction(false);
  m.mover = std::move(l2r.mover);
  m.labeler = std::move(l2r.labeler);
  if (opt.beam > 1) {
    m.beam_mover = std::move(l2r.beam_mover);
    m.beam_width = uint32_t(opt.beam);
    if (opt.right_to_left) {
      DirectionTables r2l = train_direction(true);
      m.r_labeler = std::move(r2l.labeler);
      m.r_beam_mover = std::move(r2l.beam_mover);
    }
  }

  return model;
}

} // namespace relgraph
