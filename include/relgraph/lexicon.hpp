#pragma once
// Linguistic knowledge loaded from data/ tables: actors (states, organizations, locations) with
// aliases, metonyms and demonyms; titles; organization cues; relation cues; word lists.
#include "relgraph/model.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace relgraph {

struct Document;

struct LexActor {
  std::string id;
  std::string label;
  ActorType type = ActorType::other;
  std::vector<std::string> aliases;
  std::vector<std::string> codes;
  std::string demonym;  // the first singular demonym of a state ("Sudanese"), empty if none
};

// "Pakistani Foreign Office", "Sudanese army": the name of a state's own body, after the state's
// demonym (or its label's possessive when it has none), so every mention of it is one node
std::string owned_label(const LexActor& state, std::string_view body);

enum class NameKind : uint8_t { label, alias, metonym, demonym };

struct LexName {
  uint32_t actor = 0; // index into Lexicon::actors()
  NameKind kind = NameKind::label;
  bool plural = false; // "Russians"
  bool person_noun = false; // a singular person noun that is no adjective: "Turk", "Dane" (not "Turkish", "Kenyan")
};

enum class TitleKind : uint8_t { office, government, job, honorific };

struct LexTitle {
  std::string role; // canonical singular form, "Prime Minister"
  bool plural = false;
  TitleKind kind = TitleKind::office;
};

// Closed-class word roles from data/word_classes.tsv, as bits.
enum WordClass : uint64_t {
  wc_det = uint64_t(1) << 0,      // the, a, his, both, main ... (may precede an actor inside its phrase)
  wc_prep = uint64_t(1) << 1,     // in, of, with, to ...
  wc_conj = uint64_t(1) << 2,     // and, or (coordination)
  wc_neg = uint64_t(1) << 3,      // not, n't, never, no, without
  wc_refuse = uint64_t(1) << 4,   // refuse, decline, deny, fail: negate what follows "to"
  wc_future = uint64_t(1) << 5,   // will, 'll, shall
  wc_plan = uint64_t(1) << 6,     // scheduled, expected, plans, set, due, going: future with "to"
  wc_modal = uint64_t(1) << 7,    // may, might, could, would, should
  wc_aux = uint64_t(1) << 8,      // is, was, has, have, had, been, be, did ...
  wc_relpron = uint64_t(1) << 9,  // who, which, whom, that
  wc_clause = uint64_t(1) << 10,  // that, because, while, when, but, although: a clause boundary
  wc_light = uint64_t(1) << 11,   // hold, held, pay, paid, make, launch, begin, embark ...: carry a noun cue
  wc_copula = uint64_t(1) << 12,  // is, are, was, were, remains, became
  wc_cond = uint64_t(1) << 13,    // if, unless, whether: a condition, not a fact
  wc_report = uint64_t(1) << 14,  // said, says, told, stated, according: reported speech
  wc_group = uint64_t(1) << 15,   // countries, leaders, sides, nations: "the two countries"
  wc_body = uint64_t(1) << 16,    // government, forces, ministry: "the Syrian government" stands for Syria
  wc_stop = uint64_t(1) << 17,    // suspend, halt, end, ban: "suspend gas exports to Chile" is no trade
  wc_common = uint64_t(1) << 18,  // data/common_words.txt: a capitalised common word is no name
  wc_control = uint64_t(1) << 19, // urge, ask, tell, force: "urged X to act" makes X the actor
  wc_pronoun = uint64_t(1) << 20, // data/pronouns.tsv: any pronoun (its class via Lexicon::pronoun_class)
  wc_time = uint64_t(1) << 21,    // months and weekdays
  wc_land = uint64_t(1) << 22,    // country, nation, kingdom: "the country" is the state named last
  wc_poss = uint64_t(1) << 23,    // his, her, its, their, our: possessive pronouns
  wc_objpron = uint64_t(1) << 24, // him, her, them: object pronouns
  wc_subjpron = uint64_t(1) << 25,// he, she, they, we: subject pronouns (a new clause after a noun)
  wc_states = uint64_t(1) << 26,  // countries, nations, governments: "the two countries" are two states
  wc_people = uint64_t(1) << 27,  // leaders, presidents: "the two leaders" are two people
  wc_peer = uint64_t(1) << 28,    // counterpart(s): "their counterparts from Japan" stand for Japan
  wc_along = uint64_t(1) << 29,   // together, along: ", together with X," joins X to the subject
  wc_neither = uint64_t(1) << 30, // neither, nor: "Neither X nor Y condemned" denies the whole subject
  wc_oblige = uint64_t(1) << 31, // should, must, ought: "X's position that Y should" urges Y
  wc_reason = uint64_t(1) << 32, // over, for: "sanctions on Iran over its support": "its" is Iran
  wc_particle = uint64_t(1) << 33, // von, van, de, al, bin: lower-case words inside a person's name
  wc_joiner = uint64_t(1) << 34,   // of, and, for, the, on, &: lower-case words inside an organization's name
  wc_rule = uint64_t(1) << 35,     // rule, ruled: "ruled out attacking" denies it, "did not rule out" makes it possible
  wc_naming = uint64_t(1) << 36,   // known (as), called, named, dubbed: "forces known as X" types X
  wc_place = uint64_t(1) << 38,    // in, near; city, province: "in Port Sudan", "the city of El Fasher" are places
  wc_outfit = uint64_t(1) << 39,   // alliance, bloc, group: "the alliance" is the organization named last
  wc_goods = uint64_t(1) << 40,    // weapons, aid, systems: "sent air defence systems to X" supports X
  wc_proposal = uint64_t(1) << 41, // resolution, bill, measure: "vetoed a UN resolution" does not oppose the UN
  wc_branch = uint64_t(1) << 43,   // arm, agency, wing: "X, the bloc's executive arm," belongs to the bloc
  wc_member = uint64_t(1) << 44,   // member, members: "Poland, a NATO member," belongs to NATO
  wc_fighters = uint64_t(1) << 45, // militants, fighters: "al-Shabaab militants" stand for al-Shabaab
  wc_assault = uint64_t(1) << 46,  // attack, assault, bombing: "condemned the attack" opposes its attacker
  wc_amount = uint64_t(1) << 47,   // hundreds, dozens: "killed dozens of Pakistani soldiers" (a quantity's "of")
  wc_regime = uint64_t(1) << 48,   // government, regime: "the government" is the state the story is about
  wc_claim = uint64_t(1) << 49,    // accusation, claim, charge: "X rejected the accusations" opposes their author
  wc_measure = uint64_t(1) << 50,  // round, hours, days: "held two rounds of talks" (the measure's "of" is inside the phrase)
  wc_delegation = uint64_t(1) << 51, // delegation, team: "a Taliban delegation led by X": X belongs to the Taliban
  wc_movement = uint64_t(1) << 52, // democratic, liberation, alliance: "Syrian Democratic Forces" is no state body
  wc_act = uint64_t(1) << 53,      // decision, move, measures: "welcomed China's decision" supports China
  wc_firm = uint64_t(1) << 54,     // owned, based, registered: "state-owned X", "Budapest-registered X" name a company
  wc_menace = uint64_t(1) << 55,   // threaten, threatened: "threatened to strike X" threatens X and strikes no one
  wc_appoint = uint64_t(1) << 56,  // appointed, became, serves, as: "X, who was appointed Y's envoy," holds the office
  wc_facility = uint64_t(1) << 57, // plant, dam, mine, port: "the Rogun hydropower plant" names a thing, not an actor
  wc_contact = uint64_t(1) << 59,  // call, conversation, letter: "asked X in a phone call to ..." speaks to X as well
  wc_receive = uint64_t(1) << 63,  // receive, get, secure: "Egypt received 1.3 bln dlrs in U.S. aid" (the donor supports Egypt)
  wc_undo = uint64_t(1) << 62,     // lift, scrap, ease: "lifted its ban on imports of X" undoes the stop word after it
  wc_approx = uint64_t(1) << 61,   // about, nearly, some: "bought about 1.5 mln tonnes of U.S. corn" (before a number)
  wc_rank = uint64_t(1) << 60,     // vice, deputy, acting: "Vice Foreign Minister X" holds a title, "Vice" names nothing
  wc_stigma = uint64_t(1) << 58,   // terrorist, terror: "designated X a terrorist group" opposes X ("designated X an ally" does not)
  wc_mandate = uint64_t(1) << 42,  // demand, demanded: "X demanded that Y step down" urges Y
  wc_apart = uint64_t(1) << 37,    // companies, students, activists: "French companies" do not act for France
};

enum class OrgCuePosition : uint8_t { head, before };

// What a relation cue word does; see data/cues.tsv.
struct Cue {
  std::string relation;
  std::string cameo;
  std::string kind;               // verb | noun | appositive | pattern
  std::vector<std::string> preps; // prepositions that introduce the object ("with", "to", "between")
  std::string flags;              // comma list: reverse, between, light, ...
  std::string phrase;             // the cue as written in the table
  uint32_t row = 0;               // the table row the phrase came from, counted from 1 (0: a cue made in code)
  bool has_flag(std::string_view f) const;
};

// A trie over sequences of word ids (Lexicon::word_id); values index a table. One hash probe of
// two integers a step: no string hashing or comparison in the hot path.
class PhraseTrie {
public:
  void insert(const std::vector<uint32_t>& ids, uint32_t value);
  // Longest match starting at token `i` (no further than `limit`); returns its token length or 0.
  // A token whose id is `transparent` (non-zero) may sit inside a match and is passed over.
  uint32_t longest(const std::vector<uint32_t>& ids, uint32_t i, uint32_t limit,
                   std::vector<uint32_t>& values, uint32_t transparent = 0) const;
  size_t size() const { return m_values.size(); }

private:
  std::unordered_map<uint64_t, uint32_t> m_next; // (node << 32 | word id) -> child node
  std::vector<uint32_t> m_root;                  // word id -> child of the root (0: none); most look-ups end here
  std::vector<std::vector<uint32_t>> m_values{std::vector<uint32_t>{}};
};

// A name form as it must appear: the original tokens, so acronyms match case-sensitively.
struct NameForm {
  std::vector<std::string> tokens; // surface tokens
  std::vector<LexName> names;
};

class Lexicon {
public:
  // Loads every table under `dir` (data/): actors/*.tsv, titles.tsv, org_cues.tsv, cues.tsv,
  // common_words.txt, abbreviations.txt, pronouns.tsv. Throws InputError("file:line: ...").
  void load_dir(const std::string& dir);
  // A user's actor table in the actors/*.tsv format; rows with a known id extend that actor.
  void load_actor_file(const std::string& path);
  // The same from text already in memory; `name` appears in error messages.
  void load_actor_text(std::string_view text, const std::string& name);
  void load_titles(const std::string& path);
  void load_org_cues(const std::string& path);
  void load_cues(const std::string& path);
  void load_words(const std::string& path, std::unordered_set<std::string>& into);
  void load_pronouns(const std::string& path);
  void load_word_classes(const std::string& path);
  void load_role_families(const std::string& path);
  // The family of a role ("ambassador" and "envoy" are one); the role itself when not listed.
  std::string role_family(const std::string& role) const;
  // An office of a state's government (titles.tsv kind "government"): "President", "Finance Minister".
  bool government_role(const std::string& role) const { return m_government_roles.count(role) != 0; }
  // A professional role ("spokesman", "analyst"): it may serve someone else's office.
  bool job_role(const std::string& role) const { return m_job_roles.count(role) != 0; }

  const std::vector<LexActor>& actors() const { return m_actors; }
  const std::vector<NameForm>& name_forms() const { return m_forms; }
  const std::vector<LexTitle>& titles() const { return m_titles; }
  const std::vector<Cue>& cues() const { return m_cues; }
  const PhraseTrie& name_trie() const { return m_name_trie; }
  const PhraseTrie& title_trie() const { return m_title_trie; }
  const PhraseTrie& org_before_trie() const { return m_org_before_trie; }
  const PhraseTrie& cue_trie() const { return m_cue_trie; }
  // Word id of a normalised token, 0 when no table uses it.
  uint32_t word_id(const std::string& norm) const {
    auto it = m_vocab.find(norm);
    return it == m_vocab.end() ? 0u : it->second;
  }
  // The word id every quotation mark gets (none of the tables holds one): 'stood "in full
  // solidarity" with' matches the cue across its quotation marks.
  uint32_t quote_id() const { return m_quote_id; }
  // Fills doc.ids and doc.bits: one look-up a token, so later stages compare integers.
  void index(Document& doc) const;
  bool is_org_head(const std::string& norm) const { return m_org_heads.count(norm) != 0; }
  bool is_other_head(const std::string& norm) const { return m_other_heads.count(norm) != 0; }
  bool is_location_head(const std::string& norm) const { return m_location_heads.count(norm) != 0; }
  // "the council", "the court": a description that names only an organization with the word in its name.
  bool is_org_reference(const std::string& norm) const { return m_org_references.count(norm) != 0; }
  // "army": after a state's demonym or possessive, the state's armed force as an organization of its own.
  bool is_force_word(const std::string& norm) const { return m_force_words.count(norm) != 0; }
  // "Sudanese Armed Forces", "Armed Forces of Ukraine": a normalised organization name that ends in
  // (or opens "of" after) a phrase naming an armed force.
  bool names_force(std::string_view label) const;
  bool is_force_name(const std::string& norm) const {
    return std::find(m_force_names.begin(), m_force_names.end(), norm) != m_force_names.end();
  }
  // "red cross": an organization's name that, after a state's name or demonym, names the state's own
  // branch ("the Philippine Red Cross"), an organization of its own.
  bool is_branch_name(const std::string& norm) const {
    return std::find(m_branch_names.begin(), m_branch_names.end(), norm) != m_branch_names.end();
  }
  bool is_common(const std::string& norm) const { return (m_bits[word_id(norm)] & wc_common) != 0; }
  const std::unordered_set<std::string>& abbreviations() const { return m_abbreviations; }
  // Function words and pronouns that open sentences ("The", "He", "But", "In").
  const std::unordered_set<std::string>& sentence_starters() const { return m_starters; }
  const std::unordered_set<std::string>& title_openers() const { return m_title_openers; }
  // Pronoun class: "he" -> "person", "they" -> "plural", "it" -> "thing"; empty if not a pronoun.
  std::string_view pronoun_class(const std::string& norm) const;
  // WordClass bits of a normalised word (documents use Document::bits instead, filled by index).
  uint64_t word_class(const std::string& norm) const { return m_bits[word_id(norm)]; }
  // Index of an actor by id, or -1.
  int32_t find_id(std::string_view id) const;

private:
  void add_name(uint32_t actor, const std::string& text, NameKind kind, bool plural, bool person_noun = false);
  uint32_t intern(const std::string& norm);
  std::vector<uint32_t> phrase_ids(std::string_view phrase);
  std::vector<std::vector<uint32_t>> caseless_phrase_ids(std::string_view phrase);
  // Tokenises a table phrase exactly as document text is tokenised ("Cmdr." stays one token).
  std::vector<std::string> tokens_of(std::string_view phrase, bool normalised) const;
  std::vector<LexActor> m_actors;
  std::unordered_map<std::string, uint32_t> m_by_id;
  std::vector<NameForm> m_forms;
  std::unordered_map<std::string, uint32_t> m_form_by_surface;
  std::vector<LexTitle> m_titles;
  std::vector<Cue> m_cues;
  PhraseTrie m_name_trie, m_title_trie, m_org_before_trie, m_cue_trie;
  std::unordered_set<std::string> m_org_heads, m_other_heads, m_abbreviations, m_starters, m_title_openers,
      m_location_heads, m_org_references, m_force_words;
  std::vector<std::string> m_force_names, m_branch_names;
  std::unordered_map<std::string, std::string> m_pronouns;
  std::unordered_map<std::string, std::string> m_role_families; // normalised role -> family
  std::unordered_set<std::string> m_government_roles;             // canonical roles
  std::unordered_set<std::string> m_job_roles;                    // canonical roles
  std::unordered_map<std::string, uint32_t> m_vocab; // normalised word -> id (from 1)
  std::vector<uint64_t> m_bits{0};                   // per word id: WordClass bits
  uint32_t m_quote_id = 0;
};

} // namespace relgraph
