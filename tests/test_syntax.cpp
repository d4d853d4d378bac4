#include "relgraph/errors.hpp"
#include "relgraph/syntax.hpp"
#include "relgraph/text.hpp"
#include "support.hpp"
#include "syntax/syntax_detail.hpp"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace relgraph;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string k_model = RELGRAPH_SOURCE_DIR "/data/models/syntax-en.bin";
const std::string k_metrics = RELGRAPH_SOURCE_DIR "/data/models/syntax-metrics.json";
const std::string k_gum = RELGRAPH_SOURCE_DIR "/../shared/data/gum";

const SyntaxModel& shipped_model() {
  static SyntaxModel model = SyntaxModel::load(k_model);
  return model;
}

// The same file parsing with a beam (0: the width it was trained with), voting or not.
SyntaxModel load_shipped(uint32_t beam, bool vote) {
  SyntaxModel m = SyntaxModel::load(k_model);
  m.set_beam(beam ? beam : m.trained_beam());
  m.set_vote(vote);
  return m;
}

const SyntaxModel& shipped_beam_model() {
  static SyntaxModel model = load_shipped(0, false);
  return model;
}

// With three parsers voting, at the width the metrics file was written with.
const SyntaxModel& shipped_vote_model() {
  static SyntaxModel model = load_shipped(SyntaxModel::default_vote_beam, true);
  return model;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Two tiny CoNLL-U sentences, enough to train a (bad) model quickly.
const char* k_tiny = "# text = Putin met Xi.\n"
                     "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                     "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                     "3\tXi\tXi\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
                     "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                     "\n"
                     "# text = The talks ended in Beijing.\n"
                     "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                     "2\ttalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                     "3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                     "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                     "5\tBeijing\tBeijing\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
                     "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
                     "\n";

SyntaxModel train_tiny(const fs::path& dir, const std::string& clusters = "", int beam = 8, bool right_to_left = true) {
  std::ofstream(dir / "tiny.conllu") << k_tiny;
  SyntaxTrainOptions o;
  o.clusters = clusters;
  o.beam = beam;
  o.right_to_left = right_to_left;
  o.tagger_epochs = 3;
  o.parser_epochs = 3;
  o.min_feature_count = 1;
  return train_syntax_model(read_conllu_dir(dir.string()), o);
}

} // namespace

TEST_CASE("syntax::read_conllu and the held-out split") {
  TempDir tmp("conllu");
  std::ofstream(tmp.path / "GUM_news_a.conllu") << k_tiny;
  TreebankDocument d = read_conllu_file((tmp.path / "GUM_news_a.conllu").string());
  CHECK(d.genre == "news");
  REQUIRE(d.sentences.size() == 2);
  CHECK(d.sentences[0].forms == std::vector<std::string>{"Putin", "met", "Xi", "."});
  CHECK(d.sentences[0].heads == std::vector<int32_t>{1, -1, 1, 1});
  CHECK(d.sentences[0].space_after[2] == 0);

  std::vector<TreebankDocument> docs;
  for (int i = 0; i < 11; ++i) {
    TreebankDocument g;
    g.name = "GUM_news_" + std::string(1, char('a' + i));
    g.genre = "news";
    docs.push_back(g);
  }
  TreebankDocument other;
  other.name = "en_ewt-ud-test";
  docs.push_back(other);
  TreebankSplit split = split_held_out(docs);
  REQUIRE(split.held_out.size() == 2);  // the 5th and 10th of the genre
  CHECK(split.held_out[0].name == "GUM_news_e");
  CHECK(split.held_out[1].name == "GUM_news_j");
  CHECK(split.train.size() == 10);      // the non-GUM treebank trains only

  std::ofstream(tmp.path / "bad.conllu") << "1\tonly\tthree\n";
  CHECK_THROWS_AS(read_conllu_file((tmp.path / "bad.conllu").string()), InputError);
}

TEST_CASE("syntax::SyntaxModel save/load round trip and deterministic training") {
  TempDir tmp("roundtrip");
  SyntaxModel a = train_tiny(tmp.path);
  SyntaxModel b = train_tiny(tmp.path);
  const std::string pa = (tmp.path / "a.bin").string(), pb = (tmp.path / "b.bin").string();
  a.save(pa);
  b.save(pb);
  CHECK(slurp(pa) == slurp(pb));  // same data, same bytes

  SyntaxModel loaded = SyntaxModel::load(pa);
  CHECK(loaded.tags() == a.tags());
  CHECK(loaded.deprels() == a.deprels());
  const std::string pc = (tmp.path / "c.bin").string();
  loaded.save(pc);
  CHECK(slurp(pc) == slurp(pa));  // load then save changes nothing
  ParseResult r;
  tag_and_parse_words({"Putin", "met", "Xi", "."}, {}, loaded, r);
  REQUIRE(r.size() == 4);
  CHECK(r.tag[0] == "NNP");

  SECTION("the beam parser is saved with its width and learns the training trees") {
    CHECK(a.trained_beam() == 8);
    CHECK(loaded.trained_beam() == 8);
    CHECK(loaded.beam() == 1);  // greedy until asked
    loaded.set_beam(8);
    ParseResult b;
    tag_and_parse_words({"Putin", "met", "Xi", "."}, {}, loaded, b);
    CHECK(b.head == std::vector<int32_t>{1, -1, 1, 1});
    CHECK(b.deprel[0] == "nsubj");
    CHECK(b.deprel[2] == "obj");
    tag_and_parse_words({"The", "talks", "ended", "in", "Beijing", "."}, {}, loaded, b);
    CHECK(b.head == std::vector<int32_t>{1, 2, -1, 4, 2, 2});
    CHECK(b.deprel[4] == "obl");
  }

  SECTION("three parsers vote: the right-to-left one is saved and learns the training trees too") {
    CHECK(a.can_vote());
    CHECK(loaded.can_vote());
    CHECK(!loaded.vote());  // one parser until asked
    loaded.set_beam(8);
    loaded.set_vote(true);
    ParseResult v;
    tag_and_parse_words({"Putin", "met", "Xi", "."}, {}, loaded, v);
    CHECK(v.head == std::vector<int32_t>{1, -1, 1, 1});
    CHECK(v.deprel[0] == "nsubj");
    CHECK(v.deprel[1] == "root");
    tag_and_parse_words({"The", "talks", "ended", "in", "Beijing", "."}, {}, loaded, v);
    CHECK(v.head == std::vector<int32_t>{1, 2, -1, 4, 2, 2});
    CHECK(v.deprel[4] == "obl");
    // the right-to-left parser alone: the same trees over the reversed sentence
    SyntaxModel rev = SyntaxModel::load(pa);
    rev.impl().beam_mover = rev.impl().r_beam_mover;
    rev.impl().labeler = rev.impl().r_labeler;
    rev.set_beam(8);
    tag_and_parse_words({".", "Beijing", "in", "ended", "talks", "The"}, {}, rev, v);
    CHECK(v.head == std::vector<int32_t>{3, 3, 1, -1, 3, 4});
  }

  SECTION("a model trained without the right-to-left parser cannot vote") {
    SyntaxModel one = train_tiny(tmp.path, "", 8, false);
    CHECK(!one.can_vote());
    CHECK_THROWS_AS(one.set_vote(true), InputError);
    const std::string po = (tmp.path / "o.bin").string();
    one.save(po);
    CHECK(!SyntaxModel::load(po).can_vote());
  }

  SECTION("loading only the greedy parser: same trees, no beam or vote, not saved half") {
    SyntaxModel greedy = SyntaxModel::load(pa, SyntaxParts::greedy);
    CHECK(greedy.impl().beam_mover.rows() == 0);
    CHECK(greedy.impl().r_beam_mover.rows() == 0);
    CHECK(greedy.impl().r_labeler.rows() == 0);
    CHECK(greedy.impl().mover.rows() == loaded.impl().mover.rows());
    CHECK(greedy.trained_beam() == 8);  // what the file holds, loaded or not
    CHECK(greedy.can_vote());
    ParseResult g;
    tag_and_parse_words({"The", "talks", "ended", "in", "Beijing", "."}, {}, greedy, g);
    tag_and_parse_words({"The", "talks", "ended", "in", "Beijing", "."}, {}, loaded, r);
    CHECK(g.head == r.head);
    CHECK(g.deprel == r.deprel);
    CHECK(g.tag == r.tag);
    CHECK_THROWS_AS(greedy.set_beam(8), UsageError);
    CHECK_THROWS_AS(greedy.set_vote(true), UsageError);
    CHECK_THROWS_AS(greedy.save((tmp.path / "half.bin").string()), UsageError);
    CHECK(!fs::exists(tmp.path / "half.bin"));

    SyntaxModel beam = SyntaxModel::load(pa, SyntaxParts::beam);
    CHECK(beam.impl().beam_mover.rows() == loaded.impl().beam_mover.rows());
    CHECK(beam.impl().r_beam_mover.rows() == 0);
    beam.set_beam(8);
    CHECK_THROWS_AS(beam.set_vote(true), UsageError);
  }

  SECTION("a cut file fails to load even where the cut falls in a table left out") {
    const std::string whole = slurp(pa);
    const std::string cut = (tmp.path / "cut.bin").string();
    // cuts near the end fall in the right-to-left tables or the clusters
    for (size_t keep : {whole.size() - 9, whole.size() - 200, whole.size() * 3 / 4}) {
      std::ofstream(cut, std::ios::binary | std::ios::trunc) << whole.substr(0, keep);
      CHECK_THROWS_AS(SyntaxModel::load(cut, SyntaxParts::greedy), InputError);
      CHECK_THROWS_AS(SyntaxModel::load(cut, SyntaxParts::beam), InputError);
    }
    std::ofstream(cut, std::ios::binary | std::ios::trunc) << whole << "x";
    CHECK_THROWS_AS(SyntaxModel::load(cut, SyntaxParts::greedy), InputError);  // bytes past the end marker
  }

  SECTION("beam widths outside 1-64 are usage errors") {
    CHECK_THROWS_AS(loaded.set_beam(0), UsageError);
    CHECK_THROWS_AS(loaded.set_beam(65), UsageError);
    CHECK(loaded.beam() == 1);
  }

  SECTION("a model trained without a beam parses greedily only") {
    SyntaxModel greedy = train_tiny(tmp.path, "", 1);
    CHECK(greedy.trained_beam() == 0);
    CHECK_THROWS_AS(greedy.set_beam(4), InputError);
    greedy.set_beam(1);
    const std::string pg = (tmp.path / "g.bin").string();
    greedy.save(pg);
    CHECK(SyntaxModel::load(pg).trained_beam() == 0);
  }
}

TEST_CASE("syntax::word clusters") {
  TempDir tmp("clusters");
  const fs::path file = tmp.path / "clusters.tsv";
  SECTION("words of the file get their clusters, whatever their case; others none") {
    std::ofstream(file) << "# word, fine, coarse\nputin\t7\t1\nmedvedev\t7\t1\nthe\t0\t0\nputin\t9\t2\n";
    SyntaxModel m = train_tiny(tmp.path, file.string());
    const std::string path = (tmp.path / "m.bin").string();
    m.save(path);
    SyntaxModel loaded = SyntaxModel::load(path);
    using namespace relgraph::syntax_detail;
    Workspace ws;
    const std::vector<std::string> words{"Medvedev", "met", "THE", "putin"};
    ws.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i) set_atoms(ws, i, words[i], normalize_key(words[i]), true, true);
    set_clusters(ws, loaded.impl());
    CHECK(ws.fine[0] == 8);  // cluster numbers + 1: 0 is "no cluster"
    CHECK(ws.coarse[0] == 2);
    CHECK(ws.fine[1] == 0);
    CHECK(ws.fine[2] == 1);
    CHECK(ws.coarse[2] == 1);
    CHECK(ws.fine[3] == 8);  // the first line of a word wins
    // and the clusters change what the model learns
    const std::string with_clusters = slurp(path);
    train_tiny(tmp.path).save(path);
    CHECK(slurp(path) != with_clusters);
  }
  SECTION("a bad line is an InputError naming the file and line") {
    std::ofstream(file) << "putin\t7\t1\nxi\tseven\t1\n";
    try {
      train_tiny(tmp.path, file.string());
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find(file.string() + ":2:") != std::string::npos);
    }
    CHECK_THROWS_AS(train_tiny(tmp.path, (tmp.path / "missing.tsv").string()), InputError);
  }
}

TEST_CASE("syntax::WeightTable") {
  using syntax_detail::WeightTable;
  // Keys sharing their low 32 bits share a bucket: 40 of them fill several buckets in a row.
  auto crowded_key = [](uint64_t i) { return ((2 * i + 2) << 32) | 0x9e3779b9ULL; };
  auto spread_key = [](uint64_t i) { return syntax_detail::mix64(i + 1) | (uint64_t(1) << 40); };
  auto check_table = [&](uint32_t classes, int levels, auto row_of) {
    std::vector<uint64_t> keys;
    std::vector<float> w;
    for (uint64_t i = 0; i < 40; ++i) keys.push_back(crowded_key(i));
    for (uint64_t i = 0; i < 400; ++i) keys.push_back(spread_key(i));
    for (size_t r = 0; r < keys.size(); ++r)
      for (uint32_t c = 0; c < classes; ++c) w.push_back(row_of(r, c));
    WeightTable t;
    t.assign(classes, keys, w, 0.0f, levels);
    REQUIRE(t.rows() == keys.size());
    std::vector<float> scores(t.stride() + 4), row(classes);
    for (size_t r = 0; r < keys.size(); ++r) {
      t.score(&keys[r], 1, scores.data());
      t.row_weights(r, row.data());
      for (uint32_t c = 0; c < classes; ++c) {
        CHECK(scores[c] == Approx(w[r * classes + c]).margin(t.scale()));
        CHECK(row[c] == scores[c]);
      }
    }
    // absent keys: in a crowded bucket run, or anywhere
    const uint64_t absent[] = {crowded_key(40), crowded_key(1000), spread_key(400), 12345};
    t.score(absent, 4, scores.data());
    for (uint32_t c = 0; c < classes; ++c) CHECK(scores[c] == 0.0f);
    // a feature set: absent keys add nothing, present ones add their rows
    std::vector<uint64_t> set = {keys[3], absent[0], keys[39], keys[41], absent[2], keys[300]};
    t.score(set.data(), set.size(), scores.data());
    for (uint32_t c = 0; c < classes; ++c) {
      const float want = w[3 * classes + c] + w[39 * classes + c] + w[41 * classes + c] + w[300 * classes + c];
      CHECK(scores[c] == Approx(want).margin(4 * t.scale()));
    }
  };

  SECTION("many classes: inline, sparse and dense rows, crowded buckets, absent keys") {
    // row r has r % 12 + 1 non-zero classes: up to 2 inline, 3-8 sparse, more dense
    check_table(20, 32767, [](size_t r, uint32_t c) {
      return c <= r % 12 ? float(int(r % 7) - 3) + 0.25f * float(c + 1) : 0.0f;
    });
  }
  SECTION("four classes with 8-bit weights (the move table)") {
    check_table(4, 127, [](size_t r, uint32_t c) { return float(int((r * 7 + c * 3) % 11) - 5); });
  }
}

TEST_CASE("syntax::VoteScratch::combine") {
  using namespace relgraph::syntax_detail;
  SyntaxModel model;
  SyntaxModel::Impl& m = model.impl();
  m.deprels = {"dep", "nsubj", "obj", "punct", "root"};
  m.root_label = 4;
  // votes of a tree under the members' weights; -1 when it is not a projective tree with one root dependent
  auto votes = [](const VoteScratch& vs, const std::vector<int32_t>& h) {
    const int32_t n = int32_t(h.size());
    int root_deps = 0;
    for (int32_t d = 0; d < n; ++d) {
      root_deps += h[size_t(d)] == n;
      int32_t k = d;
      for (int32_t steps = 0; k != n; ++steps) {
        if (steps > n) return -1.0;  // a cycle
        k = h[size_t(k)];
      }
    }
    for (int32_t d = 0; d < n; ++d) {
      // projective: every word between d and its head is dominated by the head
      const int32_t hd = h[size_t(d)] == n ? n : h[size_t(d)];
      for (int32_t j = std::min(d, hd) + 1; j < std::max(d, hd); ++j) {
        int32_t a = j;
        while (a != n && a != hd) a = h[size_t(a)];
        if (a != hd) return -1.0;
      }
    }
    if (root_deps != 1) return -1.0;
    double v = 0.0;
    for (size_t k = 0; k < 3; ++k)
      for (int32_t d = 0; d < n; ++d) v += vs.head[k][size_t(d)] == h[size_t(d)] ? double(k_vote_weight[k]) : 0.0;
    return v;
  };
  auto run = [&](const std::vector<std::vector<int32_t>>& trees, VoteScratch& vs, Workspace& ws) {
    const size_t n = trees[0].size();
    ws.resize(n);
    vs.resize(n);
    for (size_t k = 0; k < 3; ++k)
      for (size_t d = 0; d < n; ++d) {
        vs.head[k][d] = trees[k][d];
        vs.label[k][d] = trees[k][d] == int32_t(n) ? uint16_t(4) : uint16_t(k + 1);  // nsubj, obj, punct by member
      }
    for (size_t k = 0; k < 3; ++k) vs.vote_tree(k);
    vs.combine(ws, m);
    return std::vector<int32_t>(ws.head.begin(), ws.head.begin() + long(n));
  };
  VoteScratch vs;
  Workspace ws;

  SECTION("trees all three agree on stay, with the first member's relations") {
    const std::vector<int32_t> t = {1, 4, 1, 1};
    CHECK(run({t, t, t}, vs, ws) == t);
    CHECK(ws.label[0] == 1);
    CHECK(ws.label[1] == 4);
  }
  SECTION("two members outvote the first; where all differ the first wins") {
    // token 2: heads 1, 3, 3 -> 3 (relation of member 1); token 3: heads 1, 1, 1
    CHECK(run({{1, 4, 1, 1}, {1, 4, 3, 1}, {1, 4, 3, 1}}, vs, ws) == std::vector<int32_t>{1, 4, 3, 1});
    CHECK(ws.label[2] == 2);
    // token 0: heads 1, 2, 3 -> 1
    CHECK(run({{1, 4, 1, 1}, {2, 4, 1, 1}, {3, 4, 3, 1}}, vs, ws)[0] == 1);
  }
  SECTION("a beam parser's vote is spread over its final hypotheses by score") {
    ws.resize(2);
    vs.resize(2);
    // hypotheses over "a b" (root = 2): a <- b <- root, then b <- a <- root with a third of the share
    std::vector<ParseState> beam(2);
    beam[0].head = {1, 2, -1};
    beam[0].score = 10.0;
    beam[1].head = {2, 0, -1};
    beam[1].score = 10.0 - k_vote_temperature * std::log(3.0);
    ws.head[0] = 1;
    ws.head[1] = 2;
    ws.label[0] = 1;
    ws.label[1] = 4;
    vs.take_beam(0, ws, false, beam, 2);
    const size_t w = 3;  // chart: 0 root, a 1, b 2
    CHECK(vs.arc[2 * w + 1] == Approx(0.75 * k_vote_weight[0]));  // b -> a
    CHECK(vs.arc[0 * w + 2] == Approx(0.75 * k_vote_weight[0]));  // root -> b
    CHECK(vs.arc[1 * w + 2] == Approx(0.25 * k_vote_weight[0]));  // a -> b
    CHECK(vs.arc[0 * w + 1] == Approx(0.25 * k_vote_weight[0]));  // root -> a
    CHECK(vs.head[0] == std::vector<int32_t>{1, 2});               // the best tree keeps the relations
    // the same beam over the reversed sentence "b a": its arcs land on the words they join
    vs.resize(2);
    vs.take_beam(2, ws, true, beam, 2);
    CHECK(vs.arc[1 * w + 2] == Approx(0.75 * k_vote_weight[2]));  // (reversed b <- a) a -> b
    CHECK(vs.arc[0 * w + 1] == Approx(0.75 * k_vote_weight[2]));  // root -> a
    CHECK(vs.head[2] == std::vector<int32_t>{2, 0});
    vs.combine(ws, m);
    CHECK(ws.head[0] == 2);  // a is the root's dependent
    CHECK(ws.head[1] == 0);
  }
  SECTION("majority arcs that form no tree give the best tree there is") {
    // each member a different root: the vote has to pick one and keep a tree
    std::vector<int32_t> h = run({{3, 0, 1, 3, 3}, {5, 0, 0, 0, 0}, {1, 2, 5, 2, 2}}, vs, ws);
    CHECK(votes(vs, h) >= 0.0);
  }
  SECTION("on random member trees: a projective tree with one root dependent and the most votes") {
    // member trees: random projective trees (a random word of each span heads it)
    uint64_t state = 7;
    auto next = [&](uint64_t k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return size_t((state >> 33) % k);
    };
    std::function<void(std::vector<int32_t>&, int32_t, int32_t, int32_t)> grow = [&](std::vector<int32_t>& h, int32_t s,
                                                                                       int32_t t, int32_t head) {
      if (s > t) return;
      const int32_t r = s + int32_t(next(size_t(t - s + 1)));
      h[size_t(r)] = head;
      grow(h, s, r - 1, r);
      grow(h, r + 1, t, r);
    };
    for (int trial = 0; trial < 300; ++trial) {
      const int32_t n = 1 + int32_t(next(5));
      std::vector<std::vector<int32_t>> trees(3, std::vector<int32_t>(size_t(n)));
      for (auto& t : trees) grow(t, 0, n - 1, n);
      std::vector<int32_t> got = run(trees, vs, ws);
      const double v = votes(vs, got);
      REQUIRE(v >= 0.0);
      // the best over every head assignment (n <= 5: at most 6^5 of them)
      double best = 0.0;
      std::vector<int32_t> h(size_t(n), 0);
      for (;;) {
        best = std::max(best, votes(vs, h));
        size_t i = 0;
        while (i < h.size() && ++h[i] > n) h[i++] = 0;
        if (i == h.size()) break;
      }
      CHECK(v == best);
    }
  }
}

TEST_CASE("syntax::reverse_tokens") {
  using namespace relgraph::syntax_detail;
  SyntaxModel model;
  SyntaxModel::Impl& m = model.impl();
  m.tags = {"NNP", "VBD", "."};
  set_tag_kinds(m);
  m.vocab.assign(1, {}, {});
  Workspace ws;
  ws.resize(3);
  const char* forms[] = {"Putin", "met", "."};
  for (size_t i = 0; i < 3; ++i) {
    set_atoms(ws, i, forms[i], forms[i], i == 1, i == 0);  // "Putin met."
    ws.tag[i] = uint16_t(i);
  }
  set_parser_words(ws, m);
  const Workspace before = ws;
  reverse_tokens(ws, m);
  CHECK(ws.word[0] == before.word[2]);
  CHECK(ws.tag[0] == 2);
  CHECK(ws.tag[2] == 0);
  CHECK((ws.flags[0] & af_first) != 0);       // "." now comes first
  CHECK((ws.flags[2] & af_last) != 0);
  CHECK((ws.flags[1] & af_space_before) == 0);  // no space between "." and "met"
  CHECK((ws.flags[1] & af_space_after) != 0);
  CHECK(ws.pre_verb[2] == 1);                   // the verb is now before "Putin"
  reverse_tokens(ws, m);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(ws.word[i] == before.word[i]);
    CHECK(ws.flags[i] == before.flags[i]);
    CHECK(ws.pword[i] == before.pword[i]);
    CHECK(ws.pre_verb[i] == before.pre_verb[i]);
  }
}

TEST_CASE("syntax::forced_move") {
  using namespace relgraph::syntax_detail;
  Workspace ws;
  ws.resize(2);
  parser_init(ws);
  CHECK(forced_move(ws) == mv_shift);  // an empty stack
  apply_move(ws, mv_shift, k_no_label);
  CHECK(forced_move(ws) == mv_choose);  // words left in the buffer: the classifier chooses
  apply_move(ws, mv_shift, k_no_label);
  // only the root left and two headless words: the attach move is forced, not a choice
  CHECK(forced_move(ws) == mv_attach);
  CHECK(mv_attach != mv_choose);
  apply_move(ws, mv_attach, 0);
  CHECK(forced_move(ws) == mv_left);  // the last headless word takes the root
}

TEST_CASE("syntax::SyntaxModel::load rejects other files with an InputError naming them") {
  TempDir tmp("badmodel");
  const std::string path = (tmp.path / "model.bin").string();
  auto expect_input_error = [&](const std::string& bytes, const std::string& what) {
    std::ofstream(path, std::ios::binary) << bytes;
    try {
      SyntaxModel::load(path);
      FAIL("no error for " << what);
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find(path) != std::string::npos);
    }
  };
  std::string bad_version("RGSYNTAX", 8);
  bad_version += std::string("\x63\x00\x00\x00", 4);  // version 99
  expect_input_error(bad_version, "a future version");
  expect_input_error("not a model at all", "a bad magic");
  std::string shipped = slurp(k_model);
  expect_input_error(shipped.substr(0, shipped.size() / 2), "a truncated file");
  CHECK_THROWS_AS(SyntaxModel::load((tmp.path / "missing.bin").string()), InputError);

  SECTION("a damaged byte or a cut anywhere loads or is an InputError, never a crash") {
    SyntaxModel tiny = train_tiny(tmp.path);
    const std::string tiny_path = (tmp.path / "tiny.bin").string();
    tiny.save(tiny_path);
    const std::string good = slurp(tiny_path);
    REQUIRE(good.size() > 100);
    const size_t step = std::max<size_t>(1, good.size() / 1500);
    size_t rejected = 0;
    for (size_t i = 0; i < good.size(); i += step)
      for (const std::string& bytes : {good.substr(0, i), good.substr(0, i) + char(0xff) + good.substr(i + 1)}) {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
        try {
          SyntaxModel::load(path);
        } catch (const InputError&) {
          ++rejected;
        }
      }
    CHECK(rejected >= good.size() / step);  // every cut at least
  }
}

TEST_CASE("syntax::tag_and_parse over a Document") {
  const SyntaxModel& model = shipped_model();
  Document doc = analyse_text("Putin met Xi in Beijing. The talks ended.", DocumentInfo{"t", "", "", ""});
  REQUIRE(doc.sentences.size() == 2);

  ParseResult tags;
  tag_sentence(doc, 0, model, tags);
  REQUIRE(tags.size() == 6);
  CHECK(tags.tag[0] == "NNP");  // Putin
  CHECK(tags.tag[1] == "VBD");  // met
  CHECK(tags.tag[2] == "NNP");  // Xi
  CHECK(tags.tag[3] == "IN");   // in
  CHECK_FALSE(tags.parsed());

  ParseResult r;
  tag_and_parse(doc, 0, model, r);
  REQUIRE(r.parsed());
  CHECK(r.head[1] == -1);  // met is the root
  CHECK(r.deprel[1] == "root");
  CHECK(r.head[0] == 1);   // Putin <- met
  CHECK(r.deprel[0] == "nsubj");
  CHECK(r.head[2] == 1);   // Xi <- met
  CHECK(r.deprel[2] == "obj");
  CHECK(r.head[3] == 4);   // in <- Beijing
  CHECK(r.deprel[3] == "case");

  SECTION("a chosen subset of sentences, aligned with Document tokens") {
    std::vector<ParseResult> out;
    parse_sentences(doc, {1}, model, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].sentence == 1);
    CHECK(out[0].first_token == doc.sentences[1].first_token);
    uint32_t talks = 1;  // "The talks ended ."
    CHECK(doc.token_text(out[0].first_token + talks) == "talks");
    CHECK(out[0].deprel[talks] == "nsubj");
    CHECK(out[0].head_token(talks) == out[0].first_token + 2);
  }

  SECTION("parse_tagged keeps the tags and builds the same tree as tag_and_parse") {
    ParseResult t;
    tag_sentence(doc, 0, model, t);
    tag_sentence(doc, 1, model, r);  // another sentence in between: the workspace is not relied on
    parse_tagged(doc, model, t);
    REQUIRE(t.parsed());
    ParseResult full;
    tag_and_parse(doc, 0, model, full);
    CHECK(t.tag == full.tag);
    CHECK(t.head == full.head);
    CHECK(t.deprel == full.deprel);

    SECTION("over a whole article tagged first: each tree is the one tag_and_parse builds") {
      Document art = analyse_text(slurp(RELGRAPH_SOURCE_DIR "/samples/putin-xi.txt"), DocumentInfo{"a", "", "", ""});
      REQUIRE(art.sentences.size() > 20);
      std::vector<ParseResult> tagged(art.sentences.size());
      for (uint32_t k = 0; k < art.sentences.size(); ++k) {
        tagged[k].sentence = k;
        tag_sentence(art, k, model, tagged[k]);
      }
      size_t same = 0;
      for (uint32_t k = 0; k < art.sentences.size(); ++k) {
        parse_tagged(art, model, tagged[k]);
        ParseResult whole;
        tag_and_parse(art, k, model, whole);
        same += tagged[k].head == whole.head && tagged[k].deprel == whole.deprel;
      }
      CHECK(same == art.sentences.size());
    }

    SECTION("a prefix: the words before it keep their left dependents, later ones stay empty") {
      ParseResult p;
      tag_sentence(doc, 0, model, p);  // Putin met Xi in Beijing .
      parse_tagged(doc, model, p, 4);
      REQUIRE(p.parsed());
      CHECK(p.head[0] == 1);
      CHECK(p.deprel[0] == "nsubj");
      CHECK(p.deprel[4].empty());
      CHECK(p.deprel[5].empty());
      CHECK(p.head[5] == -1);
      CHECK(p.tag == full.tag);
    }
  }
}

TEST_CASE("syntax::accuracy on held-out GUM documents does not regress") {
  if (!fs::is_directory(k_gum)) {
    WARN("skipped: ../shared/data/gum not found");
    return;
  }
  rapidjson::Document metrics;
  metrics.Parse(slurp(k_metrics).c_str());
  REQUIRE(metrics.IsObject());
  REQUIRE(metrics.HasMember("regression_subset"));
  const auto& subset = metrics["regression_subset"];
  std::vector<TreebankDocument> docs;
  for (const auto& name : subset["documents"].GetArray())
    docs.push_back(read_conllu_file(k_gum + "/" + name.GetString() + ".conllu"));
  REQUIRE(!docs.empty());
  const double tolerance = 0.5;  // points; the same model on the same documents scores the same
  SECTION("greedy") {
    SyntaxScores s = evaluate_syntax(docs, shipped_model());
    CHECK(s.tokens == subset["tokens"].GetUint64());
    CHECK(s.pos() >= subset["pos"].GetDouble() - tolerance);
    CHECK(s.uas() >= subset["uas"].GetDouble() - tolerance);
    CHECK(s.las() >= subset["las"].GetDouble() - tolerance);
  }
  SECTION("with the beam") {
    REQUIRE(metrics.HasMember("beam"));
    const auto& beam = metrics["beam"];
    CHECK(beam["width"].GetUint() == shipped_beam_model().beam());
    const auto& bsub = beam["regression_subset"];
    SyntaxScores s = evaluate_syntax(docs, shipped_beam_model());
    CHECK(s.tokens == bsub["tokens"].GetUint64());
    CHECK(s.uas() >= bsub["uas"].GetDouble() - tolerance);
    CHECK(s.las() >= bsub["las"].GetDouble() - tolerance);
    CHECK(bsub["uas"].GetDouble() > subset["uas"].GetDouble());  // what the beam is for
  }
  SECTION("with three parsers voting") {
    REQUIRE(metrics.HasMember("vote"));
    const auto& vote = metrics["vote"];
    const auto& vsub = vote["regression_subset"];
    CHECK(vote["width"].GetUint() == shipped_vote_model().beam());
    SyntaxScores s = evaluate_syntax(docs, shipped_vote_model());
    CHECK(s.tokens == vsub["tokens"].GetUint64());
    CHECK(s.uas() >= vsub["uas"].GetDouble() - tolerance);
    CHECK(s.las() >= vsub["las"].GetDouble() - tolerance);
    // what the vote is for, on all held-out documents
    CHECK(vote["held_out"]["uas"].GetDouble() > metrics["beam"]["held_out"]["uas"].GetDouble());
  }
}

TEST_CASE("syntax::every parse is a tree with one root") {
  const int how = GENERATE(0, 1, 2);  // greedy, beam, vote
  const SyntaxModel& model = how == 2 ? shipped_vote_model() : how == 1 ? shipped_beam_model() : shipped_model();
  std::string text = "PUTIN MET XI\n\n\"Yes,\" he said -- (well...) 42% of $3.5bn, e.g. U.S.-China talks!?\n"
                     "Ünïcödé wörds, émigrés and naïve cafés; 🙂 ... -- -- ;;\n.\n";
  for (int i = 0; i < 450; ++i) text += (i % 7 == 0) ? "and " : "word ";  // longer than one sentence may be
  text += "\n";
  Document doc = analyse_text(text, DocumentInfo{"t", "", "", ""});
  ParseResult r;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    tag_and_parse(doc, s, model, r);
    const size_t n = doc.sentences[s].last_token - doc.sentences[s].first_token;
    REQUIRE(r.size() == n);
    REQUIRE(r.head.size() == n);
    size_t roots = 0;
    for (size_t i = 0; i < n; ++i) {
      REQUIRE(r.head[i] >= -1);
      REQUIRE(r.head[i] < int32_t(n));
      REQUIRE(r.head[i] != int32_t(i));
      roots += r.head[i] == -1;
      CHECK((r.head[i] == -1) == (r.deprel[i] == "root"));
      int32_t k = int32_t(i);  // walking up reaches the root within n steps: no cycle
      size_t steps = 0;
      while (k != -1 && steps <= n) {
        k = r.head[k];
        ++steps;
      }
      REQUIRE(k == -1);
    }
    CHECK(roots == 1);
    ParseResult again;  // the beam keeps no state between sentences
    tag_and_parse(doc, s, model, again);
    CHECK(again.head == r.head);
  }
}
