#pragma once
// The whole pipeline over one document, and over many into one graph.
#include "relgraph/export.hpp"
#include "relgraph/lexicon.hpp"
#include "relgraph/relations.hpp"

#include <string>
#include <vector>

namespace relgraph {

struct PipelineOptions {
  TextOptions text;
  MentionOptions mentions;
  ActorOptions actors;
  RelationOptions relations;
  bool keep_mentions = false; // fill Extraction::mentions
  // Tagger and parser for the relation rules (not owned; shared by threads); null: surface rules only.
  const SyntaxModel* syntax = nullptr;
};

// The data/ directory: $RELGRAPH_DATA if set, else the one the build was configured with.
std::string default_data_dir();

// Loads data/ and then each user table (actors/*.tsv format) in order.
Lexicon load_lexicon(const std::string& data_dir, const std::vector<std::string>& extra_actor_files);

// Everything one document yields. Keeps person, state and organization actors, lexicon
// locations, and other actors only when a relation uses them.
Extraction extract_document(std::string text, DocumentInfo info, const Lexicon& lex,
                            const PipelineOptions& options = {});

// The analysed stages of one document, for `explain` and tests.
struct Analysis {
  Document doc;
  DocumentMentions mentions;
  DocumentActors actors;
  SentenceTrees trees;  // empty without a syntax model
  std::vector<Fact> facts;
};
Analysis analyse_document(std::string text, DocumentInfo info, const Lexicon& lex,
                          const PipelineOptions& options = {});

// Merges extractions into one graph document.
GraphDocument build_graph(const std::vector<Extraction>& extractions);

} // namespace relgraph
