#pragma once
// Plain records shared by the pipeline stages: text -> mentions -> actors -> relations -> graph -> export.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace relgraph {

// Node types of ../shared/ONTOLOGY.md, in the order they are written.
enum class ActorType : uint8_t { person, state, organization, location, group, other };

std::string_view to_string(ActorType t);
// Returns false when `s` names no type.
bool parse_actor_type(std::string_view s, ActorType& out);

enum class Tense : uint8_t { past, present, future };
std::string_view to_string(Tense t);
bool parse_tense(std::string_view s, Tense& out);

// Half-open byte span [start, end) into a document's original bytes.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

// An immutable string that copies share: a sentence cited by many relations, or by many copies of
// one wire story, is held once (GraphBuilder interns them).
class SharedText {
public:
  SharedText() = default;
  SharedText(std::string s) : m_p(s.empty() ? nullptr : std::make_shared<const std::string>(std::move(s))) {}
  SharedText(const char* s) : SharedText(std::string(s)) {}
  const std::string& str() const { return m_p ? *m_p : none(); }
  operator const std::string&() const { return str(); }
  size_t size() const { return str().size(); }
  bool empty() const { return !m_p; }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  bool operator==(const SharedText& o) const { return m_p == o.m_p || str() == o.str(); }
  bool operator!=(const SharedText& o) const { return !(*this == o); }
  bool operator<(const SharedText& o) const { return m_p != o.m_p && str() < o.str(); }

private:
  static const std::string& none() {
    static const std::string e;
    return e;
  }
  std::shared_ptr<const std::string> m_p;
};

inline bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
inline bool operator==(const std::string& a, const SharedText& b) { return a == b.str(); }
inline bool operator==(const SharedText& a, const char* b) { return a.str() == b; }
inline bool operator!=(const SharedText& a, const std::string& b) { return a.str() != b; }
inline bool operator!=(const std::string& a, const SharedText& b) { return a != b.str(); }

struct Evidence {
  std::string doc;       // document id
  uint32_t sentence = 0; // sentence index within the document
  uint32_t start = 0;    // byte span of the cue phrase (relation) in the document
  uint32_t end = 0;
  SharedText text;       // the whole sentence
  std::string cue;       // the cue or pattern that produced the relation
  std::string modality{}; // "", or "possible" (may, could), "planned" (plans to), "expected"
  Tense tense = Tense::past; // tense of this mention; GraphBuilder sets it from Fact::tense
};

struct Role {
  std::string title; // "President"
  std::string of;    // actor id of the state/organization, may be empty
  bool operator==(const Role& o) const { return title == o.title && of == o.of; }
  bool operator<(const Role& o) const { return title != o.title ? title < o.title : of < o.of; }
};

// One actor of one or more documents: a graph node.
struct ActorRecord {
  std::string id;    // stable slug of the canonical label
  std::string label; // canonical name
  ActorType type = ActorType::other;
  std::vector<std::string> aliases;   // surface forms seen, sorted, without the label
  std::vector<std::string> documents; // document ids, sorted
  std::vector<Role> roles;            // sorted
  uint32_t mentions = 0;
};

// One relation statement from one sentence: a graph edge before merging.
struct Fact {
  std::string source; // actor id
  std::string target; // actor id
  std::string relation;
  std::string cameo;
  bool negated = false;
  Tense tense = Tense::past;
  std::string role; // affiliated_with: the title
  Evidence evidence;
};

// Relations of ../shared/ONTOLOGY.md that are symmetric (written once, "directed": false).
bool is_symmetric(std::string_view relation);

struct DocumentInfo {
  std::string id;
  std::string path;
  std::string sha256;
  std::string date; // optional, ISO 8601
};

// One actor mention as `-f mentions` writes it: how users audit the extraction.
struct MentionRecord {
  std::string doc;
  uint32_t start = 0, end = 0; // byte span in the document's (UTF-8-repaired) text
  std::string text;
  std::string type;  // node type
  std::string kind;  // name, demonym, pronoun, description
  std::string actor; // actor id, empty if unresolved
};

// What one document yields: its actors and its facts (and mentions, when asked for).
struct Extraction {
  DocumentInfo doc;
  std::vector<ActorRecord> actors;
  std::vector<Fact> facts;
  std::vector<MentionRecord> mentions;
};

} // namespace relgraph
