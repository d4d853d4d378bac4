#pragma once
// Stage 3: mentions resolve to the actors of one document: surnames to full names, capitals and
// demonyms to states, acronyms to organizations, pronouns and descriptions to recent actors.
#include "relgraph/mentions.hpp"

#include <vector>

namespace relgraph {

struct ActorOptions {
  uint32_t pronoun_window = 3; // sentences a pronoun may reach back
};

struct DocumentActors {
  std::vector<ActorRecord> actors;         // in order of first mention
  std::vector<int32_t> of_mention;         // per mention: actor index or -1
  std::vector<std::vector<int32_t>> group; // per mention: actors of a plural pronoun/description
  // per actor: the text gives evidence it is a real actor of its type (a lexicon entry, a title,
  // "X said", two demonym mentions); unconfirmed ones are kept only if a relation uses them
  std::vector<bool> confirmed;
  // Actors of a mention: its group if it has one, else its actor.
  std::vector<int32_t> actors_of(size_t mention) const;
};

DocumentActors resolve_actors(const Document& doc, DocumentMentions& mentions, const Lexicon& lex,
                              const ActorOptions& options = {});

// Name and demonym mentions of each state actor of `actors` (per actor index; 0 for others).
std::vector<uint32_t> state_mention_counts(const DocumentMentions& mentions, const DocumentActors& actors);

// The state a document is about: named at least three times and twice as often as any other
// (counts from state_mention_counts), or -1.
int32_t dominant_state(const std::vector<uint32_t>& counts);

// The state of the dateline opening the body ("BEIRUT, Aug 14 (Reuters) -", "LILONGWE, Malawi
// (AP) -"), or -1.
int32_t dateline_state(const Document& doc, const DocumentMentions& mentions, const DocumentActors& actors);

} // namespace relgraph
