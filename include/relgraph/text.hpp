#pragma once
// Stage 1: a document's bytes become tokens and sentences with half-open byte offsets into the
// original text (BOM, CRLF and typographic punctuation left in place).
#include "relgraph/model.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace relgraph {

enum TokenFlag : uint16_t {
  tok_alpha = 1 << 0,         // starts with a letter
  tok_cap = 1 << 1,           // starts with an upper-case letter
  tok_upper = 1 << 2,         // every letter upper case, at least two letters
  tok_digit = 1 << 3,         // starts with a digit (or a currency sign followed by one)
  tok_punct = 1 << 4,         // punctuation or symbol
  tok_space_before = 1 << 5,  // whitespace separates it from the previous token
  tok_line_before = 1 << 6,   // a line break precedes it
  tok_quote = 1 << 7,         // a quotation mark
  tok_possessive = 1 << 8,    // 's / ' / ’s clitic
  tok_sentence_end = 1 << 9,  // . ! ? ending a sentence
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  uint16_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t start = 0;       // byte span of the sentence
  uint32_t end = 0;
  uint32_t first_token = 0; // token range [first_token, last_token)
  uint32_t last_token = 0;
  bool headline = false;    // title-case or all-caps line without final punctuation, or the first line
  bool title_case = false;  // most words capitalised (or all capitals): capitals say nothing of names
};

struct Document {
  DocumentInfo info;
  std::string text;               // the original bytes
  std::vector<Token> tokens;
  std::vector<std::string> norm;  // per token: lower case, accents removed, typographic ' -> '
  std::vector<uint32_t> ids;      // per token: lexicon word id (0: not a lexicon word); Lexicon::index
  std::vector<uint64_t> bits;     // per token: WordClass bits of the word; Lexicon::index
  std::vector<Sentence> sentences;

  std::string_view token_text(uint32_t i) const {
    return std::string_view(text).substr(tokens[i].start, tokens[i].end - tokens[i].start);
  }
  std::string_view span_text(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
};

struct TextOptions {
  uint32_t max_sentence_tokens = 400; // longer runs are cut so pattern matching stays linear
  // Lower-case words that take a final period ("mr", "jan", "gen"); from data/abbreviations.txt.
  const std::unordered_set<std::string>* abbreviations = nullptr;
  // Lower-case function words (the, he, but, in ...): after "U.S." they start a new sentence,
  // while "U.S. Trade Representative" goes on; Lexicon::sentence_starters().
  const std::unordered_set<std::string>* sentence_starters = nullptr;
  // Lower-case first words of titles of several words ("under"): before a capitalised word they
  // go on after "U.S." ("U.S. Under Secretary of State X"); Lexicon::title_openers().
  const std::unordered_set<std::string>* title_openers = nullptr;
};

// Tokenises and splits `text` into sentences. Never throws on any byte sequence.
Document analyse_text(std::string text, DocumentInfo info, const TextOptions& options = {});

// Lower case, accents stripped (ICU), typographic apostrophes and dashes folded to ASCII.
std::string normalize_key(std::string_view s);

// A normalised word spelled like a past participle ("appointed", "signed"; not "bed").
inline bool ed_form(std::string_view norm) { return norm.size() > 4 && norm.substr(norm.size() - 2) == "ed"; }
// A normalised word spelled like a present participle ("serving", "carrying"; not "king").
inline bool ing_form(std::string_view norm) { return norm.size() > 4 && norm.substr(norm.size() - 3) == "ing"; }

// Slug of a label for ids: "Vladimir Putin" -> "vladimir-putin".
std::string slugify(std::string_view label);

} // namespace relgraph
