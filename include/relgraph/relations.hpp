#pragma once
// Stage 4: typed, directed relations from cue tables (data/cues.tsv) over the sentence's
// mentions: subject-cue-object, nominal cues with possessors and "between A and B", appositive
// nouns, title affiliations; negation and tense as qualifiers.
#include "relgraph/actors.hpp"

#include <vector>

namespace relgraph {

struct RelationOptions {
  uint32_t subject_reach = 40;  // tokens a subject may stand left of its cue
  uint32_t object_gap = 4;      // words allowed between a cue and its object
  uint32_t between_window = 8;  // tokens from a cue noun to its "between"
  uint32_t qualifier_window = 6; // tokens before a cue searched for negation and tense
};

std::vector<Fact> extract_relations(const Document& doc, const DocumentMentions& mentions,
                                    const DocumentActors& actors, const Lexicon& lex,
                                    const RelationOptions& options = {});

} // namespace relgraph
