#pragma once
// Stage 2: actor mentions in a document: names (lexicon and unknown), demonyms, pronouns and
// descriptions, with the titles and modifiers that tie a person to a state or organization.
#include "relgraph/lexicon.hpp"
#include "relgraph/text.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relgraph {

enum class MentionKind : uint8_t { name, demonym, pronoun, description };
std::string_view to_string(MentionKind k);

constexpr int32_t no_mention = -1;

struct Mention {
  uint32_t first = 0, last = 0; // token range [first, last) of the name itself
  uint32_t start = 0, end = 0;  // byte span of the name
  uint32_t sentence = 0;
  uint32_t phrase_first = 0;    // first token of the whole phrase (modifiers and titles)
  MentionKind kind = MentionKind::name;
  ActorType type = ActorType::other;
  bool typed = false;           // type known from the lexicon or a cue, not a default guess
  int32_t lex = -1;             // lexicon actor index (the first of the form's actors)
  int32_t form = -1;            // lexicon name form: may name several actors ("Moscow")
  bool plural = false;
  bool possessive = false;      // followed by 's
  bool headline = false;        // found in a headline (only kept if it resolves to a known actor)
  bool standin = false;         // a state standing for an unnamed official: "Soviet officials"
  bool attributive = false;     // names a group acting on its own account: "French companies"
  std::string role;             // title tied to this person: "President"
  int32_t affiliation = no_mention; // mention giving the state/organization of the role
  int32_t modifies = no_mention;    // this mention is a modifier of that one
  std::string pron_class;       // pronoun: person / plural / thing; description: its head noun
  std::string label;            // the actor's name where the text's differs ("Sudan's army": "Sudanese army")
  int32_t force_of = -1;        // a state's force ("Sudan's army"): the state's lexicon actor
};

struct MentionOptions {
  uint32_t max_name_tokens = 8;  // longer capitalised runs are not one name
};

struct DocumentMentions {
  std::vector<Mention> mentions;  // in text order
  std::vector<int32_t> at_token;  // per token of the document: covering mention or -1
  std::vector<uint8_t> title_at;  // per token: 1 when it is part of a title phrase
};

// The mark that closes a dateline, by its normalised text (dashes folded): ":" or a dash
// ("CAIRO, Jan 27 (AFP) -", "KYIV \u2014", "COLOMBO:").
inline bool closes_dateline(std::string_view norm) { return norm == "-" || norm == "--" || norm == ":"; }

// Finds every mention in `doc`.
DocumentMentions find_mentions(const Document& doc, const Lexicon& lex, const MentionOptions& options = {});

} // namespace relgraph
