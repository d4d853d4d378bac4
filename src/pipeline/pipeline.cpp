#include "relgraph/pipeline.hpp"

#include "relgraph/io.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace relgraph {

std::string default_data_dir() {
  const char* env = std::getenv("RELGRAPH_DATA");
  if (env != nullptr && *env != '\0') return env;
  return RELGRAPH_DATA_DIR;
}

Lexicon load_lexicon(const std::string& data_dir, const std::vector<std::string>& extra_actor_files) {
  Lexicon lex;
  lex.load_dir(data_dir);
  for (const auto& f : extra_actor_files) lex.load_actor_file(f);
  return lex;
}

Analysis analyse_document(std::string text, DocumentInfo info, const Lexicon& lex, const PipelineOptions& options) {
  Analysis a;
  if (info.sha256.empty()) info.sha256 = sha256_hex(text);
  TextOptions topt = options.text;
  topt.abbreviations = &lex.abbreviations();
  topt.sentence_starters = &lex.sentence_starters();
  topt.title_openers = &lex.title_openers();
  a.doc = analyse_text(std::move(text), std::move(info), topt);
  lex.index(a.doc);
  a.mentions = find_mentions(a.doc, lex, options.mentions);
  a.actors = resolve_actors(a.doc, a.mentions, lex, options.actors);
  if (options.syntax) parse_candidates(a.doc, a.mentions, a.actors, lex, *options.syntax, a.trees);
  a.facts = extract_relations(a.doc, a.mentions, a.actors, lex, options.relations,
                              options.syntax ? &a.trees : nullptr);
  return a;
}

Extraction extract_document(std::string text, DocumentInfo info, const Lexicon& lex, const PipelineOptions& options) {
  Analysis a = analyse_document(std::move(text), std::move(info), lex, options);
  Extraction e;
  e.doc = a.doc.info;
  std::set<std::string> used;
  for (const Fact& f : a.facts) {
    used.insert(f.source);
    used.insert(f.target);
  }
  for (size_t i = 0; i < a.actors.actors.size(); ++i) {
    ActorRecord& actor = a.actors.actors[i];
    if (actor.mentions == 0) continue;
    bool confirmed = a.actors.confirmed[i];
    // (a place is no actor: it is a node only where a relation names it)
    bool keep = used.count(actor.id) != 0 ||
                (confirmed && (actor.type == ActorType::person || actor.type == ActorType::state ||
                               actor.type == ActorType::organization));
    if (keep) e.actors.push_back(actor);
  }
  if (options.keep_mentions) {
    std::set<std::string> kept;
    for (const auto& actor : e.actors) kept.insert(actor.id);
    for (size_t i = 0; i < a.mentions.mentions.size(); ++i) {
      const Mention& m = a.mentions.mentions[i];
      // words inside titles and unresolved headline words are not mentions of an actor
      if (m.kind == MentionKind::description && m.pron_class.empty()) continue;
      MentionRecord r;
      r.doc = e.doc.id;
      r.start = m.start;
      r.end = m.end;
      r.text = std::string(a.doc.span_text(m.start, m.end));
      r.kind = std::string(to_string(m.kind));
      auto ids = a.actors.actors_of(i);
      std::string type;
      for (int32_t id : ids) {
        const ActorRecord& actor = a.actors.actors[static_cast<size_t>(id)];
        if (!kept.count(actor.id)) continue;
        r.actor += (r.actor.empty() ? "" : "|") + actor.id;
        type = std::string(to_string(actor.type));
      }
      if (r.actor.empty() && (m.kind == MentionKind::name || m.kind == MentionKind::demonym)) continue;
      r.type = type.empty() ? std::string(to_string(m.type)) : type;
      e.mentions.push_back(std::move(r));
    }
  }
  e.facts = std::move(a.facts);
  return e;
}

GraphDocument build_graph(const std::vector<Extraction>& extractions) {
  GraphBuilder b;
  for (const auto& e : extractions) b.add(e);
  GraphDocument g;
  g.graph = b.finish();
  g.documents = b.sorted_documents();
  return g;
}

} // namespace relgraph
