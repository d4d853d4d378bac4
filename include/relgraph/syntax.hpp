#pragma once
// Syntax layer between text and mentions: an averaged-perceptron Penn POS tagger and an arc-eager
// dependency parser (Universal Dependencies relations) over hashed sparse features, greedy or
// with a beam.
#include "relgraph/text.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace relgraph {

// ---- Treebanks (CoNLL-U), for training and evaluation ---------------------------------------

// One CoNLL-U sentence: syntactic words only (multi-word ranges and empty nodes are skipped).
struct TreebankSentence {
  std::vector<std::string> forms;     // FORM column
  std::vector<std::string> tags;      // XPOS column (Penn)
  std::vector<int32_t> heads;         // 0-based head index, -1 for the root
  std::vector<std::string> deprels;   // DEPREL column, subtypes kept ("nsubj:pass")
  std::vector<uint8_t> space_after;   // 0 where MISC has SpaceAfter=No
};

struct TreebankDocument {
  std::string name;   // file stem, e.g. "GUM_news_iodine"
  std::string genre;  // "news" for GUM_news_*; empty for other treebanks (training only)
  std::vector<TreebankSentence> sentences;
  size_t token_count() const;
};

struct TreebankSplit {
  std::vector<TreebankDocument> train;
  std::vector<TreebankDocument> held_out;
};

// Reads one CoNLL-U file as one document. Throws InputError naming the file on bad rows.
TreebankDocument read_conllu_file(const std::string& path);

// Reads every *.conllu file of `dir`, sorted by file name. Throws InputError.
std::vector<TreebankDocument> read_conllu_dir(const std::string& dir);

// The project's hold-out rule: within each GUM genre, documents sorted by name, the 5th, 10th,
// 15th ... (index % 5 == 4) are held out; documents without a genre are training-only.
TreebankSplit split_held_out(std::vector<TreebankDocument> docs);

// ---- The model ---------------------------------------------------------------------------------

// Which of a model file's parsers loading keeps: the tagger and the greedy parser always; the beam
// parser's moves; the right-to-left parser that voting adds. Tables left out are read and checked
// but not kept, so a greedy run holds a fraction of the memory.
enum class SyntaxParts { greedy, beam, all };

// Tagger and parser weights plus their label tables; immutable once loaded, shareable by threads.
class SyntaxModel {
public:
  SyntaxModel();
  ~SyntaxModel();
  SyntaxModel(SyntaxModel&&) noexcept;
  SyntaxModel& operator=(SyntaxModel&&) noexcept;

  // Throws InputError naming the file when it is missing, truncated or of another format/version.
  static SyntaxModel load(const std::string& path, SyntaxParts parts = SyntaxParts::all);
  // Throws OutputError; UsageError for a model loaded without all its parts. Same model, same bytes.
  void save(const std::string& path) const;

  bool empty() const;
  const std::vector<std::string>& tags() const;     // Penn tags the tagger predicts
  const std::vector<std::string>& deprels() const;  // UD relations the parser predicts

  // The beam width parsing uses. 1, the default after loading, parses greedily (fastest). A wider
  // beam uses the move classifier trained globally over a beam: more accurate trees, about
  // `width` times slower. Set it before sharing the model between threads. Throws UsageError
  // outside 1-64 or when the beam classifier was left out at loading, InputError when the model
  // has none.
  void set_beam(uint32_t width);
  uint32_t beam() const;
  uint32_t trained_beam() const;  // the width the beam classifier was trained with; 0: none
  // Voting: each sentence is parsed three times (the beam parser and the greedy one left to
  // right, a beam parser over the reversed sentence), and the projective tree whose arcs have the
  // most votes is kept: the most accurate trees, at about a third of the beam parser's speed.
  // Needs a beam width above 1 to take effect. Set it before sharing the model between threads.
  // Throws InputError when the model has no right-to-left parser, UsageError when it was left out
  // at loading.
  void set_vote(bool on);
  // The beam width voting is measured and run with by default (wider than training helps here).
  static constexpr uint32_t default_vote_beam = 16;
  bool vote() const;
  bool can_vote() const;  // whether the model file has a right-to-left parser (loaded or not)

  struct Impl;
  const Impl& impl() const { return *m_impl; }
  Impl& impl() { return *m_impl; }

private:
  std::unique_ptr<Impl> m_impl;
};

// data/models/syntax-en.bin of the source tree (or $RELGRAPH_DATA/models/syntax-en.bin).
std::string default_syntax_model_path();

// ---- Tagging and parsing -----------------------------------------------------------------------

// The analysis of one sentence; arrays are indexed by token position within the sentence
// (Document token first_token + i). Strings view the model's label tables: keep the model alive.
struct ParseResult {
  uint32_t sentence = 0;                // index into Document::sentences (0 for word lists)
  uint32_t first_token = 0;             // Document token index of position 0
  std::vector<std::string_view> tag;    // Penn tag: "NNP", "VBD"
  std::vector<std::string_view> alt;    // the tagger's runner-up where it was unsure, else the tag
  std::vector<int32_t> head;            // head position within the sentence, -1 for the root
  std::vector<std::string_view> deprel; // UD relation with subtype: "nsubj", "nmod:poss"

  size_t size() const { return tag.size(); }
  bool parsed() const { return head.size() == tag.size() && !tag.empty(); }
  // Document token index of position i's head, or -1 for the root.
  int64_t head_token(uint32_t i) const { return head[i] < 0 ? -1 : int64_t(first_token) + head[i]; }
  // "nsubj" for "nsubj:pass".
  std::string_view base_relation(uint32_t i) const { return deprel[i].substr(0, deprel[i].find(':')); }
};

// Tags only (fast path): fills out.tag, clears head and deprel.
void tag_sentence(const Document& doc, uint32_t sentence, const SyntaxModel& model, ParseResult& out);

// Tags then parses one sentence of `doc`. Reuses out's buffers and per-thread scratch space:
// no allocation once buffers have grown to the longest sentence.
void tag_and_parse(const Document& doc, uint32_t sentence, const SyntaxModel& model, ParseResult& out);

// Parses a sentence tag_sentence has tagged into `out`, keeping its tags (no second tagging).
// With a prefix, only the first `prefix` tokens are parsed, as if the sentence ended there: the
// greedy parser (beam 1) decides a word's left dependents while the next two words are its
// lookahead, so they are those of the whole sentence for words up to prefix - 3 (a beam may
// revise them later, so with a beam they are the prefix's own). Later positions get head -1 and
// an empty relation.
void parse_tagged(const Document& doc, const SyntaxModel& model, ParseResult& out, uint32_t prefix = UINT32_MAX);

// Parses only the chosen sentences (e.g. those with two actor mentions); out[k] is
// sentences[k]'s analysis. Reuses out's elements.
void parse_sentences(const Document& doc, const std::vector<uint32_t>& sentences,
                     const SyntaxModel& model, std::vector<ParseResult>& out);

// Tags and parses a pre-tokenised sentence (gold CoNLL-U tokens); space_after may be empty.
void tag_and_parse_words(const std::vector<std::string>& forms, const std::vector<uint8_t>& space_after,
                         const SyntaxModel& model, ParseResult& out);

// ---- Training and evaluation ------------------------------------------------------------------

struct SyntaxTrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 10;
  int tagger_mix = 3;          // final taggers: mean of this many runs over different shuffles
  int parser_mix = 3;          // parser: mean of this many runs over different shuffles
  int jackknife_folds = 5;     // the parser learns from tags predicted by a tagger not trained on them
  bool parser_gold_tags = true;  // ... and from each sentence once more with its gold tags
  double explore = 0.9;        // dynamic oracle: probability of following a wrong prediction
  int explore_after = 1;       // epochs of plain oracle before exploring
  int beam = 8;                // > 1: also a move classifier learned globally over a beam this wide; 1: none
  bool right_to_left = true;    // with a beam: also a beam parser over the reversed sentences (voting)
  int beam_mix = 1;            // beam classifier: mean of this many runs (3 did no better, 1.4x the rows)
  uint64_t seed = 20240611;    // fixed: same data, same model bytes
  int min_word_count = 2;      // rarer words reach the parser as shape + suffix classes
  int min_feature_count = 4;   // parser features seen fewer times on the gold derivations are dropped
  // Word clusters (word TAB fine TAB coarse; data/models/word-clusters.tsv); empty: no cluster features.
  std::string clusters;
  // Optional: scored after each parser epoch and reported through the progress callback.
  const std::vector<TreebankDocument>* monitor = nullptr;
};

// Progress lines for the command line; the library itself never prints.
using SyntaxProgress = std::function<void(const std::string&)>;

SyntaxModel train_syntax_model(const std::vector<TreebankDocument>& train, const SyntaxTrainOptions& options,
                               const SyntaxProgress& progress = {});

struct SyntaxScores {
  size_t tokens = 0;
  size_t tag_correct = 0;
  size_t head_correct = 0;   // UAS numerator (punctuation included, as in CoNLL 2018)
  size_t label_correct = 0;  // LAS numerator: head and full relation (with subtype) right
  size_t base_correct = 0;   // head and universal relation right ("nsubj" for "nsubj:pass"), as CoNLL 2018
  double pos() const { return tokens ? 100.0 * tag_correct / tokens : 0.0; }
  double uas() const { return tokens ? 100.0 * head_correct / tokens : 0.0; }
  double las() const { return tokens ? 100.0 * label_correct / tokens : 0.0; }
  double las_base() const { return tokens ? 100.0 * base_correct / tokens : 0.0; }
  void add(const SyntaxScores& o);
};

// Scores the model on gold-tokenised documents.
SyntaxScores evaluate_syntax(const std::vector<TreebankDocument>& docs, const SyntaxModel& model);

} // namespace relgraph
