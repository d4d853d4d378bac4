#pragma once
// Stage 4: typed, directed relations from cue tables (data/cues.tsv) over the sentence's
// mentions: subject-cue-object, nominal cues with possessors and "between A and B", appositive
// nouns, title affiliations; negation and tense as qualifiers.
#include "relgraph/actors.hpp"
#include "relgraph/syntax.hpp"

#include <vector>

namespace relgraph {

struct RelationOptions {
  uint32_t subject_reach = 40;  // tokens a subject may stand left of its cue
  uint32_t object_gap = 4;      // words allowed between a cue and its object
  uint32_t between_window = 8;  // tokens from a cue noun to its "between"
  uint32_t qualifier_window = 6; // tokens before a cue searched for negation and tense
};

// POS tags (and, where parsed, dependency trees) of sentences, looked up by sentence.
struct SentenceTrees {
  std::vector<ParseResult> parses;
  std::vector<int32_t> index;  // per sentence: its entry in parses, or -1 where not parsed
  const ParseResult* of(uint32_t sentence) const {
    return sentence < index.size() && index[sentence] >= 0 ? &parses[static_cast<size_t>(index[sentence])] : nullptr;
  }
};

// Tags the sentences that can yield a relation (a cue outside any name, a mention) and parses
// those where the tree decides something: a verb cue with phrases naming two actors before it,
// a clause or phrase between them. Reuses trees' buffers.
void parse_candidates(const Document& doc, const DocumentMentions& mentions, const DocumentActors& actors,
                      const Lexicon& lex, const SyntaxModel& model, SentenceTrees& trees);

// With trees, a parsed sentence's rules read the tree (cue reading from the POS tag, subjects
// from nsubj, control and relative clauses); without, and in sentences not parsed, they read
// the token sequence.
std::vector<Fact> extract_relations(const Document& doc, const DocumentMentions& mentions,
                                    const DocumentActors& actors, const Lexicon& lex,
                                    const RelationOptions& options = {}, const SentenceTrees* trees = nullptr);

} // namespace relgraph
