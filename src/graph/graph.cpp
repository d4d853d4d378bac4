#include "relgraph/graph.hpp"

#include "relgraph/errors.hpp"

#include <algorithm>
#include <iterator>
#include <boost/range/iterator_range.hpp>
#include <utility>

namespace relgraph {

namespace {

template <typename T> void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <typename T> void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// Longest label wins, ties go to the lexicographically smaller: a total order, so merging commutes.
bool better_label(const std::string& a, const std::string& b) {
  return a.size() != b.size() ? a.size() > b.size() : a < b;
}

// Non-empty cameo first, then the smaller one.
bool better_cameo(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return !a.empty();
  return a < b;
}

// Fuller record first, then the smaller one: picks the same record whatever the merge order.
bool better_document(const DocumentInfo& a, const DocumentInfo& b) {
  auto empties = [](const DocumentInfo& d) {
    return int(d.path.empty()) + int(d.sha256.empty()) + int(d.date.empty());
  };
  return std::make_tuple(empties(a), a.path, a.sha256, a.date) <
         std::make_tuple(empties(b), b.path, b.sha256, b.date);
}

// Keeps the label out of the aliases and every other surface form in them.
void normalise_actor(ActorRecord& a) {
  a.aliases.erase(std::remove_if(a.aliases.begin(), a.aliases.end(),
                                 [&](const std::string& s) { return s.empty() || s == a.label; }),
                  a.aliases.end());
  sort_unique(a.aliases);
  sort_unique(a.documents);
  sort_unique(a.roles);
}

auto evidence_order(const Evidence& e) {
  return std::tie(e.doc, e.start, e.end, e.cue, e.sentence, e.text, e.tense);
}

bool same_mention(const Evidence& a, const Evidence& b) {
  return a.doc == b.doc && a.start == b.start && a.end == b.end && a.cue == b.cue;
}

Relation finished(Relation r) {
  std::sort(r.evidence.begin(), r.evidence.end(),
            [](const Evidence& a, const Evidence& b) { return evidence_order(a) < evidence_order(b); });
  r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end(), same_mention), r.evidence.end());
  for (const auto& e : r.evidence) r.documents.push_back(e.doc);
  sort_unique(r.documents);
  sort_unique(r.roles);
  // The weight counts the sentences that state the relation: two cues in one sentence ("signed a
  // deal with") are two pieces of evidence but one statement. A graph read without evidence keeps
  // its weights; max is order-free like the other rules.
  uint32_t sentences = 0;
  for (size_t i = 0; i < r.evidence.size(); ++i) {
    const Evidence& e = r.evidence[i];
    sentences += i == 0 || e.doc != r.evidence[i - 1].doc || e.start != r.evidence[i - 1].start ||
                 e.end != r.evidence[i - 1].end;
  }
  r.weight = std::max(r.weight, sentences);
  if (!r.evidence.empty()) r.tense = r.evidence.front().tense;
  return r;
}

} // namespace

GraphBuilder::GraphBuilder() = default;

void GraphBuilder::add_document(const DocumentInfo& d) {
  if (d.id.empty()) return;
  auto [it, inserted] = m_document_index.emplace(d.id, m_documents.size());
  if (inserted) m_documents.push_back(d);
  else if (better_document(d, m_documents[it->second])) m_documents[it->second] = d;
}

void GraphBuilder::merge(GraphBuilder&& other) {
  if (m_actors.empty() && m_edges.empty() && m_documents.empty()) {
    *this = std::move(other);
    other = GraphBuilder();
    return;
  }
  for (const auto& d : other.m_documents) add_document(d);
  m_texts.merge(other.m_texts);
  for (auto& [id, a] : other.m_actors) add_actor(a);
  // relations move over one by one, so the evidence is never held twice
  for (auto it = other.m_edges.begin(); it != other.m_edges.end(); it = other.m_edges.erase(it)) {
    // both builders may hold the same sentence: keep one
    for (Evidence& e : it->second.evidence) e.text = intern(e.text);
    auto mine = m_edges.find(it->first);
    if (mine == m_edges.end()) {
      m_edges.emplace(it->first, std::move(it->second));
      continue;
    }
    Relation& m = mine->second;
    Relation& r = it->second;
    if (better_cameo(r.cameo, m.cameo)) m.cameo = r.cameo;
    if (r.tense < m.tense) m.tense = r.tense;
    append(m.roles, r.roles);
    append(m.documents, r.documents);
    m.evidence.insert(m.evidence.end(), std::make_move_iterator(r.evidence.begin()),
                      std::make_move_iterator(r.evidence.end()));
    m.weight = std::max(m.weight, r.weight);
  }
  other = GraphBuilder();
}

void GraphBuilder::add(const Extraction& extraction) {
  const std::string& doc_id = extraction.doc.id;
  add_document(extraction.doc);
  for (const auto& a : extraction.actors) {
    if (doc_id.empty()) {
      add_actor(a);
    } else {
      ActorRecord copy = a;
      copy.documents.push_back(doc_id);
      add_actor(copy);
    }
  }
  for (const auto& f : extraction.facts) {
    for (const std::string* id : {&f.source, &f.target}) {
      if (m_actors.count(*id) == 0) {
        throw Error("fact refers to unknown actor '" + *id + "' (" + f.source + " " + f.relation +
                    " " + f.target + ")");
      }
    }
    if (f.source == f.target) continue;
    Relation r;
    r.relation = f.relation;
    r.cameo = f.cameo;
    r.negated = f.negated;
    r.tense = f.tense;
    if (f.relation == "affiliated_with" && !f.role.empty()) r.roles.push_back(f.role);
    r.evidence.push_back(f.evidence);
    r.evidence.back().tense = f.tense;
    add_relation(f.source, f.target, r);
  }
}

void GraphBuilder::add_graph(const KnowledgeGraph& g, const std::vector<DocumentInfo>& docs) {
  for (const auto& d : docs) add_document(d);
  for (auto v : boost::make_iterator_range(vertices(g))) add_actor(g[v]);
  for (auto e : boost::make_iterator_range(edges(g))) {
    const std::string& s = g[source(e, g)].id;
    const std::string& t = g[target(e, g)].id;
    if (s == t) continue;
    add_relation(s, t, g[e]);
  }
}

void GraphBuilder::add_actor(const ActorRecord& a) {
  auto it = m_actors.find(a.id);
  if (it == m_actors.end()) {
    ActorRecord copy = a;
    normalise_actor(copy);
    m_actors.emplace(a.id, std::move(copy));
    return;
  }
  ActorRecord& m = it->second;
  // The losing label stays as an alias; normalise_actor drops the winner from the aliases.
  m.aliases.push_back(m.label);
  m.aliases.push_back(a.label);
  if (better_label(a.label, m.label)) m.label = a.label;
  if (a.type < m.type) m.type = a.type;
  append(m.aliases, a.aliases);
  append(m.documents, a.documents);
  append(m.roles, a.roles);
  m.mentions += a.mentions;
  // compacting only when the lists have doubled keeps adding linear in the corpus
  size_t size = m.aliases.size() + m.documents.size() + m.roles.size();
  size_t& compacted = m_compacted[a.id];
  if (size > 2 * compacted + 16) {
    normalise_actor(m);
    compacted = m.aliases.size() + m.documents.size() + m.roles.size();
  }
}

void GraphBuilder::add_relation(const std::string& source, const std::string& target,
                                const Relation& r) {
  const bool symmetric = is_symmetric(r.relation);
  const bool swap = symmetric && target < source;
  EdgeKey key{swap ? target : source, swap ? source : target, r.relation, r.negated};
  auto it = m_edges.find(key);
  if (it == m_edges.end()) {
    Relation copy = r;
    copy.directed = !symmetric;
    for (Evidence& e : copy.evidence) e.text = intern(e.text);
    m_edges.emplace(std::move(key), std::move(copy));
    return;
  }
  Relation& m = it->second;
  if (better_cameo(r.cameo, m.cameo)) m.cameo = r.cameo;
  // Only decides when no evidence does (finish takes the first evidence's tense).
  if (r.tense < m.tense) m.tense = r.tense;
  append(m.roles, r.roles);
  append(m.documents, r.documents);
  const size_t before = m.evidence.size();
  append(m.evidence, r.evidence);
  for (size_t i = before; i < m.evidence.size(); ++i) m.evidence[i].text = intern(m.evidence[i].text);
  m.weight = std::max(m.weight, r.weight);
}

SharedText GraphBuilder::intern(const SharedText& text) {
  if (text.empty()) return text;
  return *m_texts.insert(text).first;
}

KnowledgeGraph GraphBuilder::finish() const {
  KnowledgeGraph g;
  std::map<std::string, Vertex> index;
  for (const auto& [id, actor] : m_actors) {
    ActorRecord a = actor;
    normalise_actor(a);
    index.emplace(id, add_vertex(std::move(a), g));
  }
  for (const auto& [key, relation] : m_edges) {
    auto s = index.find(std::get<0>(key));
    auto t = index.find(std::get<1>(key));
    if (s == index.end() || t == index.end()) {
      throw Error("relation " + std::get<2>(key) + " refers to unknown actor");
    }
    add_edge(s->second, t->second, finished(relation), g);
  }
  return g;
}

KnowledgeGraph GraphBuilder::take() {
  KnowledgeGraph g;
  std::map<std::string, Vertex> index;
  for (auto& [id, actor] : m_actors) {
    normalise_actor(actor);
    index.emplace(id, add_vertex(std::move(actor), g));
  }
  for (auto it = m_edges.begin(); it != m_edges.end(); it = m_edges.erase(it)) {
    const auto& key = it->first;
    auto s = index.find(std::get<0>(key));
    auto t = index.find(std::get<1>(key));
    if (s == index.end() || t == index.end()) throw Error("relation " + std::get<2>(key) + " refers to unknown actor");
    add_edge(s->second, t->second, finished(std::move(it->second)), g);
  }
  m_actors.clear();
  m_texts.clear();
  return g;
}

std::vector<DocumentInfo> GraphBuilder::sorted_documents() const {
  std::vector<DocumentInfo> docs = m_documents;
  std::sort(docs.begin(), docs.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
  return docs;
}

DocumentDates document_dates(const std::vector<DocumentInfo>& docs) {
  DocumentDates out;
  for (const auto& d : docs)
    if (!d.date.empty()) out.emplace(d.id, d.date);
  return out;
}

DateRange edge_dates(const Relation& r, const DocumentDates& dates) {
  DateRange out;
  for (const auto& doc : r.documents) {
    auto it = dates.find(doc);
    if (it == dates.end()) continue;
    if (out.first.empty() || it->second < out.first) out.first = it->second;
    if (out.last.empty() || it->second > out.last) out.last = it->second;
  }
  return out;
}

} // namespace relgraph
