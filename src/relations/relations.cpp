#include "relgraph/relations.hpp"

#include <algorithm>
#include <unordered_set>

namespace relgraph {
namespace {

using Group = std::vector<int32_t>; // mention indices

struct Extractor {
  const Document& doc;
  const DocumentMentions& dm;
  const DocumentActors& da;
  const Lexicon& lex;
  const RelationOptions& opt;
  const SentenceTrees* trees = nullptr;
  std::vector<Fact> facts;
  std::vector<uint32_t> values;
  uint32_t sent = 0, first = 0, last = 0;
  bool question = false;
  bool headline = false;  // capitals say nothing (a title-case headline)
  std::unordered_set<std::string> m_seen;
  const ParseResult* tree = nullptr;  // the current sentence's, when it was parsed
  std::vector<int32_t> m_bodies_done;  // organizations already tied to the state in their name
  int32_t m_home = -1;                  // the state the document is about (home_state), or -1
  Group m_objects;                      // the last coordinated objects of a verb, and their sentence
  uint32_t m_objects_sentence = UINT32_MAX;
  std::vector<int32_t> m_attackers;     // actors of the last attack the text stated, and its sentence
  uint32_t m_attack_sentence = 0;
  std::vector<uint32_t> m_cue_token;    // per fact, the first token of its cue
  std::vector<uint8_t> m_rebuttal;      // per fact, 1 when it is a denial of a claim (rebutted_claim)

  const Mention& mention(int32_t i) const { return dm.mentions[static_cast<size_t>(i)]; }
  // A headline word that names no actor of the body is no mention at all.
  int32_t at(uint32_t k) const {
    int32_t mi = k < dm.at_token.size() ? dm.at_token[k] : no_mention;
    if (mi < 0) return mi;
    const Mention& m = dm.mentions[static_cast<size_t>(mi)];
    // an unresolved name ("Bethesda", a headline word) is just a word here
    if ((m.headline || m.kind == MentionKind::name) && da.of_mention[static_cast<size_t>(mi)] < 0 &&
        da.group[static_cast<size_t>(mi)].empty())
      return no_mention;
    return mi;
  }
  uint64_t wc(uint32_t k) const { return doc.bits[k]; }
  bool cap(uint32_t k) const { return doc.tokens[k].has(tok_cap) && !headline; } // headlines capitalise every word
  bool punct(uint32_t k) const { return doc.tokens[k].has(tok_punct) && !doc.tokens[k].has(tok_quote); }
  bool quote(uint32_t k) const { return doc.tokens[k].has(tok_quote); }
  // "Shenzhen-based", "state-owned": a hyphen inside a word, no space on either side
  bool word_hyphen(uint32_t k) const {
    return k > first && k + 1 < last && doc.token_text(k) == "-" && !doc.tokens[k].has(tok_space_before) &&
           !doc.tokens[k + 1].has(tok_space_before);
  }
  bool is(uint32_t k, std::string_view w) const { return k < last && doc.norm[k] == w; }
  // Token k stands between an odd number of double quotation marks of its sentence.
  bool inside_quotes(uint32_t k) const {
    bool in = false;
    for (uint32_t t = first; t < k; ++t) {
      const std::string_view w = doc.norm[t];
      in ^= quote(t) && (w == "\"" || w == "\u201c" || w == "\u201d" || w == "``" || w == "''");
    }
    return in;
  }

  // Two words of one stem: "pledge" and "pledged", "accusations" and "accused".
  bool same_stem(uint32_t a, std::string_view y) const {
    const std::string& x = doc.norm[a];
    size_t n = 0;
    while (n < x.size() && n < y.size() && x[n] == y[n]) ++n;
    // (a short word whole, or with a plural "s": "the pact", "the deals")
    return n >= 5 || (n >= 3 && n == std::min(x.size(), y.size()) && std::max(x.size(), y.size()) - n <= 1);
  }
  // The noun at k names fact i by its own word: its cue's ("the pledge", "pledged") or its
  // relation's ("the threat", threatens).
  bool names_fact(uint32_t k, size_t i, bool loose = false) const {
    if (same_stem(k, doc.norm[m_cue_token[i]]) || same_stem(k, facts[i].relation)) return true;
    // ("signed a pact ... condemned the deal": two words of one noun cue row name one kind of act)
    thread_local std::vector<uint32_t> a, b;
    const uint32_t t = m_cue_token[i];
    if (lex.cue_trie().longest(doc.ids, k, k + 1, a) != 1) return false;
    // ("X visited Riyadh. Israel criticised the trip": with `loose`, any noun of the fact's relation names it)
    for (uint32_t x : a)
      if (loose && lex.cues()[x].kind == "noun" && lex.cues()[x].relation == facts[i].relation) return true;
    if (lex.cue_trie().longest(doc.ids, t, t + 1, b) != 1) return false;
    for (uint32_t x : a)
      for (uint32_t y : b)
        if (lex.cues()[x].kind == "noun" && lex.cues()[x].row == lex.cues()[y].row) return true;
    return false;
  }

  // A past form by its spelling ("accused", "signed"), for text without tags.
  bool ed_form(uint32_t k) const { return relgraph::ed_form(doc.norm[k]); }

  // A plain lower-case word that may be an adjective or noun inside a phrase.
  bool content_word(uint32_t k) const {
    const Token& t = doc.tokens[k];
    // in a headline every word is capitalised, so capitals say nothing there
    // ("signs Adriatic oil deal with": a capitalised word of an unresolved name is a plain modifier)
    const bool plain_name = k < dm.at_token.size() && dm.at_token[k] >= 0 && at(k) < 0 &&
                            dm.mentions[static_cast<size_t>(dm.at_token[k])].type == ActorType::other;
    if (!t.has(tok_alpha) || (t.has(tok_cap) && !headline && !plain_name) || at(k) >= 0) return false;
    uint64_t c = wc(k);
    return (c & (wc_det | wc_prep | wc_conj | wc_aux | wc_relpron | wc_clause | wc_neg | wc_future | wc_modal |
                 wc_report)) == 0;
  }

  // A word of a phrase of time between a verb and its "to" ("on Saturday", "last week", "in 2024").
  bool time_phrase_word(uint32_t t) const {
    return at(t) < 0 && ((wc(t) & (wc_time | wc_prep | wc_det)) || doc.tokens[t].has(tok_digit));
  }

  // Mention m can head a phrase: not a modifier of another mention.
  bool head_capable(int32_t mi) const {
    const Mention& m = mention(mi);
    return m.modifies < 0 && !m.attributive;
  }

  // First token of the phrase around mention mi, leftwards over determiners and adjectives.
  uint32_t phrase_start(int32_t mi) const {
    uint32_t k = mention(mi).phrase_first;
    // ("attacks it blamed on X": a personal pronoun takes no modifiers; the word before is another
    // phrase's, but "for what he called": the free relative's "what" stands in the phrase around it)
    if (mention(mi).kind == MentionKind::pronoun && !(wc(mention(mi).first) & wc_poss)) {
      if (k <= first || !is(k - 1, "what")) return k;
      --k;
    }
    int adjectives = 0;
    while (k > first) {
      uint32_t p = k - 1;
      if (dm.title_at[p] || quote(p) || ((wc(p) & wc_det) && !cap(p))) {
        --k;
        continue;
      }
      // "China's Tsinghua University": the possessor belongs to the phrase
      if (doc.tokens[p].has(tok_possessive) && p > first && at(p - 1) >= 0) {
        k = mention(at(p - 1)).first;
        continue;
      }
      // "by the British Red Cross": an adjective of nationality belongs to the phrase
      if (at(p) >= 0 && mention(at(p)).kind == MentionKind::demonym && !mention(at(p)).standin) {
        k = mention(at(p)).first;
        continue;
      }
      // "for 3,000 Afghan refugees": a number belongs to the phrase like an adjective
      // (not a control verb: "to allow British officials to visit")
      if (((content_word(p) && !((wc(p) & wc_control) && p > first && is(p - 1, "to"))) ||
           (doc.tokens[p].has(tok_digit) && at(p) < 0)) &&
          adjectives < 2) {
        ++adjectives;
        --k;
        continue;
      }
      break;
    }
    return k;
  }

  // Skips left over a coordination of mentions ("Germany and France"); returns the token before.
  uint32_t governor_of(int32_t mi, std::vector<int32_t>* coordinated) const {
    uint32_t k = phrase_start(mi);
    bool in_list = false;
    while (k > first) {
      uint32_t p = k - 1;
      bool sep = (wc(p) & wc_conj) || (in_list && doc.token_text(p) == ",");
      // ("Kyrgyzstan, Kazakhstan, and Uzbekistan": a list's last comma before its "and")
      if (sep && !in_list && (is(p, "and") || is(p, "or")) && p >= first + 4 && doc.token_text(p - 1) == "," && at(p - 2) >= 0) {
        const uint32_t b = phrase_start(at(p - 2));
        if (b >= first + 2 && doc.token_text(b - 1) == "," && at(b - 2) >= 0) --p;
      }
      // headlinese "Putin, Xi vow closer ties": a comma joins two names opening the headline
      if (title && !sep && doc.token_text(p) == "," && p > first && at(p - 1) >= 0 &&
          mention(at(p - 1)).phrase_first == first)
        sep = true;
      // "Sudan's government and X": the state stands for its body noun
      int32_t body_owner = -1;
      if (sep && p >= first + 3 && at(p - 1) < 0 && (wc(p - 1) & wc_body) && !cap(p - 1)) {
        uint32_t q = p - 2;
        if (doc.tokens[q].has(tok_possessive) && q > first) --q;
        if (at(q) >= 0 && mention(at(q)).standin) body_owner = at(q);
      }
      // "Korea Hydro & Nuclear Power (KHNP) and X": the name before its acronym in parentheses
      int32_t spelled = -1;
      if (sep && p >= first + 4 && doc.token_text(p - 1) == ")" && at(p - 2) >= 0) {
        spelled = named_at(p - 1);
        if (spelled < 0) spelled = at(p - 2);
      }
      if (sep && p > first && (at(p - 1) >= 0 || body_owner >= 0 || spelled >= 0)) {
        in_list = true;
        int32_t prev = at(p - 1) >= 0 ? at(p - 1) : body_owner >= 0 ? body_owner : spelled;
        if (!head_capable(prev)) prev = mention(prev).modifies;
        // "the Pasteur Institute in Paris and the NCI": the place belongs to the first conjunct
        if (prev >= 0 && mention(prev).first >= first + 2 && is(mention(prev).first - 1, "in") &&
            at(mention(prev).first - 2) >= 0)
          prev = at(mention(prev).first - 2);
        if (prev < 0 || (mention(prev).possessive && !mention(prev).standin)) break;  // "South Sudan's government and X"
        if (coordinated) coordinated->push_back(prev);
        k = phrase_start(prev);
        continue;
      }
      break;
    }
    return k;
  }

  bool leader_cue_before(uint32_t by) const {
    // "Western countries, led by the United States,": the leader acts too
    for (uint32_t a = by > first + 2 ? by - 2 : first; a < by; ++a) {
      std::vector<uint32_t> v;
      uint32_t len = lex.cue_trie().longest(doc.ids, a, by + 1, v);
      if (len > 0 && a + len == by + 1)
        for (uint32_t c : v)
          if (lex.cues()[c].kind == "leader") return true;
    }
    return false;
  }

  // The mention heading the subject of a cue at token `pos`, with its coordinated mentions.
  // "Kenya's plan to" right before token pos: a possessed lower-case noun of the word classes
  // `classes`, then "to".
  bool possessed_before_to(uint32_t pos, uint64_t classes) const {
    return pos >= first + 4 && is(pos - 1, "to") && (wc(pos - 2) & classes) && at(pos - 2) < 0 && !cap(pos - 2) &&
           doc.tokens[pos - 3].has(tok_possessive);
  }

  // The mention a relative clause's comma at token e follows: the name right before it, or the
  // name before a descriptor ("the IG Metall union, which") or before an acronym's closing bracket.
  int32_t antecedent_before(uint32_t e) const {
    if (e <= first) return -1;
    if (at(e - 1) >= 0) return at(e - 1);
    // ("The Andean Community (CAN), which": an acronym of no mention in the bracket)
    if (e >= first + 4 && doc.token_text(e - 1) == ")" && doc.token_text(e - 3) == "(" && at(e - 2) < 0 && cap(e - 2))
      return at(e - 4);
    if (e < first + 2 || at(e - 2) < 0) return -1;
    if (doc.token_text(e - 1) == ")") return at(e - 2);
    if (!cap(e - 1) && (wc(e - 1) & wc_outfit) && mention(at(e - 2)).kind == MentionKind::name) return at(e - 2);
    return -1;
  }

  // The state whose possessive owns the body noun at token b ("Yemen's internationally recognised
  // government", "Germany's foreign ministry"), or -1.
  int32_t state_owning(uint32_t b) const {
    if (b <= first || at(b) >= 0 || !(wc(b) & wc_body) || cap(b)) return -1;
    uint32_t a = b;
    while (a > first && a + 3 > b && at(a - 1) < 0 && content_word(a - 1) && !cap(a - 1)) --a;
    if (a > first + 1 && at(a - 1) < 0 && doc.tokens[a - 1].has(tok_possessive)) --a;  // past the "'s"
    const int32_t owner = a > first ? at(a - 1) : -1;
    return owner >= 0 && mention(owner).possessive && typed_as(owner, ActorType::state) ? owner : -1;
  }

  // "Erdogan's remarks, made at a party meeting, drew criticism from Greece": the author of the words
  // or the act opening the sentence, with a phrase set off by commas before the verb at c0
  Group possessed_claim_subject(uint32_t c0) const {
    const int32_t a = at(first);
    if (a < 0 || !mention(a).possessive || mention(a).kind == MentionKind::pronoun || !head_capable(a)) return {};
    uint32_t n = mention(a).last;
    if (n < last && doc.tokens[n].has(tok_possessive) && at(n) < 0) ++n;
    if (n >= c0 || !(wc(n) & (wc_claim | wc_act)) || cap(n)) return {};
    uint32_t t = n + 1;
    if (t < c0 && doc.token_text(t) == ",") {
      while (t + 1 < c0 && doc.token_text(t + 1) != "," && !quote(t + 1)) ++t;
      t += 2;
    }
    return t == c0 ? Group{a} : Group{};
  }

  // "BelTA quoted X as telling Y": the one quoted speaks, in the gerund after "as" and in one joined
  // to it ("as telling Y that ... and urging Z"); -1 when the verb at pos is no such gerund
  int32_t quoted_speaker(uint32_t pos) const {
    auto speaker_before = [&](uint32_t as) {
      const int32_t q = as >= first + 2 && ing_form(as + 1) && is(as, "as") ? at(as - 1) : -1;
      // (past the name's title: "quoted President X as saying")
      const uint32_t b = q >= 0 ? std::min(mention(q).first, mention(q).phrase_first) : first;
      return q >= 0 && mention(q).last == as && b > first && cue_at(b - 1, [](const Cue& c) { return c.has_flag("as_speaking"); })
                 ? q
                 : -1;
    };
    if (pos < first + 3 || !ing_form(pos)) return -1;
    if (speaker_before(pos - 1) >= 0) return speaker_before(pos - 1);
    if (pos >= first + 5 && is(pos - 1, "and"))
      for (uint32_t r = pos - 2; r > first + 1 && r + 40 > pos && doc.token_text(r) != ";"; --r)
        if (speaker_before(r) >= 0) return speaker_before(r);
    return -1;
  }

  Group find_subject(uint32_t pos, bool skip_objects = false) const {
    bool infinitive = skip_objects || (pos > first && is(pos - 1, "to"));
    // "welcomed the decision by ASEAN to suspend X", "efforts of Qatar to mediate": an act's author
    // does what the act is to do
    if (pos >= first + 4 && is(pos - 1, "to") && at(pos - 2) >= 0 && head_capable(at(pos - 2)) &&
        mention(at(pos - 2)).kind == MentionKind::name) {
      uint32_t b = mention(at(pos - 2)).phrase_first;
      while (b > first && det_at(b - 1) && at(b - 1) < 0) --b;
      if (b >= first + 2 && (is(b - 1, "by") || is(b - 1, "of")) && (wc(b - 2) & wc_act) && !cap(b - 2)) return {at(pos - 2)};
    }
    // a verb joined by "and", or a phrase after a comma ("X struck Y, in coordination with Z")
    // ("and has repeatedly accused": past the verb's auxiliaries and adverbs)
    uint32_t joint = pos;
    while (joint > first + 1 && at(joint - 1) < 0 && !cap(joint - 1) &&
           ((wc(joint - 1) & (wc_aux | wc_modal | wc_future)) || ly_word(joint - 1)) && pos - joint < 3)
      --joint;
    const bool conjoined = joint > first + 1 && (is(joint - 1, "and") || is(joint - 1, "but") || doc.token_text(joint - 1) == ",");
    uint32_t limit = pos > first + opt.subject_reach ? pos - opt.subject_reach : first;
    // "accused the West of arming Kosovo": a gerund after "of" belongs to the object of the verb
    // before it; an object that names no actor names no subject
    if (pos >= first + 3 && is(pos - 1, "of")) {
      uint32_t v = pos - 1;
      for (int words = 0; v > first && words < 4 && at(v - 1) < 0 && (det_at(v - 1) || content_word(v - 1) || cap(v - 1)) &&
                          !verb_at(v - 1);
           ++words)
        --v;
      if (v < pos - 1 && v > first && verb_at(v - 1) && (wc(v - 1) & wc_report) == 0) return {};
      // "two firms accused of supplying drones": the ones accused, named or not, before the participle
      if (v == pos - 1 && pos >= first + 3 && ed_form(pos - 2) && at(pos - 2) < 0 && content_word(pos - 3) && at(pos - 3) < 0)
        return {};
      // "accuses Algeria of arming the Polisario": the one accused is the gerund's subject
      if (v == pos - 1 && at(pos - 2) >= 0 && !mention(at(pos - 2)).possessive) {
        int32_t a = at(pos - 2);
        if (!head_capable(a)) a = mention(a).modifies;
        const uint32_t before = a >= 0 ? mention(a).phrase_first : first;
        if (a >= 0 && before > first && verb_at(before - 1) && (wc(before - 1) & wc_report) == 0) return {a};
      }
      // "Rwanda, which it accuses of backing M23": the relative pronoun's antecedent is the one accused
      if (v == pos - 1 && verb_at(pos - 2))
        for (uint32_t r = pos - 2; r > first + 1 && r + 5 > pos; --r)
          if ((wc(r - 1) & wc_relpron) && !is(r - 1, "that") && doc.token_text(r - 2) == "," && r - 2 > first &&
              at(r - 3) >= 0) {
            int32_t a = at(r - 3);
            if (!head_capable(a)) a = mention(a).modifies;
            if (a >= 0) return {a};
            break;
          }
    }
    // "accused Russia of shelling the plant to pressure Kyiv": an infinitive of purpose after a gerund
    // of the charge is the gerund's subject's
    if (pos >= first + 5 && is(pos - 1, "to") && !skip_objects)
      for (uint32_t g = pos - 2; g > first + 1 && g + 10 > pos; --g) {
        // (past an adverb: "of deliberately shelling")
        const uint32_t o = g > first + 2 && ly_word(g - 1) ? g - 2 : g - 1;
        if (ing_form(g) && is(o, "of") && !cap(g) && at(g) < 0) return find_subject(o + 1);
        if (punct(g) || (wc(g) & (wc_relpron | wc_clause | wc_conj | wc_control)) || verb_at(g)) break;
      }
    // "warning that jihadist groups linked to al Qaeda were": a plain noun right before a participle
    // of ties is its subject, and names no actor ("Russian groups linked to": a modifier's actor does)
    const bool noun_participle =
        pos > first + 1 && (tree ? tree->tag[pos - first] == "VBN" &&
                                       (tree->tag[pos - 1 - first] == "NNS" || tree->tag[pos - 1 - first] == "NN")
                                 : ed_form(pos) && !ed_form(pos - 1));
    if (!skip_objects && noun_participle && at(pos - 1) < 0 &&
        cue_at(pos, [](const Cue& c) { return c.relation == "affiliated_with"; }) && content_word(pos - 1) &&
        !(wc(pos - 1) & (wc_body | wc_fighters | wc_group | wc_states | wc_people | wc_peer | wc_delegation)) &&
        !dm.title_at[pos - 1]) {
      uint32_t a = pos - 1;
      while (a > first && at(a - 1) < 0 && (content_word(a - 1) || det_at(a - 1))) --a;
      // ("the group linked to": an organization named before; "Hamas, a group linked to Iran": an apposition's)
      const bool named_before = ((wc(pos - 1) & wc_outfit) && (is(a, "the") || is(a, "this") || (wc(a) & wc_poss))) ||
                                (a > first + 1 && doc.token_text(a - 1) == ",");
      if (!named_before && (a == first || at(a - 1) < 0)) return {};
    }
    // "dropped its objections to Sweden joining NATO": a name between a noun's preposition and a
    // gerund is the gerund's own subject ("wrote to X urging her": a verb's is not)
    if (pos >= first + 2 && ing_form(pos) && at(pos - 1) >= 0 && mention(at(pos - 1)).kind == MentionKind::name &&
        !mention(at(pos - 1)).possessive) {
      int32_t a = at(pos - 1);
      if (!head_capable(a)) a = mention(a).modifies;
      if (a >= 0 && mention(a).last == pos) {
        uint32_t p = mention(a).phrase_first;
        if (p > first && det_at(p - 1)) --p;
        // (the noun known by its article or possessive: "its objections to", "the path to")
        uint32_t n = p - 1;
        while (n > first && n + 3 > p - 1 && content_word(n - 1) && !verb_at(n - 1)) --n;
        if (p > first + 1 && (wc(p - 1) & wc_prep) && !cap(p - 1) && n < p - 1 && n > first && det_at(n - 1))
          return {a};
      }
    }
    // "valued Turkey's role in supporting X": a gerund after a possessed noun's "in" is the possessor's
    if (pos >= first + 4 && ing_form(pos) && is(pos - 1, "in") && content_word(pos - 2) && !cap(pos - 2) &&
        doc.tokens[pos - 3].has(tok_possessive) && at(pos - 4) >= 0 && head_capable(at(pos - 4)) &&
        mention(at(pos - 4)).kind != MentionKind::pronoun)
      return {at(pos - 4)};
    // "rejected Trump's demand to buy Greenland": an infinitive after a possessed noun is the possessor's
    // (an act: "Kenya's plan to visit China"; a demand or request states only a wish: no subject;
    // "accepted Menon's invitation to visit" is neither)
    if (possessed_before_to(pos, wc_act | wc_claim)) {
      const int32_t owner = at(pos - 4);
      if (owner < 0 || mention(owner).kind == MentionKind::pronoun || (wc(pos - 2) & wc_claim)) return {};
      return {owner};
    }
    // 'X said the Houthis would "not stop" and warned Y': a verb joined right after a quotation
    // in a reported clause shares the reporting verb's subject
    if (pos >= first + 3 && is(pos - 1, "and") && quote(pos - 2) && !skip_objects) {
      for (uint32_t r = pos - 2; r-- > first;)
        if ((wc(r) & wc_report) && at(r) < 0 && !is(r, "according") && !dm.title_at[r]) return find_subject(r);
    }
    // (without a tree, 'X said the bloc was "appalled" by the violence and urged Y': a verb of speech
    // joined after a clause of a copula or an auxiliary is the reporter's too)
    if (!tree && pos >= first + 4 && (is(pos - 1, "and") || is(pos - 1, "but")) && ed_form(pos) && !skip_objects &&
        cue_at(pos, [](const Cue& c) {
          return c.relation == "urges" || c.relation == "opposes" || c.relation == "supports" || c.relation == "threatens";
        })) {
      // (an appeal or a warning after any reported clause: "said New Delhi wanted more flights but pressed Y")
      bool copula = cue_at(pos, [](const Cue& c) { return c.relation == "urges" || c.relation == "threatens"; });
      for (uint32_t r = pos - 2; r-- > first && r + 16 > pos;) {
        if (doc.token_text(r) == ";" || doc.token_text(r) == ",") break;
        if ((wc(r) & wc_report) && at(r) < 0 && !is(r, "according") && !dm.title_at[r]) {
          if (copula) return find_subject(r);
          break;
        }
        // ("X denied that the TTP operated there and accused Y": a denial's clause in any tense)
        if ((wc(r) & wc_refuse) && is(r + 1, "that") && at(r) < 0 && opposing_verb_at(pos)) return find_subject(r);
        // (or an auxiliary's other tense: "said Moscow had voted in favour but criticised Y")
        copula = copula || ((wc(r) & (wc_copula | wc_aux | wc_modal | wc_future)) && !cap(r));
      }
    }
    // "two days after soldiers stormed the palace", "since a 2024 uprising toppled X": a plain noun
    // phrase opening a subordinate clause right before the verb at v is its subject, and names no actor
    auto plain_clause_subject = [&](uint32_t v) {
      while (v > first && (wc(v - 1) & (wc_aux | wc_modal | wc_future)) && !cap(v - 1)) --v;
      uint32_t a = v;
      for (int words = 0; a > first && words < 4 && at(a - 1) < 0 && !dm.title_at[a - 1] &&
                          (content_word(a - 1) || doc.tokens[a - 1].has(tok_digit)) &&
                          !(wc(a - 1) & (wc_pronoun | wc_clause));
           ++words)
        --a;
      if (a < v && a > first && (is(a - 1, "a") || is(a - 1, "an") || is(a - 1, "the")) && !cap(a - 1)) --a;
      return a < v && a > first && (wc(a - 1) & wc_clause) && !(wc(a - 1) & wc_relpron) && !cap(a - 1) && at(a - 1) < 0;
    };
    bool comma_since = false;  // (a comma between the walk and the verb: another clause's verbs)
    if (!infinitive && !conjoined && !title && pos > first + 1 && pos < last && verb_at(pos) && plain_clause_subject(pos)) return {};
    for (uint32_t k = pos; k-- > limit;) {
      std::string_view t = doc.token_text(k);
      if (t == ";" || t == ":") return {};
      // ("ABUJA, Dec 14 (Reuters) - West African leaders suspended": the dateline names no subject)
      if (k > first && closes_dateline(doc.norm[k]) && doc.token_text(k - 1) == ")") return {};
      // ("after soldiers stormed the palace and detained X": the first verb's plain subject)
      comma_since = comma_since || (k + 1 < pos && (t == "," || quote(k)));
      if (conjoined && !comma_since && k + 1 < pos && at(k) < 0 && (verb_at(k) || (ed_form(k) && !cap(k))) &&
          plain_clause_subject(k))
        return {};
      // ", and both analysts told": a new clause starts after a comma and a conjunction
      // (the comma may sit inside a closing quote: '"patently false," and sources told')
      if ((is(k, "and") || is(k, "but")) && k > first && k + 1 < pos &&
          (doc.token_text(k - 1) == "," || (k > first + 1 && quote(k - 1) && doc.token_text(k - 2) == ","))) {
        // (", and was received by Y": an auxiliary right after the conjunction joins a predicate to
        // the first clause's verb, whose subject it shares)
        if ((wc(k + 1) & (wc_aux | wc_copula | wc_modal | wc_future)) && !cap(k + 1))
          for (uint32_t v = k - 1; v > first && v + 20 > k; --v)
            if (at(v) < 0 && !cap(v) && (tree ? finite_verb(v) : verb_cue_at(v) && ed_form(v))) return find_subject(v);
        return {};
      }
      // "Zuckerberg said the boy was welcome to tour X": the reported clause's subject names no
      // actor, and the speaker is not it
      // (not the plural noun: "dismissed reports that his country would")
      // (nor "told reporters after meeting X", "announced the deployment after talks with X": a gerund
      // or a noun's phrase after a preposition is the reporter's own act)
      // ('X said in a statement, thanking Y': a participle after the speaker's own phrase is his; not
      // "X said on Monday, drawing condemnation from Y": what the news drew)
      if ((wc(k) & wc_report) && at(k) < 0 && !is(k, "according") && !dm.title_at[k] && !cap(k) && ing_form(pos) &&
          !(wc(pos) & wc_receive) &&
          pos >= k + 3 && doc.token_text(pos - 1) == "," && (wc(k + 1) & wc_prep) && !cap(k + 1) &&
          std::none_of(doc.tokens.begin() + k + 1, doc.tokens.begin() + pos - 1, [](const Token& t) { return t.has(tok_punct); }) &&
          std::all_of(doc.norm.begin() + k + 1, doc.norm.begin() + pos - 1, [&](const std::string& w) { return w != "that"; })) {
        bool names = false;
        for (uint32_t t = k + 1; t + 1 < pos; ++t) names = names || at(t) >= 0;
        if (!names) return find_subject(k);
      }
      if ((wc(k) & wc_report) && at(k) < 0 && k + 1 < pos && !is(k, "according") && !dm.title_at[k] &&
          !is(k + 1, "to") && doc.token_text(k + 1) != "," && (!tree || tree->tag[k - first] != "NNS") &&
          !((ing_form(pos) || skip_objects) && pos >= k + 2 && (wc(pos - 1) & wc_prep) && !cap(pos - 1) &&
            std::none_of(doc.norm.begin() + k + 1, doc.norm.begin() + pos - 1, [&](const std::string& w) { return w == "that"; }))) {
        // ("X said so and called on Y": a finite verb joined to the reporting verb shares its
        // subject; "welcome to come and tour" does not)
        bool joined = false;
        for (uint32_t j = k + 1; j + 1 <= pos && j + 1 < last; ++j)
          if (is(j, "and") || is(j, "but")) {
            const uint32_t v = j + 1;
            const std::string_view w = doc.norm[v];
            const std::string_view tag = tree ? tree->tag[v - first] : std::string_view();
            joined = joined || (tree ? tag.size() == 3 && tag.substr(0, 2) == "VB" && tag != "VBG"
                                     : (ed_form(v) || (w.size() > 4 && w.back() == 's' && verb_cue_at(v))));
          }
        if (!joined) return {};
      }
      if ((wc(k) & wc_relpron) && !cap(k) && at(k) < 0) {
        // "X, a militant group that has killed": a relative clause on an apposition belongs to the
        // name the apposition describes
        // (only for the verb of that clause: no comma between)
        bool own_clause = true;
        for (uint32_t t = k + 1; t < pos; ++t) own_clause = own_clause && doc.token_text(t) != ",";
        if (own_clause) {
          uint32_t a = k;
          while (a > first && at(a - 1) < 0 && (det_at(a - 1) || content_word(a - 1))) --a;
          if (a < k && det_at(a)) {
            const int32_t named = apposed_name(a);
            if (named >= 0 && mention(named).kind == MentionKind::name) return {named};
          }
        }
        // "X, who met Y": the relative pronoun's antecedent ("X, 41, who worked": past an age)
        uint32_t p = k;
        if (p > first && doc.token_text(p - 1) == ",") --p;
        if (p > first + 2 && at(p - 1) < 0 && doc.tokens[p - 1].has(tok_digit) && doc.token_text(p - 2) == ",") p -= 2;
        // ("The IG Metall union, which", "X (APIKUR), which": past a descriptor or the acronym's bracket)
        if (p < k && p > first + 1 && at(p - 1) < 0 && antecedent_before(p) >= 0) p = mention(antecedent_before(p)).last;
        // "talks in Brussels that are hosted by X": a place after "in" is no antecedent
        if (p > first && at(p - 1) >= 0) {
          const uint32_t ps = mention(at(p - 1)).phrase_first;
          if (ps > first && (wc(ps - 1) & wc_place) && (wc(ps - 1) & wc_prep)) return {};
        }
        // ("Yemen's internationally recognised government, which": a state's body stands for the state)
        if (const int32_t owner = p > first + 1 ? state_owning(p - 1) : -1; owner >= 0) return {owner};
        if (p > first && at(p - 1) >= 0) {
          int32_t a = at(p - 1);
          if (!head_capable(a)) a = mention(a).modifies;
          // ("X and the host, Y, who welcomed": a name in apposition takes the clause alone)
          if (a >= 0 && p < k && mention(a).kind == MentionKind::name && apposed(a)) return {a};
          // ("X, the UN special envoy for Yemen, who praised": the person the apposition describes)
          const int32_t person = a >= 0 && p < k ? described_person(a) : -1;
          if (person >= 0) return {person};
          // ("between Radaa and the 444th Brigade, which is loyal to": a singular verb takes the last name alone)
          if (a >= 0 && k + 1 < pos && (is(k + 1, "is") || is(k + 1, "was") || is(k + 1, "has"))) return {a};
          if (a >= 0) return expand_left(a);
        }
        // "Cindy McCain, the WFP's executive director, who visited": the name the apposition describes
        // (", the EU special representative who has mediated": with no comma before "who" too)
        if ((p < k || dm.title_at[p - 1]) && p > first) {
          uint32_t a = p;
          while (a > first && (det_at(a - 1) || content_word(a - 1) || dm.title_at[a - 1] ||
                               doc.tokens[a - 1].has(tok_possessive) ||
                               (at(a - 1) >= 0 && (mention(at(a - 1)).modifies >= 0 || mention(at(a - 1)).possessive))))
            --a;
          const int32_t named = a < p && det_at(a) ? apposed_name(a) : -1;
          if (named >= 0 && mention(named).kind == MentionKind::name && typed_as(named, ActorType::person)) return {named};
        }
        if (doc.norm[k] != "that") return {};
        // ("told PREMIUM TIMES on Tuesday that troops had killed": the complementizer of a verb of
        // speech opens a clause whose subject, plain, names no actor)
        for (uint32_t r = k; r-- > first && r + 10 > k;) {
          if (punct(r)) break;
          if ((wc(r) & wc_report) && at(r) < 0 && !cap(r) && !is(r, "according") && !dm.title_at[r]) return {};
          if (at(r) < 0 && !(wc(r) & (wc_prep | wc_det | wc_time)) && !doc.tokens[r].has(tok_digit)) break;
        }
        // "the number of particles that should have been captured by X": after a plain noun "that"
        // opens a relative clause on it, and that noun names no actor
        // (", a militant group that has killed": an apposition's clause is its name's)
        if (p == k && k > first && content_word(k - 1) && !verb_at(k - 1) && !ed_form(k - 1) &&
            (wc(k - 1) & (wc_report | wc_time)) == 0 && (!tree || tree->tag[k - 1 - first].substr(0, 2) == "NN")) {
          uint32_t a = k;
          while (a > first && at(a - 1) < 0 && (det_at(a - 1) || content_word(a - 1))) --a;
          if (a == first || doc.token_text(a - 1) != ",") return {};
        }
        continue;
      }
      // "..., a local commander told AFP": a plain noun phrase after a comma is the subject, and
      // names no actor (a state's body, "the government", still points back)
      if (t == "," && k + 2 < pos && det_at(k + 1) && at(k + 1) < 0) {
        bool plain = true;
        for (uint32_t j = k + 2; j < pos && plain; ++j)
          plain = at(j) < 0 && !(wc(j) & (wc_body | wc_land | wc_outfit)) && (content_word(j) || dm.title_at[j]);
        // ("X, an intergovernmental body whose members are": a relative clause on the apposition is the name's)
        if (plain && (wc(pos) & wc_relpron) && !cap(pos) && k > first && at(k - 1) >= 0 && head_capable(at(k - 1)) &&
            mention(at(k - 1)).kind == MentionKind::name)
          return {at(k - 1)};
        if (plain) return {};
      }
      // "Robertson, a spokesperson for X, the U.S. operation against Y, told": skip appositions
      // (a comma, a determiner ... a comma) back to the name they describe
      // ("X, a former colonel who took up arms in 2021, thanked": a relative clause on the
      // apposition's noun is part of it)
      if (t == ",") {
        bool skipped = false;
        for (uint32_t r = k; r-- > limit + 1;) {
          if (doc.token_text(r) == ";" || (at(r) < 0 && (wc(r) & wc_clause))) break;
          if (at(r) < 0 && (wc(r) & wc_relpron) && !(r > first + 2 && content_word(r - 1) && at(r - 1) < 0)) break;
          if (doc.token_text(r) != ",") continue;
          // (the name may end in an acronym in parentheses: "the NAS Front (NAS), a rebel group,")
          const bool named = at(r - 1) >= 0 || (r >= first + 2 && doc.token_text(r - 1) == ")" && at(r - 2) >= 0);
          if (r + 1 < k && (wc(r + 1) & wc_det) && at(r + 1) < 0 && named) {
            k = r; // the walk goes on left of the apposition
            skipped = true;
          }
          break;
        }
        if (skipped) continue;
      }
      // "Russia, which has ties with X, urged": skip the relative clause to its antecedent
      if (t == ",") {
        for (uint32_t r = k; r-- > limit + 1;) {
          if (doc.token_text(r) == "," || doc.token_text(r) == ";") break;
          // ("ECOWAS, of which Benin remains a member, said": a preposition may stand before the pronoun)
          const uint32_t p = r >= first + 3 && (wc(r - 1) & wc_prep) && !cap(r - 1) ? r - 1 : r;
          if ((wc(r) & wc_relpron) && !cap(r) && p >= first + 2 && doc.token_text(p - 1) == "," && antecedent_before(p - 1) >= 0) {
            int32_t a = antecedent_before(p - 1);
            if (!head_capable(a)) a = mention(a).modifies;
            const int32_t person = a >= 0 ? described_person(a) : -1;
            if (person >= 0) return {person};
            if (a >= 0) return expand_left(a);
          }
          // ("Germany's foreign ministry, which funds X, criticised": a state's body stands for the state)
          const bool relative_after_comma = (wc(r) & wc_relpron) && !cap(r) && doc.token_text(r - 1) == "," && r >= first + 3;
          if (const int32_t owner = relative_after_comma ? state_owning(r - 2) : -1; owner >= 0) return {owner};
          // "the head of the delegation, who met X, criticised": the subject names no actor
          if ((wc(r) & wc_relpron) && !cap(r) && doc.token_text(r - 1) == "," && r >= first + 2 && at(r - 2) < 0 &&
              !dm.title_at[r - 2] && content_word(r - 2))
            return {};
        }
      }
      // "urged the parties to return": a control verb's object that names no actor is the
      // infinitive's subject
      if (infinitive && (wc(k) & wc_control) && at(k) < 0 && !cap(k) && k + 2 < pos && is(pos - 1, "to") && k + 1 < pos - 1) {
        bool object_between = true;  // "urged [the parties] to", not "expected to visit X ... to"
        for (uint32_t t = k + 1; t + 1 < pos; ++t) object_between = object_between && !is(t, "to") && !punct(t);
        if (object_between) return {};
      }
      int32_t mi = at(k);
      if (mi < 0) continue;
      // "the National Salvation Front (NAS)": the acronym's full name heads the phrase
      if (mention(mi).first >= first + 2 && doc.token_text(mention(mi).first - 1) == "(" && mention(mi).last < last &&
          doc.token_text(mention(mi).last) == ")" && at(mention(mi).first - 2) >= 0)
        mi = at(mention(mi).first - 2);
      const Mention& m = mention(mi);
      k = m.first; // continue left of this mention afterwards
      if (m.attributive) return {};  // "French companies criticised": no actor of the graph
      // "X accused Y of lying and demanded", "X struck Y, killing Z": a verb joined by "and" or a
      // phrase after a comma shares the first verb's subject, not its object
      if (conjoined) {
        // (over a determiner, number or adjective: "sanctioned two North Korean bankers")
        // ("has been fighting Fano militias since 2023 and accuses": a participle is the verb too)
        auto verbal = [&](uint32_t t) { return verb_at(t) || (participle(t) && at(t) < 0 && !cap(t)); };
        uint32_t v = m.phrase_first;
        // (past a quotation's closing mark: 'said the bloc "fully supports" the agency and urged')
        for (int words = 0; words < 3 && v > first && !verbal(v - 1) &&
                            (det_at(v - 1) || doc.tokens[v - 1].has(tok_digit) || content_word(v - 1) || quote(v - 1));
             ++words)
          --v;
        // ("visited New Delhi and Beijing last year and signed": past the first verb's coordinated objects)
        for (uint32_t u = v; u > first + 1 && (is(u - 1, "and") || doc.token_text(u - 1) == ",") && at(u - 2) >= 0 &&
                             !mention(at(u - 2)).possessive;) {
          u = mention(at(u - 2)).phrase_first;
          while (u > first && det_at(u - 1) && at(u - 1) < 0) --u;
          if (u > first && verbal(u - 1)) v = u;
        }
        if (v > first && verbal(v - 1)) {
          k = v - 1;
          continue;
        }
        // ("urged X to act before they are delivered, and accused Y": a subject after a
        // subordinator is its own clause's)
        // (not "when X's minister, Y, accused": a verb of its own between)
        bool own_verb = false;
        for (uint32_t t = m.last; t < pos && !own_verb; ++t) own_verb = verbal(t);
        if (own_verb && m.phrase_first > first && (wc(m.phrase_first - 1) & wc_clause) && !cap(m.phrase_first - 1) &&
            !is(m.phrase_first - 1, "but")) {
          k = m.phrase_first - 1;
          continue;
        }
      }
      if (!head_capable(mi)) continue;
      if (m.possessive && !m.standin) continue;
      if (m.type == ActorType::location) continue; // "of Bethesda, Maryland, agreed"
      if (m.phrase_first > first && is(m.phrase_first - 1, "not")) continue;  // "Iran, not Iraq, attacked"
      // (but "his country has been": the pronoun stands for the person's state)
      const bool country = m.kind == MentionKind::pronoun && (wc(m.first) & wc_poss) && m.last < last && (wc(m.last) & (wc_states | wc_regime)) &&
                           !da.group[static_cast<size_t>(mi)].empty();
      // ("said its forces had struck", "its jets had hit": a possessor's forces, or its weapons in an
      // attack, act for it)
      const bool forces = m.kind == MentionKind::pronoun && (wc(m.first) & wc_poss) && m.last < last && !cap(m.last) &&
                          ((wc(m.last) & (wc_body | wc_fighters)) ||
                           ((wc(m.last) & wc_goods) && cue_at(pos, [](const Cue& c) { return c.relation == "attacks"; })));
      if (m.kind == MentionKind::pronoun && (wc(m.first) & (wc_poss | wc_objpron)) && !country && !forces) continue;
      std::vector<int32_t> coord;
      // ("the extradition of people Ankara considers members": a name right before the verb, after
      // a plain noun, opens a relative clause without "that")
      if (m.kind == MentionKind::name && !m.possessive && m.last == pos && m.phrase_first == m.first && m.first > first + 1 &&
          content_word(m.first - 1) && !cap(m.first - 1) && !verb_at(m.first - 1) && !ed_form(m.first - 1) &&
          (wc(m.first - 2) & wc_prep) && !cap(m.first - 2) && verb_at(pos))
        return {mi};
      uint32_t g = governor_of(mi, &coord);
      // "as", "after", "since" also open clauses: "as President Zelensky visited Brussels"
      if (g > first && (wc(g - 1) & wc_prep) && !(wc(g - 1) & wc_clause) && !cap(g - 1)) {
        if (doc.norm[g - 1] == "by" && leader_cue_before(g - 1)) return {mi};
        // "foreign ministers of Brazil and India met", "officials from China met": they act for it
        // ("negotiators for X and Y resumed talks": envoys and negotiators also "for" whom they act)
        // ("judges at the ICC confirmed": officers "at" a body act for it; "fighters of the RSF",
        // "vessels of the China Coast Guard", "a team from the FBI" too)
        const bool peer = g >= first + 2 && (wc(g - 2) & wc_peer) && at(g - 2) < 0;
        const bool officers = g >= first + 2 && (dm.title_at[g - 2] || peer) && at(g - 2) < 0;
        if ((is(g - 1, "of") || is(g - 1, "from") || (peer && is(g - 1, "for")) || (officers && is(g - 1, "at"))) &&
            g >= first + 2 && at(g - 2) < 0 &&
            (dm.title_at[g - 2] || (wc(g - 2) & (wc_body | wc_fighters | wc_delegation)) || peer) && !apposition_before(g - 2)) {
          Group out{mi};
          out.insert(out.end(), coord.begin(), coord.end());
          return out;
        }
        k = g;
        continue;
      }
      // "X will visit Washington next week to discuss": an object is not the infinitive's
      // subject, unless a control verb makes it one ("urged China to use")
      if (infinitive) {
        uint32_t pf = m.phrase_first;
        while (pf > first && (wc(pf - 1) & wc_det) && !cap(pf - 1)) --pf;
        if (pf > first && content_word(pf - 1) && !(wc(pf - 1) & wc_control)) {
          k = pf;
          continue;
        }
      }
      Group out{mi};
      out.insert(out.end(), coord.begin(), coord.end());
      return out;
    }
    return {};
  }

  // ---- The current sentence's dependency tree (document token indices) ----------------------

  int32_t t_head(uint32_t k) const {
    int32_t h = tree->head[k - first];
    return h < 0 ? -1 : static_cast<int32_t>(first) + h;
  }
  std::string_view t_rel(uint32_t k) const { return tree->deprel[k - first]; }
  // "nsubj" matches "nsubj" and "nsubj:pass"; "acl:relcl" only itself.
  bool rel_is(uint32_t k, std::string_view rel) const {
    std::string_view r = t_rel(k);
    return r == rel || (r.size() > rel.size() && r[rel.size()] == ':' && r.substr(0, rel.size()) == rel &&
                        rel.find(':') == std::string_view::npos);
  }
  int32_t t_child(uint32_t k, std::string_view rel) const {
    for (uint32_t c = first; c < last; ++c)
      if (t_head(c) == static_cast<int32_t>(k) && rel_is(c, rel)) return static_cast<int32_t>(c);
    return -1;
  }

  // The actor mention heading the phrase at token s, with the mentions conjoined to it; false
  // when it names no actor (the token rules decide).
  bool tree_group(uint32_t s, Group& out) const {
    int32_t mi = at(s);
    // "the U.N. refugee agency, UNHCR,": a name in apposition is the phrase itself
    for (uint32_t c = first; mi < 0 && c < last; ++c)
      if (t_head(c) == static_cast<int32_t>(s) && at(c) >= 0 && rel_is(c, "appos") && mention(at(c)).kind == MentionKind::name)
        mi = at(c);
    // "Chancellor Olaf Scholz", "Russian officials": a name or demonym inside the phrase
    for (uint32_t c = first; mi < 0 && c < last; ++c)
      if (t_head(c) == static_cast<int32_t>(s) && at(c) >= 0 &&
          (rel_is(c, "flat") || rel_is(c, "compound") || rel_is(c, "amod") || rel_is(c, "appos")))
        mi = at(c);
    // ("Germany's foreign ministry, which funds X, criticised": a state's body stands for the state)
    bool body_owner = false;
    if (mi < 0 && (wc(s) & wc_body) && !cap(s))
      for (uint32_t c = first; c < s && mi < 0; ++c)
        if (t_head(c) == static_cast<int32_t>(s) && rel_is(c, "nmod:poss") && at(c) >= 0 &&
            mention(at(c)).kind == MentionKind::name && typed_as(at(c), ActorType::state)) {
          mi = at(c);
          body_owner = true;
        }
    if (mi >= 0 && !body_owner && !head_capable(mi)) mi = mention(mi).modifies;
    // a location as subject is usually a dateline or an address: the token rules decide
    if (mi < 0 || (mention(mi).possessive && !body_owner) || mention(mi).type == ActorType::location) return false;
    // "NAIROBI, March 3 (Reuters) -": a capital in capitals opening the sentence is its dateline
    // ("RIYADH: ...", "KYIV - ...", "TEHRAN — ...")
    if (mention(mi).first == first && doc.tokens[first].has(tok_upper) && mention(mi).last < last &&
        (doc.token_text(mention(mi).last) == "," || doc.token_text(mention(mi).last) == "(" ||
         closes_dateline(doc.norm[mention(mi).last]) || doc.token_text(mention(mi).last) == "\u2014" ||
         doc.token_text(mention(mi).last) == "\u2013"))
      return false;
    out = {mi};
    // conjuncts of any word of the name ("Vladimir Putin and Xi Jinping": Xi may hang on either),
    // except a contrasted one ("Iran, not Iraq,")
    const Mention& head = mention(mi);
    for (uint32_t c = first; c < last; ++c) {
      // (or of the body the owner stands for: "South Sudan's government and the NAS")
      const bool on_name = t_head(c) >= static_cast<int32_t>(head.first) && t_head(c) < static_cast<int32_t>(head.last);
      if (!(on_name || (body_owner && t_head(c) == static_cast<int32_t>(s))) || !rel_is(c, "conj")) continue;
      // ("President X and Prime Minister Y", "X and his counterpart, Y": the conjunct may be the
      // title opening the name)
      uint32_t n = c;
      while (n + 1 < last && (dm.title_at[n] || (n > c && doc.token_text(n) == ",")) && at(n) < 0) ++n;
      int32_t named = at(n);
      // ("X and the host, Y": the conjunct is a noun whose apposition names it)
      for (uint32_t a = first; named < 0 && a < last; ++a)
        if (t_head(a) == static_cast<int32_t>(c) && rel_is(a, "appos") && at(a) >= 0 && mention(at(a)).kind == MentionKind::name)
          named = at(a);
      // ("The Andean Community, which groups Colombia, Ecuador and Peru, met": not inside a relative clause)
      bool relative = false;
      for (uint32_t t = head.last; named >= 0 && t < mention(named).first; ++t)
        relative = relative || ((wc(t) & wc_relpron) && !cap(t) && at(t) < 0);
      if (named != mi && named >= 0 && !relative && coordinated_name(named)) {
        int32_t cm = named;
        if (cm >= 0 && !head_capable(cm)) cm = mention(cm).modifies;
        if (cm >= 0 && std::find(out.begin(), out.end(), cm) == out.end()) out.push_back(cm);
      }
    }
    return true;
  }

  // A conjunct the tree proposes is taken only after "and", "or", "nor" or a list comma ("Iran, not
  // Iraq," is contrasted; a name after "'s" is no conjunct at all).
  bool coordinated_name(int32_t cm) const {
    uint32_t p = mention(cm).phrase_first;
    // ("and his Venezuelan counterpart, X")
    while (p > first && (wc(p - 1) & wc_det) && !cap(p - 1) && !(wc(p - 1) & wc_conj)) --p;
    if (p <= first) return false;
    return (wc(p - 1) & wc_conj) || doc.token_text(p - 1) == ",";
  }

  // "X, the United Nations special envoy for Yemen," and "X, the leader of the Y alliance,": the
  // person named before an apposition whose title phrase ends with mention `ante`, else -1.
  int32_t described_person(int32_t ante) const {
    uint32_t b = mention(ante).phrase_first;
    if (b > first && is(b - 1, "the")) --b;
    if (b < first + 4 || !(is(b - 1, "of") || is(b - 1, "for") || is(b - 1, "to")) || cap(b - 1)) return -1;
    bool titled = false;
    uint32_t c = b - 1;
    while (c > first && c + 9 > b) {
      const uint32_t t = c - 1;
      if (doc.token_text(t) == ",") break;
      if (dm.title_at[t]) {
        titled = true;
      } else if (at(t) >= 0) {  // "the United Nations special envoy"
        c = mention(at(t)).first;
        continue;
      } else if (!content_word(t) && !(wc(t) & wc_det)) {
        return -1;
      }
      c = t;
    }
    const int32_t x = titled ? apposed_name(c) : -1;
    return x >= 0 && mention(x).kind == MentionKind::name && typed_as(x, ActorType::person) ? x : -1;
  }

  // The subject of the verb at c0 on the tree: its nsubj, or for a relative clause the noun it
  // modifies. Subjects shared across conjoined, adverbial or infinitive clauses are left to the
  // token rules: a greedy parser attaches those clauses wrongly too often ("X hailed China for
  // hosting Y" is China's hosting, not X's).
  // "Mali and Niger, which together with Burkina Faso form X": the relative's antecedent and the
  // partner named right before the verb at c0 are its subject.
  bool together_subject(uint32_t c0, Group& out) const {
    if (c0 < first + 6 || at(c0 - 1) < 0) return false;
    const int32_t partner = at(c0 - 1);
    if (mention(partner).kind != MentionKind::name || mention(partner).last != c0 || mention(partner).possessive) return false;
    uint32_t s = mention(partner).phrase_first;
    while (s > first && det_at(s - 1) && at(s - 1) < 0) --s;
    if (s < first + 5 || !is(s - 1, "with") || !(is(s - 2, "together") || is(s - 2, "along")) || !(wc(s - 3) & wc_relpron) ||
        is(s - 3, "that") || doc.token_text(s - 4) != "," || at(s - 5) < 0 || !head_capable(at(s - 5)))
      return false;
    out = expand_left(at(s - 5));
    if (std::find(out.begin(), out.end(), partner) == out.end()) out.push_back(partner);
    return true;
  }

  bool tree_subject(uint32_t c0, Group& out) const {
    if (!tree->parsed()) return false;
    // "X, attending his second summit since Minsk joined the SCO": a name right after a
    // subordinator and right before the verb is its clause's subject, whatever the tree says
    if (c0 > first + 1 && at(c0 - 1) >= 0) {
      const int32_t a = at(c0 - 1);
      const Mention& am = mention(a);
      if (am.kind == MentionKind::name && !am.possessive && head_capable(a) && am.phrase_first > first &&
          (wc(am.phrase_first - 1) & wc_clause) && !cap(am.phrase_first - 1)) {
        out = {a};
        return true;
      }
    }
    int32_t s = t_child(c0, "nsubj");
    const int32_t h = t_head(c0);
    // "Germany supported Ukraine and criticised Russia": a verb conjoined to an earlier verb of
    // the same clause (no comma between) shares its subject
    // ("Zambia is a copper producer and sells": or to a predicate noun with its copula)
    if (s < 0 && h >= 0 && static_cast<uint32_t>(h) < c0 && rel_is(c0, "conj") &&
        (tree->tag[static_cast<uint32_t>(h) - first].substr(0, 2) == "VB" || t_child(static_cast<uint32_t>(h), "cop") >= 0)) {
      bool comma = false;
      for (uint32_t t = static_cast<uint32_t>(h); t < c0; ++t) comma = comma || doc.token_text(t) == ",";
      int32_t hs = comma ? -1 : t_child(static_cast<uint32_t>(h), "nsubj");
      if (hs >= 0 && !(wc(static_cast<uint32_t>(hs)) & wc_relpron)) return subjects_of(static_cast<uint32_t>(h), hs, out);
    }
    if (s < 0) return t_rel(c0) == "acl:relcl" && h >= 0 ? tree_group(static_cast<uint32_t>(h), out) : false;
    // "X, who met Y": the relative pronoun stands for X
    if ((wc(static_cast<uint32_t>(s)) & wc_relpron) && t_rel(c0) == "acl:relcl" && h >= 0) {
      // ("X and the host, Y, who welcomed": a name in apposition right before takes the clause alone)
      const uint32_t r = static_cast<uint32_t>(s);
      int32_t a = r >= first + 2 && doc.token_text(r - 1) == "," ? at(r - 2) : -1;
      if (a >= 0 && !head_capable(a)) a = mention(a).modifies;
      if (a >= 0 && mention(a).kind == MentionKind::name && apposed(a)) {
        out = {a};
        return true;
      }
      // ("X, the UN special envoy for Yemen, who praised": the person the apposition describes)
      const int32_t person = a >= 0 ? described_person(a) : -1;
      if (person >= 0) {
        out = {person};
        return true;
      }
      s = h;
      return tree_group(static_cast<uint32_t>(s), out);
    }
    return subjects_of(c0, s, out);
  }

  // The group of verb v's subject s, with the verb's further subjects coordinated after it ("The
  // AU and the UN welcomed": a parser may hang the second name on the verb as a subject too).
  bool subjects_of(uint32_t v, int32_t s, Group& out) const {
    if (!tree_group(static_cast<uint32_t>(s), out)) return false;
    for (uint32_t c = static_cast<uint32_t>(s) + 1; c < v; ++c) {
      if (t_head(c) != static_cast<int32_t>(v) || !rel_is(c, "nsubj")) continue;
      Group more;
      if (!tree_group(c, more) || !coordinated_name(more.front())) continue;
      for (int32_t m : more)
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    }
    return true;
  }

  // "Germany, which Poland criticised,": the object of a relative clause's verb is the noun
  // the clause modifies when the relative pronoun is the verb's object.
  Group tree_relative_object(uint32_t c0) const {
    Group out;
    if (!tree || !tree->parsed() || t_rel(c0) != "acl:relcl" || t_head(c0) < 0) return out;
    int32_t o = t_child(c0, "obj");
    if (o < 0 || !(wc(static_cast<uint32_t>(o)) & wc_relpron)) return out;
    tree_group(static_cast<uint32_t>(t_head(c0)), out);
    return out;
  }

  // "Beijing, with which Jakarta maintains close ties", "Turkey, with which Greece is at odds": a
  // relative pronoun after the cue's own preposition stands for the name before the comma.
  Group prep_relative_object(uint32_t c0, const Cue& cue) const {
    for (uint32_t r = c0; r-- > first + 2 && r + 12 > c0;) {
      if (punct(r)) return {};
      if (!(is(r, "which") || is(r, "whom"))) continue;
      if (!(wc(r - 1) & wc_prep) || cap(r - 1) ||
          std::find(cue.preps.begin(), cue.preps.end(), doc.norm[r - 1]) == cue.preps.end() || doc.token_text(r - 2) != ",")
        return {};
      int32_t a = antecedent_before(r - 2);
      if (a >= 0 && !head_capable(a)) a = mention(a).modifies;
      if (a < 0 || mention(a).possessive) return {};
      return expand_left(a);
    }
    return {};
  }

  // "X, which Washington has designated ...", "X, whom the EU accuses of": the antecedent of a
  // relative pronoun before the clause's own subject is the verb's object (no tree needed).
  Group relative_object(uint32_t c0) const {
    uint32_t v = c0;
    // (past an adverb too: "which the Houthis have repeatedly targeted")
    auto adverb = [&](uint32_t t) { return ly_word(t) && content_word(t) && !cap(t) && at(t) < 0; };
    while (v > first && (((wc(v - 1) & (wc_aux | wc_modal | wc_future)) && !cap(v - 1)) || adverb(v - 1))) --v;
    const int32_t s = v > first ? at(v - 1) : -1;
    if (s < 0 || mention(s).kind != MentionKind::name) return {};
    // (", which Ankara, the EU and the US list as": past the clause's coordinated subjects)
    std::vector<int32_t> coordinated;
    governor_of(s, &coordinated);
    uint32_t r = mention(coordinated.empty() ? s : coordinated.back()).phrase_first;
    if (r > first && is(r - 1, "the")) --r;  // ", whom the EU accuses"
    if (r < first + 3 || !(is(r - 1, "which") || is(r - 1, "that") || is(r - 1, "whom"))) return {};
    if (doc.token_text(r - 2) != ",") {
      // ("X, a Kurdish journalist whom Ankara accuses": the name an indefinite apposition describes)
      uint32_t d = r - 1;
      while (d > first && d + 6 > r && (content_word(d - 1) || (at(d - 1) >= 0 && mention(at(d - 1)).kind == MentionKind::demonym)))
        --d;
      if (d == r - 1 || d <= first || !(is(d - 1, "a") || is(d - 1, "an"))) return {};
      const int32_t named = apposed_name(d - 1);
      if (named < 0 || named == s) return {};
      return {named};
    }
    // ("The Viv Ansanm gang coalition, which": past the descriptor after the name)
    uint32_t e = r - 2;
    while (e > first && e + 4 > r && at(e - 1) < 0 && content_word(e - 1)) --e;
    // ("Chad's government, which": the state its government stands for)
    const bool government = e + 1 == r - 2 && (wc(e) & wc_regime);
    if (government && e > first + 1 && doc.tokens[e - 1].has(tok_possessive) && at(e - 1) < 0) --e;
    int32_t ante = e > first ? at(e - 1) : -1;
    if (ante >= 0 && !head_capable(ante)) ante = mention(ante).modifies;
    if (ante < 0 || ante == s || (mention(ante).possessive && !government)) return {};
    // ("X, the leader of the Y alliance, whom": the person the apposition describes)
    const int32_t person = described_person(ante);
    // ("X and Y, which Brussels accuses of": every name of the coordination)
    return person >= 0 ? Group{person} : expand_left(ante);
  }

  // A finite or past verb at t that takes an object: from the tag, else a verb cue or an -ed word.
  bool verb_at(uint32_t t) const {
    if (at(t) >= 0 || cap(t) || (wc(t) & (wc_aux | wc_copula | wc_report))) return false;
    if (tree) {
      const std::string_view tag = tree->tag[t - first];
      // (a tagger may take a verb after a name for part of it: "the US Africa Command struck")
      return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VB" || tag == "VBN" || verb_cue_at(t);
    }
    return verb_cue_at(t) || ed_form(t);
  }

  // A cue word at t that can only be a verb ("met", "signed").

  // The phrase at p is the object of a judgement: a cue of opposing or supporting right before it
  // ("blamed India", "praised Kenya", "sanctions on Iran"), not a destination ("travels to Tbilisi").
  bool judged(uint32_t p) const {
    if (p > first + 1 && (is(p - 1, "on") || is(p - 1, "against"))) --p;
    return cue_ends_at(p, [](const Cue& c) { return c.relation == "opposes" || c.relation == "supports"; });
  }

  // A cue of up to three words ending right before token p with a reading that `pred` accepts.
  template <class Pred>
  bool cue_ends_at(uint32_t p, Pred pred) const {
    if (p <= first) return false;
    thread_local std::vector<uint32_t> v;
    for (uint32_t a = p - 1; a + 3 >= p && a >= first; --a) {
      const uint32_t len = lex.cue_trie().longest(doc.ids, a, p, v);
      if (len > 0 && a + len == p)
        for (uint32_t c : v)
          if (pred(lex.cues()[c])) return true;
      if (a == first) break;
    }
    return false;
  }

  // A noun cue at t whose own prepositions include `prep` ("visit" takes "to").
  bool noun_cue_taking(uint32_t t, std::string_view prep) const {
    return content_word(t) && cue_at(t, [&](const Cue& c) {
             return c.kind == "noun" && std::find(c.preps.begin(), c.preps.end(), prep) != c.preps.end();
           });
  }

  // The longest cue starting at token t has a reading that `pred` accepts.
  template <class Pred>
  bool cue_at(uint32_t t, Pred pred) const {
    thread_local std::vector<uint32_t> v;
    if (lex.cue_trie().longest(doc.ids, t, last, v) == 0) return false;
    for (uint32_t c : v)
      if (pred(lex.cues()[c])) return true;
    return false;
  }

  // A gathering at t: a noun of the meeting cues ("summit", "meeting", "talks").
  bool gathering_at(uint32_t t) const {
    return t < last && !cap(t) && cue_at(t, [](const Cue& c) { return c.kind == "noun" && c.relation == "meets"; });
  }

  // The body whose gathering the phrase from t names: "the alliance's annual summit", "a meeting of
  // the Ukraine Defense Contact Group" (none when it names none).
  Group gathering_owner(uint32_t t) const {
    while (t < last && det_at(t) && at(t) < 0) ++t;
    if (t < last && at(t) >= 0 && mention(at(t)).possessive && mention(at(t)).kind != MentionKind::pronoun) {
      const int32_t owner = at(t);
      uint32_t u = mention(owner).last;
      if (u < last && doc.tokens[u].has(tok_possessive) && at(u) < 0) ++u;
      for (int words = 0; u < last && words < 3 && !gathering_at(u) && content_word(u); ++words) ++u;
      return gathering_at(u) ? Group{owner} : Group{};
    }
    for (int words = 0; t < last && words < 3 && !gathering_at(t) && content_word(t); ++words) ++t;
    if (!gathering_at(t) || t + 2 >= last || !is(t + 1, "of")) return {};
    return find_objects(t + 1, of_cue(), true);
  }

  // The body whose gathering ends right before token c, the participle ("a summit of the Mercosur
  // trade bloc hosted by", "the summit of the Arab League was hosted by").
  int32_t gathering_owner_before(uint32_t c) const {
    while (c > first && at(c - 1) < 0 && (wc(c - 1) & (wc_aux | wc_copula))) --c;
    uint32_t t = c;
    while (t > first && at(t - 1) < 0 && content_word(t - 1) && c - t < 3) --t;
    if (t <= first || at(t - 1) < 0 || mention(at(t - 1)).kind != MentionKind::name) return -1;
    const int32_t owner = at(t - 1);
    uint32_t p = mention(owner).first;
    while (p > first && det_at(p - 1) && at(p - 1) < 0) --p;
    return p >= first + 2 && is(p - 1, "of") && gathering_at(p - 2) ? owner : -1;
  }

  bool verb_cue_at(uint32_t t) const {
    thread_local std::vector<uint32_t> v;
    if (lex.cue_trie().longest(doc.ids, t, last, v) == 0) return false;
    // (an adverb read as a cue, "jointly", is no verb)
    for (uint32_t c : v)
      if (lex.cues()[c].kind != "verb" || lex.cues()[c].has_flag("together")) return false;
    return true;
  }

  // A verb of judging in words at t ("condemned", "accused"): a verb cue flagged rebut, and no noun
  // cue of the same words ("the sanctions").
  bool rebuking_verb_at(uint32_t t) const {
    return cue_at(t, [](const Cue& c) { return c.kind == "verb" && c.has_flag("rebut"); }) &&
           !cue_at(t, [](const Cue& c) { return c.kind == "noun"; });
  }

  // A verb cue of opposing at t ("accused", "condemned").
  bool opposing_verb_at(uint32_t t) const {
    thread_local std::vector<uint32_t> v;
    if (lex.cue_trie().longest(doc.ids, t, last, v) == 0) return false;
    for (uint32_t c : v)
      if (lex.cues()[c].kind == "verb" && lex.cues()[c].relation == "opposes") return true;
    return false;
  }

  // The verb or noun reading of a cue word from its POS tag; -1 when the tag is neither.
  int tree_noun_reading(uint32_t k) const {
    std::string_view t = tree->tag[k - first];
    // ("X, which groups Colombia and Peru": a word after a comma's relative pronoun and before a
    // name is its verb, whatever the tagger says)
    if (t == "NNS" && k >= first + 2 && (wc(k - 1) & wc_relpron) && !is(k - 1, "that") && doc.token_text(k - 2) == "," &&
        k + 1 < last && at(k + 1) >= 0 && mention(at(k + 1)).kind == MentionKind::name && !mention(at(k + 1)).possessive)
      return 0;
    if (t.substr(0, 2) == "NN") return 1;
    // "Scholz's meeting", "the meeting": a gerund after a possessor or determiner is a noun
    if (t == "VBG" && k > first) {
      std::string_view p = tree->tag[k - 1 - first];
      if (p == "POS" || p == "PRP$" || p == "DT") return 1;
    }
    // "killed in fighting between X and Y": a gerund whose parties follow "between" names the event
    if (t == "VBG" && k + 1 < last && is(k + 1, "between")) return 1;
    // "..., but fighting on the ground has continued": a gerund opening a clause whose finite verb
    // follows its phrase is the clause's subject
    if (t == "VBG" && (k == first || tree->tag[k - 1 - first] == "CC" || doc.token_text(k - 1) == ",")) {
      for (uint32_t j = k + 1; j < last && j < k + 8; ++j) {
        const std::string_view tj = tree->tag[j - first];
        if (tj == "MD" || tj == "VBZ" || tj == "VBD" || tj == "VBP") return 1;
        if (!(tj == "IN" || tj == "DT" || tj == "JJ" || tj == "NN" || tj == "NNS") || at(j) >= 0) break;
      }
    }
    if (t.substr(0, 2) == "VB") return 0;
    return -1;
  }

  // "X, director of Y,": the noun phrase ending at p follows a comma after a name, so it describes
  // X (not "On Sunday, vessels of Y fired": a fronted phrase's comma)
  bool apposition_before(uint32_t p) const {
    while (p > first && (dm.title_at[p - 1] || content_word(p - 1) || ((wc(p - 1) & wc_det) && !cap(p - 1)))) --p;
    return p > first + 1 && doc.token_text(p - 1) == "," && (at(p - 2) >= 0 || doc.token_text(p - 2) == ")");
  }

  // A name in apposition after a comma: ", the host, X" or ", X" (its title phrase may open earlier).
  bool apposed(int32_t mi) const {
    const Mention& m = mention(mi);
    for (uint32_t p : {m.phrase_first, m.first}) {
      uint32_t b = p;
      while (b > first && dm.title_at[b - 1]) --b;
      if (b > first + 1 && doc.token_text(b - 1) == "," && at(b - 2) < 0) return true;
    }
    return false;
  }

  Group expand_left(int32_t mi) const {
    std::vector<int32_t> coord;
    governor_of(mi, &coord);
    Group out{mi};
    out.insert(out.end(), coord.begin(), coord.end());
    return out;
  }

  // Objects after token `pos`: [prep] [determiners, adjectives, titles] MENTION [and MENTION]...
  // A token the tagger read as a verb that is not a participle: VB, VBD, VBP, VBZ.
  bool finite_verb(uint32_t k) const {
    const std::string_view t = tree->tag[k - first];
    return t.size() >= 2 && t[0] == 'V' && t[1] == 'B' && (t.size() == 2 || t[2] == 'D' || t[2] == 'P' || t[2] == 'Z');
  }

  // The last part of a hyphenated word ("wing" of "right-wing"), else the word.
  std::string_view last_part(uint32_t k) const {
    const std::string_view w = doc.norm[k];
    const size_t h = w.rfind('-');
    return h == std::string_view::npos ? w : w.substr(h + 1);
  }
  // A word ending in "-ing" ("carrying", "arming", "far-reaching"; not "right-wing"), by its form alone.
  bool ing_form(uint32_t k) const { return relgraph::ing_form(last_part(k)); }
  // A present participle ("condemning"), or a cue verb form, from the tag where there is one.
  bool participle(uint32_t k) const {
    if (tree) {
      const std::string_view t = tree->tag[k - first];
      return t == "VBG" || (t == "VBN" && verb_cue_at(k));
    }
    const std::string_view w = last_part(k);
    return (w.size() > 5 && w.substr(w.size() - 3) == "ing" && !cap(k)) || verb_cue_at(k);
  }

  // A descriptor of an organization starts at t ("state television", "news agency").
  bool org_descriptor_at(uint32_t t) const {
    thread_local std::vector<uint32_t> vals;
    return lex.org_before_trie().longest(doc.ids, t, last, vals) > 0;
  }

  // "$20 million", "€5 billion": a currency sign opens a sum of money (sent or pledged money is
  // support, as aid is)
  bool money(uint32_t k) const {
    const std::string_view t = doc.token_text(k);
    return t == "$" || t == "\u20ac" || t == "\u00a3";
  }

  // A name in apposition ends at e: a comma or full stop, a preposition or conjunction, or the
  // sentence's end follows it, not the clause's verb.
  bool apposition_closed(uint32_t e) const {
    return e >= last || punct(e) || ((wc(e) & (wc_prep | wc_conj)) && !cap(e));
  }

  // The person named in apposition after the comma at token c, past their own title ("the Emir,
  // Sheikh X", "the group's leader, General X,"), or -1.
  int32_t holder_after(uint32_t c) const {
    uint32_t h = c + 1;
    while (h < last && h < c + 4 && dm.title_at[h] && at(h) < 0) ++h;
    if (h >= last || at(h) < 0 || mention(at(h)).kind != MentionKind::name || !typed_as(at(h), ActorType::person) ||
        !apposition_closed(mention(at(h)).last))
      return -1;
    return at(h);
  }

  // The words at k that qualify a number right after them ("about", "more than", "up to", "at
  // least"): their count, or 0.
  uint32_t number_qualifier(uint32_t k) const {
    if (k + 2 < last && !cap(k) && doc.tokens[k + 2].has(tok_digit) &&
        (((wc(k) & wc_approx) && is(k + 1, "than")) || (is(k, "up") && is(k + 1, "to")) ||
         (is(k, "at") && (is(k + 1, "least") || is(k + 1, "most")))))
      return 2;
    return k + 1 < last && (wc(k) & wc_approx) && !cap(k) && doc.tokens[k + 1].has(tok_digit) ? 1 : 0;
  }

  Group find_objects(uint32_t pos, const Cue& cue, bool prep_required, uint32_t* end_out = nullptr) const {
    uint32_t k = pos;
    bool prep_seen = false;
    int words = 0;
    // an adverb may sit between verb and preposition: "met briefly with" (or, for a cue of
    // sending, what is sent: "sent drones to")
    bool goods = false;
    // ("met leaders of X": officials before "of" or "from" are the object's phrase, below)
    // (nor "up to" before a number: "host up to 5,000 troops")
    while (k < last && content_word(k) && words < 1 && k + 1 < last && (wc(k + 1) & wc_prep) &&
           !((dm.title_at[k] || (wc(k) & (wc_body | wc_peer | wc_people | wc_fighters))) && (is(k + 1, "of") || is(k + 1, "from"))) &&
           number_qualifier(k) == 0) {
      goods = goods || (wc(k) & wc_goods);
      ++k;
      ++words;
    }
    // "urged the authorities in Tbilisi", "the government in Kinshasa": a state's body named by its seat
    // ("a backer of the new government in Damascus": after the cue's preposition, past one adjective;
    // "the military government in Myanmar": or one body word)
    {
      uint32_t b = k;
      if (b + 1 < last && (wc(b) & wc_prep) && !cap(b) && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[b]) != cue.preps.end())
        ++b;
      else if (prep_required)
        b = last;
      uint32_t body = b + 1;
      if (b + 4 < last && is(b, "the") && (content_word(b + 1) || det_at(b + 1)) && !cap(b + 1) && at(b + 1) < 0 && (wc(b + 2) & wc_body))
        ++body;
      if (body + 2 < last && is(b, "the") && (wc(body) & wc_body) && !cap(body) && at(body) < 0 && is(body + 1, "in") &&
          at(body + 2) >= 0 && mention(at(body + 2)).kind == MentionKind::name && !mention(at(body + 2)).possessive &&
          typed_as(at(body + 2), ActorType::state)) {
        if (end_out) *end_out = mention(at(body + 2)).last;
        return {at(body + 2)};
      }
    }
    // "condemned what she called China's dangerous actions": past the speaker's framing
    if (k + 2 < last && is(k, "what") && !cap(k))
      for (uint32_t j = k + 2; j < last && j < k + 6; ++j)
        if (is(j, "called") || is(j, "calls") || is(j, "termed") || is(j, "dubbed") || is(j, "described")) {
          k = j + 1;
          if (k < last && is(k, "as")) ++k;
          if (k < last && quote(k)) ++k;
          break;
        }
    // "bought about 1.5 mln tonnes of U.S. corn": an approximate number is the object's phrase
    k += number_qualifier(k);
    // "killed dozens of Pakistani soldiers": a quantity's "of" belongs to the object's phrase
    // ("ambushed a convoy of Kenyan soldiers", "a wave of strikes": a measure's "of" too)
    auto quantity_of = [&](uint32_t t) {
      return t > pos && is(t, "of") &&
             (doc.tokens[t - 1].has(tok_digit) || amount_at(t - 1) || ((wc(t - 1) & wc_measure) && !cap(t - 1)));
    };
    if (k < last && quantity_of(k) && std::find(cue.preps.begin(), cue.preps.end(), "of") == cue.preps.end()) {
      ++k;
    } else if (k < last && (wc(k) & wc_prep) && at(k) < 0) {
      if (std::find(cue.preps.begin(), cue.preps.end(), doc.norm[k]) == cue.preps.end()) {
        // "spoke by phone with X", "travel on Thursday to X": a short phrase of manner or time
        // before the object's preposition
        // ("spoke by telephone on Sunday with X": two such phrases)
        uint32_t j = k + 1;
        for (int phrases = 0; phrases < 2; ++phrases) {
          // ("talks in Paris with X": a place named after "in")
          const bool in_place = is(j - 1, "in") || is(j - 1, "at");
          // (not a gerund opening a clause: "spoke before flying to X")
          while (j < last && j < k + 7 && !(ing_form(j) && (wc(j - 1) & wc_prep)) &&
                 (content_word(j) || ((wc(j) & wc_time) && at(j) < 0) || ((wc(j) & wc_det) && !cap(j) && at(j) < 0) ||
                  (in_place && at(j) >= 0 && mention(at(j)).kind == MentionKind::name &&
                   (typed_as(at(j), ActorType::location) || typed_as(at(j), ActorType::state)) && !mention(at(j)).possessive)))
            j = at(j) >= 0 ? mention(at(j)).last : j + 1;
          if (phrases == 0 && j + 1 < last && j > k + 1 && (wc(j) & wc_prep) && at(j) < 0 && !cap(j) &&
              std::find(cue.preps.begin(), cue.preps.end(), doc.norm[j]) == cue.preps.end())
            ++j;
          else
            break;
        }
        // ("held talks on the sidelines with X": a cue that may take its preposition takes it here too)
        if ((!prep_required && cue.preps.empty()) || j == k + 1 || j >= last ||
            std::find(cue.preps.begin(), cue.preps.end(), doc.norm[j]) == cue.preps.end())
          return {};
        // ("Speaking during a visit to Vietnam": the preposition belongs to a cue noun of the phrase)
        for (uint32_t t = k + 1; t < j; ++t)
          if (noun_cue_taking(t, doc.norm[j])) return {};
        // ("imposed sanctions in coordination with the EU": the phrase and its preposition are a cue of their own)
        {
          thread_local std::vector<uint32_t> v;
          if (lex.cue_trie().longest(doc.ids, k, last, v) == j + 1 - k) return {};
        }
        k = j;
      } else if (k + 2 < last && (wc(k + 1) & wc_time) && at(k + 1) < 0 && (wc(k + 2) & wc_prep) && at(k + 2) < 0 &&
                 !cap(k + 2) && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[k + 2]) != cue.preps.end()) {
        k += 2;  // "imposed sanctions on Monday on X": the first "on" names a day
      }
      prep_seen = true;
      ++k;
    }
    // a cue that needs a preposition may find it after a noun: "recalled its ambassador from X"
    const bool need_prep = prep_required && !prep_seen && !cue.preps.empty();
    // "landing a retired shuttle in X", "returned the money to X": a verb of motion with an object
    // of its own names no journey
    const bool transitive_use = need_prep && cue.has_flag("intransitive") && k < last && (wc(k) & wc_det) && !cap(k);
    Group out;
    if (transitive_use && at(k) < 0) return out;
    if (cue.has_flag("goods") && prep_seen && !goods) return out;  // "sent troops to X", "sent to X"
    words = 0;
    bool list_closed = false;
    while (k < last) {
      int32_t mi = at(k);
      if (mi >= 0 && mention(mi).kind == MentionKind::pronoun) {
        // "her" is possessive before a content word ("her visit") or a demonym or title ("her
        // Rwandan counterpart", "her Foreign Minister"), else an object
        const bool modifier_next = k + 1 < last && ((at(k + 1) >= 0 && mention(at(k + 1)).kind == MentionKind::demonym) ||
                                                    dm.title_at[k + 1]);
        if ((wc(k) & wc_poss) && (!(wc(k) & wc_objpron) || (k + 1 < last && (content_word(k + 1) || modifier_next)))) {
          if (transitive_use) return out;
          ++k;
          continue;
        }
        // "told a press conference he was": a subject pronoun after a noun starts a new clause
        if (words > 0 || (wc(k) & wc_subjpron)) return out;
      }
      // ("hosts more than 800,000 Sudanese refugees": people of a state counted before their noun)
      if (mi >= 0 && mention(mi).kind == MentionKind::demonym && !mention(mi).possessive && mention(mi).first > first &&
          counted(mention(mi).first - 1) && mention(mi).last < last && (wc(mention(mi).last) & wc_apart) && !cap(mention(mi).last))
        return out;
      // ("hosts Sudanese refugees, urged": a group of its own, "French companies", is words of the phrase)
      if (mi >= 0 && mention(mi).attributive && mention(mi).modifies < 0 && !word_hyphen(mention(mi).last) &&
          words < static_cast<int>(opt.object_gap)) {
        k = mention(mi).last;
        ++words;
        continue;
      }
      // "with London-based BP": a name before a hyphenated participle only describes the object
      // ("added London-based drone maker X": past the words that say what the object is)
      if (mi >= 0 && mention(mi).attributive && mention(mi).modifies < 0) {
        uint32_t t = mention(mi).last + 2;
        // (not a proposal's words: "vetoed a U.S.-drafted resolution tightening North Korea sanctions")
        while (t < last && t < mention(mi).last + 5 && at(t) < 0 && content_word(t) && !cap(t) &&
               !(wc(t) & wc_proposal))
          ++t;
        if (t < last && at(t) >= 0) {
          k = t;
          continue;
        }
      }
      // ("a deal with the South American Mercosur bloc": a region's adjective before a name only places it)
      if (mi >= 0 && mention(mi).kind == MentionKind::demonym && typed_as(mi, ActorType::location) && mention(mi).last < last &&
          at(mention(mi).last) >= 0 && mention(at(mention(mi).last)).kind == MentionKind::name) {
        k = mention(mi).last;
        continue;
      }
      // ("sanctioned Shenzhen-based drone maker X": an unknown place is a word; where the object is based)
      if (mi < 0 && k + 2 < last && content_word(k) && word_hyphen(k + 1) && (wc(k + 2) & wc_firm) && !cap(k + 2)) {
        k += 3;
        continue;
      }
      // ("give 500 million Norwegian crowns to X", "sent Ukrainian grain to X": whose goods, not who gets them)
      if (mi >= 0 && cue.has_flag("goods") && mention(mi).kind == MentionKind::demonym && !mention(mi).possessive &&
          mention(mi).last < last && (wc(mention(mi).last) & wc_goods) && !cap(mention(mi).last) &&
          words < static_cast<int>(opt.object_gap)) {
        k = mention(mi).last;
        ++words;
        continue;
      }
      // ("announced 20 million pounds ($25 million) for X": an amount converted in brackets)
      if (mi < 0 && words > 0 && doc.token_text(k) == "(" && k + 2 < last) {
        uint32_t r = k + 1;
        while (r < last && r < k + 7 && at(r) < 0 && doc.token_text(r) != ")" &&
               (doc.tokens[r].has(tok_digit) || punct(r) || (doc.tokens[r].has(tok_alpha) && !cap(r))))
          ++r;
        if (r < last && r > k + 1 && doc.token_text(r) == ")" &&
            std::any_of(doc.tokens.begin() + k + 1, doc.tokens.begin() + r, [](const Token& t) { return t.has(tok_digit); })) {
          k = r + 1;
          continue;
        }
      }
      // "hosts an estimated 3.5 million Afghans", "thousands of Syrians": people counted are no state
      // ("pressured detained Syrians", "displaced Sudanese": people described are no state either)
      if (mi >= 0 && mention(mi).kind == MentionKind::demonym && mention(mi).plural && mention(mi).first > first &&
          (counted(mention(mi).first - 1) ||
           (content_word(mention(mi).first - 1) && !det_at(mention(mi).first - 1) && !dm.title_at[mention(mi).first - 1] &&
            // ("with the visiting Ukrainians": a side known by its article stands for its state)
            !(mention(mi).first >= first + 2 && det_at(mention(mi).first - 2)))))
        return out;
      // "charged a former Greek minister": a former official stands for no state
      if (mi >= 0 && mention(mi).kind == MentionKind::demonym && mention(mi).first > first &&
          is(mention(mi).first - 1, "former")) {
        const int32_t head = head_capable(mi) ? mi : mention(mi).modifies;
        // (but "met a former Ukrainian prosecutor, X," meets X)
        if (head < 0 || head == mi || mention(head).kind != MentionKind::name) return out;
      }
      if (mi >= 0) {
        // ("seized Crimea from Ukraine": a place taken is what the act is about, not its object)
        if (need_prep && !prep_seen && words < static_cast<int>(opt.object_gap) && typed_as(mi, ActorType::location) &&
            !mention(mi).possessive && actors(mi).size() == 1) {
          k = mention(mi).last;
          ++words;
          continue;
        }
        if (need_prep && !prep_seen) return out; // no direct object for "travel", "negotiate"
        // "vetoed a U.N. Security Council resolution": the name only qualifies the proposal
        {
          const Mention& pm = mention(mi);
          if (!pm.possessive && pm.last < last && !cap(pm.last) && (wc(pm.last) & wc_proposal)) {
            // ("praised the Soviet proposal", "rejected the Chinese plan", "condemned the US measures": a
            // state's own proposal is judged with it; a UN resolution is no act against the UN)
            if ((pm.kind == MentionKind::demonym || (pm.kind == MentionKind::name && typed_as(mi, ActorType::state))) &&
                (cue.relation == "supports" || cue.relation == "opposes"))
              out.push_back(mi);
            return out;
          }
        }
        if (!head_capable(mi)) mi = mention(mi).modifies;
        if (mi < 0) return out;
        // "from France's Dassault Aviation": the name possessed is the object
        {
          const uint32_t a = mention(mi).last + 1;
          if (mention(mi).possessive && a < last && at(a) >= 0 && mention(at(a)).kind == MentionKind::name &&
              head_capable(at(a)) && mention(at(a)).type != ActorType::location)
            mi = at(a);
          // ("with Azerbaijan's state energy company Absheron Oil": past the words that say what it is)
          uint32_t t = a;
          while (mention(mi).possessive && t < last && t < a + 5 && at(t) < 0 && !dm.title_at[t] && !cap(t) &&
                 (content_word(t) || word_hyphen(t)) && !(wc(t) & wc_proposal))
            ++t;
          if (t > a && t < last && at(t) >= 0 && mention(at(t)).kind == MentionKind::name && head_capable(at(t)) &&
              typed_as(at(t), ActorType::organization))
            mi = at(t);
        }
        // "thanked Guterres' personal envoy, X,": the officer named in apposition is the object
        // ("met the junta leader, X": a title right after a name that is no possessive)
        if (mention(mi).possessive || (mention(mi).last < last && dm.title_at[mention(mi).last])) {
          const uint32_t t0 = mention(mi).last + (mention(mi).possessive ? 1 : 0);
          uint32_t t = t0;
          while (t < last && t < t0 + 4 && at(t) < 0 && (dm.title_at[t] || content_word(t) || ((wc(t) & (wc_body | wc_det)) && !cap(t)))) ++t;
          const int32_t holder = t > t0 && t < last && dm.title_at[t - 1] && doc.token_text(t) == "," ? holder_after(t) : -1;
          if (holder >= 0)
            mi = holder;
          // ("threatened the country's military rulers, the National Transition Council (NTC), with"):
          // an organization in apposition, closed by a comma
          else if (mention(mi).possessive && t > t0 && t + 2 < last && doc.token_text(t) == ",") {
            const uint32_t o = is(t + 1, "the") ? t + 2 : t + 1;
            if (o < last && at(o) >= 0 && mention(at(o)).kind == MentionKind::name && !mention(at(o)).possessive &&
                typed_as(at(o), ActorType::organization)) {
              uint32_t e = mention(at(o)).last;
              if (e + 2 < last && doc.token_text(e) == "(" && at(e + 1) >= 0 && doc.token_text(e + 2) == ")") e += 3;
              if (e < last && doc.token_text(e) == ",") mi = at(o);
            }
          }
        }
        // "thanked the UN refugee agency, UNHCR,": the branch named in apposition is the object
        if (!mention(mi).possessive) {
          uint32_t t = mention(mi).last;
          bool branch = false;
          for (; t < last && t < mention(mi).last + 3 && at(t) < 0 && content_word(t); ++t) branch = branch || (wc(t) & wc_branch);
          if (branch && t + 1 < last && doc.token_text(t) == "," && at(t + 1) >= 0 &&
              mention(at(t + 1)).kind == MentionKind::name && typed_as(at(t + 1), ActorType::organization))
            mi = at(t + 1);
        }
        // "sanctions on Assad's government": a possessor of an institution is the one meant
        uint32_t after_possessor = mention(mi).last + 1;
        bool institution = mention(mi).possessive && after_possessor < last && (wc(after_possessor) & wc_body);
        // ("a member of Hamas's political bureau": a branch past an adjective)
        for (uint32_t t = after_possessor; mention(mi).possessive && !institution &&
                                           t < last && t < after_possessor + 3 && content_word(t);
             ++t)
          institution = (wc(t) & wc_branch) != 0;
        if (mention(mi).possessive && !mention(mi).standin && !institution && !cue.has_flag("possessor_ok")) return out;
        // "main Hamas sponsor Iran": the phrase's head is its last name
        uint32_t e = mention(mi).last;
        for (int gap = 0; e < last && gap < 2 && content_word(e) && !participle(e) && !(tree && finite_verb(e)); ++gap) {
          ++e;
          // (not a pronoun opening a relative clause: "officials it accused")
          if (e < last && at(e) >= 0 && head_capable(at(e)) && !mention(at(e)).possessive &&
              mention(at(e)).kind != MentionKind::pronoun) {
            mi = at(e);
            break;
          }
        }
        // "thanked the administration of US President Donald Trump": the state the officer's
        // administration governs
        {
          const uint32_t pf = mention(mi).phrase_first;
          const int32_t lead = at(pf);
          if (pf >= first + 2 && pf < mention(mi).first && lead >= 0 && lead != mi && mention(lead).modifies == mi &&
              typed_as(lead, ActorType::state) && is(pf - 1, "of") && (wc(pf - 2) & wc_regime) && !cap(pf - 2))
            mi = lead;
        }
        const Mention& m = mention(mi);
        out.push_back(mi);
        // a head found through a modifier may stand before it ("X, director of Y"): always move on
        k = std::max(m.last + (m.possessive ? 1u : 0u), k + 1);
        // "between the Sri Lankan government and the Tamil Tigers": past the body a demonym stands for
        if (!m.possessive && k == m.last)
          for (int w = 0; w < 2 && k < last && !cap(k) && (wc(k) & wc_body) && content_word(k); ++w) ++k;
        // "the Sudanese Armed Forces (SAF) and ...": an acronym in parentheses is the same object
        if (k + 2 < last && doc.token_text(k) == "(" && at(k + 1) >= 0 && doc.token_text(k + 2) == ")") k += 3;
        // coordination: "with Germany and France", "A, B and C"; after "and C" the list is over
        uint32_t j = k;
        // "X as well as Y" joins like "and"
        const bool as_well_as = j + 2 < last && is(j, "as") && is(j + 1, "well") && is(j + 2, "as");
        if (!list_closed && j < last && (is(j, "and") || is(j, "or") || doc.token_text(j) == "," || as_well_as)) {
          bool comma = doc.token_text(j) == ",";
          bool comma_and = false;
          j += as_well_as ? 3 : 1;
          if (j < last && (is(j, "and") || is(j, "or"))) {
            comma_and = comma;
            comma = false;
            ++j;
          }
          // "with X and with Y": the cue's preposition again
          if (prep_seen && j + 1 < last && at(j) < 0 && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[j]) != cue.preps.end())
            ++j;
          int skip = 0;
          // "met X and addressed the Y", "visited X and met Y": a verb after "and" starts a new clause
          auto verb_like = [&](uint32_t t) {
            if (skip != 0) return false;
            if (tree) return tree->tag[t - first].substr(0, 2) == "VB";
            return ed_form(t) || verb_cue_at(t);
          };
          // "and the Government of Mali", "and the foreign minister of Mali": officials stand for their state
          auto officials_of = [&](uint32_t t) {
            return (wc(t) & wc_body) ||
                   ((is(t, "of") || is(t, "from")) && t > first && (dm.title_at[t - 1] || (wc(t - 1) & (wc_body | wc_peer | wc_fighters))));
          };
          // ("and his foreign minister, X": a possessive pronoun before the title)
          auto possessive_pronoun = [&](uint32_t t) {
            return skip == 0 && at(t) >= 0 && mention(at(t)).kind == MentionKind::pronoun && (wc(t) & wc_poss) &&
                   t + 1 < last && dm.title_at[t + 1];
          };
          while (j < last && skip < 4 && (at(j) < 0 || possessive_pronoun(j)) &&
                 (((wc(j) & wc_det) && !cap(j)) || quote(j) || dm.title_at[j] || officials_of(j) ||
                  possessive_pronoun(j) || (content_word(j) && !verb_like(j)))) {
            ++j;
            ++skip;
          }
          // "and the host, X": a description, then the name in apposition
          const bool described = skip > 0 && j + 1 < last && doc.token_text(j) == "," && at(j + 1) >= 0 && !comma;
          if (described) ++j;
          if (j < last && at(j) >= 0) {
            int32_t nm = at(j);
            if (!head_capable(nm) && mention(nm).modifies >= 0) nm = mention(nm).modifies;
            uint32_t e = mention(nm).last + (mention(nm).possessive ? 1 : 0);
            // "with X, Clark told": a comma item must be followed by more of the list
            bool continues = e < last && (is(e, "and") || is(e, "or") || doc.token_text(e) == ",");
            // ("Turkey, which backs the government, and Russia, which": a new clause's subject with
            // a relative clause of its own)
            // (only for a cue in a relative clause itself: "signed by X, and Y, who arrived" lists both)
            const bool own_clause = comma_and && e + 1 < last && comma_relative(e + 1) && relative_cue(pos);
            // ("criticised Japan, and Russia praised India": after one object, ", and" and a name
            // before a verb start a clause)
            const bool clause_after = comma_and && out.size() < 2 && e < last && !cap(e) &&
                                      (tree ? tree->tag[e - first].substr(0, 2) == "VB" || tree->tag[e - first] == "MD"
                                            : ed_form(e) || verb_cue_at(e) || (wc(e) & (wc_aux | wc_modal | wc_future | wc_report)));
            if ((!comma || continues) && !own_clause && !clause_after) {
              if (!comma) list_closed = true;
              k = j;
              words = 0;
              continue;
            }
          }
        }
        break;
      }
      // "urged all parties, including Rwanda, to": the named members of a plain noun's group
      if (out.empty() && words > 0 && k + 1 < last &&
          (is(k, "including") || (doc.token_text(k) == "," && is(k + 1, "including")))) {
        k += is(k, "including") ? 1 : 2;
        continue;
      }
      // "blacklisted two traders from Omdurman, X and Y": the names in apposition to a plural noun
      if (out.empty() && words > 0 && k + 2 < last && plural_noun(k - 1)) {
        uint32_t j = k;
        // (past the place they are from)
        if ((is(j, "from") || is(j, "in")) && dm.at_token[j + 1] >= 0 && mention(dm.at_token[j + 1]).kind == MentionKind::name &&
            (at(j + 1) < 0 || typed_as(at(j + 1), ActorType::location) || typed_as(at(j + 1), ActorType::state)))
          j = mention(dm.at_token[j + 1]).last;
        if (j + 2 < last && doc.token_text(j) == "," && at(j + 1) >= 0 && mention(at(j + 1)).kind == MentionKind::name &&
            !mention(at(j + 1)).possessive &&
            (typed_as(at(j + 1), ActorType::person) || typed_as(at(j + 1), ActorType::organization))) {
          const uint32_t e = mention(at(j + 1)).last;
          if (e >= last || is(e, "and") || punct(e)) {
            k = j + 1;
            continue;
          }
        }
      }
      // "hosted the junta's foreign minister, Than Htike,": a title phrase, then its holder in apposition
      // ("talks with the Emir, Sheikh X", "met the group's leader, General X,": the holder's own title first)
      // (not a clause's subject: "In a letter to the U.N. Secretary-General, Foreign Minister X said")
      const bool titled_comma = out.empty() && words > 0 && doc.token_text(k) == "," && dm.title_at[k - 1];
      if (const int32_t holder = titled_comma ? holder_after(k) : -1; holder >= 0) {
        k = mention(holder).first;
        continue;
      }
      if (dm.title_at[k]) {
        // "recalled its ambassador from X": a title is a noun the object's preposition may follow
        ++words;
        ++k;
        continue;
      }
      if (quote(k) || ((wc(k) & wc_det) && !cap(k)) || (doc.tokens[k].has(tok_possessive) && words > 0)) {
        ++k;
        continue;
      }
      // "signed a contract worth about $750 million with X": a value after the noun is no word of
      // its own
      if (words > 0 && is(k, "worth") && !cap(k) && k + 1 < last) {
        uint32_t v = k + 1;
        if (!cap(v) && ((wc(v) & wc_approx) || is(v, "about") || is(v, "around") || is(v, "some") || is(v, "over"))) ++v;
        const uint32_t start = v;
        while (v < last && v < start + 4 && at(v) < 0 &&
               ((punct(v) && v + 1 < last && doc.tokens[v + 1].has(tok_digit) && doc.token_text(v) != ",") ||
                doc.tokens[v].has(tok_digit) || amount_at(v)))
          ++v;
        if (v > start && (doc.tokens[v - 1].has(tok_alpha) || doc.tokens[v - 1].has(tok_digit))) {
          k = v;
          continue;
        }
      }
      // "bought 500,000 tonnes of U.S. corn": quantities are words of the phrase
      // "helping the girls enter the U.S.": a finite or bare verb ends the object's phrase
      if (tree && words > 0 && finite_verb(k)) break;
      // "rejected a resolution condemning X": a participle after the noun has its own object
      // ("pledged 15 million pounds to X": a word counted is a noun)
      if (words > 0 && !(wc(k - 1) & wc_det) && !counted(k - 1) && participle(k)) break;
      // ("ordered 12 Rafale fighter jets from X": a capitalised word naming no actor is a word too)
      // ("will invest $5 billion in X": a currency sign before a number is a word of the phrase)
      if (punct(k) && k + 1 < last && doc.tokens[k + 1].has(tok_digit) && doc.token_text(k) != "," && words < static_cast<int>(opt.object_gap)) {
        goods = goods || money(k);
        ++k;
        continue;
      }
      // "signed a trade and investment agreement with X": "and" between the phrase's plain words
      // (not before a verb: "met officials and discussed trade with X")
      // ("launched 87 drones and two ballistic missiles at X": a list of goods, counted)
      const bool counted = cue.has_flag("goods") && k + 2 < last && at(k + 1) < 0 && at(k + 2) < 0 &&
                           (doc.tokens[k + 1].has(tok_digit) || ((wc(k + 1) & wc_det) && !cap(k + 1))) && content_word(k + 2);
      if (words > 0 && out.empty() && (is(k, "and") || is(k, "or")) && k + 1 < last && at(k + 1) < 0 &&
          (content_word(k + 1) || counted) && words < static_cast<int>(opt.object_gap) + (counted ? 2 : 0)) {
        const bool verb =
            (tree && tree->tag[k + 1 - first].substr(0, 2) == "VB") || ed_form(k + 1) || verb_cue_at(k + 1);
        if (!verb) {
          ++k;
          continue;
        }
      }
      // ("sells turbines to customers in China": for a trade, buyers or sellers in a state are the state's)
      if (cue.relation == "trades_with" && prep_seen && out.empty() && mi < 0 && k + 2 < last && content_word(k) &&
          doc.norm[k].size() > 3 && doc.norm[k].back() == 's' && is(k + 1, "in") && at(k + 2) >= 0 &&
          typed_as(at(k + 2), ActorType::state) && words < static_cast<int>(opt.object_gap)) {
        k += 2;
        ++words;
        continue;
      }
      // ("100,000 barrels per day of crude from X": a rate's "per day" is a word of the phrase)
      if (words > 0 && out.empty() && k + 1 < last && is(k, "per") && at(k + 1) < 0 && content_word(k + 1) &&
          words < static_cast<int>(opt.object_gap)) {
        k += 2;
        ++words;
        continue;
      }
      // ("delivered four IRIS-T systems to X": a name of no actor before a plain noun is a word of the phrase)
      if (at(k) < 0 && dm.at_token[k] >= 0 && mention(dm.at_token[k]).kind == MentionKind::name &&
          mention(dm.at_token[k]).first == k && mention(dm.at_token[k]).last < last &&
          content_word(mention(dm.at_token[k]).last) && words < static_cast<int>(opt.object_gap)) {
        k = mention(dm.at_token[k]).last;
        ++words;
        continue;
      }
      if ((content_word(k) || (doc.tokens[k].has(tok_digit) && at(k) < 0) || ((wc(k) & wc_body) && at(k) < 0) ||
           ((words > 0 || need_prep) && cap(k) && at(k) < 0 && doc.tokens[k].has(tok_alpha) && !dm.title_at[k])) &&
          words < static_cast<int>(opt.object_gap)) {
        goods = goods || (wc(k) & wc_goods);
        ++words;
        ++k;
        continue;
      }
      // "discussed the situation in Syria by telephone with X": up to three phrases of place, time or
      // manner between the object's noun and the cue's own preposition
      // ("signed the document in Tashkent with X": so for a light verb's preposition)
      if ((need_prep || (cue.has_flag("light") && !cue.preps.empty())) && !prep_seen && out.empty() && words > 0 &&
          (wc(k) & wc_prep) && at(k) < 0 && !cap(k) &&
          std::find(cue.preps.begin(), cue.preps.end(), doc.norm[k]) == cue.preps.end()) {
        uint32_t j = k;
        // ("a team of doctors to X": an "of" phrase is the noun's own, read below)
        for (int phrases = 0; phrases < 3 && j < last && (wc(j) & wc_prep) && at(j) < 0 && !cap(j) && !is(j, "of") &&
                              std::find(cue.preps.begin(), cue.preps.end(), doc.norm[j]) == cue.preps.end();
             ++phrases) {
          uint32_t t = j + 1;
          // ("$1.5 billion in loans and grants to X": plain words joined by "and")
          while (t < last && t < j + 5 &&
                 (content_word(t) || ((wc(t) & wc_time) && at(t) < 0) || ((wc(t) & wc_det) && !cap(t) && at(t) < 0) ||
                  ((is(t, "and") || is(t, "or")) && t > j + 1 && content_word(t - 1) && t + 1 < last && content_word(t + 1)) ||
                  (at(t) >= 0 && mention(at(t)).kind == MentionKind::name && !mention(at(t)).possessive &&
                   (typed_as(at(t), ActorType::location) || typed_as(at(t), ActorType::state)))))
            t = at(t) >= 0 ? mention(at(t)).last : t + 1;
          if (t == j + 1) break;
          j = t;
        }
        if (j > k && j + 1 < last && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[j]) != cue.preps.end()) {
          k = j;
          continue;
        }
      }
      // "signed an agreement with X": the object's preposition after the cue's noun; "sold 200,000
      // tonnes of sugar to X": after a quantity's "of"
      if ((!prep_seen || (k >= 2 && is(k - 2, "of"))) && out.empty() && words > 0 && (wc(k) & wc_prep) &&
          std::find(cue.preps.begin(), cue.preps.end(), doc.norm[k]) != cue.preps.end()) {
        // "sent more air defence systems to X" (support), not "sent troops to X"
        if (cue.has_flag("goods") && !goods) return out;
        // ("signed a supply contract last year with X": after a light verb, the head noun of another
        // relation that takes the preposition says what was done)
        if (cue.has_flag("light")) {
          uint32_t head_end = k;
          while (head_end > pos + 1 && (wc(head_end - 1) & (wc_time | wc_det)) && !cap(head_end - 1)) --head_end;
          thread_local std::vector<uint32_t> v;
          for (uint32_t t = pos; t < head_end; ++t) {
            if (!content_word(t) || t + lex.cue_trie().longest(doc.ids, t, head_end, v) != head_end) continue;
            for (uint32_t c : v) {
              const Cue& other = lex.cues()[c];
              if (other.kind == "noun" && other.relation != cue.relation &&
                  std::find(other.preps.begin(), other.preps.end(), doc.norm[k]) != other.preps.end())
                return out;
            }
          }
        }
        prep_seen = true;
        ++k;
        continue;
      }
      if (out.empty() && words > 0 && quantity_of(k)) {
        ++k;
        continue;
      }
      // ("attacked control systems at X": an attack on a body's things there is on the body)
      if (out.empty() && words > 0 && !prep_seen && is(k, "at") && cue.relation == "attacks" && k + 1 < last &&
          cue.kind == "verb" && at(k + 1) >= 0 && typed_as(at(k + 1), ActorType::organization) && !need_prep) {
        ++k;
        continue;
      }
      // ("signed a memorandum with the breakaway region of Somaliland": a place noun's "of" names it)
      if (out.empty() && words > 0 && prep_seen && is(k, "of") && (wc(k - 1) & wc_place) && !cap(k - 1) && at(k - 1) < 0 &&
          k + 1 < last && at(k + 1) >= 0 && mention(at(k + 1)).kind == MentionKind::name) {
        ++k;
        continue;
      }
      // "sent a team of doctors to X", "shipped a consignment of vaccines to X": what is sent
      if (out.empty() && words > 0 && !prep_seen && is(k, "of") && cue.has_flag("goods")) {
        ++k;
        continue;
      }
      // "met their counterparts from Japan": officials of a state stand for it
      if (out.empty() && words > 0 && k > first && (is(k, "from") || is(k, "of")) &&
          (dm.title_at[k - 1] || (wc(k - 1) & (wc_body | wc_peer | wc_fighters))) &&
          !need_prep) {
        ++k;
        continue;
      }
      break;
    }
    if (end_out) *end_out = k;
    return out;
  }

  // The agent after "by" ("was attacked by Y", "a visit by X to Y"): a cue whose only object
  // preposition is "by".
  static const Cue& by_cue() {
    static const Cue by{"", "", "", {"by"}, "", ""};
    return by;
  }
  static const Cue& of_cue() {
    static const Cue of{"", "", "", {"of"}, "", ""};
    return of;
  }
  // The names after a position, whatever preposition (or none) stands before them.
  static const Cue& any_cue() {
    static const Cue any{"", "", "", {}, "", ""};
    return any;
  }

  // The cue of affiliations found from titles and phrases rather than from the cue table.
  static const Cue& affiliation_cue() {
    static const Cue aff{"affiliated_with", "", "pattern", {}, "", "title"};
    return aff;
  }

  // "between A and B": the mentions of the group after `between` at token k.
  Group between_group(uint32_t pos) const {
    for (uint32_t k = pos; k < last && k < pos + opt.between_window; ++k) {
      // (nor past a comma: "Turkey, which has close ties to Hamas, offered talks between A and B")
      if (doc.token_text(k) == ";" || doc.token_text(k) == "," || (wc(k) & wc_relpron)) break;
      if (is(k, "between")) {
        Group g = find_objects(k + 1, any_cue(), false);
        // "between the two countries": one plural description
        return g;
      }
    }
    return {};
  }

  struct Qualifiers {
    bool negated = false;
    Tense tense = Tense::past;
    std::string modality;
    bool denied_claim = false;  // negated as a claim denied ("denied that X recognised Y"), not as a refusal
  };
  // An apposition states a standing fact: the clause's denial or modality is not its own
  // ("rejected suggestions that it was aimed at China, Indonesia's largest trading partner")
  static Qualifiers background(const Qualifiers& q) { return Qualifiers{false, q.tense, std::string()}; }

  // A meeting's host named in the sentence, applied to the parties once the sentence is read.
  struct Hosted {
    Group agents;
    const Cue* cue;
    uint32_t c0, c1;
    Qualifiers q;
  };
  std::vector<Hosted> m_hosted;

  // "cut its car exports to the United States by 10 pct": an amount after the cue makes the stop
  // word a reduction, not an end
  bool reduced_by(uint32_t cue) const {
    for (uint32_t k = cue; k + 1 < last && k < cue + 10 && !(punct(k) && doc.token_text(k) != "%"); ++k)
      if (is(k, "by") && doc.tokens[k + 1].has(tok_digit)) return true;
    return false;
  }

  // own_clause: the clause opens at `from` (", telling Y"): nothing before it qualifies the cue.
  Qualifiers qualifiers(uint32_t from, uint32_t cue, bool own_clause = false) const {
    Qualifiers q;
    uint32_t a = cue > from + opt.qualifier_window ? cue - opt.qualifier_window : from;
    if (a < first) a = first;
    // '... "has no right to interfere" and accused it': a clause joined after a quotation or a
    // comma, or by "but", has qualifiers of its own
    // ("would not derail the deal and accused Baku": a past form cannot share an auxiliary that
    // takes a bare verb, so it opens a clause of its own; "had not attacked X and bombed Y" shares)
    auto own_verb_after = [&](uint32_t k) {
      if (!ed_form(cue)) return false;
      for (uint32_t j = k; j-- > a;) {
        const uint64_t c = wc(j);
        if (cap(j) || !(c & (wc_aux | wc_modal | wc_future))) continue;
        return (c & (wc_modal | wc_future)) || !(c & (wc_light | wc_copula));
      }
      return false;
    };
    for (uint32_t k = cue; k-- > a + 1;)
      if (is(k, "but") || (is(k, "and") && (quote(k - 1) || doc.token_text(k - 1) == "," || own_verb_after(k)))) {
        a = k + 1;
        break;
      }
    // ("refused to allow British officials to visit him": what the refused permission was for, its
    // object the infinitive's subject)
    if (cue >= first + 5 && is(cue - 1, "to"))
      for (uint32_t k = cue - 2; k > first + 1 && k + 10 > cue && !punct(k); --k)
        if ((wc(k) & wc_control) && !cap(k) && at(k) < 0) {
          if (is(k - 1, "to") && (wc(k - 2) & wc_refuse) && !cap(k - 2)) q.negated = true;
          break;
        }
    // ("after a decade of failed efforts to reach an agreement with X", "rejected offers to
    // mediate": what failed or refused acts sought)
    for (uint32_t k = cue; k-- > first + 2 && k + 10 > cue && !punct(k);)
      if (is(k, "to") && (wc(k - 1) & wc_act) && !cap(k - 1) && (wc(k - 2) & wc_refuse) && !cap(k - 2)) {
        q.negated = true;
        break;
      }
    bool ruled_out = false;
    // "X, whose government backed the ban, accused Y": a relative clause closed right before the
    // cue qualifies its own verb
    if (cue >= first + 3 && doc.token_text(cue - 1) == ",")
      for (uint32_t k = cue - 2; k-- > first;) {
        if (doc.token_text(k) != ",") continue;
        if (wc(k + 1) & wc_relpron) a = cue;
        break;
      }
    // "sent no delegation to Geneva": "no" right after a verb cue denies it
    if (cue + 2 < last && is(cue + 1, "no") && !is(cue + 2, "longer") && !is(cue + 2, "less") && !is(cue + 2, "more") &&
        !cap(cue) && cue_at(cue, [](const Cue& c) { return c.kind == "verb"; }))
      q.negated = true;
    for (uint32_t k = a; k < cue; ++k) {
      uint64_t c = wc(k);
      if ((c & wc_rule) && k + 1 < cue && is(k + 1, "out")) ruled_out = true;
      // "Iran, not Iraq, attacked": a negation before a name sets that name aside, not the verb
      if ((c & wc_neg) && !(k + 1 < cue && at(k + 1) >= 0 && mention(at(k + 1)).kind != MentionKind::pronoun))
        q.negated = true;
      // "refused to back", "denied attacking"
      if ((c & wc_refuse) && k + 1 <= cue && (k + 1 == cue || is(k + 1, "to"))) q.negated = true;
      // ("denied arming or funding the group", "refused to condemn or criticise X": a second verb joined to the first)
      if ((c & wc_refuse) && k + 3 <= cue) {
        const uint32_t j = is(k + 1, "to") ? k + 2 : k + 1;
        if (j + 2 == cue && (is(j + 1, "or") || is(j + 1, "and")) && at(j) < 0 && content_word(j) && !cap(j) &&
            (is(k + 1, "to") || ing_form(j)))
          q.negated = true;
      }
      // ("lifted its ban on imports of": a stop undone)
      const bool undone = (k > first && (wc(k - 1) & wc_undo)) || (k > first + 1 && (wc(k - 2) & wc_undo) && (wc(k - 1) & (wc_det | wc_poss)));
      // ("withdrew and endorsed X": a stop word right before "and" is a verb of its own)
      const bool own_verb = k + 1 < cue && (is(k + 1, "and") || is(k + 1, "but") || doc.token_text(k + 1) == ",");
      if ((c & wc_stop) && k + 3 >= cue && !reduced_by(cue) && !undone && !own_verb) q.negated = true; // "suspend gas exports to"
      if (c & wc_future) q.tense = Tense::future;
      // "plans to visit", "ready for talks", "called for talks": not (yet) a fact
      // ("is considering imposing sanctions", "is weighing sanctions": a plan word before a gerund,
      // or a plan in progress right before the cue)
      const bool gerund = (k + 1 < cue && ing_form(k + 1)) || (k + 1 == cue && ing_form(k));
      if ((c & wc_plan) && k + 1 < last && (is(k + 1, "to") || is(k + 1, "for") || gerund)) {
        q.tense = Tense::future;
        const std::string& w = doc.norm[k];
        q.modality = w == "expected" ? "expected" : (w == "scheduled" || w == "due" || w == "set") ? "" : "planned";
      }
      if (c & wc_modal) {
        const std::string& w = doc.norm[k];
        if (w == "may" || w == "might" || w == "could" || w == "can") q.modality = "possible";
      }
    }
    // "ruled out attacking" denies it; "did not rule out attacking" leaves it possible
    if (ruled_out) {
      if (q.modality.empty() && q.negated) q.modality = "possible";
      q.negated = !q.negated;
    }
    // "rejected claims that it had attacked", "denied that", "denied a report by X that it had
    // shipped", "denied reports it had supplied": a denied report is no fact
    auto closed_quote = [&](uint32_t k) {
      return quote(k) && k > first && !doc.tokens[k].has(tok_space_before) &&
             (doc.token_text(k - 1) == "," || doc.token_text(k - 1) == "." || doc.token_text(k - 1) == "?" ||
              doc.token_text(k - 1) == "!");
    };
    for (uint32_t k = cue; k-- > first && k + 14 > cue;) {
      if (doc.token_text(k) == ";" || (own_clause && k < from) || closed_quote(k)) break;
      // (", and accused X": a verb joined after the denied clause is a fact of its own)
      if (is(k, "but") || (is(k, "and") && k > first && doc.token_text(k - 1) == ",")) break;
      // ("denied that its fighters had attacked any hospital and accused X", "denied that the TTP
      // operated from Afghanistan and accused X": a verb of opposing right after "and" is the
      // denier's counter-accusation, whatever the denied clause's tense; "had attacked Kyiv and
      // bombed X" stays denied)
      if (is(k, "and") && k + 1 == cue && (!tree || finite_verb(cue)) && opposing_verb_at(cue)) break;
      // ("dismissed the criticism and accused X": a claim noun that is only an object opens no clause)
      const bool claim_noun = (wc(k) & (wc_claim | wc_report)) && !cap(k) && at(k) < 0 && !(wc(k + 1) & wc_prep) &&
                              !is(k + 1, "and");
      if (!is(k, "that") && !(claim_noun && k + 1 < cue && !is(k + 1, "that"))) continue;
      bool claimed = false;  // a claim noun between the denial and "that" ("a report by X")
      for (uint32_t r = k; r-- > first && r + 9 >= k;) {
        if ((wc(r) & wc_refuse) && (r + 3 >= k || claimed)) q.negated = q.denied_claim = true;
        claimed = claimed || ((wc(r) & wc_claim) && !cap(r));
        if (q.negated || doc.token_text(r) == "," || (wc(r) & wc_clause)) break;
      }
      break;
    }
    return q;
  }

  std::vector<int32_t> actors(int32_t mi) const { return da.actors_of(static_cast<size_t>(mi)); }
  // The actors of every mention of a group, in order.
  std::vector<int32_t> actors(const Group& g) const {
    std::vector<int32_t> out;
    for (int32_t mi : g)
      for (int32_t a : actors(mi)) out.push_back(a);
    return out;
  }

  void emit(const Group& subjects, const Group& objects, const Cue& cue, uint32_t c0, uint32_t c1,
            const Qualifiers& q, const std::string& role = {}) {
    // "the two men ... bar them from entering": a group acting on itself states nothing between its members
    if (!symmetric(cue)) {
      std::vector<int32_t> sa, oa;
      for (int32_t s : subjects)
        for (int32_t a : actors(s)) sa.push_back(a);
      for (int32_t o : objects)
        for (int32_t a : actors(o)) oa.push_back(a);
      std::sort(sa.begin(), sa.end());
      std::sort(oa.begin(), oa.end());
      sa.erase(std::unique(sa.begin(), sa.end()), sa.end());
      oa.erase(std::unique(oa.begin(), oa.end()), oa.end());
      if (sa.size() >= 2 && sa == oa) return;
    }
    for (int32_t s : subjects) {
      const std::vector<int32_t> sas = government_of(s);
      for (int32_t o : objects)
        for (int32_t sa : sas)
          for (int32_t oa : actors(o)) {
            emit_actors(sa, oa, cue, c0, c1, q, role);
            // (a rivalry is mutual: "Pakistan, India's arch-rival" opposes India and India it)
            if (cue.has_flag("both_ways")) emit_actors(oa, sa, cue, c0, c1, q, role);
          }
    }
  }

  // The actors subject mention s stands for: "Tshisekedi's government" is the state the person
  // holds office in (a state is its government), when the text has tied them to one; else, like
  // "Burhan's office" and everything else, the mention's own actors.
  std::vector<int32_t> government_of(int32_t s) const {
    const Mention& m = mention(s);
    if (m.kind != MentionKind::name || !m.possessive || !m.standin || m.last + 1 >= last ||
        !(is(m.last + 1, "government") || is(m.last + 1, "administration") || is(m.last + 1, "regime")) ||
        !typed_as(s, ActorType::person))
      return actors(s);
    std::vector<int32_t> states = with_affiliations({s}, true);
    const std::vector<int32_t> own = actors(s);
    states.erase(std::remove_if(states.begin(), states.end(),
                                [&](int32_t a) { return std::find(own.begin(), own.end(), a) != own.end(); }),
                 states.end());
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    return states.size() == 1 ? states : own;  // (untied: the person, whose government it is)
  }

  // A word in -ly at t ("formally", "repeatedly"): an adverb.
  bool ly_word(uint32_t t) const {
    const std::string& w = doc.norm[t];
    return w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0;
  }

  // The verb at c0 is a passive participle, past adverbs: "have not been formally recognised".
  bool passive_at(uint32_t c0) const {
    uint32_t v = c0;
    while (v > first + 1 && ly_word(v - 1)) --v;
    return v > first && (is(v - 1, "been") || is(v - 1, "be") || is(v - 1, "being") || ((wc(v - 1) & wc_copula) && ed_form(c0)));
  }

  // The cue at c0 is in a clause of things to come after a warning: "warned (on Saturday) that ... would|will".
  bool warned_before(uint32_t c0) const {
    bool to_come = false;
    for (uint32_t t = c0; t-- > first && t + 14 > c0;) {
      if (doc.token_text(t) == ";" || doc.token_text(t) == ",") return false;
      to_come = to_come || (wc(t) & (wc_future | wc_modal)) != 0;
      if (!is(t, "that")) continue;
      if (!to_come) return false;
      uint32_t v = t;
      for (int n = 0; v > first && n < 4 && (time_phrase_word(v - 1) || ((wc(v - 1) & wc_prep) && !cap(v - 1))); ++n) --v;
      return v > first && cue_at(v - 1, [](const Cue& c) { return c.relation == "threatens" && c.kind == "verb"; });
    }
    return false;
  }

  void emit_actors(int32_t sa, int32_t oa, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q,
                   const std::string& role) {
    if (sa == oa) return;
    // "would not recognise Ticona", "will not recognise the result": a recognition refused, now or
    // to come, is a stand taken against its object (the refusal itself stays a negated fact too);
    // a standing state in the passive is not ("the Taliban have not been recognised by X")
    if (q.negated && cue.has_flag("denial_opposes") && !passive_at(c0) && !q.denied_claim) {
      static const Cue refused{"opposes", "12", "pattern", {}, "", ""};
      Qualifiers stated = q;
      stated.negated = false;
      emit_actors(sa, oa, refused, c0, c1, stated, role);
    }
    // "Israel warned that it would strike X", "has warned that it will escalate its strikes on X":
    // an attack announced in a warning is a threat as well
    if (cue.relation == "attacks" && !q.negated && warned_before(c0)) {
      static const Cue warning{"threatens", "13", "pattern", {}, "", ""};
      emit_actors(sa, oa, warning, c0, c1, q, role);
    }
    // "Putin spent the weekend in Moscow": no one visits the state they hold an office of
    if (cue.relation == "visits" && da.actors[static_cast<size_t>(sa)].type == ActorType::person) {
      const std::string& state = da.actors[static_cast<size_t>(oa)].id;
      for (const Role& r : da.actors[static_cast<size_t>(sa)].roles)
        if (r.of == state) return;
    }
    if (role.empty() && (question || conditional(c0))) return; // "Will X attack Y?", "if X attacks Y"
    // initiatives, treaties and events are not actors: "support for the Belt and Road Initiative"
    if (da.actors[static_cast<size_t>(sa)].type == ActorType::other ||
        da.actors[static_cast<size_t>(oa)].type == ActorType::other)
      return;
    // "mediate between Qatar and its Gulf neighbours": a place acts on no one, and only a visit or
    // an attack is done to one
    if (da.actors[static_cast<size_t>(sa)].type == ActorType::location ||
        (da.actors[static_cast<size_t>(oa)].type == ActorType::location && cue.relation != "visits" &&
         cue.relation != "attacks"))
      return;
    // "Funes led National Party candidate X by two points": leading a person is no membership
    if (cue.relation == "affiliated_with" && cue.kind == "verb" && da.actors[static_cast<size_t>(sa)].type == ActorType::person &&
        da.actors[static_cast<size_t>(oa)].type == ActorType::person)
      return;
    // "Petro has clashed with Trump": two people clash in words
    if (cue.has_flag("verbal") && da.actors[static_cast<size_t>(sa)].type == ActorType::person &&
        da.actors[static_cast<size_t>(oa)].type == ActorType::person) {
      static const Cue words{"opposes", "11", "pattern", {}, "", ""};
      emit_actors(sa, oa, words, c0, c1, q, role);
      return;
    }
    // "Xi will receive Adhikari": two people a host brings together meet as well
    if (cue.has_flag("in_person") && da.actors[static_cast<size_t>(sa)].type == ActorType::person &&
        da.actors[static_cast<size_t>(oa)].type == ActorType::person) {
      static const Cue talks{"meets", "04", "pattern", {}, "", ""};
      emit_actors(sa, oa, talks, c0, c1, q, role);
    }
    // "the two leaders discussed trade": trade is between economies, not between two people
    if (cue.relation == "trades_with" && da.actors[static_cast<size_t>(sa)].type == ActorType::person &&
        da.actors[static_cast<size_t>(oa)].type == ActorType::person)
      return;
    // "Ghana joined ECOWAS", not "Ghana joined Nigeria in condemning ...": the cue wants an organization
    if (cue.has_flag("org_obj") && da.actors[static_cast<size_t>(oa)].type != ActorType::organization) return;
    // "a candidate to join the EU", "will join": only a step taken is a fact
    if (cue.has_flag("done") && (q.tense == Tense::future || !q.modality.empty() || (c0 > first && is(c0 - 1, "to"))))
      return;
    // an organization or a state belongs to no person ("the party led candidate X")
    // "expelled from the party": only a state or organization suspended from a body is opposed by it
    if (cue.has_flag("no_person") && (da.actors[static_cast<size_t>(sa)].type == ActorType::person ||
                                      da.actors[static_cast<size_t>(oa)].type == ActorType::person))
      return;
    if (cue.relation == "affiliated_with" && da.actors[static_cast<size_t>(oa)].type == ActorType::person &&
        da.actors[static_cast<size_t>(sa)].type != ActorType::person)
      return;
    const Sentence& st = doc.sentences[sent];
    // one fact per (actors, relation, negation, sentence, cue): a repeated statement in one
    // sentence is one piece of evidence, and the sentence text is copied once
    std::string_view cue_text = doc.span_text(doc.tokens[c0].start, doc.tokens[c1 - 1].end);
    std::string key;
    key.reserve(64);
    key.append(std::to_string(sa)).append(1, ' ').append(std::to_string(oa)).append(1, ' ').append(cue.relation);
    key.append(q.negated ? "!" : " ").append(std::to_string(sent)).append(1, ' ').append(cue_text);
    if (!m_seen.insert(std::move(key)).second) return;
    Fact f;
    f.source = da.actors[static_cast<size_t>(sa)].id;
    f.target = da.actors[static_cast<size_t>(oa)].id;
    f.relation = cue.relation;
    f.cameo = cue.cameo;
    f.negated = q.negated;
    f.tense = q.tense;
    f.role = role;
    f.evidence.doc = doc.info.id;
    f.evidence.sentence = sent;
    f.evidence.start = st.start;
    f.evidence.end = st.end;
    f.evidence.text = std::string(doc.span_text(st.start, st.end));
    f.evidence.cue = std::string(doc.span_text(doc.tokens[c0].start, doc.tokens[c1 - 1].end));
    f.evidence.tense = q.tense;
    f.evidence.modality = q.modality;
    facts.push_back(std::move(f));
    m_cue_token.push_back(c0);
    m_rebuttal.push_back(0);
    // "Russia's Defense Ministry accused X": what a state's body does, its state does
    if (cue.relation != "affiliated_with")
      for (const auto& [body, state] : m_body_state)
        if (body == sa && state != oa) emit_actors(state, oa, cue, c0, c1, q, role);
  }

  // "by phone", "in a video call", "over the telephone" from token t on, after at most `skip`
  // words of the cue's own object ("discussed the war in Ukraine by phone").
  bool phone_after(uint32_t t, uint32_t skip) const {
    for (uint32_t s = 0; s <= skip && t < last && !punct(t); ++s, ++t) {
      if (!is(t, "by") && !is(t, "in") && !is(t, "over") && !is(t, "via")) continue;
      for (uint32_t k = t + 1; k < last && k < t + 4 && at(k) < 0 && !punct(k); ++k)
        if ((wc(k) & wc_contact) && !cap(k)) return true;
    }
    return false;
  }

  // Every pair of the group's actors, once (or both ways: `mutual`, for a directed relation).
  void emit_pairs(const Group& g, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q, bool mutual = false) {
    std::vector<int32_t> flat;
    for (int32_t m : g)
      for (int32_t a : actors(m))
        if (std::find(flat.begin(), flat.end(), a) == flat.end()) flat.push_back(a);
    for (size_t i = 0; i < flat.size(); ++i)
      for (size_t j = i + 1; j < flat.size(); ++j) {
        emit_actors(flat[i], flat[j], cue, c0, c1, q, std::string());
        if (mutual && !symmetric(cue)) emit_actors(flat[j], flat[i], cue, c0, c1, q, std::string());
      }
  }

  bool symmetric(const Cue& c) const { return is_symmetric(c.relation); }

  size_t actor_count(const Group& g) const {
    size_t n = 0;
    for (int32_t m : g) n += actors(m).size();
    return n;
  }

  // A determiner, also when it starts the sentence ("A visit by ...").
  bool det_at(uint32_t p) const {
    if (!(wc(p) & wc_det)) return false;
    return !cap(p) || p == first || quote(p - 1);
  }

  // Possessor of a noun at c0: "Moscow's invasion", "its invasion", "their cooperation".
  int32_t possessor(uint32_t c0) const {
    uint32_t k = c0;
    int skipped = 0;
    while (k > first && skipped < 3) {
      uint32_t p = k - 1;
      if (doc.tokens[p].has(tok_possessive) && p > first && at(p - 1) >= 0) return at(p - 1);
      // "their countries' cooperation": the owner stands before the possessive noun
      if (doc.tokens[p].has(tok_possessive) && p > first + 1 && content_word(p - 1) && at(p - 2) >= 0 &&
          mention(at(p - 2)).kind == MentionKind::pronoun)
        return at(p - 2);
      int32_t mi = at(p);
      if (mi >= 0 && mention(mi).kind == MentionKind::pronoun) {
        if (wc(p) & wc_poss) return mi;
        return no_mention;
      }
      // ("Iran's chief regional adversary": a one-word title before more words of the noun is an adjective)
      const bool adjective_title = mi >= 0 && mention(mi).kind == MentionKind::description && mention(mi).first == p &&
                                   mention(mi).last == p + 1 && !cap(p) && p + 1 < c0;
      if (quote(p) || content_word(p) || (wc(p) & wc_det) || adjective_title) {
        if ((wc(p) & wc_det) && (wc(p) & wc_poss)) continue; // handled as pronoun mention
        --k;
        ++skipped;
        continue;
      }
      break;
    }
    return no_mention;
  }

  // "Before visiting Israel, Mr Blair ...": a fronted clause takes the main clause's subject.
  // The comma closing a phrase that opens the sentence with its cue, its objects trimmed to those
  // before it; `last` when no comma closes it. The phrase ends at its first comma ("In a letter to X,
  // Sudan's ambassador, Y, accused"), unless its object list is joined by "and" and closed by a comma
  // of its own ("After meetings with A, B and C, Clark told").
  uint32_t fronted_phrase_end(Group& obj, uint32_t c1, uint32_t obj_end) const {
    uint32_t comma = c1;
    while (comma < last && doc.token_text(comma) != ",") ++comma;
    bool joined = false;
    for (uint32_t t = c1; t < obj_end && t < last; ++t) joined = joined || is(t, "and") || is(t, "or");
    if (joined && obj_end < last && doc.token_text(obj_end) == ",") comma = obj_end;
    if (comma >= last || doc.token_text(comma) != ",") return last;
    // ("After talks with his Turkmen counterpart, X, Y said": the name in apposition to the title is
    // the object, the comma after it closes the phrase)
    const bool apposed = comma > c1 && dm.title_at[comma - 1] && comma + 1 < last && at(comma + 1) >= 0 &&
                         mention(at(comma + 1)).kind == MentionKind::name && mention(at(comma + 1)).last < last &&
                         doc.token_text(mention(at(comma + 1)).last) == ",";
    // (only the cue's own preposition before the title: not "Speaking after talks with")
    bool one_phrase = apposed;
    for (uint32_t t = c1 + 1; one_phrase && t < comma; ++t) one_phrase = !((wc(t) & wc_prep) && !cap(t)) && !verb_cue_at(t);
    if (one_phrase) {
      if (std::find(obj.begin(), obj.end(), at(comma + 1)) == obj.end()) obj.push_back(at(comma + 1));
      comma = mention(at(comma + 1)).last;
    } else {
      // ("In a letter to the U.N. Secretary-General, X said": past the title the object's name qualifies)
      for (uint32_t t = obj_end; t < comma; ++t)
        if (at(t) >= 0 || !(dm.title_at[t] || content_word(t))) return last;
    }
    obj.erase(std::remove_if(obj.begin(), obj.end(), [&](int32_t o) { return mention(o).first > comma; }), obj.end());
    return comma;
  }

  Group fronted_subject(uint32_t from) const {
    for (uint32_t k = from; k < last; ++k) {
      if (doc.token_text(k) != ",") continue;
      for (uint32_t j = k + 1; j < last && j < k + 8; ++j) {
        int32_t mi = at(j);
        if (mi < 0) continue;
        if (!head_capable(mi)) mi = mention(mi).modifies;
        if (mi < 0 || mention(mi).possessive) break;
        // ("..., Ethiopia and Eritrea opened talks": the coordinated subjects)
        Group g{mi};
        uint32_t e = mention(mi).last;
        while (e + 1 < last && (is(e, "and") || doc.token_text(e) == ",")) {
          uint32_t n = e + 1;
          while (n < last && det_at(n)) ++n;
          if (n >= last || at(n) < 0 || !head_capable(at(n)) || mention(at(n)).possessive) break;
          g.push_back(at(n));
          e = mention(at(n)).last;
        }
        return g;
      }
      return {};
    }
    return {};
  }

  bool sentence_initial_clause(uint32_t c0) const {
    // only prepositions, conjunctions and the cue's own phrase stand before it
    for (uint32_t k = first; k < c0; ++k)
      if (at(k) >= 0 || doc.token_text(k) == ",") return false;
    // ("Speaking to Xinhua, X said": a participle opening the sentence)
    const std::string_view w = doc.norm[first];
    // ("Speaking during a visit to Vietnam, X said": a phrase after such a participle too)
    const bool ing = w.size() > 5 && w.substr(w.size() - 3) == "ing" && (first + 1 >= last || !cap(first + 1));
    return (c0 > first && ((wc(first) & (wc_prep | wc_clause)) != 0 || (ing && c0 > first + 1 && (wc(first + 1) & wc_prep)))) ||
           (c0 == first && (ing || (wc(first) & wc_prep)));  // ("Under the auspices of X, A and B met")
  }

  // The act after a verb of welcoming ("the U.S. measures", "China's decision"): true when the
  // object is an act (word class act), and then its named authors are supported.
  // With `named_only`, only an act whose author is named after it ("backed efforts by X").
  bool welcomed_act(const Group& subj, uint32_t c0, uint32_t c1, const Qualifiers& q, bool named_only = false) {
    Group authors;
    uint32_t k = c1;
    for (int words = 0; k < last && words < 5 && !(wc(k) & wc_act); ++words) {
      const int32_t a = at(k);
      if (a >= 0) {
        if (head_capable(a) && !mention(a).possessive && mention(a).kind == MentionKind::name &&
            !(mention(a).last < last && (wc(mention(a).last) & wc_act)))
          return false;  // "welcomed Ethiopian Prime Minister Abiy Ahmed": a guest
        authors.push_back(a);
        k = mention(a).last + (mention(a).possessive && mention(a).last < last && doc.tokens[mention(a).last].has(tok_possessive) ? 1 : 0);
        continue;
      }
      // ("welcomed the Saudi and U.S. efforts": several authors)
      const bool joins = !authors.empty() && (is(k, "and") || doc.token_text(k) == ",");
      // ("recognised President X's win": past the author's title)
      if (!(det_at(k) || quote(k) || content_word(k) || doc.tokens[k].has(tok_possessive) || joins || dm.title_at[k])) return false;
      ++k;
    }
    if (k >= last || !(wc(k) & wc_act) || cap(k)) return false;
    // ("welcomed the decision by ASEAN to", "supported efforts by X": the author after "by" or "of")
    uint32_t e = k + 1;
    if (authors.empty() && e + 1 < last && (is(e, "by") || is(e, "of"))) {
      uint32_t t = e + 1;
      while (t < last && det_at(t) && at(t) < 0) ++t;
      if (t < last && at(t) >= 0 && head_capable(at(t)) && mention(at(t)).kind == MentionKind::name && !mention(at(t)).possessive) {
        authors.push_back(at(t));
        e = mention(at(t)).last;
      }
    }
    if (named_only && e == k + 1) return false;
    static const Cue endorse{"supports", "051", "pattern", {}, "", ""};
    if (!subj.empty() && !authors.empty()) emit(subj, authors, endorse, c0, e, q);
    // ("The United States imposed sanctions on Iran. Britain welcomed the move": the act just stated)
    if (!subj.empty() && authors.empty()) judged_earlier_act(subj, endorse, c0, c1, k, k + 1, q);
    return true;
  }

  // "X said the United States would not tolerate attacks and accused Iran": a past verb after
  // "and" or "but" joins the past report verb, not the reported clause's modal, present or copula
  // verb; an act of speech (speech_act) after "and" or "but" whose subject names no actor is the
  // reporter's too. On the tree only; true when subj became the reporter.
  bool reporter_of_joined_verb(uint32_t c0, Group& subj, bool speech_act, bool plea) const {
    if (!tree || c0 <= first + 2 || !(is(c0 - 1, "and") || is(c0 - 1, "but")) ||
        (tree->tag[c0 - first] != "VBD" && tree->tag[c0 - first] != "VBN"))
      return false;
    // the token after the nearest past report verb before `from`, or first when there is none
    auto after_report = [&](uint32_t from) {
      uint32_t r = from;
      // ("X denied that the TTP operated there and accused Y": a denial reports a clause too)
      while (r > first && !(((wc(r - 1) & wc_report) || ((wc(r - 1) & wc_refuse) && r < c0 && is(r, "that"))) &&
                            tree->tag[r - 1 - first] == "VBD"))
        --r;
      return r;
    };
    bool actor = false;
    for (int32_t x : subj) actor = actor || !actors(x).empty();
    if (!actor) {
      // "X said the group was ready to talk but accused Y": an act of speech whose subject on the
      // tree names no actor (a description, a reported clause's subject) is the reporter's
      if (!speech_act) return false;
      const uint32_t r = after_report(c0 - 1);
      if (r == first) return false;
      subj = find_subject(r - 1);
      return true;
    }
    const uint32_t r = after_report(mention(subj.front()).first);
    if (r == first) return false;
    // (after a denial, any act of speech: "denied that the TTP operated there and accused Y")
    if (speech_act && (wc(r - 1) & wc_refuse)) plea = true;
    bool other_tense = false;
    for (uint32_t t = mention(subj.front()).last; t + 1 < c0; ++t) {
      const std::string_view tag = tree->tag[t - first];
      // ("Moscow was watching", "the family had never stopped": a past progressive or perfect is no
      // simple past either)
      if (tag == "VBD" && (wc(t) & wc_aux)) {
        uint32_t v = t + 1;
        while (v + 1 < c0 && tree->tag[v - first] == "RB") ++v;
        const std::string_view next = tree->tag[v - first];
        if (next == "VBG" || (next == "VBN" && !(wc(t) & wc_copula))) {
          other_tense = true;
          continue;
        }
        // ("X said the bloc was \"appalled\" ... and urged Y": a state described is no act)
        if (wc(t) & wc_copula) {
          other_tense = true;
          continue;
        }
      }
      // ("X said Beijing had sovereignty and urged Hanoi to": an appeal or a warning joined to a
      // reported clause of any tense is the reporter's)
      if (tag == "VBD" && !plea) return false;
      other_tense = other_tense || tag == "MD" || tag == "VBZ" || tag == "VBP" || tag == "VBD";
    }
    if (!other_tense) return false;
    // (a reporter naming no actor, "Her father told ANSA ... and thanked X", leaves no subject)
    subj = find_subject(r - 1);
    return true;
  }

  // A noun cue of meeting at token k ("talks", "meeting", "summit").
  bool meeting_noun(uint32_t k) const {
    thread_local std::vector<uint32_t> v;
    if (lex.cue_trie().longest(doc.ids, k, last, v) != 1) return false;
    for (uint32_t c : v)
      if (lex.cues()[c].relation == "meets" && lex.cues()[c].kind == "noun") return true;
    return false;
  }

  // The noun of a partner or a rival ("a strategic partner", "a reliable ally", "an enemy") that the
  // object after a naming verb at c1 is called by, up to the clause's next punctuation; null if none.
  const Cue* called_as(uint32_t c1) const {
    thread_local std::vector<uint32_t> found;
    for (uint32_t k = c1; k < last && k < c1 + 12 && (!punct(k) || quote(k)); ++k) {
      if (lex.cue_trie().longest(doc.ids, k, last, found, lex.quote_id()) == 0) continue;
      for (uint32_t v : found) {
        const Cue& c = lex.cues()[v];
        if (c.kind == "noun" && c.has_flag("copula_poss") && (c.relation == "cooperates_with" || c.relation == "opposes"))
          return &c;
      }
    }
    return nullptr;
  }

  void verb_cue(const Cue& cue, uint32_t c0, uint32_t c1) {
    // "alternatives to sanctioned Russian supplies", "the sanctioned firms": a participle after a
    // preposition or article is an adjective
    if (c1 == c0 + 1 && ed_form(c0) && c0 > first && at(c0 - 1) < 0 && !is(c0 - 1, "as") && !is(c0 - 1, "by") &&
        ((wc(c0 - 1) & wc_prep) || is(c0 - 1, "the") || is(c0 - 1, "a") || is(c0 - 1, "an")))
      return;
    // ("to release detained former leader X": so is one between a verb and the titled name it describes)
    if (c1 == c0 + 1 && c1 + 1 < last && ed_form(c0) && c0 > first + 1 &&
        (verb_at(c0 - 1) || (is(c0 - 2, "to") && content_word(c0 - 1))) &&
        (at(c1) >= 0 || dm.title_at[c1] || (is(c1, "former") && (dm.title_at[c1 + 1] || at(c1 + 1) >= 0))))
      return;
    if (cue.has_flag("envoy")) {
      envoy_sent(cue, c0, c1);
      return;
    }
    if (cue.has_flag("retribution")) {
      retribution(cue, c0, c1);
      return;
    }
    // "KazMunayGas and CNPC will jointly build a plant": the coordinated subjects act together, and
    // on nothing after the adverb
    if (cue.has_flag("together")) {
      const Group subj = find_subject(c0);
      if (actor_count(subj) >= 2) emit_pairs(subj, cue, c0, c1, qualifiers(first, c0));
      return;
    }
    // "will join X for a trilateral meeting": only with a meeting the object is joined for
    if (cue.has_flag("for_meeting")) {
      uint32_t k = c1;
      while (k + 1 < last && k < c1 + 12 && !punct(k) && !is(k, "for")) ++k;
      if (k + 1 >= last || !is(k, "for") || meeting_for(k) == 0) return;
    }
    // "hit Hezbollah weapons depots": only with a military target in the object's phrase
    if (cue.has_flag("target")) {
      bool aimed = false;
      for (uint32_t k = c1; k < last && k < c1 + 7 && !aimed && !punct(k) && !(verb_at(k) && k > c1); ++k)
        aimed = (wc(k) & wc_measure) && !cap(k) && !(wc(k) & wc_time);
      // ("Israel, which the Houthis have targeted with missiles": or with weapons)
      for (uint32_t k = c1; k + 1 < last && k < c1 + 6 && !aimed && !punct(k); ++k)
        if (is(k, "with"))
          for (uint32_t w = k + 1; w < last && w < k + 4 && !aimed && !punct(w); ++w)
            aimed = (wc(w) & wc_goods) && !cap(w) && !is(w, "aid");
      if (!aimed) return;
    }
    // "designated X a terrorist organization": only with a word of stigma after the verb
    if (cue.has_flag("stigma")) {
      bool stigma = false;
      // ("added General Dynamics and drone maker Anduril to its unreliable entity list": a list of objects first)
      // ("called the decision \"a judicial coup\"": inside quotation marks too)
      // ("designated X, a militant group active in Mali, as a terrorist organization": past an apposition)
      for (uint32_t k = c1; k < last && k < c1 + 30 && !stigma; ++k) {
        if (doc.token_text(k) == "," && k + 2 < last && det_at(k + 1) && !cap(k + 1) && k > c1 && at(k - 1) >= 0) {
          uint32_t e = k + 2;
          while (e < last && e < k + 14 && !punct(e)) ++e;
          if (e < last && doc.token_text(e) == ",") {
            k = e;
            continue;
          }
        }
        if (punct(k) && !quote(k) && !word_hyphen(k)) break;
        stigma = (wc(k) & wc_stigma) != 0;
      }
      // ("called China a strategic partner", "described the UAE as \"a dependable partner\"": the
      // relation of the noun the object is called by)
      if (!stigma) {
        const Cue* noun = called_as(c1);
        if (noun) {
          const Cue named{noun->relation, noun->cameo, "verb", {}, "", noun->phrase};
          verb_cue(named, c0, c1);
        }
      }
      if (!stigma) return;
      // "called it a mistake to ...": "it" stands for what follows, not for an actor
      if (c1 < last && (wc(c1) & wc_pronoun) && lex.pronoun_class(doc.norm[c1]) == "thing") return;
    }
    // "held talks in Bahrain, at a meeting hosted by X", "The talks, which were hosted by X, were the
    // first negotiations between A and B": X hosts the parties who met (once the sentence is read)
    if (cue.relation == "hosts" && c1 + 1 < last && is(c1, "by") && c0 > first) {
      uint32_t p = c0;
      while (p > first && (wc(p - 1) & (wc_aux | wc_copula)) && !cap(p - 1)) --p;
      if (p > first + 1 && (wc(p - 1) & wc_relpron) && doc.token_text(p - 2) == ",") p -= 2;
      // ("after talks in Ankara hosted by Turkey": the venue between the talks and the host)
      if (p > first && at(p - 1) >= 0 && mention(at(p - 1)).kind == MentionKind::name && !mention(at(p - 1)).possessive &&
          (typed_as(at(p - 1), ActorType::state) || typed_as(at(p - 1), ActorType::location))) {
        const uint32_t v = mention(at(p - 1)).phrase_first;
        if (v > first + 1 && (is(v - 1, "in") || is(v - 1, "at"))) p = v - 1;
      }
      if (p > first && meeting_noun(p - 1) && !cap(p - 1)) {
        const Group agents = find_objects(c1, by_cue(), true);
        if (!agents.empty()) m_hosted.push_back(Hosted{agents, &cue, c0, c1, qualifiers(first, c0)});
        return;
      }
    }
    // "Iran-backed Houthis": the name before the hyphen acts on the phrase after the participle
    if (c0 >= first + 2 && word_hyphen(c0 - 1) && at(c0 - 2) >= 0 && mention(at(c0 - 2)).attributive) {
      Group obj = find_objects(c1, cue, false);
      // "U.S.-backed Syrian forces" are not Syria's
      obj.erase(std::remove_if(obj.begin(), obj.end(), [&](int32_t o) { return mention(o).kind != MentionKind::name; }), obj.end());
      // "Karol Nawrocki, a PiS-backed conservative,": the name the apposition describes
      if (obj.empty() && c1 < last && content_word(c1)) {
        uint32_t p = mention(at(c0 - 2)).first;
        while (p > first && det_at(p - 1) && at(p - 1) < 0) --p;
        // ("X, the region's Moscow-backed leader,": a possessor's phrase before)
        if (p == mention(at(c0 - 2)).first && p >= first + 3 && doc.tokens[p - 1].has(tok_possessive)) {
          uint32_t q = p - 1;
          if (at(q - 1) >= 0) q = mention(at(q - 1)).first;
          else if (content_word(q - 1)) --q;
          while (q > first && det_at(q - 1) && at(q - 1) < 0) --q;
          if (q < p - 1 && q > first && doc.token_text(q - 1) == ",") p = q;
        }
        if (p < mention(at(c0 - 2)).first) {
          const int32_t named = apposed_name(p);
          if (named >= 0 && mention(named).kind == MentionKind::name) obj = {named};
        }
      }
      // "the NATO-led KFOR force": an organization's own force belongs to it (a state leading an
      // organization, "Russian-led CSTO", is a member of it)
      if (!obj.empty() && cue.relation == "affiliated_with" && typed_as(at(c0 - 2), ActorType::organization)) {
        emit(obj, {at(c0 - 2)}, cue, mention(at(c0 - 2)).first, c1, qualifiers(first, c0));
        return;
      }
      if (!obj.empty()) emit({at(c0 - 2)}, obj, cue, mention(at(c0 - 2)).first, c1, qualifiers(first, c0));
      // "Ethiopia, Somalia sign Turkish-brokered sea access deal": the go-between of the agreement
      // the sentence has made
      // ("a U.S.-brokered ceasefire between the SDF and the SNA": the pair after "between")
      if (obj.empty() && cue.relation == "mediates") {
        const Group sides = between_group(c1);
        if (sides.size() >= 2) {
          emit({at(c0 - 2)}, sides, cue, mention(at(c0 - 2)).first, c1, qualifiers(first, c0));
          return;
        }
        brokered({at(c0 - 2)}, cue, mention(at(c0 - 2)).first, c1, qualifiers(first, c0));
      }
      return;
    }
    Group subj;
    // (a verb joined right after a quotation, or a participle after a comma: the token rules find
    // the subject the clause shares)
    const std::string_view w0 = doc.norm[c0];
    // (", telling Y": a participle after a comma is an act of its own, out of the main verb's negation)
    const bool comma_participle = c0 > first && doc.token_text(c0 - 1) == "," && w0.size() > 5 && w0.substr(w0.size() - 3) == "ing";
    const bool shared_subject =
        (c0 >= first + 3 && is(c0 - 1, "and") && (quote(c0 - 2) || doc.token_text(c0 - 2) == ",")) || comma_participle;
    // ("accused the Taliban of harbouring militants, after repeatedly asking Kabul to act": a gerund
    // after a subordinator is the main clause subject's act, not its object's)
    uint32_t sub = c0;
    if (sub > first && ly_word(sub - 1) && at(sub - 1) < 0) --sub;
    const bool subordinate_gerund = ing_form(c0) && sub > first && (wc(sub - 1) & wc_clause) && !cap(sub - 1) &&
                                    at(sub - 1) < 0;
    if (const int32_t speaker = quoted_speaker(c0); speaker >= 0) subj = {speaker};
    else if (!together_subject(c0, subj) && (shared_subject || !tree || !tree_subject(c0, subj)))
      subj = find_subject(c0, cue.has_flag("adverbial") || subordinate_gerund);
    // ("accused Hezbollah of rebuilding its arsenal with help from Iran": a phrase of the gerund
    // after "of" is the gerund's subject's)
    if (cue.has_flag("adverbial"))
      for (uint32_t g = c0; g-- > first + 1 && g + 7 > c0;) {
        if (punct(g) || (at(g) >= 0 && mention(at(g)).kind != MentionKind::pronoun)) break;
        if (ing_form(g) && is(g - 1, "of")) {
          const Group own = find_subject(g);
          if (!own.empty()) subj = own;
          break;
        }
      }
    // ("X, a clan militia opposed to Y", "X, a group fighting Y": an adjective or participle on an
    // apposition's noun says what the name does)
    // (a cue word alone only as a participle or adjective, "X, the group accused Y" is a clause of its
    // own; with its preposition, "opposed to", "loyal to", it describes)
    if ((c1 > c0 + 1 && (wc(c1 - 1) & wc_prep)) || (tree && tree->tag[c0 - first] == "JJ") ||
        !verb_at(c0) || (w0.size() > 5 && w0.substr(w0.size() - 3) == "ing")) {
      const int32_t named = apposition_noun_before(c0);
      if (named >= 0) subj = {named};
    }
    // "X denied reports that ..., telling Y": past a reported clause, the participle's subject is
    // the subject of the verb it modifies on the tree
    if (subj.empty() && comma_participle && tree && tree->parsed() && rel_is(c0, "advcl") &&
        t_head(c0) >= 0 && static_cast<uint32_t>(t_head(c0)) < c0)
      tree_subject(static_cast<uint32_t>(t_head(c0)), subj);
    // (with no tree, the name opening the sentence: "Minister X denied reports that ..., telling Y")
    // ('"This is proof," X told the assembly, thanking Y': the clause after a quotation opening the sentence)
    uint32_t clause_first = first;
    if (quote(first))
      for (uint32_t k = first + 2; k + 1 < c0; ++k)
        if (quote(k) && doc.token_text(k - 1) == ",") {
          clause_first = k + 1;
          break;
        }
    uint32_t opener = clause_first;
    while (opener < c0 && dm.title_at[opener] && at(opener) < 0) ++opener;
    if (subj.empty() && comma_participle && !tree && at(opener) >= 0) {
      int32_t a = at(opener);
      if (!head_capable(a)) a = mention(a).modifies;
      if (a >= 0 && mention(a).kind == MentionKind::name && !mention(a).possessive && mention(a).phrase_first == clause_first &&
          mention(a).last < c0 && content_word(mention(a).last) && verb_at(mention(a).last))
        subj = {a};
    }
    // "Trump said no U.S. official would attend, accusing Pretoria of ...": a participle of speech or
    // judgement after a reported clause is the reporter's act, not the reported subject's
    const bool speech_act = cue.relation == "opposes" || cue.relation == "supports" || cue.relation == "urges" ||
                            cue.relation == "speaks_to" || cue.relation == "threatens";
    if (!subj.empty() && comma_participle && at(opener) >= 0 && speech_act) {
      int32_t a = at(opener);
      if (!head_capable(a)) a = mention(a).modifies;
      uint32_t r = a >= 0 ? mention(a).last : c0;
      while (r < c0 && r < mention(a).last + 3 && !(wc(r) & wc_report)) ++r;
      bool after = r < c0 && (wc(r) & wc_report);
      for (int32_t x : subj) after = after && mention(x).first > r;
      if (after && mention(a).kind == MentionKind::name && !mention(a).possessive && mention(a).phrase_first == clause_first)
        subj = {a};
    }
    const bool joined_report =
        reporter_of_joined_verb(c0, subj, speech_act, cue.relation == "urges" || cue.relation == "threatens");
    // "a resolution condemning X": a participle after a plain noun acts for that noun
    if (tree && c0 > first && tree->tag[c0 - first] == "VBG" && tree->tag[c0 - 1 - first].substr(0, 2) == "NN" &&
        at(c0 - 1) < 0 && !dm.title_at[c0 - 1] && !(wc(c0 - 1) & (wc_body | wc_group | wc_land | wc_time)))
      subj.clear();
    bool fronted = subj.empty() && sentence_initial_clause(c0);
    // "Egypt, together with Qatar, mediated": the companion acts too
    if (!subj.empty()) {
      const uint32_t e = mention(subj.front()).last;
      if (e + 3 < c0 && doc.token_text(e) == "," && (wc(e + 1) & wc_along) && is(e + 2, "with") &&
          at(e + 3) >= 0 && head_capable(at(e + 3))) {
        const uint32_t after = mention(at(e + 3)).last;
        if (after < c0 && doc.token_text(after) == "," && after + 1 == c0) subj.push_back(at(e + 3));
      }
    }
    // "..., with Omani Foreign Minister X carrying messages between": an absolute clause's own subject acts
    if (c0 > first + 1 && at(c0 - 1) >= 0 && ing_form(c0)) {
      int32_t own = at(c0 - 1);
      if (!head_capable(own)) own = mention(own).modifies;
      if (own >= 0 && mention(own).last == c0 && mention(own).phrase_first > first &&
          is(mention(own).phrase_first - 1, "with"))
        subj = {own};
    }
    // "OPEC, whose members include A and B, will meet": a subject inside a relative clause closed
    // by a comma before the verb is the clause's antecedent's business, not the verb's
    if (!subj.empty()) {
      uint32_t v = c0;
      while (v > first && (wc(v - 1) & (wc_aux | wc_modal | wc_future | wc_copula)) && !cap(v - 1)) --v;
      uint32_t s0 = mention(subj.front()).first;
      for (int32_t m : subj) s0 = std::min(s0, mention(m).first);
      if (v > first + 1 && doc.token_text(v - 1) == "," && s0 < v) {
        for (uint32_t r = s0; r-- > first + 1;) {
          if (doc.token_text(r) == "," && r + 1 < s0 && (wc(r + 1) & wc_relpron) && !cap(r + 1)) {
            // (the clause has a verb of its own: not "Fiji, whose prime minister, X, visited")
            bool closed = true, own_verb = false;
            for (uint32_t t = r + 2; t + 1 < v && closed; ++t) {
              closed = !quote(t);
              own_verb = own_verb || (at(t) < 0 && (verb_cue_at(t) || (tree && finite_verb(t))));
            }
            closed = closed && own_verb;
            int32_t ante = at(r - 1);
            if (ante >= 0 && !head_capable(ante)) ante = mention(ante).modifies;
            if (closed && ante >= 0 && mention(ante).kind != MentionKind::pronoun) subj = {ante};
            break;
          }
          if ((wc(r) & wc_report) || r + 12 < s0) break;
        }
      }
    }
    // "The EU and Mercosur, which groups A and B", "the ATPC, whose members also include A": the
    // organization right before the relative clause holds the members
    if (cue.has_flag("reverse") && cue.has_flag("org_obj")) {
      uint32_t p = c0;
      while (p > first && content_word(p - 1) && !(wc(p - 1) & wc_member) && p + 2 > c0) --p;
      int32_t owner = -1;
      if (p >= first + 3 && is(p - 1, "which") && doc.token_text(p - 2) == ",") owner = at(p - 3);
      else if (p >= first + 4 && (wc(p - 1) & wc_member) && is(p - 2, "whose") && doc.token_text(p - 3) == ",") owner = at(p - 4);
      if (owner >= 0 && head_capable(owner) && mention(owner).kind == MentionKind::name) subj = {owner};
    }
    // "The Maldives, whose President Mohamed Muizzu visited China": the relative clause's own subject acts
    if (subj.size() == 1) {
      const uint32_t e = mention(subj.front()).last;
      if (e + 2 < c0 && doc.token_text(e) == "," && is(e + 1, "whose")) {
        uint32_t v = c0;
        while (v > e + 2 && ((wc(v - 1) & wc_aux) || (tree && tree->tag[v - 1 - first].substr(0, 2) == "RB"))) --v;
        const int32_t own = at(v - 1);
        if (own >= 0 && mention(own).first > e + 1 && head_capable(own)) subj = {own};
      }
    }
    uint32_t subject_end = first;
    for (int32_t m : subj) subject_end = std::max(subject_end, mention(m).last);
    // "Putin is in Beijing" is a visit, "Russia is in Europe" is not: the cue wants a person
    if (cue.has_flag("person"))
      subj.erase(std::remove_if(subj.begin(), subj.end(),
                                [&](int32_t s) {
                                  for (int32_t a : actors(s))
                                    if (da.actors[static_cast<size_t>(a)].type != ActorType::person) return true;
                                  return false;
                                }),
                 subj.end());
    // (the reported clause's "would not" qualifies its own verb, not the one joined to "said")
    Qualifiers q = qualifiers(subj.empty() ? first : (joined_report || comma_participle) ? c0 - 1 : subject_end, c0,
                              comma_participle && !subj.empty());
    // "threatened to strike X": the threat is the fact (the threat's own cue makes it), the act is none
    // "implored Russia and Ukraine to agree to a ceasefire": the act urged on someone is no fact
    if (cue.relation != "urges" && mandated_before(c0)) return;
    if (c0 >= first + 3 && is(c0 - 1, "to") && cue.relation != "urges") {
      if (urged_before(c0 - 1)) return;
      // ('urged both groups to "seize this opportunity" and to work with X': a second act urged)
      if (is(c0 - 2, "and"))
        for (uint32_t b = c0 - 2; b-- > first + 1 && b + 14 > c0;) {
          if (doc.token_text(b) == ";" || (wc(b) & wc_report)) break;
          if (is(b, "to")) {
            if (urged_before(b)) return;
            break;
          }
        }
    }
    // ('threatened on Saturday to "wipe out" X': past quotes and a phrase of time)
    if (cue.relation != "threatens" && c0 >= first + 2) {
      uint32_t t = c0 - 1;
      while (t > first && quote(t)) --t;
      if (is(t, "to"))
        for (uint32_t m = t; m-- > first && m + 5 > t;) {
          if (wc(m) & wc_menace) return;
          if (punct(m) || !time_phrase_word(m)) break;
        }
    }
    // "Biden to meet Xi": a subject with an infinitive and no verb of its own is a plan; so is
    // "Kenya's plan to visit China"
    if ((c0 >= first + 2 && is(c0 - 1, "to") && at(c0 - 2) >= 0 && !subj.empty() && subject_end + 1 == c0) ||
        (possessed_before_to(c0, wc_act) && !subj.empty())) {
      q.tense = Tense::future;
      if (q.modality.empty()) q.modality = "planned";
    }
    // "Neither China nor India condemned": the whole subject is denied
    for (int32_t m : subj) {
      const uint32_t p = mention(m).phrase_first;
      if (p > first && (wc(p - 1) & wc_neither)) q.negated = true;
    }
    // "Egypt welcomed the Israeli decision", "welcomed Kamali's release": welcoming what someone
    // decided or did supports them; it hosts no one
    if (cue.has_flag("endorse") && welcomed_act(subj, c0, c1, q)) return;
    // ("supported efforts by ASEAN to broker a ceasefire": backing an act named with its author)
    if (cue.relation == "supports" && !cue.has_flag("endorse") && welcomed_act(subj, c0, c1, q, true)) return;
    // "China blocked Lithuanian goods, a move the EU challenged": judging the act the clause before
    // the comma reported judges its actor
    if ((cue.relation == "opposes" || cue.has_flag("endorse")) && !subj.empty() && judged_act(subj, cue, c0, c1, q)) return;
    // "X hosted three rounds of talks between A and B": the measured talks are what X hosted
    if (cue.relation == "hosts" && !cue.has_flag("between") && !subj.empty()) {
      uint32_t k = c1;
      for (int w = 0; k < last && w < 2 && !(wc(k) & wc_measure) && (det_at(k) || doc.tokens[k].has(tok_digit) || content_word(k)); ++w)
        ++k;
      if (k + 2 < last && (wc(k) & wc_measure) && is(k + 1, "of")) {
        uint32_t t = k + 2;
        for (int w = 0; t < last && w < 2 && !meeting_noun(t) && content_word(t); ++w) ++t;
        if (t + 1 < last && meeting_noun(t) && is(t + 1, "between")) {
          const Group g = between_group(t + 1);
          if (!g.empty()) {
            // (as "hosted talks between A and B" does, the host mediates between them too)
            static const Cue mediated{"mediates", "045", "pattern", {}, "", ""};
            emit(subj, g, mediated, c0, t + 1, q);
            emit(subj, g, cue, c0, t + 1, q);
            return;
          }
        }
      }
    }
    if (cue.has_flag("between")) {
      // ("a timetable agreed between Baghdad and Washington": the sides of a pact, whoever the subject)
      if (symmetric(cue) && c1 > c0 && is(c1 - 1, "between")) {
        const Group sides = between_group(c1 - 1);
        if (actor_count(sides) >= 2) emit_pairs(sides, cue, c0, c1, q);
        return;
      }
      Group g = between_group(c1);
      // ("Egyptian and Qatari officials carry messages between them": the go-betweens are no side)
      const std::vector<int32_t> go_betweens = actors(subj);
      g.erase(std::remove_if(g.begin(), g.end(),
                             [&](int32_t m) {
                               for (int32_t a : actors(m))
                                 if (std::find(go_betweens.begin(), go_betweens.end(), a) == go_betweens.end()) return false;
                               return true;
                             }),
              g.end());
      // ("a compromise brokered by France between Bulgaria and Greece": a passive's agent is the go-between)
      // ("was brokered on Tuesday by X": past a phrase of time)
      uint32_t by = c1;
      while (by < last && by < c1 + 4 && !is(by, "by") && time_phrase_word(by)) ++by;
      if (by >= last || !is(by, "by")) by = c1;
      if (!g.empty() && by < last && is(by, "by")) {
        const Group agents = find_objects(by, by_cue(), true);
        if (!agents.empty()) {
          emit(agents, g, cue, c0, c1, q);
          return;
        }
      }
      // ("resumed talks in Doha, with Qatar mediating": the name after "with" goes between the parties
      // the sentence has met)
      if (g.empty() && ing_form(c0) && c0 >= first + 3 && at(c0 - 1) >= 0 && mention(at(c0 - 1)).kind == MentionKind::name &&
          mention(at(c0 - 1)).last == c0 && mention(at(c0 - 1)).phrase_first > first &&
          is(mention(at(c0 - 1)).phrase_first - 1, "with")) {
        brokered({at(c0 - 1)}, cue, c0, c1, q);
        return;
      }
      if (!g.empty() && !subj.empty()) emit(subj, g, cue, c0, c1, q);
      // "X brokered a peace accord that Congo and Rwanda signed": the sides are the clause's subjects
      if (g.empty() && !subj.empty() && c1 < last && !is(c1, "by")) {
        uint32_t k = c1;
        for (int w = 0; k < last && w < 5 && !agreement_noun(k) && at(k) < 0 && (det_at(k) || content_word(k)); ++w) ++k;
        if (k + 2 < last && agreement_noun(k) && (is(k + 1, "that") || is(k + 1, "which"))) {
          const Group sides = find_objects(k + 2, any_cue(), false);
          if (sides.size() >= 2) {
            emit(subj, sides, cue, c0, c1, q);
            return;
          }
        }
      }
      // "X restored relations with Y in a deal brokered by Z": Z brokered what the sentence
      // has already joined
      if (g.empty() && by < last && is(by, "by")) {
        Group agents = find_objects(by, by_cue(), true);
        // ("The ceasefire between Israel and Hamas was brokered by X": the sides named before)
        // ("a ceasefire between Israel and Lebanon, brokered by X": past the comma before the participle)
        const uint32_t from = c0 > first + 1 && doc.token_text(c0 - 1) == "," ? c0 - 1 : c0;
        for (uint32_t t = from; agents.size() > 0 && t-- > first + 1 && t + 12 > from && !punct(t);)
          if (is(t, "between") && (content_word(t - 1) || agreement_noun(t - 1))) {
            const Group sides = between_group(t);
            if (!sides.empty()) {
              emit(agents, sides, cue, c0, c1, q);
              return;
            }
            break;
          }
        // ("The deal was brokered by X": a sentence opening with the agreement points back)
        const bool opens_with_deal = first + 1 < c0 && det_at(first) && at(first + 1) < 0 && agreement_noun(first + 1);
        if (!agents.empty()) brokered(agents, cue, c0, c1, q, opens_with_deal);
      }
      return;
    }
    // passive: "X was attacked by Y", "X was repeatedly attacked overnight by Y", "X was welcomed
    // at the presidential villa by Y"
    uint32_t by = c1;
    while (by < last && by < c1 + 2 && content_word(by)) ++by;
    // "X is designated a terrorist organisation by Y": the stigma's noun phrase first
    if (cue.has_flag("stigma") && by == c1) {
      uint32_t t = c1;
      if (t < last && is(t, "as")) ++t;
      if (t < last && det_at(t) && at(t) < 0) ++t;
      const uint32_t words = t;
      while (t < last && t < words + 4 && at(t) < 0 && (content_word(t) || (wc(t) & wc_stigma))) ++t;
      if (t > words && t < last && is(t, "by")) by = t;
    }
    if (by < last && !is(by, "by") && !is(by, "to") && (wc(by) & wc_prep) && !cap(by)) {
      // (a place or thing, not "agreed to a ceasefire brokered by Y")
      // ("was welcomed at the palace on Thursday by Y": a second phrase, of time)
      uint32_t k = by + 1;
      bool second = false;
      while (k < last && k < by + 9) {
        // ("was received on Sunday by X": a phrase of time)
        // ("at King Khalid International Airport by Y": a title word opening the venue's name)
        const bool venue_title = dm.title_at[k] && at(k) < 0 && k + 1 < last && at(k + 1) >= 0 &&
                                 typed_as(at(k + 1), ActorType::location);
        if ((content_word(k) && !verb_at(k) && !participle(k)) || det_at(k) || at(k) >= 0 || venue_title ||
            ((second || k == by + 1) && (wc(k) & wc_time)) || (second && doc.tokens[k].has(tok_digit))) {
          k = at(k) >= 0 ? mention(at(k)).last : k + 1;
        } else if (!second && k > by + 1 && !is(k, "by") && !is(k, "to") && (wc(k) & wc_prep) && !cap(k) && k + 1 < last &&
                   ((wc(k + 1) & wc_time) || det_at(k + 1) ||
                    // ("at State House in Nairobi by Y": or of place)
                    (at(k + 1) >= 0 && mention(at(k + 1)).kind == MentionKind::name && !mention(at(k + 1)).possessive &&
                     (typed_as(at(k + 1), ActorType::location) || typed_as(at(k + 1), ActorType::state))))) {
          second = true;
          ++k;
        } else if (doc.token_text(k) == "," && k + 2 < last && at(k + 1) >= 0 && mention(at(k + 1)).first == k + 1 &&
                   mention(at(k + 1)).kind == MentionKind::name && !mention(at(k + 1)).possessive &&
                   (typed_as(at(k + 1), ActorType::location) || typed_as(at(k + 1), ActorType::state)) &&
                   doc.token_text(mention(at(k + 1)).last) == ",") {
          k = mention(at(k + 1)).last + 1;  // ("at State House, Nairobi, on Wednesday by Y": the venue's city)
        } else {
          break;
        }
      }
      if (k < last && is(k, "by")) by = k;
    }
    // "..., a position criticized by Amnesty International": the agents judge the act before the comma
    if (is(by, "by") && c0 >= first + 3 && (wc(c0 - 1) & wc_act) && !cap(c0 - 1) && det_at(c0 - 2) &&
        doc.token_text(c0 - 3) == "," && (cue.relation == "opposes" || cue.has_flag("endorse"))) {
      const Group agents = find_objects(by, by_cue(), true);
      if (!agents.empty() && judged_act_at(c0, agents, cue, c0, c1, q)) return;
    }
    uint32_t aux = c0;
    if (aux > first + 1 && content_word(aux - 1)) --aux;
    // ("X, supported by Y," is a passive without its auxiliary; "had spoken by telephone" is none)
    bool passive = aux > first && ((wc(aux - 1) & wc_copula) || (doc.token_text(aux - 1) == "," && aux == c0)) && is(by, "by");
    // ("X, which is based in Aden and backed by Y": a participle joined to a passive one)
    if (!passive && aux == c0 && aux > first + 2 && is(aux - 1, "and") && is(by, "by") && ed_form(c0))
      for (uint32_t t = aux - 1; t-- > first && t + 9 > aux && doc.token_text(t) != "," && !passive;)
        passive = (wc(t) & wc_copula) && t + 1 < aux - 1 && ed_form(t + 1);
    // ("X, a militia backed by Y,": a participle on an apposition's noun is a passive on the name it describes)
    if (!passive && is(by, "by") && ed_form(c0) && c1 == c0 + 1) {
      const int32_t named = apposition_noun_before(c0);
      if (named >= 0) {
        passive = true;
        subj = {named};
      }
    }
    // ("a summit of the Mercosur trade bloc hosted by Paraguay": a participle on the gathering's phrase)
    if (!passive && cue.relation == "hosts" && is(by, "by") && ed_form(c0)) {
      const int32_t owner = gathering_owner_before(c0);
      const Group agents = owner >= 0 ? find_objects(by, by_cue(), true) : Group{};
      if (!agents.empty()) {
        emit(agents, {owner}, cue, c0, c1, q);
        return;
      }
    }
    if (passive) {
      // ("$20 million was pledged by X": what a cue of giving passes on is its passive subject, no actor)
      if (cue.has_flag("goods")) return;
      uint32_t agents_end = by;
      Group agents = find_objects(by, by_cue(), true, &agents_end);
      // ("the committee, which is co-chaired by A and B": a mutual act with its partner after a
      // preposition is not done to the passive subject)
      const bool mutual_only = symmetric(cue) && cue.has_flag("prep_only");
      if (!agents.empty() && !subj.empty() && !mutual_only) emit(agents, subj, cue, c0, c1, q);
      // ("X was received by Y in Suva": the guest is where the host received them)
      if (!agents.empty() && !subj.empty() && cue.relation == "hosts") visit_in(subj, agents_end, c0, c1, q, true, true);

      // "a summit of the Mercosur trade bloc hosted by Paraguay": the body whose gathering it is
      if (!agents.empty() && subj.empty() && cue.relation == "hosts") {
        const int32_t owner = gathering_owner_before(c0);
        if (owner >= 0) emit(agents, {owner}, cue, c0, c1, q);
      }
      // "talks in Brussels that are hosted by X": X hosts the parties the sentence has met
      if (!agents.empty() && subj.empty() && cue.relation == "hosts") brokered(agents, cue, c0, c1, q);
      // "The agreement was signed by A and B": a mutual act's agents pair with each other
      if ((subj.empty() || mutual_only) && symmetric(cue) && actor_count(agents) >= 2) emit_pairs(agents, cue, c0, c1, q);
      return;
    }
    uint32_t obj_end = c1;
    // "Funaro told reporters Brazil had ...": people told who act for no actor, then a name, open
    // the reported clause
    if (cue.relation == "speaks_to" && c1 + 1 < last && content_word(c1) && (wc(c1) & wc_apart) && at(c1 + 1) >= 0) return;
    // ("fly from Beijing to Hanoi": past the place of departure)
    uint32_t obj_from = c1;
    if (cue.relation == "visits" && cue.has_flag("intransitive") && c1 + 3 < last && is(c1, "from") && at(c1 + 1) >= 0 &&
        is(mention(at(c1 + 1)).last, "to"))
      obj_from = mention(at(c1 + 1)).last;
    Group obj = find_objects(obj_from, cue, cue.has_flag("prep_only"), &obj_end);
    // ("X, which BIS has linked to the GRU": after "has" a bare participle is active; the relative
    // clause's antecedent is the one linked)
    if (cue.has_flag("participle") && c0 > first &&
        (is(c0 - 1, "has") || is(c0 - 1, "have") || is(c0 - 1, "had"))) {
      const Group linked = relative_object(c0);
      if (!linked.empty() && !obj.empty()) emit(linked, obj, cue, c0, c1, q);
      return;
    }
    // "Poland, Lithuania and Finland voted against it": a verb's object pronoun is none of its subjects
    if (!subj.empty()) {
      const std::vector<int32_t> doers = actors(subj);
      obj.erase(std::remove_if(obj.begin(), obj.end(),
                               [&](int32_t o) {
                                 if (mention(o).kind != MentionKind::pronoun || (wc(mention(o).first) & wc_poss)) return false;
                                 const std::vector<int32_t> as = actors(o);
                                 return std::any_of(as.begin(), as.end(), [&](int32_t a) {
                                   return std::find(doers.begin(), doers.end(), a) != doers.end();
                                 });
                               }),
                obj.end());
    }
    // "X and Y accused each other", "the two sides met with one another": each acts on the other
    if (obj.empty() && actor_count(subj) >= 2) {
      uint32_t r = c1;
      if (r < last && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[r]) != cue.preps.end()) ++r;
      if (r + 1 < last && ((is(r, "each") && is(r + 1, "other")) || (is(r, "one") && is(r + 1, "another")))) {
        emit_pairs(subj, cue, c0, r + 2, q, true);
        return;
      }
    }
    // "Ukrainian drones hit a refinery in Russia's Volgograd region": a target inside a state is an
    // attack on that state
    if (obj.empty() && cue.relation == "attacks" && obj_end > c1 + 1 && obj_end + 1 < last && (is(obj_end, "in") || is(obj_end, "inside")) &&
        at(obj_end - 1) < 0 && content_word(obj_end - 1)) {
      uint32_t p = obj_end + 1;
      if (p + 1 < last && at(p) < 0 && content_word(p) && !cap(p)) ++p;  // "in northern Iraq"
      const int32_t pm = p < last ? at(p) : -1;
      if (pm >= 0 && mention(pm).kind == MentionKind::name && typed_as(pm, ActorType::state)) obj = {pm};
    }
    // "told Kyrgyz state television": a state's media outlet is told, not the state
    if (cue.relation == "speaks_to")
      obj.erase(std::remove_if(obj.begin(), obj.end(),
                               [&](int32_t o) {
                                 return mention(o).kind == MentionKind::demonym && mention(o).last < last &&
                                        org_descriptor_at(mention(o).last);
                               }),
                obj.end());
    // "told China to stop", "called for Uganda to withdraw": only an object with an infinitive after it
    // ("told Netanyahu in a phone call on Monday to stop": past phrases of manner and time)
    if (cue.has_flag("infinitive") && !obj.empty() && obj_end < last && !is(obj_end, "to") && (wc(obj_end) & wc_prep) &&
        at(obj_end) < 0) {
      uint32_t t = obj_end;
      while (t < last && t < obj_end + 9 && !is(t, "to") && at(t) < 0 && !punct(t) &&
             ((wc(t) & (wc_prep | wc_det | wc_time)) || content_word(t)))
        ++t;
      if (t + 1 < last && is(t, "to")) obj_end = t;
    }
    if (cue.has_flag("infinitive") && (obj.empty() || obj_end + 1 >= last || !is(obj_end, "to") || at(obj_end + 1) >= 0 ||
                                       !content_word(obj_end + 1)))
      return;
    // "BelTA quoted X as saying": only a speaker whose words follow
    if (cue.has_flag("as_speaking") && (obj.empty() || obj_end + 1 >= last || !is(obj_end, "as") || !ing_form(obj_end + 1))) return;
    // "called on Prime Minister X" is a courtesy call; "called on X to act", "called on X for calm" urge
    // ("called on its leader, General X, to free": past the apposition's closing comma)
    const uint32_t call_end = obj_end + 1 < last && doc.token_text(obj_end) == "," ? obj_end + 1 : obj_end;
    if (cue.has_flag("courtesy") && !obj.empty() && !(call_end < last && (is(call_end, "to") || is(call_end, "for"))) &&
        std::all_of(obj.begin(), obj.end(), [&](int32_t o) { return typed_as(o, ActorType::person); })) {
      static const Cue call{"meets", "04", "verb", {}, "", ""};
      verb_cue(call, c0, c1);
      return;
    }
    // "hosted the alliance's annual summit", "will host a meeting of the Contact Group"
    if (obj.empty() && cue.relation == "hosts") obj = gathering_owner(c1);
    if (obj.empty() && !cue.has_flag("prep_only")) obj = tree_relative_object(c0);
    if (obj.empty() && !cue.has_flag("prep_only")) obj = relative_object(c0);
    if (obj.empty()) obj = prep_relative_object(c0, cue);
    if (obj.empty() && cue.relation == "trades_with" && !cue.preps.empty()) obj = traded_with(c1, cue, obj_end);
    // "bought the firm from BMW", "sold Mopani to a Gulf fund": what is traded may be an actor;
    // the partner follows the cue's preposition
    // ("buys much of its Russian oil from producer Volganeft": past the goods a demonym qualifies)
    uint32_t goods_end = obj_end;
    if (obj.size() == 1 && mention(obj.front()).kind == MentionKind::demonym && cue.relation == "trades_with") {
      uint32_t t = obj_end;
      while (t < last && t < obj_end + 3 && content_word(t) && !(wc(t) & wc_prep)) ++t;
      if (t > obj_end && t < last && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[t]) != cue.preps.end()) goods_end = t;
    }
    if (!obj.empty() && cue.relation == "trades_with" && goods_end + 1 < last && !is(goods_end, "of") &&
        std::find(cue.preps.begin(), cue.preps.end(), doc.norm[goods_end]) != cue.preps.end()) {
      uint32_t partner_end = goods_end;
      const Group partner = find_objects(goods_end, cue, true, &partner_end);
      if (!partner.empty()) {
        obj = partner;
        obj_end = partner_end;
      }
    }
    // "flew to Brussels last month with Indonesia's minister X": a person travelling with the
    // subject visits too
    if (!obj.empty() && !subj.empty() && cue.relation == "visits" && cue.has_flag("intransitive")) {
      uint32_t t = obj_end;
      while (t < last && t < obj_end + 4 && at(t) < 0 && !is(t, "with") && ((wc(t) & wc_time) || content_word(t))) ++t;
      // (not "went to the U.S. with a Boxer Indemnity Scholarship")
      if (t + 2 < last && is(t, "with") && !is(t + 1, "a") && !is(t + 1, "an")) {
        static const Cue along{"", "", "", {"with"}, "", ""};
        for (int32_t w : find_objects(t, along, true))
          if (typed_as(w, ActorType::person) && std::find(subj.begin(), subj.end(), w) == subj.end()) subj.push_back(w);
      }
    }
    // "called on the RSF and the SAF to ... and accused both of": "both" are the objects just named
    if (obj.empty() && c1 + 1 < last && is(c1, "both") && !content_word(c1 + 1) && at(c1 + 1) < 0 &&
        m_objects_sentence == sent)
      obj = m_objects;
    if (obj.size() >= 2) {
      m_objects = obj;
      m_objects_sentence = sent;
    }
    // an attack the text states, for a later "condemned the attack" (not "forces killed the
    // attackers": a blow against fighters is no attack of its own)
    bool on_fighters = false;
    for (uint32_t t = c1; t < obj_end && t < last; ++t) on_fighters = on_fighters || (wc(t) & wc_fighters);
    // (an attack by someone unnamed, "gunmen attacked a base", is not the last named attacker's;
    // in the attacker's own sentence, "claimed responsibility, saying its fighters had killed", it is)
    // (nor is the victim of a passive, "a Filipino seaman had been killed")
    const bool victim = c0 > first && (wc(c0 - 1) & wc_copula) && ed_form(c0);
    // (nor is "the strikes had targeted facilities": the attack named again is the last one)
    uint32_t sv = c0;
    while (sv > first && (wc(sv - 1) & (wc_aux | wc_modal)) && !cap(sv - 1)) --sv;
    const bool named_again = subj.empty() && sv >= first + 2 && (wc(sv - 1) & wc_assault) && !cap(sv - 1) && det_at(sv - 2);
    if (cue.relation == "attacks" && !q.negated && q.tense != Tense::future && q.modality.empty() && !on_fighters &&
        !victim && !named_again && (!subj.empty() || sent != m_attack_sentence)) {
      m_attackers = actors(subj);
      m_attack_sentence = sent;
    }
    // "condemned the attack", "denounced what he called a cowardly assault": the attacker
    if (obj.empty() && cue.relation == "opposes" && !subj.empty()) condemned_attack(subj, cue, c0, c1, q);
    // "visited refugee camps in eastern Chad": a place visited inside a state visits the state
    if (obj.empty() && cue.relation == "visits" && !subj.empty() && !cue.has_flag("prep_only")) {
      uint32_t k = c1;
      for (int words = 0; k < last && words < 4 && (det_at(k) || content_word(k)) && at(k) < 0; ++words) ++k;
      if (k > c1 && k + 1 < last && (is(k, "in") || is(k, "near"))) {
        static const Cue place{"", "", "", {"in", "near"}, "", ""};
        Group where = find_objects(k, place, true);
        where.erase(std::remove_if(where.begin(), where.end(),
                                   [&](int32_t w) { return !typed_as(w, ActorType::state); }),
                    where.end());
        if (!where.empty()) emit(subj, where, cue, c0, k + 1, q);
      }
    }
    if (fronted) {
      // ("Under the auspices of the AU, Ethiopia and Eritrea held talks": the names after the
      // phrase's comma are the clause's subject)
      const uint32_t comma = fronted_phrase_end(obj, c1, obj_end);
      if (comma < last) obj_end = comma;
      subj = fronted_subject(obj_end);
    }
    // "the Polaroids donated to USI by the Warhol Foundation": a participle's agent follows "by"
    if (!obj.empty() && obj_end < last && is(obj_end, "by")) {
      Group agents = find_objects(obj_end, by_cue(), true);
      if (!agents.empty()) subj = agents;
    }
    // "U.S.-backed Syrian forces": a compound adjective backs some Syrians, not the Syrian state
    if (c0 > first && doc.token_text(c0 - 1) == "-" && !doc.tokens[c0].has(tok_space_before))
      obj.erase(std::remove_if(obj.begin(), obj.end(), [&](int32_t o) { return mention(o).kind == MentionKind::demonym; }),
                obj.end());
    // "would welcome Washington back": a return welcomed, no guest
    if (cue.relation == "hosts" && obj_end < last && is(obj_end, "back") && !cap(obj_end)) obj.clear();
    // "received U.S. military aid": a name modifying the goods received is no guest
    if (cue.relation == "hosts")
      obj.erase(std::remove_if(obj.begin(), obj.end(),
                               [&](int32_t o) {
                                 uint32_t t = mention(o).last;
                                 for (int w = 0; t < last && w < 2 && content_word(t) && !(wc(t) & wc_goods); ++w) ++t;
                                 if (t < last && (wc(t) & wc_goods) && !cap(t)) return true;
                                 // ("received more than 3,000 Ukrainian patients": a counted crowd, not the state's envoys)
                                 const uint32_t f = mention(o).phrase_first;
                                 // ("host up to 5,000 German troops": a state's forces are its own)
                                 const uint32_t h = mention(o).last;
                                 return mention(o).kind == MentionKind::demonym && f > first && doc.tokens[f - 1].has(tok_digit) &&
                                        !(h < last && (wc(h) & (wc_fighters | wc_body | wc_delegation | wc_peer)));
                               }),
                obj.end());
    if (cue.relation == "meets") {
      // (with no object found, the venue is sought from the cue: the search may have stopped at a
      // topic's "in", "discussed the situation in Syria")
      visit_in(subj, obj.empty() ? c1 : obj_end, c0, c1, q, false);
      // ("held talks in Minsk with X": the venue before the one met)
      if (!obj.empty() && c1 + 1 < last && is(c1, "in") && mention(obj.front()).first > c1) visit_in(subj, c1, c0, c1, q, false);
      visit_in(obj, obj_end, c0, c1, q, true);  // "Ruto met his Tanzanian counterpart in Nairobi"
    } else if (cue.relation == "hosts") {
      visit_in(obj, obj_end, c0, c1, q, true, true);  // "Khamenei received Iraq's prime minister in Tehran"
      // "China hosted Russian President X", "Mongolia will play host to X": a state's guest from
      // another state comes to it
      // ("Belgrade, Serbia - Serbia hosted X": one state however often its dateline names it)
      const bool one_state =
          !subj.empty() && std::all_of(subj.begin(), subj.end(), [&](int32_t sm) {
            return mention(sm).kind == MentionKind::name && actors(sm).size() == 1 && typed_as(sm, ActorType::state) &&
                   actors(sm) == actors(subj[0]);
          });
      if (one_state) visits_state(obj, actors(subj[0])[0], c0, c1, q, true);
      if (!subj.empty() && !obj.empty()) hosted_for_talks(subj, obj, obj_end, c0, q);
    }
    if (cue.has_flag("hostile") && !obj.empty()) return;
    // "threatened to use nuclear weapons against the United States"
    if (obj.empty() && cue.has_flag("to_against")) {
      uint32_t to = c1;  // ("threatened on Saturday to ...": past a phrase of time)
      while (to < last && to < c1 + 4 && !is(to, "to") && time_phrase_word(to)) ++to;
      if (to < last && is(to, "to")) {
        for (uint32_t k = to + 1; k < last && k < to + 8; ++k) {
          if (at(k) >= 0 || (punct(k) && doc.token_text(k) != "%")) break;
          if (is(k, "against") || is(k, "on")) {
            static const Cue target{"", "", "", {"against", "on"}, "", ""};
            obj = find_objects(k, target, true, nullptr);
            break;
          }
        }
        // "threatened to attack Somalia": the object of the threatened act
        uint32_t v = to + 1;
        while (v < last && quote(v)) ++v;
        // (a vow threatens only by an attack or a fight: not "vowed to build a plant in Iraq")
        if (cue.has_flag("hostile")) {
          std::vector<uint32_t> hit;
          if (v >= last || at(v) >= 0 || lex.cue_trie().longest(doc.ids, v, last, hit) == 0 ||
              std::none_of(hit.begin(), hit.end(), [&](uint32_t h) {
                return lex.cues()[h].relation == "attacks" || lex.cues()[h].relation == "fights";
              }))
            return;
        }
        if (obj.empty() && v < last && at(v) < 0) {
          std::vector<uint32_t> hit;
          const uint32_t len = lex.cue_trie().longest(doc.ids, v, last, hit);
          static const Cue direct{"", "", "", {}, "", "possessor_ok"};
          if (len > 0) obj = find_objects(v + len, direct, false, nullptr);
          // ("threatened to drag Lithuania before a tribunal", "to withdraw its troops from X": any
          // verb's object, or what it takes something away from)
          const bool verb = tree ? tree->tag[v - first] == "VB" : (content_word(v) && !cap(v));
          if (len == 0 && verb && v + 1 < last) {
            static const Cue away{"", "", "", {"from"}, "", ""};
            obj = find_objects(v + 1, direct, false, nullptr);
            if (obj.empty()) obj = find_objects(v + 1, away, true, nullptr);
          }
        }
        // ("threatened to publish the data unless Albania expelled the MEK": the one whose act the
        // threat's condition names)
        for (uint32_t k = to + 1; obj.empty() && k + 1 < last && k < to + 16 && doc.token_text(k) != ";"; ++k) {
          if (!(wc(k) & wc_cond) || at(k) >= 0) continue;
          uint32_t t = k + 1;
          while (t < last && det_at(t) && at(t) < 0) ++t;
          if (t < last && at(t) >= 0 && mention(at(t)).kind != MentionKind::pronoun) obj = {at(t)};
          break;
        }
      }
    }
    // "denied arming M23": a denied act is the act's cue to qualify, not an object of the denial
    // (but "accused neighbouring Eritrea of arming": an -ing word before a name and its "of" is an adjective)
    const bool adjective = c1 + 1 < last && at(c1 + 1) >= 0 && mention(at(c1 + 1)).last < last &&
                           is(mention(at(c1 + 1)).last, "of");
    if (cue.has_flag("rebut") && c1 < last && at(c1) < 0 && !adjective &&
        (tree ? tree->tag[c1 - first] == "VBG" : ing_form(c1)))
      obj.clear();
    // "denied any Russian involvement": what is denied is no actor's ("denied it": the claim)
    if (cue.has_flag("rebut") && !cue.has_flag("possessor_ok"))
      obj.erase(std::remove_if(obj.begin(), obj.end(),
                               [&](int32_t o) {
                                 return mention(o).kind == MentionKind::demonym ||
                                        (mention(o).kind == MentionKind::pronoun && is(mention(o).first, "it"));
                               }),
                obj.end());
    if (obj.empty() && cue.has_flag("rebut") && !subj.empty()) {
      rebutted_claim(subj, cue, c0, c1, q);
      return;
    }
    static const Cue phoned{"speaks_to", "01", "pattern", {}, "", ""};
    // "Canada and India expelled each other's diplomats": each does it to the others
    if (obj.empty() && actor_count(subj) >= 2 && c1 + 1 < last &&
        ((is(c1, "each") && is(c1 + 1, "other")) || (is(c1, "one") && is(c1 + 1, "another")))) {
      emit_pairs(subj, cue, c0, c1, q, true);
      return;
    }
    // "Cambodia and Thailand traded accusations", "X and Y remain at odds": with no object, each side
    // of a mutual cue acts on the other
    if (obj.empty() && cue.has_flag("mutual") && actor_count(subj) >= 2) {
      emit_pairs(subj, cue, c0, c1, q, true);
      return;
    }
    if (obj.empty() && cue.relation == "threatens" && !subj.empty() && warned_that(subj, cue, c0, c1, q)) return;
    if (obj.empty()) {
      // ("allow G42 and Humain to import chips": buying and selling pair no subjects)
      // ("A, B and C launched a force to fight jihadist groups": an infinitive with an object of its own
      // fights it together)
      // (but "fought a war", "fought fiercely" are with each other)
      bool own_object = false;
      if (cue.relation == "fights" && c0 > first && is(c0 - 1, "to") && c1 < last && at(c1) < 0 && !cap(c1) && !ly_word(c1) &&
          (det_at(c1) || content_word(c1)) && !(wc(c1) & wc_prep)) {
        uint32_t h = c1;
        while (h + 1 < last && at(h + 1) < 0 && (det_at(h + 1) || content_word(h + 1)) && !(wc(h + 1) & wc_prep)) ++h;
        // (a lone word may be an adverb, "clashed again"; nor is a phrase of time an object, "clashed last week")
        bool timed = false;
        for (uint32_t t = c1; t <= h; ++t) timed = timed || (wc(t) & (wc_time | wc_measure));
        own_object = (h > c1 || det_at(c1)) && !timed && !cue_at(h, [](const Cue& c) { return c.relation == "fights"; });
      }
      if (symmetric(cue) && actor_count(subj) >= 2 && cue.relation != "trades_with" && !own_object) {
        if (cue.relation == "meets" && phone_after(c1, 6)) {
          // ("X and Y discussed the war by phone": a call, from the first named to the other)
          Group callers = subj;
          std::sort(callers.begin(), callers.end(), [&](int32_t a, int32_t b) { return mention(a).first < mention(b).first; });
          emit_pairs(callers, phoned, c0, c1, q);
        } else {
          emit_pairs(subj, cue, c0, c1, q);
        }
      }
      return;
    }
    if (subj.empty()) subj = possessed_claim_subject(c0);
    if (subj.empty()) return;
    // "warned Chinese officials against supplying arms": a warning against an act of their own urges
    // as well as threatens
    uint32_t against = obj_end;
    while (against < last && against < obj_end + 2 && content_word(against) && !is(against, "against")) ++against;
    if (cue.relation == "threatens" && against + 1 < last && is(against, "against") && at(against + 1) < 0 &&
        ((tree ? tree->tag[against + 1 - first] == "VBG" : ing_form(against + 1)) || quote(against + 1))) {
      static const Cue advise{"urges", "02", "pattern", {}, "", ""};
      emit(subj, obj, advise, c0, c1, q);
    }
    // "discussed the situation by telephone with X": talks held by phone are a call, not a meeting
    bool by_phone = false;
    for (uint32_t t = c1; cue.relation == "meets" && t < obj_end && t < last; ++t) by_phone = by_phone || ((wc(t) & wc_contact) && !cap(t));
    // ("discussed the offer with X by phone", "met X in a video call")
    by_phone = by_phone || (cue.relation == "meets" && phone_after(obj_end, 0));
    if (by_phone) emit(subj, obj, phoned, c0, c1, q);
    else if (cue.has_flag("reverse")) emit(obj, subj, cue, c0, c1, q);
    else emit(subj, obj, cue, c0, c1, q);
    // ("India traded barbs with Pakistan": a mutual cue's object does it back)
    if (!by_phone && cue.has_flag("mutual")) emit(obj, subj, cue, c0, c1, q);
    // "thanked the Russian side for its support": the one thanked for a support of its own gives it
    if (cue.has_flag("credit") && obj_end + 2 < last && is(obj_end, "for") && (wc(obj_end + 1) & wc_poss)) {
      uint32_t t = obj_end + 2;
      while (t + 1 < last && t < obj_end + 5 && content_word(t) &&
             !cue_at(t, [](const Cue& c) { return c.relation == "supports" && c.kind == "noun"; }))
        ++t;
      // (a person thanking speaks for the state their office serves: the support went to it)
      if (cue_at(t, [](const Cue& c) { return c.relation == "supports" && c.kind == "noun"; })) {
        std::vector<int32_t> thanked = with_affiliations(subj, true);
        const std::vector<int32_t> own = actors(subj);
        if (thanked.size() > own.size()) thanked.erase(thanked.begin(), thanked.begin() + static_cast<std::ptrdiff_t>(own.size()));
        for (int32_t o : obj)
          for (int32_t giver : actors(o))
            for (int32_t to : thanked) emit_actors(giver, to, cue, c0, t + 1, q, std::string());
      }
    }
    // "Finland joined NATO together with Sweden": a companion after the object acts too
    if (!cue.has_flag("reverse") && !symmetric(cue) && obj_end + 2 < last && (wc(obj_end) & wc_along) &&
        is(obj_end + 1, "with") && at(obj_end + 2) >= 0 && head_capable(at(obj_end + 2)) &&
        mention(at(obj_end + 2)).kind == MentionKind::name) {
      Group companions = expand_left(at(obj_end + 2));
      uint32_t e = mention(at(obj_end + 2)).last;
      // ("together with Sweden and Norway")
      while (e + 1 < last && is(e, "and") && at(e + 1) >= 0 && mention(at(e + 1)).kind == MentionKind::name) {
        companions.push_back(at(e + 1));
        e = mention(at(e + 1)).last;
      }
      emit(companions, obj, cue, c0, c1, q);
    }
    // "Trump had asked Zelenskiy in a July 25 phone call to ...": the act was said to the object
    if (cue.relation != "speaks_to" && obj_end + 2 < last && (is(obj_end, "in") || is(obj_end, "during"))) {
      for (uint32_t k = obj_end + 1; k < last && k < obj_end + 7 && at(k) < 0 && !punct(k); ++k)
        if ((wc(k) & wc_contact) && !cap(k)) {
          static const Cue said_to{"speaks_to", "01", "pattern", {}, "", ""};
          while (k + 1 < last && (wc(k + 1) & wc_contact) && !cap(k + 1)) ++k;  // ("phone call")
          emit(cue.has_flag("reverse") ? obj : subj, cue.has_flag("reverse") ? subj : obj, said_to, c0, k + 1, q);
          break;
        }
    }
    // "fought alongside Ethiopia's army against the TPLF": both sides fight the one after "against"
    if (cue.relation == "cooperates_with" && is(c1 - 1, "alongside")) {
      uint32_t k = obj_end;
      while (k < last && k < obj_end + 3 && content_word(k) && !is(k, "against")) ++k;
      if (k + 1 < last && is(k, "against")) {
        static const Cue against{"", "", "", {"against"}, "", ""};
        static const Cue fight{"fights", "19", "pattern", {}, "", ""};
        const Group enemy = find_objects(k, against, true);
        if (!enemy.empty()) {
          emit(subj, enemy, fight, c0, c1, q);
          emit(obj, enemy, fight, c0, c1, q);
        }
      }
    }
  }

  // "Kenya condemned the assault": an attack named as the object opposes its agent ("the attack by
  // X") or the attacker the text named last, a few sentences back at most; an act's agent after
  // "by" too ("condemned the decision by Lithuania").
  void condemned_attack(const Group& subj, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q) {
    uint32_t k = c1;
    // ("what he called a cowardly attack")
    // ("what it called": a state's or a body's words too)
    if (k + 2 < last && is(k, "what") && ((wc(k + 1) & wc_subjpron) || is(k + 1, "it")) && (is(k + 2, "called") || is(k + 2, "described")))
      k += 3;
    // ("a three-day air and naval exercise": modifiers joined by "and")
    // ("rejected the accusations", "rejected the threat": a claim is judged like an act)
    const uint64_t judged = wc_assault | wc_act | wc_claim;
    for (int words = 0; k < last && words < 7 && !(wc(k) & judged); ++words) {
      const bool joined = words > 0 && is(k, "and") && !cap(k) && k + 1 < last && content_word(k + 1);
      if (!(det_at(k) || quote(k) || content_word(k) || joined || (words > 0 && doc.token_text(k) == "-")) || at(k) >= 0)
        return;
      ++k;
    }
    if (k >= last || !(wc(k) & judged) || cap(k)) return;
    // (a claim rebutted is rebutted_claim's; one judged has no agent after "by": "denied a report by X")
    const bool claim_only = (wc(k) & (wc_assault | wc_act)) == 0;
    if (claim_only && cue.has_flag("rebut")) return;
    // ("called the claim \"a fantasy\"", "called Y's remarks a smear": a claim named a lie is rebutted)
    if (claim_only && cue.has_flag("stigma")) {
      rebutted_claim(subj, cue, c0, c1, q);
      return;
    }
    const bool assault = (wc(k) & wc_assault) != 0;
    uint32_t e = k + 1;
    while (e < last && (wc(e) & wc_assault)) ++e;  // "the bomb attacks"
    if (e + 1 < last && quote(e) && is(e + 1, "by")) ++e;  // ('a "reckless escalation" by X')
    // ("condemned the sanctions imposed by X", "the raid carried out by X": a participle of doing before its agent)
    {
      uint32_t p = e < last && quote(e) ? e + 1 : e;
      if (p + 2 < last && (wc(p) & wc_light) && ed_form(p) && !cap(p)) {
        const uint32_t b = is(p + 1, "out") ? p + 2 : p + 1;
        if (b + 1 < last && is(b, "by")) e = b;
      }
    }
    // ("criticised the seizure of the tanker by Iran": what the act was done to stands before its agent)
    uint32_t by = e;
    if (by < last && is(by, "of"))
      for (uint32_t t = by + 1; t < last && t < e + 7; ++t) {
        if (is(t, "by")) {
          by = t;
          break;
        }
        if (!(det_at(t) || quote(t) || content_word(t) || (at(t) >= 0 && mention(at(t)).kind != MentionKind::pronoun)))
          break;
        if (at(t) >= 0) t = mention(at(t)).last - 1;
      }
    // ("condemned the decision by Lithuania to allow ...": an act's agent too)
    if (by < last && is(by, "by") && !claim_only) {
      e = by;
      const Group agents = find_objects(e, by_cue(), true);
      if (!agents.empty()) emit(subj, agents, cue, c0, e, q);
      return;
    }
    if (!assault) {
      judged_earlier_act(subj, cue, c0, c1, k, e, q);
      return;
    }
    // "condemned the attack on X" names the target, not the attacker
    // ("condemned the strike as a violation": "as" only says what it was)
    if (e < last && (wc(e) & wc_prep) && !is(e, "in") && !is(e, "at") && !is(e, "as")) return;
    if (m_attackers.empty() || sent - m_attack_sentence > 12) return;
    for (int32_t s : subj)
      for (int32_t sa : actors(s))
        for (int32_t a : m_attackers) emit_actors(sa, a, cue, c0, e, q, std::string());
  }

  // "Britain announced sanctions on Russia. Moscow denounced the sanctions": an act named again
  // with "the" (at token k, its phrase ending at e) is the latest one the last two sentences stated
  // (for a judgement against it, one that targeted the subject); its actor is judged.
  void judged_earlier_act(const Group& subj, const Cue& cue, uint32_t c0, uint32_t c1, uint32_t k, uint32_t e,
                          const Qualifiers& q) {
    uint32_t d = c1;
    while (d < k && quote(d)) ++d;  // ('"firmly opposes" the measures')
    if (k <= d || !is(d, "the") || (e < last && (is(e, "of") || (wc(e) & wc_relpron) || doc.tokens[e].has(tok_possessive))))
      return;
    // ("Iran's foreign ministry spokesman X condemned the sanctions": the state an officer serves
    // was their target)
    const std::vector<int32_t> judges = with_affiliations(subj, true);
    auto judge = [&](int32_t a) { return std::find(judges.begin(), judges.end(), a) != judges.end(); };
    const bool relation_noun = cue_at(k, [](const Cue& c) { return c.kind == "noun"; });
    // ("the U.S. imposed sanctions on China ... China and Iran trade ... Iran condemned the sanctions":
    // an act named by its own word in the window comes before a later act of another kind)
    size_t named = facts.size();
    for (size_t i = facts.size(); i-- > 0 && facts[i].evidence.sentence + 5 >= sent;)
      if (m_cue_token[i] < c0 && !facts[i].negated && names_fact(k, i)) {
        named = i;
        break;
      }
    for (size_t i = facts.size(); i-- > 0;) {
      const Fact& f = facts[i];
      // (further back only an act named by its own word: "Romania signed a deal with the US ... [four
      // sentences] ... Moscow condemned the deal")
      if (f.evidence.sentence + 5 < sent) break;
      if (f.evidence.sentence + 2 < sent && !names_fact(k, i)) continue;
      if (named < facts.size() && i > named) continue;
      if (f.negated || f.relation == "affiliated_with" || f.relation == "speaks_to" || m_cue_token[i] >= c0) continue;
      // (a judgement in words is no act: "X condemned Russia's abuse. Moscow denounced the expulsion")
      if (rebuking_verb_at(m_cue_token[i])) continue;
      // (nor is a name called: "X described the vote as a gift. Y welcomed the decision")
      if (cue_at(m_cue_token[i], [](const Cue& c) { return c.kind == "verb" && c.has_flag("stigma"); })) continue;
      const int32_t src = actor_index(f.source), dst = actor_index(f.target);
      if (src < 0 || judge(src)) continue;
      // ("Germany pledged aid to Ukraine. The Kremlin condemned the pledge": the act named by its
      // own word may have been done to another)
      if (cue.relation == "opposes" && !judge(dst) && !names_fact(k, i, true)) continue;
      // ("X signed a pact ... Y urged Z ... W welcomed the pact": a noun of a relation names an act of it)
      if (relation_noun && !names_fact(k, i, true)) continue;
      // ("The EU asked the WTO to rule. The WTO ruled against the ban": a plea is no act against its addressee)
      if (cue.relation == "opposes" && (f.relation == "urges" || f.relation == "speaks_to") && !names_fact(k, i)) continue;
      // ("X has been fighting Y. Z welcomed the decision": a fight is welcomed only by its own word)
      if (cue.relation != "opposes" && (f.relation == "fights" || f.relation == "attacks") && !names_fact(k, i)) continue;
      // ("X and Y signed a deal. Z welcomed the move": an act both sides did has two authors)
      const bool both = cue.relation != "opposes" && (f.relation == "cooperates_with" || f.relation == "meets") &&
                        dst >= 0 && !judge(dst);
      for (int32_t s : subj)
        for (int32_t a : actors(s)) {
          emit_actors(a, src, cue, c0, e, q, std::string());  // (facts grow: f is not read after this)
          if (both) emit_actors(a, dst, cue, c0, e, q, std::string());
        }
      return;
    }
  }

  // "X warned that it would respond if Finland joined NATO", "warned that Islamabad would be at war with
  // Afghanistan": a warning of what the warner (or its state) would do threatens the one its condition
  // names, else the first other actor of the warned clause. False when the clause is no such warning.
  bool warned_that(const Group& subj, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q) {
    uint32_t t = c1;
    // (past a phrase of time: "on Saturday", "for weeks")
    for (int words = 0; t < last && words < 4 && !is(t, "that") && (time_phrase_word(t) || (wc(t) & wc_measure)); ++words) ++t;
    if (t + 3 >= last || !is(t, "that")) return false;
    const std::vector<int32_t> own = with_affiliations(subj, false);
    auto is_own = [&](int32_t m) {
      const auto as = actors(m);
      return !as.empty() && std::all_of(as.begin(), as.end(), [&](int32_t a) { return std::find(own.begin(), own.end(), a) != own.end(); });
    };
    // the warned clause opens with the warner and a verb of what it would do
    const int32_t s0 = at(t + 1);
    if (s0 < 0 || !is_own(s0)) return false;
    uint32_t v = mention(s0).last;
    if (v < last && content_word(v) && !(wc(v) & (wc_future | wc_modal))) ++v;  // an adverb: "still"
    if (v >= last || !(wc(v) & (wc_future | wc_modal))) return false;
    int32_t target = -1;
    for (uint32_t k = v + 1; k < last && target < 0; ++k) {
      if (doc.token_text(k) == ";") break;
      if ((wc(k) & wc_cond) && at(k) < 0) {
        // (the condition's subject: "if Manila continued")
        const int32_t c = k + 1 < last ? at(k + 1) : -1;
        if (c >= 0 && !is_own(c) && !actors(c).empty()) target = c;
        break;
      }
    }
    for (uint32_t k = v + 1; k < last && target < 0; ++k) {
      if (doc.token_text(k) == ";" || ((wc(k) & wc_cond) && at(k) < 0)) break;
      const int32_t m = at(k);
      if (m >= 0 && !is_own(m) && !actors(m).empty() && mention(m).kind != MentionKind::pronoun) target = m;
    }
    if (target < 0) {
      // ("accused Paris of waging a campaign and warned that it would respond": the one the same
      // sentence's subject opposed before is warned)
      for (auto it = facts.rbegin(); it != facts.rend() && it->evidence.sentence == sent; ++it) {
        const int32_t src = actor_index(it->source), dst = actor_index(it->target);
        if (it->negated || it->relation != "opposes" || src < 0 || dst < 0 ||
            std::find(own.begin(), own.end(), src) == own.end() || std::find(own.begin(), own.end(), dst) != own.end())
          continue;
        for (int32_t sa : actors(subj)) emit_actors(sa, dst, cue, c0, c1, q, std::string());
        return true;
      }
      return false;
    }
    for (int32_t sm : subj)
      for (int32_t sa : actors(sm))
        for (int32_t ta : actors(target)) emit_actors(sa, ta, cue, c0, c1, q, std::string());
    return true;
  }

  bool is_type_state(int32_t a) const { return a >= 0 && da.actors[static_cast<size_t>(a)].type == ActorType::state; }

  // The actors of `subj` and what the facts so far tie them to, in fact order ("X, Iran's foreign
  // minister": Iran); only states when `states_only`.
  std::vector<int32_t> with_affiliations(const Group& subj, bool states_only) const {
    std::vector<int32_t> out = actors(subj);
    for (const Fact& f : facts)
      if (f.relation == "affiliated_with" && !f.negated)
        for (int32_t a : std::vector<int32_t>(out))
          if (f.source == da.actors[static_cast<size_t>(a)].id) {
            const int32_t t = actor_index(f.target);
            if (!states_only || is_type_state(t)) out.push_back(t);
          }
    return out;
  }

  // The partner of a trade verb past a long phrase of what is traded: "imports about 60% of its
  // iron ore from Australia", "buys about 9% of Indonesia's palm oil" (the owner of the goods).
  Group traded_with(uint32_t c1, const Cue& cue, uint32_t& obj_end) const {
    int32_t owner = -1;
    for (uint32_t k = c1; k < last && k < c1 + 12; ++k) {
      if (at(k) >= 0) {
        const Mention& m = mention(at(k));
        if (m.kind == MentionKind::pronoun && (wc(k) & wc_poss)) continue;
        if (!m.possessive || m.kind != MentionKind::name || owner >= 0 || m.last + 1 >= last || !content_word(m.last + 1))
          break;
        owner = at(k);
        k = m.last;
        continue;
      }
      if (std::find(cue.preps.begin(), cue.preps.end(), doc.norm[k]) != cue.preps.end() && !is(k, "of")) {
        Group g = find_objects(k, cue, true, &obj_end);
        if (!g.empty()) return g;
        break;
      }
      // ("imports diesel and jet fuel on credit from X": goods joined by "and")
      const bool goods_joined = k > c1 && is(k, "and") && !cap(k) && k + 1 < last && at(k + 1) < 0 && content_word(k + 1) &&
                                !cap(k + 1) && !verb_cue_at(k + 1);
      if ((punct(k) && doc.token_text(k) != "%") ||
          ((wc(k) & (wc_relpron | wc_clause | wc_report | wc_conj | wc_modal | wc_aux)) && !goods_joined) ||
          (tree && k > c1 && finite_verb(k)) || quote(k))
        break;
    }
    // (not an owner of officials: "ordered Iran's ambassador to leave")
    if (owner < 0 || dm.title_at[mention(owner).last + 1] ||
        !(typed_as(owner, ActorType::state) || typed_as(owner, ActorType::organization)))
      return {};
    obj_end = mention(owner).last + 1;
    return {owner};
  }

  // ", a move X challenged": the subject's phrase follows "<comma> <det> <act noun>" and the
  // clause before the comma made a fact; its source is the act's author. False when not so.
  bool judged_act(const Group& subj, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q) {
    // (", a move Japan and the United States criticized": from the first of coordinated subjects)
    Group all = subj;
    uint32_t s = mention(subj.front()).phrase_first;
    for (int32_t m : subj) s = std::min(s, mention(m).phrase_first);
    for (;;) {
      while (s > first && det_at(s - 1) && at(s - 1) < 0 && !(wc(s - 1) & wc_relpron)) --s;
      if (s < first + 2 || !(is(s - 1, "and") || doc.token_text(s - 1) == ",") || at(s - 2) < 0 ||
          mention(at(s - 2)).kind != MentionKind::name || mention(at(s - 2)).possessive)
        break;
      const int32_t prev = at(s - 2);
      if (std::find(all.begin(), all.end(), prev) == all.end()) all.push_back(prev);
      s = mention(prev).phrase_first;
    }
    if (s > first && (is(s - 1, "that") || is(s - 1, "which"))) --s;
    return judged_act_at(s, all, cue, c0, c1, q);
  }

  // The same where the act noun ends right before token s (", a position criticized by X": s is the verb).
  bool judged_act_at(uint32_t s, const Group& subj, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q) {
    if (s < first + 3 || !(wc(s - 1) & wc_act) || cap(s - 1) || !det_at(s - 2) || doc.token_text(s - 3) != "," ||
        s - 1 >= c0)
      return false;
    const int32_t author = clause_actor_before(s - 3);
    if (author < 0) return false;
    static const Cue endorse{"supports", "051", "pattern", {}, "", ""};
    const Cue& judged = cue.relation == "opposes" ? cue : endorse;
    for (int32_t m : subj)
      for (int32_t sa : actors(m)) emit_actors(sa, author, judged, c0, c1, q, std::string());
    return true;
  }

  // The actor of the clause before a comma at `comma` (its act is judged after it): the main verb's
  // subject on the tree, else the source of the sentence's latest fact before the comma, else the
  // name opening the sentence; -1 when none.
  int32_t clause_actor_before(uint32_t comma) const {
    int32_t author = -1;
    // on the tree, the subject of the sentence's main verb ("The Maldives, whose President visited
    // China, has let ships call, a move X criticised": the Maldives, not its President)
    if (tree && tree->parsed()) {
      for (uint32_t r = first; r < comma; ++r) {
        if (t_rel(r) != "root" || tree->tag[r - first].substr(0, 2) != "VB") continue;
        Group g;
        if (tree_subject(r, g) && !g.empty() && !actors(g.front()).empty()) author = actors(g.front()).front();
        break;
      }
    }
    for (size_t i = facts.size(); author < 0 && i-- > 0;) {
      const Fact& f = facts[i];
      if (f.evidence.sentence != sent) break;
      if (f.negated || f.relation == "affiliated_with" || m_cue_token[i] >= comma) continue;
      author = actor_index(f.source);
      break;
    }
    // (else a name opening the sentence: "Egypt reopened the crossing, a decision X welcomed")
    uint32_t opener = first;
    while (opener < comma && det_at(opener) && at(opener) < 0) ++opener;
    if (author < 0 && at(opener) >= 0 && mention(at(opener)).kind == MentionKind::name && !mention(at(opener)).possessive &&
        head_capable(at(opener)) && !actors(at(opener)).empty())
      author = actors(at(opener)).front();
    return author;
  }

  // "The Pentagon rejected these accusations", "a charge Juba denied": rejecting a claim opposes
  // its author, named before the noun ("the Russian and Syrian claims", "Rubio's remarks") or else
  // the accuser of the latest sentence, up to two back, who targeted the subject or its state.
  void rebutted_claim(const Group& subj, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q) {
    uint32_t claim = c1;
    for (int words = 0; claim < last && words < 4 && !(wc(claim) & wc_claim); ++words) {
      if (!(det_at(claim) || quote(claim) || content_word(claim) || at(claim) >= 0)) break;
      claim = at(claim) >= 0 ? mention(at(claim)).last : claim + 1;
    }
    if (claim >= last || !(wc(claim) & wc_claim) || cap(claim)) {
      // ("a charge Juba denied", "an allegation that Caracas has rejected")
      uint32_t s = mention(subj.front()).phrase_first;
      while (s > first && det_at(s - 1) && at(s - 1) < 0) --s;
      if (s > first && (is(s - 1, "that") || is(s - 1, "which"))) --s;
      if (s <= first || !(wc(s - 1) & wc_claim) || cap(s - 1) || s - 1 >= c0) return;
      claim = s - 1;
    }
    std::vector<int32_t> authors;
    // the names right before the noun: possessors and modifiers
    for (uint32_t p = claim; p > first && p + 5 > claim;) {
      const int32_t a = at(p - 1);
      if (a >= 0) {
        for (int32_t x : actors(a)) authors.push_back(x);
        p = mention(a).first;
      } else if (is(p - 1, "and") || (content_word(p - 1) && !verb_at(p - 1))) {
        --p;
      } else {
        break;
      }
    }
    // ("dismissed the appeal by the African Union", "rejected the charges from Kyiv")
    if (authors.empty() && claim + 2 < last && (is(claim + 1, "by") || is(claim + 1, "from")) && claim > c0) {
      uint32_t p = claim + 2;
      while (p < last && det_at(p) && at(p) < 0) ++p;
      if (p < last && at(p) >= 0 && mention(at(p)).kind == MentionKind::name && head_capable(at(p)) && !mention(at(p)).possessive)
        for (int32_t x : actors(at(p))) authors.push_back(x);
      // ("rejecting claims by opposition lawmakers": an author named, though no actor: no accuser further back)
      if (authors.empty() && p < last && at(p) < 0 && content_word(p) && !cap(p)) return;
    }
    // ("Rohingya leaders say the group abused civilians, accusations the group denies": a claim in
    // apposition to the clause before is that clause, whose speaker, named or not, is the author)
    const uint32_t comma = claim > first && doc.token_text(claim - 1) == "," ? claim - 1
                           : claim > first + 1 && det_at(claim - 1) && doc.token_text(claim - 2) == "," ? claim - 2 : last;
    const std::vector<int32_t> targets = with_affiliations(subj, false);
    auto is_target = [&](int32_t a) { return std::find(targets.begin(), targets.end(), a) != targets.end(); };
    if (authors.empty() && comma < last && claim < c0 && !(wc(claim) & wc_report) &&
        std::none_of(subj.begin(), subj.end(), [&](int32_t m) { return mention(m).plural; })) {
      const int32_t a = clause_actor_before(comma);
      if (a >= 0 && !is_target(a)) authors.push_back(a);
      // (the clause's speaker names no actor: "Rohingya leaders say"; no accuser further back)
      bool reported = false;
      for (uint32_t t = first; t < comma && !reported; ++t) reported = (wc(t) & wc_report) && !cap(t) && !is(t, "according");
      if (authors.empty() && reported) return;
    }
    if (authors.empty()) {
      uint32_t from_sentence = UINT32_MAX, accused_at = UINT32_MAX;
      // ("Venezuela threatened Guyana. X accused Guyana of ... Guyana rejected the threat": the claim
      // named by its own word, if the last two sentences stated it)
      for (auto it = facts.rbegin(); it != facts.rend() && it->evidence.sentence + 2 >= sent; ++it) {
        const size_t i = static_cast<size_t>(facts.rend() - it - 1);
        if (it->negated || m_rebuttal[i] || m_cue_token[i] >= c0 || !names_fact(claim, i)) continue;
        const int32_t src = actor_index(it->source), dst = actor_index(it->target);
        if (src < 0 || !is_target(dst) || is_target(src)) continue;
        from_sentence = it->evidence.sentence;
        break;
      }
      for (auto it = facts.rbegin(); it != facts.rend(); ++it) {
        const uint32_t fs = it->evidence.sentence;
        if (fs + 2 < sent || (from_sentence != UINT32_MAX && fs < from_sentence)) break;
        if (from_sentence != UINT32_MAX && fs != from_sentence) continue;
        if (it->negated || (it->relation != "opposes" && it->relation != "urges" && it->relation != "threatens")) continue;
        // ("a charge Asmara denies. Addis Ababa denied reports of ...": a denial is no accusation)
        if (m_rebuttal[static_cast<size_t>(facts.rend() - it - 1)]) continue;
        const int32_t src = actor_index(it->source), dst = actor_index(it->target);
        if (src < 0 || !is_target(dst) || is_target(src)) continue;
        from_sentence = fs;
        accused_at = std::min(accused_at, m_cue_token[static_cast<size_t>(facts.rend() - it - 1)]);
        authors.push_back(src);
      }
      // ("X said villagers were moved, an accusation Rio Tinto rejected": with no accuser, the
      // clause before the comma is the claim, and its actor the claim's author)
      // (the rejecter named: "a charge both governments deny" points back to an accuser instead)
      if (authors.empty() && claim >= first + 2 && det_at(claim - 1) && doc.token_text(claim - 2) == "," && claim < c0 &&
          std::all_of(subj.begin(), subj.end(), [&](int32_t m) { return mention(m).kind == MentionKind::name; })) {
        const int32_t a = clause_actor_before(claim - 2);
        if (a >= 0 && !is_target(a)) authors.push_back(a);
      }
      // "Pakistan accuses India of backing the TTP, a charge New Delhi rejects": what the subject
      // was accused of doing, after the accusation, is denied
      if (!authors.empty() && !q.negated)
        for (size_t i = 0; i < facts.size(); ++i) {
          Fact& f = facts[i];
          if (f.evidence.sentence == from_sentence && m_cue_token[i] > accused_at && f.relation != "affiliated_with" &&
              is_target(actor_index(f.source)))
            f.negated = true;
        }
    }
    const size_t before = facts.size();
    for (int32_t s : subj)
      for (int32_t sa : actors(s))
        for (int32_t a : authors) emit_actors(sa, a, cue, c0, c1, q, std::string());
    std::fill(m_rebuttal.begin() + static_cast<std::ptrdiff_t>(before), m_rebuttal.end(), uint8_t(1));
  }

  // 'X said Y "will pay a heavy price"', "warned Seoul that they would pay dearly": the one who
  // will pay, named right before the modal, is threatened by the speaker of the clause.
  void retribution(const Cue& cue, uint32_t c0, uint32_t c1) {
    uint32_t s = c0;
    while (s > first && quote(s - 1)) --s;  // ('would "pay dearly"')
    if (s < first + 3 || !(wc(s - 1) & (wc_future | wc_modal)) || cap(s - 1)) return;
    --s;
    while (s > first && quote(s - 1)) --s;
    if (s <= first || at(s - 1) < 0 || !head_capable(at(s - 1)) || mention(at(s - 1)).possessive) return;
    const int32_t payer = at(s - 1);
    // the verb of speech or warning before the payer ("said that", "warned Seoul and Washington that")
    for (uint32_t r = mention(payer).phrase_first; r-- > first && r + 12 > mention(payer).phrase_first;) {
      if (doc.token_text(r) == ";" || doc.token_text(r) == ":") return;
      const bool speech = ((wc(r) & wc_report) && !is(r, "according")) ||
                          cue_at(r, [](const Cue& c) { return c.relation == "threatens" && c.kind == "verb"; });
      if (!speech || cap(r) || at(r) >= 0) continue;
      // ("said Kampala would not withdraw and vowed that X would pay": the reporter's vow)
      Group speaker;
      if (!reporter_of_joined_verb(r, speaker, true, true)) speaker = find_subject(r);
      if (!speaker.empty()) emit(speaker, expand_left(payer), cue, c0, c1, qualifiers(first, r));
      return;
    }
  }

  // "Egypt sent its intelligence chief X to Doha", "dispatched envoy X to Kabul": the person sent
  // visits the place after "to" (anything else sent is another cue's).
  void envoy_sent(const Cue& cue, uint32_t c0, uint32_t c1) {
    uint32_t p = c1;
    while (p < last && at(p) < 0 && (dm.title_at[p] || det_at(p) || (content_word(p) && !verb_at(p)))) ++p;
    // ("its envoy": past a possessive pronoun)
    if (p < last && at(p) >= 0 && mention(at(p)).kind == MentionKind::pronoun && (wc(p) & wc_poss)) {
      ++p;
      while (p < last && at(p) < 0 && (dm.title_at[p] || content_word(p))) ++p;
    }
    if (p + 1 < last && p > c1 && doc.token_text(p) == "," && at(p + 1) >= 0) ++p;  // "its foreign minister, X,"
    // "sent a delegation led by intelligence official X to Doha": its leader visits too
    uint32_t led = c1;
    while (led < last && led < c1 + 4 && at(led) < 0 && !((wc(led) & wc_delegation) && !cap(led))) ++led;
    if (led + 3 < last && at(led) < 0 && (wc(led) & wc_delegation) && (is(led + 1, "led") || is(led + 1, "headed")) &&
        is(led + 2, "by")) {
      uint32_t l = led + 3;
      while (l < last && at(l) < 0 && (dm.title_at[l] || det_at(l) || (content_word(l) && !verb_at(l)))) ++l;
      if (l >= last || at(l) < 0 || mention(at(l)).kind != MentionKind::name || !typed_as(at(l), ActorType::person)) return;
      uint32_t t = mention(at(l)).last;
      if (t < last && doc.token_text(t) == ",") ++t;
      if (t >= last || !is(t, "to")) return;
      const Group places = places_after(t, cue);
      if (places.empty()) return;
      const Qualifiers q = qualifiers(first, c0);
      emit({at(l)}, places, cue, c0, c1, q);
      const Group sender = find_subject(c0);
      if (!sender.empty()) emit(sender, places, cue, c0, c1, q);
      return;
    }
    // "Abuja would send a delegation to Bissau": a delegation sent is its sender's visit
    // ("sent ministers to Niamey", "sent its foreign minister to Doha": so are unnamed officials)
    if (p > c1 && p < last && at(p) < 0 && ((wc(p - 1) & wc_delegation) || dm.title_at[p - 1]) && !cap(p - 1) && is(p, "to")) {
      const Group sender = find_subject(c0);
      const Group places = places_after(p, cue);
      if (!sender.empty() && !places.empty()) emit(sender, places, cue, c0, c1, qualifiers(first, c0));
      return;
    }
    if (p >= last || at(p) < 0 || mention(at(p)).kind != MentionKind::name || !typed_as(at(p), ActorType::person)) return;
    const int32_t envoy = at(p);
    uint32_t t = mention(envoy).last;
    // (past an apposition: "its foreign minister, X,")
    if (t < last && doc.token_text(t) == ",") ++t;
    if (t >= last || std::find(cue.preps.begin(), cue.preps.end(), doc.norm[t]) == cue.preps.end()) return;
    const Group places = places_after(t, cue);
    if (!places.empty()) emit({envoy}, places, cue, c0, c1, qualifiers(first, c0));
  }

  // The states and places named after the cue's preposition at t.
  Group places_after(uint32_t t, const Cue& cue) const {
    Group places = find_objects(t, cue, true);
    places.erase(std::remove_if(places.begin(), places.end(),
                                [&](int32_t o) { return !typed_as(o, ActorType::state) && !typed_as(o, ActorType::location); }),
                 places.end());
    return places;
  }

  // "a Taliban delegation led by Deputy Prime Minister X", "South Sudan's delegation was led by X",
  // "the U.S. team, headed by X,": the person leading a delegation belongs to the state or
  // organization it comes from.
  void delegation_leader(uint32_t c0, uint32_t c1) {
    uint32_t d = c0;
    if (d > first && doc.token_text(d - 1) == ",") --d;
    while (d > first && (wc(d - 1) & (wc_copula | wc_aux)) && !cap(d - 1)) --d;
    if (d <= first + 1 || !(wc(d - 1) & wc_delegation) || cap(d - 1)) return;
    uint32_t n = d - 1;
    // "the Iranian negotiating team", "the EU's election observation mission"
    for (int words = 0; words < 2 && n > first + 1 && content_word(n - 1) && !cap(n - 1) && at(n - 1) < 0; ++words) --n;
    if (n > first + 1 && doc.tokens[n - 1].has(tok_possessive)) --n;                 // "Iran's delegation"
    const int32_t from = at(n - 1);
    if (from < 0 || !(typed_as(from, ActorType::state) || typed_as(from, ActorType::organization))) return;
    uint32_t p = c1;
    while (p < last) {
      // (a rank of the office's time: "led by former Ghanaian foreign minister X")
      if ((dm.title_at[p] || (is(p, "former") && !cap(p))) && at(p) < 0) ++p;
      // ("led by Mossad director X": past the leader's own body before the title)
      else if (at(p) >= 0 && !typed_as(at(p), ActorType::person) && mention(at(p)).modifies >= 0 &&
               mention(at(p)).last < last && dm.title_at[mention(at(p)).last])
        p = mention(at(p)).last;
      else
        break;
    }
    if (p >= last || at(p) < 0 || !typed_as(at(p), ActorType::person)) return;
    emit({at(p)}, {from}, affiliation_cue(), c0, mention(at(p)).last, Qualifiers{false, Tense::present, {}},
         mention(at(p)).role);
    // ("X met the Israeli team, led by Y": whoever met or hosted the delegation met its leader)
    static const Cue talks{"meets", "04", "pattern", {}, "", ""};
    static const Cue hosted{"hosts", "043", "pattern", {}, "", ""};
    const std::vector<int32_t> sides = actors(from), leaders = actors(at(p));
    for (size_t i = facts.size(); i-- > 0 && facts[i].evidence.sentence == sent;) {
      // (the fields, not the fact: emitting grows `facts`)
      const Fact& f = facts[i];
      if (f.negated || m_cue_token[i] >= c0 || (f.relation != "meets" && f.relation != "hosts")) continue;
      const int32_t other = actor_index(f.source), side = actor_index(f.target);
      if (other < 0 || std::find(sides.begin(), sides.end(), side) == sides.end()) continue;
      const Cue& cue = f.relation == "meets" ? talks : hosted;
      const Qualifiers q{false, f.tense, {}};
      const uint32_t cue_at_token = m_cue_token[i];
      for (int32_t l : leaders) emit_actors(other, l, cue, cue_at_token, mention(at(p)).last, q, std::string());
    }
  }

  // The actor heading a clause at token k that says what it should or must do ("the United
  // States should adhere"), or -1.
  int32_t obliged_subject(uint32_t k) const {
    while (k < last && det_at(k) && at(k) < 0) ++k;
    if (k >= last || at(k) < 0) return -1;
    int32_t target = at(k);
    if (!head_capable(target)) target = mention(target).modifies;
    if (target < 0) return -1;
    const uint32_t after = mention(target).last;
    // ("said the council should have given X more time": a past duty unmet is blame, not a demand)
    if (after + 1 < last && is(after + 1, "have")) return -1;
    return after < last && (wc(after) & wc_oblige) ? target : -1;
  }

  // "Aliyev said Armenia must withdraw its troops": a reported demand on a named actor urges it.
  // "The Kremlin said the U.S. threats were \"illegitimate\"", "said Washington's sanctions were illegal":
  // an actor's act judged by a word of stigma in the reported clause opposes that actor.
  void reported_judgement(uint32_t r) {
    uint32_t p = r + 1;
    if (p < last && is(p, "that")) ++p;
    if (p < last && det_at(p) && at(p) < 0) ++p;
    if (p >= last || at(p) < 0) return;
    const int32_t owner = at(p);
    const Mention& om = mention(owner);
    if (om.kind != MentionKind::name) return;
    uint32_t n = om.last;
    if (n < last && doc.tokens[n].has(tok_possessive)) ++n;
    for (int words = 0; n < last && words < 2 && content_word(n) && !(wc(n) & (wc_act | wc_claim)); ++words) ++n;
    if (n + 2 >= last || !(wc(n) & (wc_act | wc_claim)) || cap(n)) return;
    uint32_t v = n + 1;
    if (!(wc(v) & wc_copula) || cap(v)) return;
    ++v;
    while (v < last && quote(v)) ++v;
    if (v < last && (wc(v) & wc_neg)) return;
    if (v >= last || !(wc(v) & wc_stigma) || at(v) >= 0) return;
    const Group subj = find_subject(r);
    if (subj.empty()) return;
    static const Cue judged{"opposes", "11", "pattern", {}, "", ""};
    emit(subj, {owner}, judged, r, v + 1, qualifiers(first, r));
  }

  void reported_demand(uint32_t k) {
    const bool that = k + 1 < last && is(k + 1, "that");
    uint32_t j = that ? k + 2 : k + 1;
    // ("told Blinken that Washington should stop": past the one told, and the titles before the name)
    uint32_t told = j;
    while (!that && told < last && dm.title_at[told] && at(told) < 0) ++told;
    if (!that && told < last && at(told) >= 0 && mention(at(told)).last + 1 < last && is(mention(at(told)).last, "that"))
      j = mention(at(told)).last + 1;
    while (j < last && det_at(j) && at(j) < 0) ++j;
    // "demanded that X step down": the verb itself obliges (a title may open the name)
    const bool mandate = (wc(k) & wc_mandate) && that;
    while (mandate && j < last && dm.title_at[j] && at(j) < 0) ++j;
    if (j >= last || at(j) < 0 || !head_capable(at(j)) || mention(at(j)).possessive) return;
    const int32_t target = mandate ? at(j) : obliged_subject(j);
    Group targets{target};
    // ("said Kinshasa and Kigali must return to the table": an obliged pair)
    if (target < 0 && !mandate) {
      targets = obliged_group(j, last);
      if (targets.size() < 2) return;
    }
    // ("demanded that the SAF and the paramilitary RSF agree": every name of the clause's subject)
    if (mandate && target >= 0) {
      const Group all = find_objects(j, any_cue(), false);
      if (all.size() > 1 && all.front() == target) targets = all;
    }
    Group subj = find_subject(k);
    if (subj.empty()) return;
    static const Cue urge{"urges", "02", "pattern", {}, "", ""};
    emit(subj, targets, urge, k, k + 1, qualifiers(first, k));
  }

  // "Kinshasa and Kigali must ...": the names from p on, ending before `limit` in a word of duty
  // ("must", "should"; not "should have"); empty if the clause is none.
  Group obliged_group(uint32_t p, uint32_t limit) const {
    uint32_t end = p;
    Group names = find_objects(p, any_cue(), false, &end);
    if (end >= limit || end >= last || !(wc(end) & wc_oblige) || (end + 1 < last && is(end + 1, "have"))) return {};
    return names;
  }

  // '"Kinshasa and Kigali must return to the table," Djama said': a quotation opening with named
  // actors under an obligation, closed by its speaker's verb of speech at r, urges them.
  void quoted_demand(uint32_t r) {
    // the speaker right before the verb ('," Djama told') or right after it ('," said Djama')
    Group speaker;
    uint32_t open_end = r;  // the closing quotation mark's index + 1
    if (r > first && at(r - 1) >= 0 && head_capable(at(r - 1))) {
      speaker = {at(r - 1)};
      open_end = mention(at(r - 1)).phrase_first;
    } else if (r + 1 < last && at(r + 1) >= 0 && head_capable(at(r + 1))) {
      speaker = {at(r + 1)};
    }
    if (speaker.empty() || open_end < first + 3 || !quote(open_end - 1) || doc.token_text(open_end - 2) != ",") return;
    // the quotation's start: after its opening mark in this sentence, else the sentence's first word
    uint32_t p = first;
    for (uint32_t t = first; t + 2 < open_end; ++t)
      if (quote(t)) p = t + 1;
    while (p < open_end && det_at(p) && at(p) < 0) ++p;
    if (p >= open_end || at(p) < 0 || mention(at(p)).kind == MentionKind::pronoun) return;
    const Group obliged = obliged_group(p, open_end);
    if (obliged.empty()) return;
    // (not the speaker's own side: '"Israel must defend itself," Netanyahu said')
    const std::vector<int32_t> own = with_affiliations(speaker, false);
    for (int32_t o : obliged)
      for (int32_t a : actors(o))
        if (std::find(own.begin(), own.end(), a) != own.end()) return;
    static const Cue urge{"urges", "02", "pattern", {}, "", ""};
    emit(speaker, obliged, urge, r, r + 1, qualifiers(r, r));
  }

  // The document's actor with this id, or -1 (a linear scan: used only where a rule fires).
  int32_t actor_index(const std::string& id) const {
    for (size_t a = 0; a < da.actors.size(); ++a)
      if (da.actors[a].id == id) return static_cast<int32_t>(a);
    return -1;
  }

  // The parties of the last agreement or meeting found in this sentence, mediated by `agents`.
  // A noun cue of an agreement or a meeting at k ("deal", "accord", "talks").
  bool agreement_noun(uint32_t k) const {
    thread_local std::vector<uint32_t> v;
    if (lex.cue_trie().longest(doc.ids, k, k + 1, v) == 0) return false;
    for (uint32_t c : v)
      if (lex.cues()[c].kind == "noun" && (lex.cues()[c].relation == "cooperates_with" || lex.cues()[c].relation == "meets"))
        return true;
    return false;
  }

  // With `back`, the parties may stand in the sentence before ("... signed an accord. The deal was
  // brokered by X").
  void brokered(const Group& agents, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q, bool back = false) {
    for (size_t i = facts.size(); i-- > 0;) {
      const Fact& f = facts[i];
      if (f.evidence.doc != doc.info.id || f.evidence.sentence + (back ? 1u : 0u) < sent) break;
      if (f.negated || (f.relation != "cooperates_with" && f.relation != "meets")) continue;
      for (const int32_t party : {actor_index(f.source), actor_index(f.target)})
        for (int32_t m : agents)
          for (int32_t z : actors(m))
            if (party >= 0) emit_actors(z, party, cue, c0, c1, q, std::string());
      return;
    }
    // ("Russia and Ukraine swapped 150 prisoners under a deal brokered by Turkey": with no deal
    // stated, the two or more names coordinated as the sentence's subject are its sides)
    uint32_t opener = first;
    while (opener < c0 && det_at(opener) && at(opener) < 0) ++opener;
    if (opener >= c0 || at(opener) < 0 || mention(at(opener)).kind != MentionKind::name) return;
    uint32_t end = opener;
    const Group sides = find_objects(opener, any_cue(), false, &end);
    if (sides.size() < 2 || end >= c0 || !(tree ? tree->tag[end - first].substr(0, 2) == "VB" : ed_form(end))) return;
    for (int32_t side : sides)
      if (mention(side).possessive || mention(side).kind != MentionKind::name) return;
    emit(agents, sides, cue, c0, c1, q);
  }
  // "Clark holds talks with Shultz in Washington": a person meeting in a foreign state visits it.
  // The one met visits only when the text gives them another state ("his Tanzanian counterpart").
  // welcomed: "welcomed X to Pyongyang" (a host's guest comes to the place after "to").
  void visit_in(const Group& subjects, uint32_t from, uint32_t c0, uint32_t c1, const Qualifiers& q,
                bool needs_other_state, bool welcomed = false) {
    uint32_t k = from;
    auto place_prep = [&](uint32_t t) { return is(t, "in") || is(t, "at") || (welcomed && is(t, "to")); };
    // "hosted his Russian counterpart, Vladimir Putin, in Ankara": past the apposition's comma
    if (k + 1 < last && doc.token_text(k) == "," && place_prep(k + 1)) ++k;
    for (int skipped = 0; k < last && skipped < 3 && !place_prep(k); ++skipped) {
      if (at(k) >= 0 || punct(k) || (wc(k) & (wc_relpron | wc_clause | wc_conj))) return;
      // ("discussed the situation in Syria", "to discuss the war in Sudan": a topic's place is no venue;
      // officials, delegations and talks are met where they are)
      if (content_word(k) && !(wc(k) & (wc_body | wc_peer | wc_group | wc_delegation)) && !meets_noun(k) &&
          k + 1 < last && place_prep(k + 1))
        return;
      ++k;
    }
    // ("hosted X at the presidential complex in Ankara", "at the Merdeka Palace in Jakarta": the city after the venue)
    if (k < last && is(k, "at")) {
      uint32_t j = k + 1;
      while (j < last && j < k + 7 && !is(j, "in") &&
             (det_at(j) || content_word(j) ||
              (at(j) >= 0 && (typed_as(at(j), ActorType::location) || mention(at(j)).type == ActorType::other) &&
               !typed_as(at(j), ActorType::state))))
        j = at(j) >= 0 ? mention(at(j)).last : j + 1;
      if (j > k + 1 && j + 1 < last && is(j, "in") && at(j + 1) >= 0) k = j;
    }
    // ("met Biden at the White House", "held talks in the Kremlin": a state's seat after the article)
    uint32_t p = k + 1;
    if (p < last && det_at(p) && at(p) < 0 && !cap(p)) ++p;
    if (!place_prep(k) || p >= last || at(p) < 0) return;
    int32_t place = at(p);
    if (is(k, "at") && (mention(place).form < 0 ||
                        lex.name_forms()[static_cast<size_t>(mention(place).form)].names.front().kind != NameKind::metonym))
      return;
    auto places = actors(place);
    if (places.size() != 1 || da.actors[static_cast<size_t>(places[0])].type != ActorType::state) return;
    visits_state(subjects, places[0], c0, c1, q, needs_other_state);
  }

  // The people of `who` who are not the state's own visit it (with needs_other_state, only those
  // the text places in another state).
  void visits_state(const Group& who_group, int32_t state_actor, uint32_t c0, uint32_t c1, const Qualifiers& q,
                    bool needs_other_state) {
    static const Cue visit{"visits", "042", "pattern", {}, "", ""};
    const std::string& state = da.actors[static_cast<size_t>(state_actor)].id;
    for (int32_t s : who_group)
      for (int32_t a : actors(s)) {
        const ActorRecord& who = da.actors[static_cast<size_t>(a)];
        if (who.type != ActorType::person) continue;
        bool home = false, abroad = false;
        // ("Qatar's Prime Minister Sheikh X met Y in Doha": an affiliation found in the text is home too)
        for (const Fact& f : facts)
          home = home || (f.relation == "affiliated_with" && !f.negated && f.source == who.id && f.target == state);
        for (const Role& r : who.roles) {
          home = home || r.of == state;
          const int32_t other = r.of == state ? -1 : actor_index(r.of);
          abroad = abroad || (other >= 0 && da.actors[static_cast<size_t>(other)].type == ActorType::state);
        }
        if (!home && (abroad || !needs_other_state)) emit_actors(a, state_actor, visit, c0, c1, q, std::string());
      }
  }

  // "hosted Xi for talks", "hosted his counterparts, A and B, in Ankara for a summit": the host
  // meets the guests (the talks are the hosting's purpose, with no "with" of their own)
  void hosted_for_talks(const Group& hosts, const Group& guests, uint32_t from, uint32_t c0, const Qualifiers& q) {
    for (uint32_t k = from; k + 1 < last && k < from + 10; ++k) {
      if (doc.token_text(k) == ";" || (wc(k) & (wc_relpron | wc_clause | wc_conj))) return;
      if (!is(k, "for")) continue;
      const uint32_t n = meeting_for(k);
      if (n > 0 && !(n + 1 < last && (is(n + 1, "with") || is(n + 1, "between")))) {
        static const Cue talks{"meets", "04", "pattern", {}, "", ""};
        emit(hosts, guests, talks, c0, n + 1, q);
      }
      return;
    }
  }
  // The meeting noun of the phrase after "for" at k ("for a trilateral meeting", "for talks"), or 0.
  uint32_t meeting_for(uint32_t k) const {
    uint32_t n = k + 1;
    while (n < last && n < k + 4 && (det_at(n) || (content_word(n) && !cap(n))) && !meets_noun(n)) ++n;
    return n < last && meets_noun(n) ? n : 0;
  }
  bool meets_noun(uint32_t t) const {
    return cue_at(t, [](const Cue& c) { return c.relation == "meets" && c.kind == "noun"; });
  }

  // "A visit to X by Y, planned for next month, has been called off", "his talks with Z will not
  // take place": the clause the noun phrase opens (at `from`) cancels it after the phrase (at k)
  bool cancelled_after(uint32_t from, uint32_t k) const {
    if (from > first && !(doc.token_text(from - 1) == "," || is(from - 1, "and") || is(from - 1, "but") || quote(from - 1)))
      return false;
    for (uint32_t t = k; t < last && t < k + 24; ++t) {
      if (doc.token_text(t) == ";" || quote(t) || (wc(t) & (wc_report | wc_relpron))) return false;
      if (doc.token_text(t) == ",") {  // past a phrase set off by commas (", planned for next month,")
        uint32_t u = t + 1;
        while (u < last && u < t + 10 && doc.token_text(u) != "," && !(wc(u) & (wc_aux | wc_future | wc_modal))) ++u;
        if (u < last && doc.token_text(u) == ",") {
          t = u;
          continue;
        }
        return false;
      }
      if (!(wc(t) & (wc_aux | wc_future | wc_modal)) || cap(t)) continue;
      bool neg = false;
      uint32_t u = t + 1;
      for (; u < last && (is(u, "been") || is(u, "be") || (wc(u) & wc_neg)); ++u) neg = neg || (wc(u) & wc_neg);
      if (u >= last) return false;
      if ((wc(u) & wc_stop) && !cap(u)) return true;  // "has been cancelled", "was postponed"
      if (u + 1 < last && (is(u, "called") || is(u, "put")) && is(u + 1, "off")) return true;
      return neg && u + 1 < last && is(u, "take") && is(u + 1, "place");
    }
    return false;
  }

  // "Vietnam is South Korea's third-largest trading partner after China and the United States": the
  // partners ranked before it are the owner's partners too
  void ranked_after(int32_t owner, const Cue& cue, uint32_t c0, uint32_t c1, const Qualifiers& q) {
    if (cue.relation != "trades_with" || c1 + 1 >= last || !is(c1, "after")) return;
    static const Cue after{"", "", "", {"after"}, "", ""};
    const Group others = find_objects(c1, after, true);
    if (!others.empty()) emit({owner}, others, cue, c0, c1, q);
  }

  // "implored Russia and Ukraine to agree", at the "to" before the act: an urging verb before its
  // objects (names, articles, "and", commas, a short phrase of time or place).
  bool urged_before(uint32_t to) const {
    uint32_t b = to;
    for (int n = 0; b > first && n < 10 && (at(b - 1) >= 0 || det_at(b - 1) || is(b - 1, "and") || doc.token_text(b - 1) == "," ||
                                            (n < 3 && ((wc(b - 1) & wc_time) || ((wc(b - 1) & wc_prep) && !cap(b - 1)))));
         ++n)
      b = at(b - 1) >= 0 ? mention(at(b - 1)).phrase_first : b - 1;
    return b < to && cue_ends_at(b, [](const Cue& c) { return c.relation == "urges" && c.kind == "verb"; });
  }

  // "demanded that the SAF and the paramilitary RSF agree a ceasefire", at the verb v: a clause of
  // names after a verb of mandate and "that" states what was demanded, no fact.
  bool mandated_before(uint32_t v) const {
    bool named = false;
    for (uint32_t b = v; b > first + 1 && b + 24 > v; --b) {
      const uint32_t t = b - 1;
      if (is(t, "that")) return named && (wc(t - 1) & wc_mandate) && !cap(t - 1);
      if (at(t) >= 0) {
        named = true;
        b = mention(at(t)).phrase_first + 1;
        continue;
      }
      if (!(det_at(t) || is(t, "and") || doc.token_text(t) == "(" || doc.token_text(t) == ")" || content_word(t)) ||
          verb_cue_at(t) || (wc(t) & (wc_aux | wc_modal | wc_future)))
        return false;
    }
    return false;
  }

  // "on the second day of a visit to X": a phrase of time ("on", "at", "by") measuring the noun at c0
  // from p on.
  bool on_day_of(uint32_t p, uint32_t c0) const {
    if (p <= first || !(is(p - 1, "on") || is(p - 1, "at") || is(p - 1, "by"))) return false;
    for (uint32_t t = p; t + 1 < c0; ++t)
      if ((wc(t) & wc_measure) && !cap(t) && is(t + 1, "of")) return true;
    return false;
  }

  void noun_cue(const Cue& cue, uint32_t c0, uint32_t c1) {
    // ("urged Iran to sign a deal with X", "demanded that Iran sign a deal": the act urged is no fact)
    if (const uint32_t lv = light_verb_of(c0); lv > first + 1 && cue.relation != "urges" &&
                                                ((is(lv - 1, "to") && urged_before(lv - 1)) || mandated_before(lv)))
      return;
    const uint32_t receiver_verb = cue.has_flag("received") ? received_noun(c0) : 0;
    if (cue.has_flag("received") && receiver_verb == 0) return;
    // "refused to condemn Russia's invasion": a noun's own determiners qualify it, not the clause
    uint32_t from = before_noun_phrase(c0);
    if (from >= first + 2 && is(from - 1, "for") && (wc(from - 2) & wc_plan)) from -= 2;  // "ready for talks"
    // "failed to reach an agreement", "will visit X for talks with": the clause carrying the noun
    // qualifies it
    Qualifiers q = qualifiers(carried_by_light_verb(c0) || carried_by_with(c0) ? first : from, c0);
    if (!carried_by_light_verb(c0) && cancelled_after(from, c1)) q.negated = true;
    if (cue.has_flag("between")) {
      Group g = between_group(c1);
      if (!g.empty()) {
        // ("the rivalry between A and B": each side acts on the other)
        if (symmetric(cue) || cue.has_flag("mutual")) {
          emit_pairs(g, cue, c0, c1, q, cue.has_flag("mutual"));
          return;
        }
      }
    }
    if (cue.has_flag("clause_obj")) {
      // "Canada's position that the United States should adhere": the owner urges the clause's
      // subject, when the clause says what it should or must do
      int32_t owner = possessor(c0);
      const int32_t target = obliged_subject(c1);
      if (owner >= 0 && target >= 0) emit({owner}, {target}, cue, c0, c1, q);
      return;
    }
    // ("Japan is the largest foreign investor in the United States": the cue's own preposition;
    // without one, a cue flagged copula_poss as well reads "Japan is Indonesia's biggest investor")
    const bool own_prep = c1 < last && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[c1]) != cue.preps.end();
    // "the Gulf Cooperation Council (GCC), of which Bahrain is a member": the subject belongs to the
    // antecedent of "of which"
    if (cue.has_flag("copula_of") && !is(c1, "of") && !own_prep) {
      uint32_t k = c0;
      while (k > first && (det_at(k - 1) || (content_word(k - 1) && !(wc(k - 1) & wc_copula))) && at(k - 1) < 0) --k;
      if (k > first + 5 && (wc(k - 1) & wc_copula) && !cap(k - 1) && at(k - 2) >= 0 && head_capable(at(k - 2))) {
        const int32_t member = at(k - 2);
        uint32_t w = mention(member).phrase_first;
        while (w > first && det_at(w - 1) && at(w - 1) < 0) --w;
        if (w >= first + 4 && (is(w - 1, "which") || is(w - 1, "whom")) && is(w - 2, "of") && doc.token_text(w - 3) == ",") {
          const int32_t body = named_before_bracket(w - 4) >= 0 ? at(static_cast<uint32_t>(named_before_bracket(w - 4)))
                                                                : at(w - 4);
          if (body >= 0 && head_capable(body) && typed_as(body, ActorType::organization)) {
            emit(expand_left(member), {body}, cue, c0, c1, qualifiers(k - 1, c0));
            return;
          }
        }
      }
    }
    if (cue.has_flag("copula_of") && !is(c1, "of") && !own_prep && !cue.has_flag("copula_poss")) return;
    if (cue.has_flag("copula_of") && (is(c1, "of") || own_prep)) {
      // "Kazakhstan is also a member of the EAEU", "Spain, a founding member of NATO,": the
      // subject or the name before the apposition belongs to the object of "of", and nothing else
      // ("Spanish member of the European Parliament X" is no state's membership)
      uint32_t obj_end = c1;
      const Group obj = find_objects(c1, own_prep ? cue : of_cue(), true, &obj_end);
      if (obj.empty()) return;
      // ("the three members of the Alliance of Sahel States (AES) - Mali, Burkina Faso and Niger": the
      // plural noun's list after a dash or a colon)
      uint32_t dash = obj_end;
      if (dash + 2 < last && doc.token_text(dash) == "(") {
        while (dash < last && dash < obj_end + 6 && doc.token_text(dash) != ")") ++dash;
        ++dash;
      }
      if (doc.norm[c1 - 1].back() == 's' && dash + 1 < last &&
          (doc.token_text(dash) == "-" || doc.token_text(dash) == ":" || doc.token_text(dash) == "\u2013" ||
           doc.token_text(dash) == "\u2014") &&
          at(dash + 1) >= 0) {
        Group members = find_objects(dash + 1, any_cue(), false);
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [&](int32_t m) { return mention(m).kind != MentionKind::name || !typed_as(m, ActorType::state); }),
                      members.end());
        if (members.size() >= 2) {
          emit(members, obj, cue, c0, mention(members.back()).last, q);
          return;
        }
      }
      uint32_t k = c0;
      // ("X, an Irish member of the European Parliament,": a demonym after the article)
      while (k > first && (det_at(k - 1) || (tree && tree->tag[k - 1 - first].substr(0, 2) == "RB") ||
                           (content_word(k - 1) && at(k - 1) < 0 && !cap(k - 1)) ||
                           (k >= first + 2 && at(k - 1) >= 0 && mention(at(k - 1)).kind == MentionKind::demonym &&
                            det_at(k - 2) && at(k - 2) < 0)))
        --k;
      if (k > first && (wc(k - 1) & wc_copula)) {
        const Group subj = find_subject(k - 1);
        if (!subj.empty()) emit(subj, obj, cue, c0, c1, qualifiers(k - 1, c0));
        return;
      }
      const int32_t named = apposed_name(k);
      // ("Kyrgyzstan and Russia, both members of X,": a plural noun takes the whole coordination)
      if (named >= 0) emit(doc.norm[c1 - 1].back() == 's' ? expand_left(named) : Group{named}, obj, cue, c0, c1, q);
      return;
    }
    if (cue.has_flag("copula_poss")) {
      // "China is Russia's greatest commercial partner" ("NATO's 31st member": an ordinal too)
      uint32_t k = c0;
      // ("Kosovo's main Western ally": a capitalised adjective naming nothing)
      // ("al Qaeda's Sahel affiliate": a region, the beat, too)
      auto beat = [&](uint32_t t) {
        return at(t) >= 0 && typed_as(at(t), ActorType::location) && !mention(at(t)).possessive && mention(at(t)).first > first;
      };
      while (k > first && ((content_word(k - 1) && !(wc(k - 1) & wc_copula)) || quote(k - 1) || word_hyphen(k - 1) ||
                           (det_at(k - 1) && !(wc(k - 1) & wc_poss)) ||
                           (doc.tokens[k - 1].has(tok_digit) && at(k - 1) < 0) ||
                           (k - 1 > first && cap(k - 1) && dm.at_token[k - 1] < 0 && !dm.title_at[k - 1] &&
                            doc.tokens[k - 1].has(tok_alpha)) ||
                           beat(k - 1)))
        k = beat(k - 1) ? mention(at(k - 1)).first : k - 1;
      // ("Kazakhstan is a brotherly nation and a strategic partner for Turkey": past a first predicate noun)
      while (k >= first + 4 && is(k - 1, "and") && det_at(k) && content_word(k - 2) && at(k - 2) < 0 &&
             !(wc(k - 2) & wc_copula)) {
        uint32_t p = k - 2;
        while (p > first && content_word(p - 1) && at(p - 1) < 0 && !(wc(p - 1) & wc_copula)) --p;
        if (p <= first || !det_at(p - 1) || (wc(p - 1) & wc_poss)) break;
        k = p - 1;
      }
      // ("Pakistan, India's neighbour and long-time rival,": a first noun of the same possessor)
      // (not "X, Georgia's president and a fierce critic of Y": an article or an "of" starts a noun of its own)
      if (k >= first + 4 && is(k - 1, "and") && !det_at(k) && !(c1 < last && is(c1, "of")) && content_word(k - 2) &&
          at(k - 2) < 0 && !(wc(k - 2) & wc_copula)) {
        uint32_t p = k - 2;
        while (p > first && content_word(p - 1) && at(p - 1) < 0 && !(wc(p - 1) & wc_copula)) --p;
        if (p > first + 1 && doc.tokens[p - 1].has(tok_possessive) && at(p - 2) >= 0) k = p;
      }
      if (k > first + 2 && doc.tokens[k - 1].has(tok_possessive) && at(k - 2) >= 0) {
        int32_t owner = at(k - 2);
        uint32_t cop = mention(owner).phrase_first;
        // ("is the EU's largest supplier": the owner's article)
        while (cop > first && det_at(cop - 1) && !cap(cop - 1) && !(wc(cop - 1) & wc_poss)) --cop;
        // "has become one of Ramaphosa's fiercest critics", "is among Iran's allies"
        if (cop >= first + 2 && is(cop - 1, "of") && is(cop - 2, "one")) cop -= 2;
        else if (cop >= first + 1 && is(cop - 1, "among")) cop -= 1;
        if (cop > first && (wc(cop - 1) & wc_copula)) {
          Group subj = find_subject(cop - 1);
          if (!subj.empty()) emit(subj, {owner}, cue, c0, c1, q);
          ranked_after(owner, cue, c0, c1, q);
          return;
        }
        // "Poland, one of Kyiv's staunchest allies, said": the name before the apposition
        // ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate": the acronym before)
        const bool acronym = cop >= first + 4 && doc.token_text(cop - 1) == "," && doc.token_text(cop - 2) == ")" &&
                             doc.token_text(cop - 4) == "(" && at(cop - 3) >= 0;
        // (not a clause's subject after a fronted phrase: "into the war between Russia and Ukraine,
        // Kyiv's allies have stepped up aid")
        if (cop >= first + 2 && doc.token_text(cop - 1) == "," && (at(cop - 2) >= 0 || acronym) && apposition_closed(c1)) {
          int32_t named = acronym ? (cop >= first + 5 && at(cop - 5) >= 0 ? at(cop - 5) : at(cop - 3)) : at(cop - 2);
          if (!head_capable(named)) named = mention(named).modifies;
          // (a branch is a named one's: "The group, Hamas's armed wing," says nothing of the group named last)
          const bool vague = cue.relation == "affiliated_with" && named >= 0 && mention(named).kind != MentionKind::name;
          if (named >= 0 && named != owner && !mention(named).possessive && !vague) {
            // ("France and Spain, Morocco's two largest trading partners,": the whole coordination)
            emit(expand_left(named), {owner}, cue, mention(named).first, c1, background(q));
            ranked_after(owner, cue, c0, c1, q);
            return;
          }
        }
      }
      // "his country has been a reliable partner of the United States": the other party after "of"
      // ("Romania has been one of the strongest supporters of Ukraine", "is among the backers of")
      if (k >= first + 2 && is(k - 1, "of") && is(k - 2, "one")) k -= 2;
      else if (k > first && is(k - 1, "among")) --k;
      // ("Vietnam is an indispensable partner for Japan": "for" too)
      static const Cue for_cue{"", "", "", {"for"}, "", ""};
      const bool for_partner = c1 + 1 < last && is(c1, "for") && symmetric(cue);
      if (k > first && (wc(k - 1) & wc_copula) && !cap(k - 1) && c1 + 1 < last && (is(c1, "of") || for_partner)) {
        const Group other = find_objects(c1, for_partner ? for_cue : of_cue(), true);
        const Group subj = other.empty() ? Group{} : find_subject(k - 1);
        if (!subj.empty()) {
          emit(subj, other, cue, c0, c1, q);
          return;
        }
      }
      // ("India and Russia remained \"time-tested partners\"": a plural noun after a copula pairs its subjects)
      if (k > first && (wc(k - 1) & wc_copula) && !cap(k - 1) && symmetric(cue) && doc.norm[c1 - 1].size() > 3 &&
          doc.norm[c1 - 1].back() == 's' && !(c1 < last && (is(c1, "of") || is(c1, "for") || is(c1, "to")))) {
        const Group subj = find_subject(k - 1);
        if (actor_count(subj) >= 2) {
          emit_pairs(subj, cue, c0, c1, q);
          return;
        }
      }
    }
    if (cue.has_flag("poss_appos")) {
      // "his dear friend Xi Jinping"
      int32_t owner = possessor(c0);
      // "X, a long-time ANC ally,", "X and Y, close allies of Maduro,": a name before the noun or
      // after "of" names the other party; the names before the apposition act
      if (owner < 0) {
        uint32_t p = before_noun_phrase(c0);
        int32_t other = -1;
        if (c0 > first && at(c0 - 1) >= 0 && mention(at(c0 - 1)).kind == MentionKind::name) {
          other = at(c0 - 1);
          p = before_noun_phrase(mention(other).first);
        }
        Group others;
        if (other < 0 && c1 + 1 < last && is(c1, "of")) {
          others = find_objects(c1, of_cue(), true);
          if (!others.empty()) other = others.front();
        }
        if (others.empty() && other >= 0) others = {other};
        const int32_t named = other >= 0 ? apposed_name(p) : -1;
        // ("China, the largest trading partner of Kazakhstan, Kyrgyzstan and Turkmenistan,")
        if (named >= 0 && std::find(others.begin(), others.end(), named) == others.end()) {
          emit(expand_left(named), others, cue, c0, c1, background(q));
          return;
        }
      }
      // "Viktor Orban, the Kremlin's closest ally,": the name before the apposition
      // ("Iran, President Bashar al-Assad's main backer,": past the owner's title)
      if (owner >= 0 && mention(owner).kind != MentionKind::pronoun) {
        uint32_t k = std::min(mention(owner).first, mention(owner).phrase_first);
        while (k > first && (wc(k - 1) & wc_det) && !cap(k - 1)) --k;
        if (k > first + 1 && doc.token_text(k - 1) == "," && at(k - 2) >= 0 && apposition_closed(c1)) {
          int32_t named = at(k - 2);
          if (!head_capable(named)) named = mention(named).modifies;
          if (named >= 0 && named != owner) {
            emit(expand_left(named), {owner}, cue, c0, c1, background(q));  // ("X and Y, Morocco's two largest trading partners,")
            return;
          }
        }
      }
      uint32_t k = c1;
      while (k < last && quote(k)) ++k;
      // "Israel's ally, the United States,": an apposition after a comma ("his rival, former prime
      // minister X,": past the titles)
      if (k + 1 < last && doc.token_text(k) == ",") {
        uint32_t j = k + 1;
        while (j < last && (det_at(j) || dm.title_at[j]) && at(j) < 0) ++j;
        if (j < last && at(j) >= 0 && mention(at(j)).kind == MentionKind::name) k = j;
      }
      if (owner >= 0 && k < last && at(k) >= 0 && mention(at(k)).kind == MentionKind::name) {
        emit({owner}, {at(k)}, cue, c0, c1, q);
        return;
      }
      if (owner >= 0 && mention(owner).kind == MentionKind::pronoun && mention(owner).plural && symmetric(cue)) {
        emit_pairs({owner}, cue, c0, c1, q);
      }
      return;
    }
    if (symmetric(cue)) {
      uint32_t p = c0;
      for (int adj = 0; adj < 2 && p > first && content_word(p - 1); ++adj) --p;
      if (p >= first + 3 && at(p - 1) >= 0 && doc.token_text(p - 2) == "-" && at(p - 3) >= 0 && at(p - 1) != at(p - 3)) {
        emit({at(p - 3)}, {at(p - 1)}, cue, c0, c1, q);
        return;
      }
    }
    // "a visit by Macron to China": the agent right after the noun
    Group by_agent;
    uint32_t after = c1;
    while (after < last && quote(after)) ++after;  // 'expressed "full solidarity" with X'
    const uint32_t c1q = after;
    // ("the first trip by an EU trade chief to X": an indefinite agent is no one in particular)
    const bool generic_agent = c1q + 1 < last && (is(c1q + 1, "a") || is(c1q + 1, "an"));
    if (is(c1q, "by") && !generic_agent) {
      uint32_t e = c1q;
      by_agent = find_objects(c1q, by_cue(), true, &e);
      if (!by_agent.empty()) after = e;
    } else if (is(c1q, "of") && std::find(cue.preps.begin(), cue.preps.end(), "of") == cue.preps.end()) {
      // "the visit of Kim to Manila": "of" names the agent when the cue's own preposition follows
      uint32_t e = c1q;
      Group g = find_objects(c1q, of_cue(), true, &e);
      if (!g.empty() && e + 1 < last && at(e) < 0 && std::find(cue.preps.begin(), cue.preps.end(), doc.norm[e]) != cue.preps.end()) {
        by_agent = std::move(g);
        after = e;
      }
    }
    uint32_t obj_end = after;
    Group obj = find_objects(after, cue, true, &obj_end);
    if (obj.empty()) obj = prep_relative_object(c0, cue);
    int32_t owner = possessor(c0);
    bool pre_agent = false;  // (the owner is a name right before the noun)
    // "a U.S. attack on": a name right before the noun is its agent; "China trip": its destination
    uint32_t pre_at = c0;
    for (int adj = 0; adj < 2 && pre_at > first && content_word(pre_at - 1) && !(wc(pre_at - 1) & wc_light); ++adj) --pre_at;
    if (owner < 0 && pre_at > first && at(pre_at - 1) >= 0 && !mention(at(pre_at - 1)).possessive &&
        (pre_at == c0 || !cue.has_flag("premod_obj"))) {
      int32_t pre = at(pre_at - 1);
      if (cue.has_flag("premod_obj")) {
        obj = {pre};
        int32_t own2 = possessor(mention(pre).first);
        owner = own2;
      } else {
        owner = pre;
        pre_agent = true;
      }
    }
    if (obj.empty()) {
      // "Egypt received 1.3 billion dlrs in U.S. military aid", "Kyiv got German aid": the
      // donor's aid goes to the receiver
      if (owner >= 0 && cue.relation == "supports" && !mention(owner).possessive) {
        const uint32_t v = received_noun(std::min(before_noun_phrase(c0), mention(owner).phrase_first));
        if (v > 0) {
          const Group receivers = find_subject(v);
          if (!receivers.empty()) emit({owner}, receivers, cue, c0, c1, q);
        }
      }
      // ("are to meet in Doha under Qatari mediation": the agent goes between the parties met)
      if (owner >= 0 && cue.relation == "mediates" && !mention(owner).possessive &&
          before_noun_phrase(mention(owner).phrase_first) > first && is(before_noun_phrase(mention(owner).phrase_first) - 1, "under"))
        brokered({owner}, cue, c0, c1, q);
      // "their cooperation": a plural owner of a symmetric relation (not "tariffs on their exports":
      // a cue that needs its preposition states nothing without one)
      if (owner >= 0 && symmetric(cue) && mention(owner).plural && !cue.has_flag("prep_only"))
        emit_pairs({owner}, cue, c0, c1, q);
      // "Argentina and Venezuela have extended a deal", "the two countries formalised a deal"
      // ("Armenia and Azerbaijan concluded two days of talks": the subject of the verb carrying the noun)
      if (owner < 0 && symmetric(cue) && carried_by_light_verb(c0)) {
        Group subj = find_subject(light_verb_of(c0));
        if (subj.size() >= 2 || (subj.size() == 1 && actors(subj[0]).size() >= 2)) emit_pairs(subj, cue, c0, c1, q);
      }
      return;
    }
    Group agents;
    // "blamed India for a deadly attack", "sanctions on Iran over drone strikes": after "for" or
    // "over", the noun is the act of the one named just before
    const uint32_t np = before_noun_phrase(c0);
    int32_t reason_owner = -1;
    if (np >= first + 2 && (wc(np - 1) & wc_reason) && at(np - 1) < 0 && at(np - 2) >= 0 && !mention(at(np - 2)).possessive &&
        judged(mention(at(np - 2)).phrase_first)) {
      reason_owner = at(np - 2);
      if (!head_capable(reason_owner)) reason_owner = mention(reason_owner).modifies;
    }
    if (!by_agent.empty()) {
      agents = by_agent;
    } else if (owner >= 0) {
      // ("Qatari and Egyptian mediators": the names coordinated before the noun)
      agents = pre_agent ? expand_left(owner) : Group{owner};
    } else if (reason_owner >= 0) {
      agents = {reason_owner};
    } else {
      // "aid to X by Japan"; "aid to X by air" names no agent, and the clause's subject may
      // ("a visit to Uzbekistan in April last year by X": past a phrase of time)
      uint32_t by = obj_end;
      bool timed = false;
      while (by < last && by < obj_end + 5 && !is(by, "by") &&
             (time_phrase_word(by) || (timed && content_word(by) && !cap(by) && at(by) < 0))) {
        timed = timed || (wc(by) & wc_time) || doc.tokens[by].has(tok_digit);
        ++by;
      }
      if (!timed) by = obj_end;
      if (by < last && is(by, "by")) agents = find_objects(by, by_cue(), true);
      // the clause subject carries the noun only through a light verb or "with": "X held talks
      // with", "X began the summit with talks with"; "during the invasion of Y" has no agent
      // "X will visit Moscow for talks with Y": the talks are X's, not Moscow's
      // "X said in an interview with Y": the speaker's interview
      if (agents.empty() && np >= first + 2 && is(np - 1, "in") && (wc(np - 2) & wc_report) && at(np - 2) < 0 &&
          !is(np - 2, "according"))
        agents = find_subject(np - 2);
      // (", defying warnings from X": a participle after a comma carries the opening subject's act)
      if (agents.empty() && np >= first + 3 && doc.token_text(np - 2) == "," && (wc(np - 1) & wc_light) &&
          ing_form(np - 1)) {
        const int32_t opener = opening_subject(np - 2);
        if (opener >= 0) agents = expand_left(opener);
      }
      if (agents.empty() && receiver_verb > 0) agents = find_subject(receiver_verb);
      // (the light verb's subject: "imposed a package of sanctions on X" is no "accused X of arming",
      // "announced $40 million in aid" no report of a clause)
      if (agents.empty() && carried_by_light_verb(c0)) agents = find_subject(light_verb_of(c0));
      else if (agents.empty() && carried_by_with(c0)) agents = find_subject(c0, true);
      // "signed a deal during a visit to Tashkent" (but "during the invasion of Ukraine" has no agent)
      else if (agents.empty() && cue.relation == "visits" && before_noun_phrase(c0) > first &&
               (is(before_noun_phrase(c0) - 1, "during") || on_day_of(before_noun_phrase(c0), c0)))
        agents = find_subject(c0, true);
      // "X dropped his objection after talks with Y", "X raised it in a phone call with Y": a
      // meeting or a call the clause's act took place in or after is its subject's
      else if (agents.empty() && (cue.relation == "meets" || cue.relation == "speaks_to") && np > first + 1 &&
               at(np - 1) < 0 &&
               (is(np - 1, "after") || is(np - 1, "following") || is(np - 1, "during") ||
                (is(np - 1, "in") && (wc(c1 - 1) & wc_contact))) &&
               doc.token_text(np - 2) != ",")
        agents = find_subject(c0, true);
      // ("X urged Iran to act, after talks with Y": talks closing the sentence are its opening subject's)
      else if (agents.empty() && cue.relation == "meets" && before_noun_phrase(c0) > first + 2 &&
               (is(before_noun_phrase(c0) - 1, "after") || is(before_noun_phrase(c0) - 1, "following")) &&
               doc.token_text(before_noun_phrase(c0) - 2) == ",") {
        const int32_t opener = opening_subject(before_noun_phrase(c0) - 2);
        if (opener >= 0) agents = expand_left(opener);
      }
      // "The United States and the EU, both major donors to Somalia,": a noun in apposition
      if (agents.empty()) {
        const int32_t named = apposed_name(before_noun_phrase(c0));
        if (named >= 0) agents = expand_left(named);
      }
      // ("X, on a two-day visit to Manila, signed": a visit one is on, in apposition)
      if (agents.empty() && cue.relation == "visits" && before_noun_phrase(c0) > first + 2 &&
          is(before_noun_phrase(c0) - 1, "on")) {
        const int32_t named = apposed_name(before_noun_phrase(c0) - 1);
        if (named >= 0) agents = expand_left(named);
      }
      // "After talks with X, Clark said": only a fronted phrase takes the main clause's subject
      // (a name after a preposition is none: "In a letter to X, Sudan's ambassador to the U.N., Y, accused")
      if (agents.empty() && sentence_initial_clause(c0)) {
        const uint32_t comma = fronted_phrase_end(obj, c1, obj_end);
        if (comma < last) {
          for (uint32_t k = comma + 1; k < last && agents.empty() && !obj.empty(); ++k) {
            const int32_t a = at(k);
            if (a < 0 || !head_capable(a)) continue;
            const uint32_t p = mention(a).phrase_first;
            uint32_t b = p;
            while (b > comma + 1 && det_at(b - 1)) --b;
            if (b > comma + 1 && (wc(b - 1) & wc_prep)) {
              k = mention(a).last - 1;
              continue;
            }
            agents = {a};
          }
        }
      }
    }
    // ("It was the third attack on X this year": "it" before an attack's copula is the attack itself)
    if (wc(c0) & wc_assault)
      agents.erase(std::remove_if(agents.begin(), agents.end(),
                                  [&](int32_t a) {
                                    const Mention& m = mention(a);
                                    return m.kind == MentionKind::pronoun && is(m.first, "it") && m.last < last &&
                                           (wc(m.last) & wc_copula);
                                  }),
                   agents.end());
    // ("faces pressure from Washington": the object acts on the agent)
    if (!agents.empty()) {
      if (cue.has_flag("reverse")) emit(obj, agents, cue, c0, c1, q);
      else emit(agents, obj, cue, c0, c1, q);
    }
  }

  // The name opening the sentence as the subject of a verb before token `end`, or -1.
  int32_t opening_subject(uint32_t end) const {
    for (uint32_t k = first; k < end; ++k) {
      int32_t mi = at(k);
      if (mi < 0) continue;
      // ("Finnish President X visited ...": the name the demonym opens)
      if (mention(mi).kind == MentionKind::demonym && mention(mi).modifies >= 0 &&
          mention(mention(mi).modifies).kind == MentionKind::name && phrase_start(mention(mi).modifies) == first)
        mi = mention(mi).modifies;
      if (!head_capable(mi) || mention(mi).possessive || phrase_start(mi) != first ||
          mention(mi).kind == MentionKind::demonym)
        return -1;
      for (uint32_t v = mention(mi).last; v < end; ++v)
        if (verb_cue_at(v) || (tree && finite_verb(v))) return mi;
      return -1;
    }
    return -1;
  }

  // A cue inside an "if"/"unless"/"whether" clause: from the conjunction to the next comma.
  bool conditional(uint32_t c0) const {
    for (uint32_t k = c0; k-- > first;) {
      if (doc.token_text(k) == "," || doc.token_text(k) == ";") break;
      if ((wc(k) & wc_cond) && at(k) < 0) return true;
    }
    // "he would restore relations with Washington if he were allowed to take office": a modal
    // before the cue and a condition after it
    bool modal = false;
    for (uint32_t k = c0; k-- > first && k + 4 >= c0 && !modal;) modal = (wc(k) & wc_modal) && !is(k, "can") && !is(k, "may");
    if (!modal) return false;
    for (uint32_t k = c0 + 1; k < last; ++k) {
      if (doc.token_text(k) == ";" || quote(k)) return false;
      // ("would ask the court to rule on whether": an embedded question is no condition)
      if ((wc(k) & wc_cond) && at(k) < 0 && !is(k, "whether")) return true;
    }
    return false;
  }

  // The token before a noun's determiners and adjectives.
  // An adjective at t, from the tag where there is one, else by its ending ("military", "economic").
  bool adjective_at(uint32_t t) const {
    if (tree) return tree->tag[t - first] == "JJ";
    const std::string_view w = doc.norm[t];
    for (std::string_view end : {"al", "ic", "ary", "ive", "ous"})
      if (w.size() > end.size() + 3 && w.substr(w.size() - end.size()) == end) return true;
    return false;
  }
  uint32_t before_noun_phrase(uint32_t c0) const {
    uint32_t p = c0;
    for (;;) {
      // "a three-day visit": hyphenated compounds are adjectives too
      while (p > first && ((content_word(p - 1) && !(wc(p - 1) & wc_light)) || det_at(p - 1) ||
                           (doc.token_text(p - 1) == "-" && !doc.tokens[p - 1].has(tok_space_before)) ||
                           quote(p - 1) || doc.tokens[p - 1].has(tok_digit) || doc.token_text(p - 1) == "%" ||
                           // "a $900 million loan": a currency sign before a number
                           (punct(p - 1) && p < c0 && doc.tokens[p].has(tok_digit) && doc.token_text(p - 1) != ",")))
        --p;
      // "held four hours of talks", "a second round of talks": a measure's "of" is inside the phrase
      if (p >= first + 2 && is(p - 1, "of") && (wc(p - 2) & wc_measure) && !cap(p - 2)) {
        p -= 2;
        continue;
      }
      // "more than three hours of talks": a comparison before a number
      if (p >= first + 2 && is(p - 1, "than") && det_at(p - 2) && p < c0) {
        p -= 2;
        continue;
      }
      // "close economic and military ties": adjectives joined by "and"
      if (p >= first + 2 && p < last && is(p - 1, "and") && content_word(p - 2) && content_word(p) &&
          adjective_at(p) && adjective_at(p - 2)) {
        p -= 2;
        continue;
      }
      return p;
    }
  }
  bool carried_by_light_verb(uint32_t c0) const { return light_verb_of(c0) > 0; }
  // The light verb carrying the noun cue at c0 ("held talks", "pledged 500 million euros in aid"),
  // or 0.
  uint32_t light_verb_of(uint32_t c0) const {
    uint32_t p = before_noun_phrase(c0);
    // "Russia's invasion": a possessive 's is no "is"
    // ("secured emergency aid from": receiving carries the noun too)
    if (p > first && (wc(p - 1) & (wc_light | wc_copula | wc_receive)) && !cap(p - 1) && !doc.tokens[p - 1].has(tok_possessive))
      return p - 1;
    // "is locked in a dispute with", "engaged in talks with", "was also in talks with"
    if (p >= first + 2 && is(p - 1, "in") && (wc(p - 2) & wc_light) && !cap(p - 2)) return p - 2;
    // "claimed responsibility for an attack on X": a light noun before "for" carries the act
    if (p >= first + 2 && is(p - 1, "for") && (wc(p - 2) & wc_light) && !cap(p - 2) && at(p - 2) < 0) return p - 2;
    // ("claimed responsibility last month for an attack": a time phrase before "for")
    if (p >= first + 3 && is(p - 1, "for")) {
      uint32_t q = p - 1;
      bool timed = false;
      for (int n = 0; n < 4 && q > first + 1 && time_phrase_word(q - 1) && !(wc(q - 1) & wc_light); ++n) {
        timed = timed || (wc(q - 1) & wc_time);
        --q;
      }
      if (timed && (wc(q - 1) & wc_light) && !cap(q - 1) && at(q - 1) < 0) return q - 1;
    }
    if (p >= first + 2 && is(p - 1, "in")) {
      uint32_t v = p - 2;
      if (v > first && content_word(v) && !(wc(v) & wc_light)) --v;  // an adverb: "also", "still"
      if ((wc(v) & wc_copula) && !cap(v)) return v;
    }
    // "pledged 500 million euros in military aid to": a quantity between the verb and "in"
    if (p >= first + 3 && is(p - 1, "in")) {
      uint32_t q = p - 1;
      bool number = false;
      // ("imposed hundreds of millions of euros in penalties on X")
      while (q > first && p - 1 - q < 6 && at(q - 1) < 0 && !(wc(q - 1) & (wc_light | wc_receive)) &&
             (doc.tokens[q - 1].has(tok_digit) || content_word(q - 1) || doc.token_text(q - 1) == "$" ||
              ((wc(q - 1) & wc_approx) && !cap(q - 1)) ||  // ("announced around $40 million in aid")
              ((wc(q - 1) & wc_det) && !cap(q - 1)) ||     // ("release a further 1 billion euros in assistance")
              (is(q - 1, "of") && q - 1 > first && amount_at(q - 2)))) {
        number = number || doc.tokens[q - 1].has(tok_digit) || amount_at(q - 1);
        --q;
      }
      if (number && q > first && (wc(q - 1) & (wc_light | wc_receive)) && !cap(q - 1)) return q - 1;
    }
    // ("killed more than 50 soldiers in an attack on X": a violent verb's toll carries the attack)
    if (p >= first + 3 && is(p - 1, "in") && cue_at(c0, [](const Cue& c) { return c.relation == "attacks"; })) {
      auto violent = [&](uint32_t t) {
        return !cap(t) && at(t) < 0 && cue_at(t, [](const Cue& c) { return c.kind == "verb" && c.relation == "attacks"; });
      };
      bool toll = false;
      for (uint32_t v = p - 2; v > first && v + 7 > p; --v) {
        if (violent(v)) return toll ? v : 0;
        if (at(v) >= 0 || !(doc.tokens[v].has(tok_digit) || content_word(v) || (wc(v) & wc_approx) || is(v, "than"))) break;
        toll = toll || doc.tokens[v].has(tok_digit);
      }
    }
    return 0;
  }
  // "received military aid from", "secured 20 million euros in aid from": the noun phrase from
  // `p` is what the subject received (not "sought aid from", not "warned X against receiving
  // loans"); the receiving verb, or 0
  uint32_t received_noun(uint32_t p) const {
    for (int w = 0; w < 3 && p > first && (content_word(p - 1) || det_at(p - 1)) && !(wc(p - 1) & wc_receive) && at(p - 1) < 0;
         ++w)
      --p;
    if (p >= first + 2 && is(p - 1, "in")) {
      uint32_t q = p - 1;
      while (q > first && p - 1 - q < 6 && at(q - 1) < 0 && !(wc(q - 1) & wc_receive) &&
             (doc.tokens[q - 1].has(tok_digit) || content_word(q - 1) || doc.token_text(q - 1) == "$"))
        --q;
      p = q;
    }
    const bool received = p > first && (wc(p - 1) & wc_receive) && !cap(p - 1) && !(p > first + 1 && is(p - 2, "against"));
    return received ? p - 1 : 0;
  }
  bool carried_by_with(uint32_t c0) const {
    uint32_t p = before_noun_phrase(c0);
    // "for talks with", "is on a three-day visit to",
    // "acted as a mediator"
    return p > first && (is(p - 1, "with") || is(p - 1, "for") || is(p - 1, "as") ||
                         (is(p - 1, "on") && p >= first + 2 && (wc(p - 2) & wc_copula)));
  }

  void appositive_cue(const Cue& cue, uint32_t c0, uint32_t c1) {
    // "main Hamas sponsor Iran": Iran supports Hamas
    if (c0 == first || at(c0 - 1) < 0 || c1 >= last) return;
    uint32_t k = c1;
    while (k < last && quote(k)) ++k;
    if (k >= last || at(k) < 0) return;
    int32_t x = at(c0 - 1), y = at(k);
    if (mention(x).possessive) return;
    emit({y}, {x}, cue, c0, c1, Qualifiers{});
  }

  // A determiner or possessive right before: "a press", "his support", "Russia's backing".
  bool determined(uint32_t c0) const {
    if (c0 == first) return false;
    uint32_t p = c0 - 1;
    if (doc.tokens[p].has(tok_possessive)) return true;
    // ("Both condemned Niger": a quantifier standing for a pair is the verb's subject)
    if (dm.at_token[p] >= 0 && mention(dm.at_token[p]).kind == MentionKind::description && mention(dm.at_token[p]).plural)
      return false;
    return (det_at(p) && !floating(p)) || (wc(p) & wc_poss);
  }
  // "Brazil and South Africa both praised", "X and Y have both urged": a quantifier after its
  // subject's name or an auxiliary determines no noun.
  bool floating(uint32_t p) const {
    if (p <= first || !(is(p, "both") || is(p, "each") || is(p, "all"))) return false;
    if (at(p - 1) >= 0) return !mention(at(p - 1)).possessive;
    return (wc(p - 1) & (wc_aux | wc_modal | wc_future)) && !cap(p - 1);
  }

  // Which reading of an ambiguous cue word ("attack", "visit", "talks") the context wants.
  bool noun_context(uint32_t c0) const {
    // ("..., but fighting on the ground has continued": a gerund opening a clause whose auxiliary
    // follows its phrase is the clause's subject)
    if (ing_form(c0) && (c0 == first || (wc(c0 - 1) & (wc_conj | wc_clause)) || doc.token_text(c0 - 1) == ","))
      for (uint32_t j = c0 + 1; j < last && j < c0 + 8; ++j) {
        if ((wc(j) & (wc_aux | wc_modal | wc_copula)) && !cap(j)) return true;
        if (at(j) >= 0 || cap(j) || !((wc(j) & (wc_prep | wc_det)) || content_word(j))) break;
      }
    if (c0 == first) return false;
    // ("the two agreed to fund": a pair's description right before is the verb's subject)
    if (at(c0 - 1) >= 0 && mention(at(c0 - 1)).kind == MentionKind::description && mention(at(c0 - 1)).plural &&
        mention(at(c0 - 1)).last == c0 && is(c0 - 1, "two"))
      return false;
    uint32_t p = c0 - 1;
    int adj = 0;
    while (p > first && content_word(p) && adj < 2) {
      --p;
      ++adj;
    }
    if (doc.tokens[p].has(tok_possessive)) return true;
    uint64_t c = wc(p);
    if (det_at(p) && !floating(p)) return true;
    if (p == c0 - 1 && is(p, "to")) return false; // "plans to visit": an infinitive
    // ("after meeting Sergei Volkov": a gerund right after a preposition, with its object after it)
    if ((c & wc_prep) && !cap(p) && p + 1 == c0 && !is(p, "of") && ing_form(c0) && c0 + 1 < last &&
        (at(c0 + 1) >= 0 || (wc(c0 + 1) & wc_poss)))
      return false;
    if ((c & wc_prep) && !cap(p)) return true;
    if (c & wc_light) return true;
    if (at(p) >= 0 && p > first && (wc(p - 1) & wc_det)) return true; // "a U.S. attack"
    if (quote(p)) return true;
    return false;
  }

  // The state a document is about: named at least three times and twice as often as any other.
  int32_t home_state() const {
    const std::vector<uint32_t> count = state_mention_counts(dm, da);
    const int32_t best = dominant_state(count);
    if (best >= 0) return best;
    const uint32_t top = count.empty() ? 0 : *std::max_element(count.begin(), count.end());
    // "BEIRUT, Aug 14 (Reuters) -": a dateline's state, when no other state is named more often
    const int32_t dated = dateline_state();
    if (dated >= 0 && count[static_cast<size_t>(dated)] >= 3 && count[static_cast<size_t>(dated)] == top) {
      for (size_t a = 0; a < count.size(); ++a)
        if (static_cast<int32_t>(a) != dated && count[a] == top) return -1;
      return dated;
    }
    return -1;
  }

  int32_t dateline_state() const { return relgraph::dateline_state(doc, dm, da); }

  // Per actor: 1 if a mention ties it to an affiliation, or a fact already gives it a state or its
  // office's organization ("a Taliban delegation led by Deputy Prime Minister X"; a party is no office).
  // (with `any`, tied to anything: an organization too)
  std::vector<uint8_t> tied_actors(bool any = false) const {
    std::vector<uint8_t> tied(da.actors.size(), 0);
    for (const Fact& f : facts)
      if (f.relation == "affiliated_with" && !f.negated) {
        const int32_t p = actor_index(f.source), t = actor_index(f.target);
        if (p >= 0 && t >= 0 &&
            (any || da.actors[static_cast<size_t>(t)].type == ActorType::state || (!f.role.empty() && lex.government_role(f.role))))
          tied[static_cast<size_t>(p)] = 1;
      }
    for (size_t mi = 0; mi < dm.mentions.size(); ++mi)
      if (dm.mentions[mi].affiliation >= 0 && da.of_mention[mi] >= 0) tied[static_cast<size_t>(da.of_mention[mi])] = 1;
    return tied;
  }

  // "Chief Executive X said the company would comply": an untied executive's title before a name, whose
  // reported words name "the company" (or "the firm", "the group"), is that organization's
  // (evidence modality "inferred").
  void untied_executives() {
    std::vector<uint8_t> tied = tied_actors(true);
    const Cue& aff = affiliation_cue();
    const std::string executive = lex.role_family("Chief Executive");
    size_t from = 0;
    for (sent = 0; sent < doc.sentences.size(); ++sent) {
      first = doc.sentences[sent].first_token;
      last = doc.sentences[sent].last_token;
      size_t to = from;
      while (to < dm.mentions.size() && dm.mentions[to].sentence == sent) ++to;
      for (size_t mi = from; mi < to && !doc.sentences[sent].headline; ++mi) {
        const Mention& m = dm.mentions[mi];
        const int32_t a = da.of_mention[mi];
        if (a < 0 || tied[static_cast<size_t>(a)] || m.kind != MentionKind::name || m.type != ActorType::person ||
            m.role.empty() || lex.role_family(m.role) != executive || m.phrase_first >= m.first || m.last >= last ||
            !(wc(m.last) & wc_report) || is(m.last, "according"))
          continue;
        // the first mention after the verb of speech: the company's own description
        const size_t j = mi + 1;
        if (j >= to || dm.mentions[j].kind != MentionKind::description || dm.mentions[j].type != ActorType::organization ||
            dm.mentions[j].first > m.last + 2 || !(wc(dm.mentions[j].last - 1) & wc_outfit))
          continue;
        for (int32_t o : da.actors_of(j))
          if (da.actors[static_cast<size_t>(o)].type == ActorType::organization) {
            emit_actors(a, o, aff, m.phrase_first, dm.mentions[j].last, Qualifiers{false, Tense::present, "inferred"}, m.role);
            tied[static_cast<size_t>(a)] = 1;
          }
      }
      from = to;
    }
  }

  // "President Hakainde Hichilema" in a story about Zambia: a government office whose state the
  // document never names is the home state's (evidence modality "inferred").
  void untied_offices() {
    const int32_t home = home_state();
    if (home < 0) return;
    std::vector<uint8_t> tied = tied_actors();
    // someone who acts on the home state ("Foreign Secretary Joe Clark urged the United States")
    // is a visitor
    const std::string& home_id = da.actors[static_cast<size_t>(home)].id;
    for (const Fact& f : facts)
      if (f.source == home_id || f.target == home_id) {
        const int32_t other = actor_index(f.source == home_id ? f.target : f.source);
        if (other >= 0) tied[static_cast<size_t>(other)] = 1;
      }
    const Cue& aff = affiliation_cue();
    size_t mi = 0;
    for (sent = 0; sent < doc.sentences.size(); ++sent) {
      first = doc.sentences[sent].first_token;
      last = doc.sentences[sent].last_token;
      const size_t from = mi;
      size_t to = mi;
      while (to < dm.mentions.size() && dm.mentions[to].sentence == sent) ++to;
      for (; mi < to; ++mi) {
        const Mention& m = dm.mentions[mi];
        const int32_t a = da.of_mention[mi];
        // ("government spokesman X": a job title after a state body word is a government office too)
        const bool government = !m.role.empty() && (lex.government_role(m.role) ||
                                                     (m.phrase_first > first && (wc(m.phrase_first - 1) & wc_body) &&
                                                      !cap(m.phrase_first - 1) && at(m.phrase_first - 1) < 0));
        if (a < 0 || tied[static_cast<size_t>(a)] || m.kind != MentionKind::name || m.type != ActorType::person ||
            !government || m.phrase_first >= m.first)
          continue;
        // "the agency's former president, X", "its president": the office is someone else's
        bool owned = false;
        for (uint32_t t = m.phrase_first > first + 3 ? m.phrase_first - 3 : first; t < m.first; ++t)
          owned = owned || doc.tokens[t].has(tok_possessive) || (wc(t) & wc_poss);
        // ("Commission Vice-President X": a body's short name before the title holds the office)
        for (uint32_t t = m.phrase_first > first ? m.phrase_first - 1 : first; t < m.first; ++t)
          owned = owned || (cap(t) && at(t) < 0 && lex.is_org_reference(doc.norm[t]));
        // ("a reply from the administration of President X": a government named by its head, no home one)
        owned = owned || (m.phrase_first >= first + 2 && is(m.phrase_first - 1, "of") && (wc(m.phrase_first - 2) & wc_regime) &&
                          !cap(m.phrase_first - 2));
        if (owned) continue;
        // "a summit in Ottawa between President Reagan and Prime Minister Brian Mulroney": another
        // state named in the sentence leaves the office open (a later sentence may settle it)
        // A state that holds another office-holder ("Ukrainian President X", "his Norwegian
        // counterpart, X") or is named inside a quotation is no rival for the office; a spokesman's
        // state ("Kremlin spokesman X said President Y") is.
        bool other_state = false;
        for (size_t j = from; j < to; ++j) {
          bool owns_other = false;
          for (size_t k = from; k < to; ++k)
            owns_other |= k != mi && dm.mentions[k].affiliation == int32_t(j) && !dm.mentions[k].role.empty() &&
                          !lex.job_role(dm.mentions[k].role);
          // (a state named after the person is what the person acts on or talks about: "President X
          // said Finland was ready and thanked Estonia")
          if (owns_other || inside_quotes(dm.mentions[j].first) || dm.mentions[j].first >= m.last) continue;
          for (int32_t sa : da.actors_of(j)) other_state |= sa != home && da.actors[static_cast<size_t>(sa)].type == ActorType::state;
        }
        if (other_state) continue;
        emit_actors(a, home, aff, m.phrase_first, m.last, Qualifiers{false, Tense::present, "inferred"}, m.role);
        tied[static_cast<size_t>(a)] = 1;
      }
    }
  }

  // Untied government offices the sentence places (evidence modality "inferred"): "a visit to Egypt
  // by X, who held talks with President Y", "travel to Tanzania, where he will meet President Y": a
  // head of government met in the one state the sentence travels to or stays in is that state's;
  // "Kremlin spokesman X said that President Y": the reporter's state.
  void situated_offices() {
    std::vector<uint8_t> tied = tied_actors();
    const Cue& aff = affiliation_cue();
    // the office of person mention mi (actor a) is state's
    auto place = [&](size_t mi, int32_t a, int32_t state) {
      const Mention& m = dm.mentions[mi];
      emit_actors(a, state, aff, m.phrase_first, m.last, Qualifiers{false, Tense::present, "inferred"}, m.role);
      tied[static_cast<size_t>(a)] = 1;
    };
    size_t from = 0;
    size_t placed = 0;  // the last office placed by the sentence's travel, and where
    int32_t placed_host = -1;
    for (sent = 0; sent < doc.sentences.size(); ++sent) {
      first = doc.sentences[sent].first_token;
      last = doc.sentences[sent].last_token;
      placed_host = -1;
      headline = doc.sentences[sent].headline && doc.sentences[sent].title_case;
      title = doc.sentences[sent].headline;
      tree = trees && !title ? trees->of(sent) : nullptr;
      size_t to = from;
      while (to < dm.mentions.size() && dm.mentions[to].sentence == sent) ++to;
      for (size_t mi = from; mi < to && !headline; ++mi) {
        const Mention& m = dm.mentions[mi];
        const int32_t a = da.of_mention[mi];
        if (a < 0 || tied[static_cast<size_t>(a)] || m.kind != MentionKind::name || m.type != ActorType::person ||
            m.role.empty() || !lex.government_role(m.role) || m.phrase_first >= m.first || m.phrase_first <= first ||
            inside_quotes(m.first))
          continue;
        const uint32_t b = m.phrase_first - 1;
        // "Kremlin spokesman X said separately that President Y": a spokesman's bare "President" is his state's
        const int32_t spoken = speaker_state(m.phrase_first);
        if (spoken >= 0) {
          place(mi, a, spoken);
          continue;
        }
        const int32_t fronted = fronted_state(from, b);
        if (fronted >= 0) {
          place(mi, a, fronted);
          continue;
        }
        // ("Saudi Energy Minister X and Investment Minister Y": the demonym opening the first office
        // is the second's too)
        const Mention* prev = mi > from ? &dm.mentions[mi - 1] : nullptr;
        if (is(b, "and") && prev && prev->last == b && prev->type == ActorType::person && !prev->role.empty() &&
            prev->affiliation >= 0) {
          const Mention& d = mention(prev->affiliation);
          const auto states = da.actors_of(static_cast<size_t>(prev->affiliation));
          if (d.first == prev->phrase_first && (d.kind == MentionKind::demonym || d.possessive) && states.size() == 1 &&
              da.actors[static_cast<size_t>(states[0])].type == ActorType::state) {
            place(mi, a, states[0]);
            continue;
          }
        }
        // ("talks in Belgrade with President X and Foreign Minister Y": a conjunct of one placed there)
        if ((is(b, "and") || doc.token_text(b) == ",") && placed_host >= 0 && placed + 1 == mi &&
            dm.mentions[placed].last == b) {
          place(mi, a, placed_host);
          placed = mi;
          continue;
        }
        if (!(is(b, "with") || is(b, "by") || is(b, "meet") || is(b, "met") || is(b, "meets") || is(b, "meeting")))
          continue;
        int32_t host = -1;
        bool several = false;
        for (size_t j = from; j < mi; ++j) {
          const Mention& s = dm.mentions[j];
          if (s.kind != MentionKind::name || s.first <= first || !(is(s.first - 1, "to") || is(s.first - 1, "in")) ||
              inside_quotes(s.first))
            continue;
          for (int32_t sa : da.actors_of(j)) {
            if (da.actors[static_cast<size_t>(sa)].type != ActorType::state) continue;
            several |= host >= 0 && host != sa;
            host = sa;
          }
          // "flew to Peru and Chile": which one is open
          several |= s.last + 1 < last && (is(s.last, "and") || is(s.last, "or") || is(s.last, ",")) && at(s.last + 1) >= 0;
        }
        if (host < 0 || several) continue;
        place(mi, a, host);
        placed = mi;
        placed_host = host;
      }
      from = to;
    }
  }

  // "In neighbouring Kenya, (which hosts ...,) Interior Minister X said": the state of a sentence's
  // opening "in" phrase, when the comma at token `comma` closes it (or its relative clause); -1 otherwise.
  int32_t fronted_state(size_t from, uint32_t comma) const {
    if (doc.token_text(comma) != "," || !is(first, "in") || from >= dm.mentions.size()) return -1;
    const Mention& s = dm.mentions[from];
    if (s.sentence != sent || s.kind != MentionKind::name || s.possessive || s.first > first + 3) return -1;
    for (uint32_t t = first + 1; t < s.first; ++t)
      if (cap(t) || !content_word(t)) return -1;
    if (s.last != comma && !(s.last + 1 < comma && doc.token_text(s.last) == "," && comma_relative(s.last + 1))) return -1;
    if (s.last != comma)
      for (uint32_t t = s.last + 1; t < comma; ++t)
        if (doc.token_text(t) == "," || quote(t)) return -1;
    const std::vector<int32_t> as = da.actors_of(from);
    if (as.size() != 1 || da.actors[static_cast<size_t>(as.front())].type != ActorType::state) return -1;
    return as.front();
  }

  // The state of the person who reports what follows token p ("X said (separately) that ..."),
  // when X's state is known and the clause names no other state before p; -1 otherwise.
  int32_t speaker_state(uint32_t p) const {
    if (p <= first + 1) return -1;
    uint32_t k = p - 1;
    if (is(k, "that") && k > first) --k;
    for (int words = 0; words < 2 && k > first && content_word(k) && !(wc(k) & wc_report); ++words) --k;
    if (!(wc(k) & wc_report) || cap(k)) return -1;
    // ("X told Secretary of State Y": the one told is no subject of what is reported)
    if ((wc(k) & wc_control) && !is(p - 1, "that")) return -1;
    const Group subj = find_subject(k);
    if (subj.size() != 1 || !typed_as(subj.front(), ActorType::person)) return -1;
    int32_t state = -1;
    for (int32_t who : actors(subj.front()))
      for (const Fact& f : facts)
        if (f.relation == "affiliated_with" && !f.negated && f.source == da.actors[static_cast<size_t>(who)].id) {
          const int32_t t = actor_index(f.target);
          if (t >= 0 && da.actors[static_cast<size_t>(t)].type == ActorType::state) {
            if (state >= 0 && state != t) return -1;
            state = t;
          }
        }
    if (state < 0) return -1;
    for (uint32_t t = mention(subj.front()).last; t < p; ++t)
      if (at(t) >= 0)
        for (int32_t x : actors(at(t)))
          if (x != state && da.actors[static_cast<size_t>(x)].type != ActorType::person) return -1;
    return state;
  }

  // "Erdogan and his foreign minister, Hakan Fidan,": an officer of a person serves the state that
  // person serves (as named before; a counterpart serves another)
  void officer_of_person(size_t mi) {
    const Mention& m = dm.mentions[mi];
    const auto owners = da.actors_of(static_cast<size_t>(m.affiliation));
    if (owners.size() != 1 || da.actors[static_cast<size_t>(owners[0])].type != ActorType::person ||
        lex.role_family(m.role) == lex.role_family("Counterpart"))
      return;
    for (size_t j = mi; j-- > 0;) {
      const Mention& c = dm.mentions[j];
      if (da.of_mention[j] != owners[0] || c.affiliation < 0) continue;
      const int32_t s = da.of_mention[static_cast<size_t>(c.affiliation)];
      if (s < 0 || da.actors[static_cast<size_t>(s)].type != ActorType::state) continue;
      const Mention& a = mention(m.affiliation);
      emit_actors(da.of_mention[mi], s, affiliation_cue(), std::min(m.phrase_first, a.first), m.last,
                  Qualifiers{false, Tense::present, {}}, m.role);
      return;
    }
  }

  // "OPEC President X, Nigeria's oil minister,", "PCB chairman X, who is also Pakistan's interior
  // minister,": a second office, in apposition, of a person whose first the title before the name gave
  void second_office(size_t mi) {
    const Mention& m = dm.mentions[mi];
    uint32_t k = m.last;
    if (k + 3 >= last || doc.token_text(k) != ",") return;
    ++k;
    if (is(k, "who") && k + 1 < last && (wc(k + 1) & wc_copula)) {
      k += 2;
      if (k < last && is(k, "also")) ++k;
    }
    // ("X, the head of the EU's mission, Y, a former Slovenian foreign minister,": or a demonym's)
    for (int dets = 0; dets < 2 && k < last && det_at(k) && at(k) < 0; ++dets) ++k;
    const int32_t owner = k < last ? at(k) : -1;
    if (owner < 0 || owner == m.affiliation) return;
    const bool demonym = mention(owner).kind == MentionKind::demonym && mention(owner).first == k;
    if (!(demonym || (mention(owner).possessive && mention(owner).kind == MentionKind::name)) ||
        !(typed_as(owner, ActorType::state) || typed_as(owner, ActorType::organization)))
      return;
    uint32_t t = mention(owner).last + (demonym ? 0 : 1);
    for (int mods = 0; t < last && mods < 3 && !dm.title_at[t] && (content_word(t) || (det_at(t) && at(t) < 0)); ++mods) ++t;
    if (t >= last || !dm.title_at[t]) return;
    while (t < last && dm.title_at[t]) ++t;
    if (t < last && doc.token_text(t) != "," && doc.token_text(t) != ".") return;
    emit({static_cast<int32_t>(mi)}, {owner}, affiliation_cue(), m.phrase_first, t, Qualifiers{false, Tense::present, {}});
  }

  // "The head of UNMIK, Ghanaian diplomat Kwame Asante,", "Its commander, Austrian Major General X,",
  // "ASEAN's special envoy on Myanmar, Thai diplomat X,": an office in apposition before a name whose
  // own demonym gave it a state serves its owner too
  void office_before_name(size_t mi) {
    const Mention& m = dm.mentions[mi];
    const Mention& a = mention(m.affiliation);
    if (a.kind != MentionKind::demonym || a.possessive) return;
    const uint32_t k = std::min(m.phrase_first, a.first);
    if (k < first + 3 || doc.token_text(k - 1) != ",") return;
    const uint32_t b = k - 2;
    // the phrase opens the sentence or follows a comma
    auto opens = [&](uint32_t s0) { return s0 == first || doc.token_text(s0 - 1) == ","; };
    auto tie = [&](int32_t owner, uint32_t c0) {
      emit({static_cast<int32_t>(mi)}, {owner}, affiliation_cue(), c0, m.last, Qualifiers{false, Tense::present, {}}, m.role);
    };
    const int32_t owner = at(b);
    if (owner >= 0 && mention(owner).kind == MentionKind::name && mention(owner).last == b + 1 && !mention(owner).possessive &&
        (typed_as(owner, ActorType::organization) || typed_as(owner, ActorType::state))) {
      // "the head of X": (", or KFOR,": past the acronym the owner goes by, given after it)
      uint32_t o = mention(owner).first;
      if (o >= first + 3 && is(o - 1, "or") && doc.token_text(o - 2) == "," && at(o - 3) >= 0 &&
          mention(at(o - 3)).kind == MentionKind::name && typed_as(at(o - 3), mention(owner).type))
        o = mention(at(o - 3)).first;
      // ("the NATO-led Kosovo Force": past a leader's hyphenated compound)
      if (o >= first + 3 && is(o - 1, "led") && doc.token_text(o - 2) == "-" && at(o - 3) >= 0) o = mention(at(o - 3)).first;
      if (o > first && det_at(o - 1) && at(o - 1) < 0) --o;
      if (o >= first + 3 && (is(o - 1, "of") || is(o - 1, "for")) && dm.title_at[o - 2]) {
        uint32_t q = o - 2;
        while (q > first && dm.title_at[q - 1]) --q;
        if (q > first && det_at(q - 1) && at(q - 1) < 0 && opens(q - 1)) return tie(owner, q - 1);
      }
    }
    if (owner < 0 && dm.title_at[b]) {
      // "Its commander, X": the possessive pronoun's owner, an organization
      uint32_t q = b;
      while (q > first && dm.title_at[q - 1]) --q;
      const int32_t p = q > first ? at(q - 1) : -1;
      if (p >= 0 && mention(p).kind == MentionKind::pronoun && (wc(q - 1) & wc_poss) && q - 1 == first) {
        for (int32_t pa : da.actors_of(static_cast<size_t>(p)))
          if (da.actors[static_cast<size_t>(pa)].type == ActorType::organization) return tie(p, q - 1);
        return;
      }
    }
    // "ASEAN's special envoy on Myanmar,": a possessor's office, its beat after it
    for (uint32_t p = b + 1; p-- > first && p + 10 > b;) {
      if (doc.token_text(p) == "," || doc.token_text(p) == ".") return;
      const int32_t o = at(p);
      if (o < 0 || !mention(o).possessive || mention(o).kind != MentionKind::name ||
          !(typed_as(o, ActorType::organization) || typed_as(o, ActorType::state)))
        continue;
      uint32_t q = mention(o).last;
      if (q < b && doc.tokens[q].has(tok_possessive) && at(q) < 0) ++q;
      while (q < b && !dm.title_at[q] && content_word(q) && at(q) < 0) ++q;
      if (q >= b || !dm.title_at[q]) return;
      uint32_t s0 = mention(o).first;
      if (s0 > first && det_at(s0 - 1) && at(s0 - 1) < 0) --s0;
      if (opens(s0)) tie(o, s0);
      return;
    }
  }

  void affiliations(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      if (m.affiliation >= 0 && m.type == ActorType::person && m.kind == MentionKind::name) {
        second_office(mi);
        office_before_name(mi);
      }
      if (m.affiliation < 0 || m.type != ActorType::person) continue;
      // "the British prime minister" ties the person it refers to only if a name was resolved
      if (m.kind == MentionKind::description && da.of_mention[mi] < 0) continue;
      const Mention& a = mention(m.affiliation);
      if (a.kind == MentionKind::pronoun) {
        // "its leader, X": the organization or state the pronoun stands for
        bool ok = false;
        for (int32_t pa : da.actors_of(static_cast<size_t>(m.affiliation)))
          ok = ok || da.actors[static_cast<size_t>(pa)].type == ActorType::state ||
               da.actors[static_cast<size_t>(pa)].type == ActorType::organization;
        if (!ok) {
          officer_of_person(mi);
          continue;
        }
      } else if (a.type != ActorType::state && a.type != ActorType::organization) {
        continue;
      }
      const Cue& aff = affiliation_cue();
      uint32_t c0 = std::min(m.phrase_first, a.first), c1 = std::max(m.last, a.last);
      // "Britain's U.N. ambassador", "the U.S. NATO envoy": a state's envoy to an organization
      if (a.type == ActorType::organization && (lex.role_family(m.role) == lex.role_family("Ambassador") ||
                                                lex.role_family(m.role) == lex.role_family("Envoy"))) {
        int32_t st = -1;
        if (a.first >= first + 2 && doc.tokens[a.first - 1].has(tok_possessive)) st = at(a.first - 2);
        else if (a.first > first) st = at(a.first - 1);
        if (st >= 0 && mention(st).type == ActorType::state) {
          emit({static_cast<int32_t>(mi)}, {st}, aff, std::min(c0, mention(st).first), c1, Qualifiers{false, Tense::present, {}},
               m.role);
          continue;
        }
      }
      emit({static_cast<int32_t>(mi)}, {m.affiliation}, aff, c0, c1, Qualifiers{false, Tense::present, {}}, m.role);
      // "a spokesman for China's Foreign Ministry" serves China too (a state body, not a
      // university of that state)
      bool state_body = false;
      for (uint32_t t = a.first; t < a.last; ++t) state_body = state_body || (wc(t) & wc_body);
      // ("Pakistan's Foreign Office spokesman X": a state's own body by a known body's alias, renamed)
      const bool own_body = a.lex < 0 && !a.label.empty();
      if ((state_body || own_body) && a.kind == MentionKind::name && a.type == ActorType::organization && a.first >= first + 2 &&
          da.of_mention[mi] >= 0 && doc.tokens[a.first - 1].has(tok_possessive) && at(a.first - 2) >= 0) {
        const Mention& owner = mention(at(a.first - 2));
        if (owner.type == ActorType::state && owner.kind == MentionKind::name)
          for (int32_t sa : da.actors_of(static_cast<size_t>(at(a.first - 2))))
            emit_actors(da.of_mention[mi], sa, aff, c0, c1, Qualifiers{false, Tense::present, {}}, m.role);
      }
      // "Chinese Foreign Ministry spokesman Lin Jian" serves China too: a state opening the
      // organization's name, when the document names that state
      if (state_body && a.kind == MentionKind::name && a.type == ActorType::organization && a.last - a.first >= 2 &&
          da.of_mention[mi] >= 0) {
        std::vector<uint32_t> forms;
        const uint32_t len = lex.name_trie().longest(doc.ids, a.first, a.last - 1, forms);
        for (uint32_t f = 0; len > 0 && f < forms.size(); ++f) {
          const LexName& n = lex.name_forms()[forms[f]].names.front();
          const LexActor& la = lex.actors()[n.actor];
          // a demonym or an abbreviation ("Chinese Foreign Ministry", "U.S. State Department"),
          // not "pro-Beijing New People Party" or "Congo River Alliance"
          const std::string_view w0 = doc.token_text(a.first);
          const bool abbreviation = std::none_of(w0.begin(), w0.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          if (la.type != ActorType::state || !(n.kind == NameKind::demonym || abbreviation)) continue;
          const int32_t st_actor = actor_index(la.id);
          if (st_actor >= 0)
            emit_actors(da.of_mention[mi], st_actor, aff, c0, c1, Qualifiers{false, Tense::present, {}}, m.role);
          break;
        }
      }
    }
  }

  // "Commission President X" after "the European Commission": a capitalised word before a title
  // that is the last word of one organization's longer name named earlier is its short form.
  void short_form_employers(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      if (m.kind != MentionKind::name || m.type != ActorType::person || m.role.empty() || m.affiliation >= 0 ||
          da.of_mention[mi] < 0 || m.phrase_first >= m.first)
        continue;
      // (the word may open the phrase already, "Commission President X", even as a body's word
      // read into the title: "Parliament President X")
      const bool opens = !dm.title_at[m.phrase_first] || (wc(m.phrase_first) & wc_body);
      if (!opens && m.phrase_first == first) continue;
      const uint32_t t = opens ? m.phrase_first : m.phrase_first - 1;
      if (!cap(t) || !doc.tokens[t].has(tok_alpha) || dm.at_token[t] >= 0 || (dm.title_at[t] && !(wc(t) & wc_body)) ||
          (t > first && (cap(t - 1) || dm.at_token[t - 1] >= 0)))
        continue;
      int32_t org = -1;
      bool unique = true;
      for (size_t oi = 0; oi < from && unique; ++oi) {
        const Mention& o = dm.mentions[oi];
        if (o.kind != MentionKind::name || o.type != ActorType::organization || o.last - o.first < 2 ||
            doc.norm[o.last - 1] != doc.norm[t] || da.of_mention[oi] < 0)
          continue;
        if (org >= 0 && org != da.of_mention[oi]) unique = false;
        org = da.of_mention[oi];
      }
      if (org < 0 || !unique) continue;
      emit_actors(da.of_mention[mi], org, affiliation_cue(), t, m.last, Qualifiers{false, Tense::present, {}}, m.role);
    }
  }

  // "X, who serves as ASEAN's special envoy on Myanmar,": an office of a possessor named in a
  // relative clause (or an apposition's participle), for a person perhaps tied elsewhere ("Malaysian diplomat X")
  void relative_offices(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      if (m.kind != MentionKind::name || m.possessive || da.of_mention[mi] < 0 || !typed_as(int32_t(mi), ActorType::person) ||
          m.last + 4 >= last || doc.token_text(m.last) != ",")
        continue;
      uint32_t k = m.last + 2;
      if (!comma_relative(m.last + 1) || is(m.last + 1, "which")) {
        // ("X, a former Tanzanian prime minister serving as SADC's special envoy,": a participle in the apposition)
        k = m.last + 1;
        while (k + 2 < last && k < m.last + 10 && doc.token_text(k) != "," && !(ing_form(k) && (wc(k) & wc_appoint))) ++k;
        if (k + 2 >= last || !ing_form(k) || !(wc(k) & wc_appoint)) continue;
      }
      const uint32_t verbs = k;
      while (k < last && k < verbs + 4 && at(k) < 0 && (wc(k) & (wc_aux | wc_copula | wc_appoint)) && !(wc(k) & wc_neg)) ++k;
      if (k == verbs || !(wc(k - 1) & (wc_copula | wc_appoint)) || k >= last || at(k) < 0) continue;
      const int32_t d = at(k);
      const Mention& dmn = mention(d);
      if (!dmn.possessive || dmn.first != k || dmn.last + 1 >= last ||
          (!typed_as(d, ActorType::organization) && !typed_as(d, ActorType::state)))
        continue;
      const int32_t e = at(dmn.last + 1);
      if (e < 0 || mention(e).kind != MentionKind::description || mention(e).affiliation != d || mention(e).role.empty()) continue;
      emit({int32_t(mi)}, {d}, affiliation_cue(), m.first, mention(e).last, Qualifiers{false, Tense::present, {}});
    }
  }

  // "Grace Banda, of the ruling Democratic Progress Front,": a person's organization in an
  // apposition of its own
  void of_organizations(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      // ("Ghanaian lawmaker X of the opposition National Democratic Congress": no comma too)
      const bool comma = m.last + 3 < last && doc.token_text(m.last) == "," && is(m.last + 1, "of");
      if (m.kind != MentionKind::name || m.possessive || da.of_mention[mi] < 0 || !typed_as(int32_t(mi), ActorType::person) ||
          m.last + 2 >= last || !(comma || is(m.last, "of")))
        continue;
      uint32_t k = m.last + (comma ? 2 : 1);
      if (is(k, "the")) ++k;
      for (int words = 0; words < 2 && k < last && at(k) < 0 && !cap(k) && content_word(k); ++words) ++k;
      const int32_t o = k < last ? at(k) : -1;
      if (o < 0 || mention(o).kind != MentionKind::name || mention(o).first != k || !head_capable(o) ||
          !typed_as(o, ActorType::organization))
        continue;
      const uint32_t e = mention(o).last;
      if (e < last && doc.token_text(e) != "," && doc.token_text(e) != ")" && !punct(e) && (comma || mention(o).possessive)) continue;
      emit({int32_t(mi)}, {o}, affiliation_cue(), m.first, e, Qualifiers{false, Tense::present, {}});
    }
  }

  // "Tehran rejected the charge, with Foreign Ministry spokesman X saying ...": an official
  // speaking in an absolute clause speaks for the state or organization that opens the sentence.
  void speaking_for(size_t from, size_t to) {
    if (from == to || headline) return;
    const Mention& s = dm.mentions[from];
    if (s.sentence != sent || phrase_start(int32_t(from)) != first || s.kind == MentionKind::pronoun ||
        (s.type != ActorType::state && s.type != ActorType::organization) || !head_capable(int32_t(from)) ||
        s.possessive || da.of_mention[from] < 0)
      return;
    for (size_t mi = from + 1; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      if (m.type != ActorType::person || m.kind != MentionKind::name || m.role.empty() || da.of_mention[mi] < 0 ||
          m.last >= last)
        continue;
      // "NATO will send two frigates, Secretary-General Mark Rutte said": the speaker closing the
      // sentence speaks for an organization opening it, or for the state the document is about
      // (not "Russia struck Kyiv, President X said" in a story about Ukraine)
      if ((wc(m.last) & wc_report) && m.affiliation < 0 && m.phrase_first >= first + 2 &&
          doc.token_text(m.phrase_first - 1) == "," && !is(m.last, "according") &&
          (s.type == ActorType::organization || da.of_mention[from] == m_home)) {
        // (what the speaker says comes before, not after: "said on Thursday.", not "said the alliance would")
        const uint32_t t = m.last + 1;
        const bool closing = t >= last || (at(t) < 0 && !is(t, "that") && !det_at(t) && !(wc(t) & wc_subjpron) && !quote(t) &&
                                           doc.token_text(t) != ":");
        if (closing) {
          emit_actors(da.of_mention[mi], da.of_mention[from], affiliation_cue(), m.phrase_first, m.last + 1,
                      Qualifiers{false, Tense::present, {}}, m.role);
          continue;
        }
      }
      if (!participle(m.last)) continue;
      // the person's own state or organization, if any, is a state body of no state or the subject
      if (m.affiliation >= 0) {
        const Mention& a = mention(m.affiliation);
        bool body = false;
        for (uint32_t t = a.first; t < a.last; ++t) body = body || (wc(t) & wc_body);
        if (a.type == ActorType::state || !body) continue;
      }
      uint32_t k = m.affiliation >= 0 ? std::min(m.phrase_first, mention(m.affiliation).first) : m.phrase_first;
      // lower-case words before the title ("with foreign ministry spokesman X")
      for (int words = 0; words < 3 && k > first + 2 && content_word(k - 1); ++words) --k;
      if (k < first + 2 || !is(k - 1, "with") || doc.token_text(k - 2) != ",") continue;
      const Cue& aff = affiliation_cue();
      emit_actors(da.of_mention[mi], da.of_mention[from], aff, k - 1, m.last + 1, Qualifiers{false, Tense::present, {}},
                  m.role);
    }
  }

  // Token t opens a relative clause after a comma (", which", ", who"; not "that").
  bool comma_relative(uint32_t t) const {
    return t > first && (wc(t) & wc_relpron) && !is(t, "that") && doc.token_text(t - 1) == ",";
  }

  // The cue ending before `pos` stands in a relative clause opened just before it (", which has backed").
  bool relative_cue(uint32_t pos) const {
    for (uint32_t t = pos; t-- > first + 1 && t + 5 > pos;)
      if (comma_relative(t)) return true;
    return false;
  }

  // A quantity word ("hundreds", "dozens") at t.
  // A plain plural noun at t ("traders"; not "news", "class"), from the tag where there is one.
  bool plural_noun(uint32_t t) const {
    if (!content_word(t)) return false;
    if (tree) return tree->tag[t - first] == "NNS";
    const std::string_view w = doc.norm[t];
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
  }
  bool amount_at(uint32_t t) const { return (wc(t) & wc_amount) && !cap(t); }
  // Token t ends a count: "3.5 million", "200", "thousands of"
  bool counted(uint32_t t) const {
    if (doc.tokens[t].has(tok_digit) || amount_at(t)) return true;
    if (is(t, "million") || is(t, "thousand") || is(t, "hundred") || is(t, "billion")) return true;
    return t > first && is(t, "of") && amount_at(t - 1);
  }

  // The name an apposition starting at token p describes ("X, a long-time ally", "X and Y, both
  // donors"): the non-possessive mention right before its comma, else -1.
  // The name an apposition describes when its noun phrase ("a clan militia") ends right before t:
  // "X, a clan militia opposed to Y"; -1 if none.
  int32_t apposition_noun_before(uint32_t t) const {
    uint32_t p = t;
    while (p > first && p + 4 > t && at(p - 1) < 0 && content_word(p - 1) && !cap(p - 1)) --p;
    if (p == t || p <= first || !det_at(p - 1) || at(p - 1) >= 0) return -1;
    const int32_t named = apposed_name(p - 1);
    if (named < 0 || mention(named).kind != MentionKind::name) return -1;
    // ("In Beirut, the group fighting Israel": an opening phrase of place is no name described)
    const uint32_t f = mention(named).phrase_first;
    return f == first + 1 && (wc(first) & wc_prep) ? -1 : named;
  }

  // "the Unified Force of the AES (FU-AES)": the last token of the name before the bracket closing at
  // token c, or -1.
  int32_t named_before_bracket(uint32_t c) const {
    if (doc.token_text(c) != ")") return -1;
    for (uint32_t o = c; o-- > first && o + 6 > c;)
      if (doc.token_text(o) == "(") return o > first && at(o - 1) >= 0 ? static_cast<int32_t>(o - 1) : -1;
    return -1;
  }

  int32_t apposed_name(uint32_t p) const {
    if (p < first + 2 || doc.token_text(p - 1) != ",") return -1;
    const int32_t named = named_at(p - 2);
    return named >= 0 && !mention(named).possessive ? named : -1;
  }

  // The head mention named at token k, through an acronym in parentheses after it; -1 if none.
  int32_t named_at(uint32_t k) const {
    if (k >= first + 2 && k < last && doc.token_text(k) == ")" && doc.token_text(k - 2) == "(" && k >= first + 3) k -= 3;
    int32_t mi = k < last ? at(k) : -1;
    if (mi >= 0 && !head_capable(mi)) mi = mention(mi).modifies;
    return mi;
  }
  bool typed_as(int32_t mi, ActorType t) const {
    for (int32_t a : actors(mi))
      if (da.actors[static_cast<size_t>(a)].type == t) return true;
    return false;
  }

  // A person's own organization after a possessor ending at token k: "Netanyahu's Likud party",
  // "Vucic's ruling Serbian Progressive Party", "President X and his ruling United National Front".
  // True when k is such a possessor (his/her), whether or not an organization follows.
  bool own_organization(uint32_t k) {
    const bool pronoun = (is(k, "his") || is(k, "her")) && at(k) >= 0 && mention(at(k)).kind == MentionKind::pronoun;
    const bool name = !pronoun && doc.tokens[k].has(tok_possessive) && k >= first + 1 && at(k - 1) >= 0 &&
                      mention(at(k - 1)).last == k && mention(at(k - 1)).kind == MentionKind::name;
    if (!pronoun && !name) return false;
    const int32_t owner = pronoun ? at(k) : at(k - 1);
    if (!typed_as(owner, ActorType::person)) return pronoun;
    // (past plain words: "ruling", "centre-right"; and "own": "his own Liberal Democratic Party")
    uint32_t j = k + 1;
    if (j < last && is(j, "own")) ++j;
    for (int words = 0; words < 2 && j < last && content_word(j) && !cap(j) && at(j) < 0; ++words) ++j;
    const int32_t org = j < last ? at(j) : -1;
    if (org < 0 || mention(org).first != j || mention(org).kind != MentionKind::name || mention(org).possessive ||
        !head_capable(org) || !typed_as(org, ActorType::organization))
      return pronoun;
    if (pronoun) {
      // a pronoun's: a word for a party or movement says what it is, or the name ends the phrase
      // (not "his Labour Party rivals", "his Major League debut": the name modifies a noun after it)
      uint32_t e = mention(org).last;
      const bool outfit = (wc(e - 1) & wc_outfit) || (e < last && !cap(e) && (wc(e) & wc_outfit));
      // (past its acronym: "(UNF)")
      if (e + 2 < last && doc.token_text(e) == "(" && at(e + 1) >= 0 && doc.token_text(e + 2) == ")") e += 3;
      const bool ends = e >= last || punct(e) || verb_at(e) || ed_form(e) ||
                        ((wc(e) & (wc_prep | wc_conj | wc_aux | wc_copula | wc_relpron | wc_report | wc_modal | wc_future)) &&
                         !cap(e));
      if (!outfit && !ends) return true;
    }
    emit({owner}, {org}, affiliation_cue(), mention(owner).first, mention(org).last, Qualifiers{false, Tense::present, {}});
    return pronoun;
  }

  // "the CSTO, a Moscow-led alliance to which both Kyrgyzstan and Tajikistan belong": the names
  // before "belong" are members of the organization the clause describes.
  void belonging_to(uint32_t k) {
    uint32_t j = k + 2;
    if (j < last && (is(j, "both") || is(j, "all"))) ++j;
    Group members;
    while (j < last && at(j) >= 0 && mention(at(j)).kind == MentionKind::name &&
           (typed_as(at(j), ActorType::state) || typed_as(at(j), ActorType::organization))) {
      members.push_back(at(j));
      j = mention(at(j)).last;
      if (j < last && (is(j, "and") || doc.token_text(j) == ",")) ++j;
    }
    if (members.empty() || j >= last || doc.norm[j].compare(0, 6, "belong") != 0) return;
    // the organization: named right before, or the name a description in apposition describes
    int32_t org = at(k - 1);
    if (org < 0) {
      uint32_t a = k;
      while (a > first && at(a - 1) < 0 && (det_at(a - 1) || content_word(a - 1) || doc.token_text(a - 1) == "-")) --a;
      if (a > first && at(a - 1) >= 0 && doc.token_text(a) == "-") a = mention(at(a - 1)).first;  // "a Moscow-led"
      while (a > first && det_at(a - 1) && at(a - 1) < 0) --a;
      org = apposed_name(a);
    }
    if (org < 0 || mention(org).kind != MentionKind::name || !typed_as(org, ActorType::organization)) return;
    emit(members, {org}, affiliation_cue(), k, j + 1, qualifiers(k, j));
  }

  // "the People's Progressive Party (PPP) of President X": a party or movement "of" a person
  // named after it, past the person's titles, is the person's own.
  bool party_of(uint32_t k) {
    uint32_t e = k;
    // (past its acronym: "(PPP)")
    if (e >= first + 4 && doc.token_text(e - 1) == ")" && doc.token_text(e - 3) == "(" && at(e - 2) >= 0) e -= 3;
    const int32_t org = e > first ? at(e - 1) : -1;
    if (org < 0 || mention(org).kind != MentionKind::name || mention(org).last != e || mention(org).possessive ||
        !typed_as(org, ActorType::organization))
      return false;
    bool party = false;
    for (uint32_t t = mention(org).first; t < mention(org).last; ++t) party = party || (wc(t) & wc_outfit);
    if (!party) return false;
    uint32_t p = k + 1;
    while (p < last && ((dm.title_at[p] && at(p) < 0) || (det_at(p) && at(p) < 0) ||
                        (at(p) >= 0 && mention(at(p)).kind == MentionKind::demonym)))
      ++p;
    if (p == k + 1 || p >= last || at(p) < 0 || mention(at(p)).kind != MentionKind::name || mention(at(p)).first != p ||
        !typed_as(at(p), ActorType::person))
      return false;
    emit({at(p)}, {org}, affiliation_cue(), mention(org).first, mention(at(p)).last, Qualifiers{false, Tense::present, {}});
    return true;
  }

  // "Sonatrach, Algeria's state oil company,", "Gazprom, the Russian state gas giant,": a company
  // in apposition described as a state's own ("state" at token k) belongs to that state.
  void state_firm(uint32_t k) {
    if (k < first + 3) return;
    // the state: a possessor or a demonym right before "state" (past "the" for a demonym)
    const int32_t owner = at(k - 1) >= 0 ? at(k - 1) : (doc.tokens[k - 1].has(tok_possessive) ? at(k - 2) : -1);
    if (owner < 0 || !typed_as(owner, ActorType::state) ||
        !(mention(owner).possessive || mention(owner).kind == MentionKind::demonym))
      return;
    uint32_t start = mention(owner).first;
    if (mention(owner).kind == MentionKind::demonym && start > first && det_at(start - 1) && at(start - 1) < 0) --start;
    if (start < first + 2 || doc.token_text(start - 1) != ",") return;
    const int32_t firm = named_at(start - 2);
    if (firm < 0 || firm == owner || mention(firm).kind != MentionKind::name || !typed_as(firm, ActorType::organization)) return;
    // the descriptor's nouns up to the apposition's closing punctuation ("state oil company,"; "state-owned firm.")
    uint32_t e = k + 1;
    while (e < last && e < k + 6 && at(e) < 0 && (content_word(e) || word_hyphen(e))) ++e;
    if (e == k + 1 || (e < last && !punct(e))) return;
    emit({firm}, {owner}, affiliation_cue(), mention(firm).first, e, Qualifiers{false, Tense::present, {}});
  }

  // Ties stated by the phrase around a name: "X, whose Y party", "Y, whose chairwoman, X,",
  // "X, the bloc's executive arm,", "the UN refugee agency, X", "X, a NATO member", "NATO member X".
  void organization_links() {
    const Cue& aff = affiliation_cue();
    const Qualifiers q{false, Tense::present, {}};
    // ("His own Liberal Democratic Party is split": a possessor may open the sentence)
    own_organization(first);
    for (uint32_t k = first + 1; k < last; ++k) {
      if (k >= first + 2 && is(k, "whose") && doc.token_text(k - 1) == ",") {
        const int32_t owner = named_at(k - 2);
        if (owner < 0) continue;
        uint32_t j = k + 1;
        // ("whose Hindu nationalist Bharatiya Janata Party": a capitalised adjective of belief too)
        for (int words = 0; words < 3 && j < last &&
                            (content_word(j) || (det_at(j) && at(j) < 0) ||
                             (cap(j) && (wc(j) & wc_common) && dm.at_token[j] < 0 && doc.tokens[j].has(tok_alpha)));
             ++words)
          ++j;
        // "Tusk, whose centrist Civic Coalition": the person's party
        if (j < last && at(j) >= 0 && mention(at(j)).kind == MentionKind::name && typed_as(at(j), ActorType::organization) &&
            typed_as(owner, ActorType::person) && !mention(at(j)).possessive)
          emit({owner}, {at(j)}, aff, mention(owner).first, mention(at(j)).last, q);
        // "the commission (ZEC), whose chairwoman, Justice Ruth Ndlovu,", "X, whose chief executive Y": its officer
        uint32_t t = k + 1;
        while (t < last && (dm.title_at[t] || doc.token_text(t) == ",") && at(t) < 0) ++t;
        if (t > k + 1 && dm.title_at[k + 1] && t < last && at(t) >= 0 && mention(at(t)).kind == MentionKind::name &&
            typed_as(at(t), ActorType::person) &&
            (typed_as(owner, ActorType::organization) || typed_as(owner, ActorType::state)))
          emit({at(t)}, {owner}, aff, k + 1, mention(at(t)).last, q, mention(at(t)).role);
        continue;
      }
      if (own_organization(k)) continue;
      if (is(k, "state") && !cap(k)) state_firm(k);
      if (is(k, "to") && k + 1 < last && is(k + 1, "which")) belonging_to(k);
      if (is(k, "of") && party_of(k)) continue;
      if (cap(k) || at(k) >= 0 || !(wc(k) & (wc_branch | wc_member))) continue;
      const bool member = (wc(k) & wc_member) != 0;
      // the organization owning the branch or membership: a possessor or a name right before
      uint32_t p = k;
      // ("Russia's main security agency": a determiner-like adjective right after the possessor too)
      while (p > first && (content_word(p - 1) || (det_at(p - 1) && at(p - 1) < 0 && p >= first + 2 &&
                                                   doc.tokens[p - 2].has(tok_possessive))) &&
             !(wc(p - 1) & (wc_branch | wc_member)))
        --p;
      int32_t org = -1;
      uint32_t start = p;
      if (p >= first + 2 && doc.tokens[p - 1].has(tok_possessive) && at(p - 2) >= 0) {
        org = at(p - 2);
        start = mention(org).phrase_first;
      } else if (p > first && at(p - 1) >= 0 && !mention(at(p - 1)).possessive) {
        org = at(p - 1);
        start = mention(org).phrase_first;
      }
      // ("The FSB, Russia's main security agency,", "the U.S. aid agency USAID": a state's branch too)
      const bool state_branch = org >= 0 && !member && typed_as(org, ActorType::state) &&
                                (mention(org).possessive || mention(org).kind == MentionKind::demonym);
      if (org < 0 || !(typed_as(org, ActorType::organization) || state_branch)) continue;
      while (start > first && det_at(start - 1) && at(start - 1) < 0) --start;
      int32_t part = -1;
      // "X, the bloc's executive arm," / "X, a NATO member"
      if (start >= first + 2 && doc.token_text(start - 1) == ",") part = named_at(start - 2);
      // "the UN refugee agency, UNHCR" / "NATO member Poland"
      if (part < 0) {
        uint32_t e = k + 1;
        // ("the UN peacekeeping mission in the country, MONUSCO")
        if (!member && e + 2 < last && (wc(e) & wc_prep) && !cap(e)) {
          uint32_t f = e + 1;
          while (f < last && f < e + 5 && (at(f) >= 0 || det_at(f) || content_word(f)))
            f = at(f) >= 0 ? mention(at(f)).last : f + 1;
          if (f < last && doc.token_text(f) == ",") e = f;
        }
        if (!member && e + 1 < last && doc.token_text(e) == ",") {
          part = named_at(e + 1);
          // (the apposition ends at punctuation: "the UN refugee agency, UNHCR, said")
          if (part >= 0 && mention(part).last < last && !punct(mention(part).last)) part = -1;
        } else if (member && e < last && at(e) >= 0) {
          part = named_at(e);
        } else if (!member && e == k + 1 && e < last && at(e) >= 0 && mention(at(e)).first == e &&
                   !mention(at(e)).possessive) {
          part = named_at(e);  // "the U.N. refugee agency UNHCR said"
        }
      }
      if (part < 0 || part == org || mention(part).kind != MentionKind::name) continue;
      const bool ok = member ? (typed_as(part, ActorType::state) || typed_as(part, ActorType::organization))
                             : typed_as(part, ActorType::organization);
      if (ok) emit({part}, {org}, aff, std::min(start, mention(part).first), std::max(k + 1, mention(part).last), q);
    }
  }

  // "China Coast Guard", "U.S. Treasury Department", "Armed Forces of the DRC": a state body named
  // with its state's name, demonym or abbreviation belongs to that state (once per document).
  void state_bodies(size_t from, size_t to) {
    const Cue& aff = affiliation_cue();
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      const int32_t org = da.of_mention[mi];
      // "the U.N. refugee agency": the organization a branch named by what it does belongs to
      if (m.kind == MentionKind::name && m.type == ActorType::organization && org >= 0 && m.first > first && !cap(m.first) &&
          at(m.first - 1) >= 0 && mention(at(m.first - 1)).modifies >= 0 && !mention(at(m.first - 1)).possessive &&
          typed_as(at(m.first - 1), ActorType::organization))
        for (int32_t owner : actors(at(m.first - 1)))
          if (owner != org)
            emit_actors(org, owner, aff, mention(at(m.first - 1)).first, m.last, Qualifiers{false, Tense::present, {}},
                        std::string());
      // "the African Union's Peace and Security Council": an organization's own body
      if (m.kind == MentionKind::name && m.type == ActorType::organization && org >= 0 && m.first >= first + 2 &&
          doc.tokens[m.first - 1].has(tok_possessive) && at(m.first - 2) >= 0) {
        const Mention& owner = mention(at(m.first - 2));
        if (owner.kind == MentionKind::name && owner.type == ActorType::organization)
          emit({static_cast<int32_t>(mi)}, {at(m.first - 2)}, aff, owner.first, m.last, Qualifiers{false, Tense::present, {}});
        // "Russia's Defense Ministry": a state's body (not "Colombia's National Liberation Army", a movement)
        const auto owners = actors(at(m.first - 2));
        bool movement = false;
        for (uint32_t t = m.first; t < m.last; ++t) movement = movement || (wc(t) & wc_movement);
        if (owner.kind == MentionKind::name && owners.size() == 1 && da.actors[static_cast<size_t>(owners[0])].type == ActorType::state &&
            (wc(m.last - 1) & wc_body) && cap(m.last - 1) && owners[0] != org && !movement &&
            std::find(m_bodies_done.begin(), m_bodies_done.end(), org) == m_bodies_done.end()) {
          m_bodies_done.push_back(org);
          m_body_state.emplace_back(org, owners[0]);
          emit_actors(org, owners[0], aff, owner.first, m.last, Qualifiers{false, Tense::present, {}}, std::string());
        }
      }
      // "Qatar's Al Jazeera", "Iran's state broadcaster IRIB": an organization named after a state's
      // possessive, perhaps with plain words between, is of that state (it does not act for it)
      if (m.kind == MentionKind::name && m.type == ActorType::organization && org >= 0 && head_capable(int32_t(mi))) {
        uint32_t p = m.first;
        while (p > first && p + 3 > m.first && content_word(p - 1) && !(wc(p - 1) & wc_body)) --p;
        const int32_t owner = p >= first + 2 && doc.tokens[p - 1].has(tok_possessive) ? at(p - 2) : -1;
        // (not "China's Hainan island", "France's Rafale jet": an unknown name before a common noun names
        // a thing, unless the noun describes an organization: "Qatar's Al Jazeera television")
        const bool noun_next = m.last < last && content_word(m.last) &&
                               (tree ? tree->tag[m.last - first].substr(0, 2) == "NN"
                                     : !verb_cue_at(m.last) && !ing_form(m.last) && !ed_form(m.last));
        const bool thing = m.lex < 0 && noun_next && !org_descriptor_at(m.last);
        // (nor "Yemen's Houthi rebels", "Nigeria's Boko Haram militants": fighters in a state are not of it)
        const bool fighters = m.last < last && !cap(m.last) && (wc(m.last) & wc_fighters);
        if (owner >= 0 && !thing && !fighters && mention(owner).kind == MentionKind::name && actors(owner).size() == 1 &&
            da.actors[static_cast<size_t>(actors(owner)[0])].type == ActorType::state && actors(owner)[0] != org &&
            !(wc(m.last - 1) & wc_body))
          emit({static_cast<int32_t>(mi)}, {owner}, aff, mention(owner).first, m.last, Qualifiers{false, Tense::present, {}});
      }
      if (m.kind != MentionKind::name || m.type != ActorType::organization || org < 0 || m.last - m.first < 2 ||
          std::find(m_bodies_done.begin(), m_bodies_done.end(), org) != m_bodies_done.end())
        continue;
      bool body = false, movement = false;
      for (uint32_t t = m.first; t < m.last; ++t) {
        body = body || ((wc(t) & wc_body) && cap(t));
        movement = movement || (wc(t) & wc_movement);
      }
      // ("Syrian Democratic Forces", "Myanmar National Democratic Alliance Army" are movements)
      if (!body || movement) continue;
      int32_t state = -1;
      std::vector<uint32_t> forms;
      // the state opening the name, or closing it after the body word and "of" ("Armed Forces of
      // the DRC", not "Democratic Forces for the Liberation of Rwanda")
      for (uint32_t t = m.first; t < m.last && state < 0; ++t) {
        if (t != m.first) {
          uint32_t o = t - 1;
          if (o > m.first && is(o, "the")) --o;
          if (o < m.first + 1 || !is(o, "of") || !(wc(o - 1) & wc_body)) continue;
        }
        const uint32_t len = lex.name_trie().longest(doc.ids, t, m.last, forms);
        if (len == 0 || (t != m.first && t + len != m.last)) continue;
        const LexName& n = lex.name_forms()[forms.front()].names.front();
        const LexActor& la = lex.actors()[n.actor];
        if (la.type != ActorType::state || n.kind == NameKind::metonym) continue;
        state = actor_index(la.id);
      }
      if (state < 0 || state == org) continue;
      m_bodies_done.push_back(org);
      m_body_state.emplace_back(org, state);
      emit_actors(org, state, aff, m.first, m.last, Qualifiers{false, Tense::present, {}}, std::string());
    }
  }

  // "army chief General X", "army spokesman Brigadier X": an officer of "the army" in lower case
  // serves the armed force the document has named ("Sudanese Armed Forces"), when it has.
  void force_officers(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      const int32_t a = da.of_mention[mi];
      if (m.kind != MentionKind::name || m.type != ActorType::person || a < 0 || m.affiliation >= 0 || m.role.empty() ||
          m.phrase_first <= first)
        continue;
      // (the force word inside the title's phrase or right before it: "army chief General X")
      uint32_t t = m.phrase_first - 1;
      while (t < m.first && (cap(t) || dm.at_token[t] >= 0 || !lex.is_force_word(doc.norm[t]))) ++t;
      if (t >= m.first) continue;
      int32_t force = -1;
      for (size_t j = mi; j-- > 0 && force < 0;)
        for (int32_t o : da.actors_of(j))
          if (da.actors[static_cast<size_t>(o)].type == ActorType::organization &&
              lex.names_force(normalize_key(da.actors[static_cast<size_t>(o)].label)))
            force = o;
      if (force < 0) continue;
      emit_actors(a, force, affiliation_cue(), t, m.last, Qualifiers{false, Tense::present, {}}, m.role);
    }
  }

  // "The United Nations said Secretary-General X was concerned", "a meeting of NATO ministers, at
  // which Secretary General X": the head of an organization's secretariat whose organization the
  // text does not state belongs to the one organization named before him in the sentence.
  void untied_secretaries(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      const Mention& m = dm.mentions[mi];
      if (m.kind != MentionKind::name || m.type != ActorType::person || m.affiliation >= 0 || da.of_mention[mi] < 0 ||
          lex.role_family(m.role) != "secretariat head")
        continue;
      int32_t org = -1, count = 0;
      for (size_t j = from; j < mi; ++j) {
        const Mention& o = dm.mentions[j];
        if (o.kind != MentionKind::name || o.type != ActorType::organization || da.of_mention[j] < 0 || o.last > m.first)
          continue;
        if (org < 0 || da.of_mention[j] != da.of_mention[static_cast<size_t>(org)]) ++count;
        org = static_cast<int32_t>(j);
      }
      if (count == 1)
        emit({static_cast<int32_t>(mi)}, {org}, affiliation_cue(), m.phrase_first, m.last, Qualifiers{false, Tense::present, {}},
             m.role);
    }
  }

  void run() {
    m_home = home_state();
    size_t mention_at = 0;
    for (sent = 0; sent < doc.sentences.size(); ++sent) {
      const Sentence& st = doc.sentences[sent];
      first = st.first_token;
      last = st.last_token;
      // a question is not a statement of fact; a quotation ending in "?" is one too
      question = false;
      for (uint32_t k = last; k-- > first && k + 3 > last;)
        if (doc.token_text(k) == "?") question = true;
      headline = st.headline && st.title_case;  // a sentence-case title reads like a sentence
      title = st.headline;
      // a headline's capitals and its verbs in -s ("Mirziyoyev visits Tajikistan") mislead the tagger
      tree = trees && !title ? trees->of(sent) : nullptr;
      size_t from = mention_at;
      while (mention_at < dm.mentions.size() && dm.mentions[mention_at].sentence == sent) ++mention_at;
      affiliations(from, mention_at);
      speaking_for(from, mention_at);
      if (!headline) of_organizations(from, mention_at);
      if (!headline) relative_offices(from, mention_at);
      if (!headline) short_form_employers(from, mention_at);
      if (!headline) organization_links();
      if (!headline) state_bodies(from, mention_at);
      if (!headline) untied_secretaries(from, mention_at);
      if (!headline) force_officers(from, mention_at);
      for (uint32_t k = first; k < last; ++k) {
        if (!doc.tokens[k].has(tok_alpha)) continue;
        // a cue word inside a name ("Trade Ministry") is part of the name
        if (at(k) >= 0 && !headline) continue;
        // and one inside a title ("Finance Minister", "Trade Representative") is part of the title
        // ("British finance minister X": in lower case, a word the title goes on after)
        if (dm.title_at[k] && (cap(k) || (k + 1 < last && dm.title_at[k + 1] && !cap(k + 1)))) continue;
        const bool report = (wc(k) & wc_report) && !is(k, "according");
        if (report || (wc(k) & wc_mandate)) reported_demand(k);
        if (report && !cap(k)) {
          quoted_demand(k);
          reported_judgement(k);
        }
        uint32_t len = lex.cue_trie().longest(doc.ids, k, last, values, lex.quote_id());
        if (len == 0) continue;
        const int tagged = tree ? tree_noun_reading(k) : -1;
        bool want_noun = tagged >= 0 ? tagged == 1 : noun_context(k);
        if (tagged < 0 && !want_noun && k + len < last && (wc(k + len) & wc_prep)) {
          // "US sanctions on Iran", "Hamas attacks on Israel": only the noun takes this preposition
          bool noun_takes = false, verb_takes = false;
          for (uint32_t v : values) {
            const Cue& c = lex.cues()[v];
            bool takes = std::find(c.preps.begin(), c.preps.end(), doc.norm[k + len]) != c.preps.end();
            (c.kind == "noun" ? noun_takes : verb_takes) |= takes;
          }
          want_noun = noun_takes && !verb_takes;
        }
        // "The RSF, led by Mohamed Hamdan Dagalo,": the person leading belongs to the organization
        // ("led by former prime minister X": past the leader's titles)
        uint32_t led = k + len;
        // ("commanded by Burkinabe General X": past a demonym too)
        while (led < last && led < k + len + 4 &&
               ((at(led) < 0 && (dm.title_at[led] || (!cap(led) && (content_word(led) || (wc(led) & wc_det))))) ||
                (at(led) >= 0 && mention(at(led)).kind == MentionKind::demonym)))
          led = at(led) >= 0 ? mention(at(led)).last : led + 1;
        // ("The Union for Peace (UPC), led by X": past the acronym; "The CPC is led by X")
        uint32_t org_at = k >= first + 2 && doc.token_text(k - 1) == "," ? k - 2 : last;
        // ("The Viv Ansanm gang coalition, led by X": past the descriptor after the name)
        if (org_at != last && at(org_at) < 0) {
          uint32_t p = org_at;
          for (int w = 0; w < 2 && p > first && at(p) < 0 && !cap(p) && (wc(p) & (wc_outfit | wc_fighters)); ++w) --p;
          if (p < org_at && at(p) >= 0 && mention(at(p)).last == p + 1) org_at = p;
        }
        // ("Baykar, a private firm run by X": past a descriptor in apposition)
        if (org_at == last) {
          uint32_t b = k;
          int w = 0;
          // ("the CPC, an alliance of rebel groups led by X": a descriptor's "of" phrase too)
          while (b > first && w < 6 && at(b - 1) < 0 && (det_at(b - 1) || content_word(b - 1) || (is(b - 1, "of") && w > 0))) {
            --b;
            ++w;
          }
          if (w > 0 && b >= first + 2 && det_at(b) && doc.token_text(b - 1) == ",") org_at = b - 2;
        }
        // ("The CPC is led by X", "The force will be commanded by X": past the copula and its auxiliaries)
        if (org_at == last && k >= first + 2 && (wc(k - 1) & wc_copula)) {
          uint32_t b = k - 1;
          while (b > first + 1 && (wc(b - 1) & (wc_aux | wc_modal | wc_future | wc_copula)) && !cap(b - 1)) --b;
          if (b > first && at(b - 1) >= 0) org_at = b - 1;
          else if (b > first && named_before_bracket(b - 1) >= 0) org_at = static_cast<uint32_t>(named_before_bracket(b - 1));
        }
        // ("a faction of the TPLF (TPLF) led by X": an organization's name right before the participle)
        if (org_at == last && k >= first + 1 && at(k - 1) >= 0 && !mention(at(k - 1)).possessive) org_at = k - 1;
        if (org_at == last && k > first && named_before_bracket(k - 1) >= 0) org_at = static_cast<uint32_t>(named_before_bracket(k - 1));
        // ("The RSF, which is commanded by X,": the relative clause's antecedent)
        if (org_at == last) {
          uint32_t b = k;
          while (b > first && b + 3 > k && (wc(b - 1) & (wc_copula | wc_aux)) && !cap(b - 1)) --b;
          if (b < k && b >= first + 3 && (wc(b - 1) & wc_relpron) && !cap(b - 1) && doc.token_text(b - 2) == ",")
            org_at = b - 3;
        }
        if (org_at != last && org_at >= first + 3 && doc.token_text(org_at) == ")" && doc.token_text(org_at - 2) == "(" &&
            at(org_at - 1) >= 0)
          org_at -= 3;
        for (uint32_t v : values)
          if (lex.cues()[v].kind == "leader" && org_at != last && at(org_at) >= 0 &&
              led < last && at(led) >= 0 && mention(at(led)).type == ActorType::person &&
              (mention(at(org_at)).type == ActorType::organization || typed_as(at(org_at), ActorType::organization)) &&
              !mention(at(org_at)).possessive) {
            emit({at(led)}, {at(org_at)}, affiliation_cue(), k, mention(at(led)).last, Qualifiers{false, Tense::present, {}});
            break;
          }
        // ("the confederation formed by Mali, Burkina Faso and Niger": its members)
        for (uint32_t v : values)
          if (lex.cues()[v].kind == "leader" && lex.cues()[v].has_flag("members") && org_at != last && at(org_at) >= 0 &&
              (mention(at(org_at)).type == ActorType::organization || typed_as(at(org_at), ActorType::organization)) &&
              !mention(at(org_at)).possessive) {
            for (int32_t member : find_objects(k + len, any_cue(), false))
              if (mention(member).type == ActorType::state || mention(member).type == ActorType::organization)
                emit({member}, {at(org_at)}, affiliation_cue(), k, mention(member).last, Qualifiers{false, Tense::present, {}});
            break;
          }
        for (uint32_t v : values)
          if (lex.cues()[v].kind == "leader") {
            delegation_leader(k, k + len);
            break;
          }
        const Cue* pick = nullptr;
        bool appositive = false;
        for (uint32_t v : values) {
          const Cue& c = lex.cues()[v];
          if (c.kind == "leader" || c.has_flag("also")) continue;
          // the appositive reading needs a name on each side (below)
          if (c.kind == "appositive") {
            appositive = true;
            continue;
          }
          bool noun = c.kind == "noun";
          if (!pick) pick = &c;
          if (noun == want_noun && pick->kind != c.kind) pick = &c;
          if (noun == want_noun) {
            pick = &c;
            break;
          }
        }
        // "threats from X" (reverse) against "threats of tariffs against X": of two readings of the same
        // kind, the one taking the first preposition after the cue's phrase
        if (pick) {
          uint32_t pp = k + len;
          while (pp < last && pp < k + len + 6 && !(wc(pp) & wc_prep) && !punct(pp)) ++pp;
          if (pp < last && is(pp, "of") && pp + 1 < last) {
            ++pp;
            while (pp < last && pp < k + len + 8 && !(wc(pp) & wc_prep) && !punct(pp)) ++pp;
          }
          const bool pick_takes = pp < last && std::find(pick->preps.begin(), pick->preps.end(), doc.norm[pp]) != pick->preps.end();
          if (pp < last && (wc(pp) & wc_prep) && !pick_takes)
            for (uint32_t v : values) {
              const Cue& c = lex.cues()[v];
              if (c.kind == pick->kind && !c.has_flag("also") && std::find(c.preps.begin(), c.preps.end(), doc.norm[pp]) != c.preps.end()) {
                pick = &c;
                break;
              }
            }
        }
        if (!pick && !appositive) continue;
        // "supplies Germany with gas" (support) against "supplies gas to Germany" (trade): a name
        // right after the verb is its object, so a cue needing a preposition does not apply
        // ("supply the Sudanese Armed Forces": past an article)
        const bool article = k + len + 1 < last && det_at(k + len) && !(wc(k + len) & wc_poss) && at(k + len) < 0;
        const uint32_t named_after = article ? k + len + 1 : k + len;
        if (pick && pick->kind == "verb" && pick->has_flag("prep_only") && named_after < last && at(named_after) >= 0 &&
            mention(at(named_after)).first == named_after)
          for (uint32_t v : values)
            if (lex.cues()[v].kind == "verb" && !lex.cues()[v].has_flag("prep_only")) pick = &lex.cues()[v];
        // "main Hamas sponsor Iran": a name on each side makes the appositive reading
        if (k > first && at(k - 1) >= 0 && !mention(at(k - 1)).possessive && k + len < last) {
          uint32_t after = k + len;
          while (after < last && quote(after)) ++after;
          if (after < last && at(after) >= 0)
            for (uint32_t v : values)
              if (lex.cues()[v].kind == "appositive") pick = &lex.cues()[v];
        }
        if (!pick) continue;
        // ("X, a force loyal to Y": an adjective after an apposition's noun says what the name is)
        const bool apposition_adjective = pick->kind == "verb" && apposition_noun_before(k) >= 0;
        if (pick->kind == "verb" && want_noun && determined(k) && !apposition_adjective) continue;
        // "sanctions on Iran over drone supplies to Russia": after "over" or "for" and a noun, no verb
        // (a span of time is no such noun: "has for years backed X")
        if (pick->kind == "verb" && tagged < 0 && k >= first + 2 && content_word(k - 1) && (wc(k - 2) & wc_reason) &&
            at(k - 2) < 0 && !(wc(k - 1) & wc_time))
          continue;
        // "cooperation on ammunition supplies": tagged a noun after a plain word, a verb cue is none
        if (pick->kind == "verb" && tagged == 1 && k > first && content_word(k - 1) &&
            (tree->tag[k - 1 - first].substr(0, 2) == "NN" || tree->tag[k - 1 - first].substr(0, 2) == "JJ") &&
            !apposition_adjective)
          continue;
        // "urged host South Africa", "the host nation Qatar": tagged a noun right before a name, a verb
        // cue is a descriptor of that name
        if (pick->kind == "verb" && tagged == 1 && len == 1 && k + 1 < last && at(k + 1) >= 0 && k > first && at(k - 1) < 0 &&
            tree->tag[k - first] == "NN" &&
            (tree->tag[k - 1 - first].substr(0, 2) == "VB" || tree->tag[k - 1 - first] == "DT"))
          continue;
        // "hosted talks between X and Y" also hosts them: a cue flagged `also` adds to the reading
        // picked (kept aside first: the reading's own scans reuse `values`)
        m_also.clear();
        for (uint32_t v : values)
          if (lex.cues()[v].has_flag("also") && lex.cues()[v].kind == pick->kind) m_also.push_back(v);
        if (pick->kind == "verb") verb_cue(*pick, k, k + len);
        else if (pick->kind == "noun") noun_cue(*pick, k, k + len);
        else if (pick->kind == "appositive") appositive_cue(*pick, k, k + len);
        for (uint32_t v : m_also) {
          const Cue& c = lex.cues()[v];
          if (c.kind == "verb") verb_cue(c, k, k + len);
          else if (c.kind == "noun") noun_cue(c, k, k + len);
        }
        // "hosted talks between X and Y": the talks inside the phrase are a cue of their own
        if (!pick->has_flag("between")) k += len - 1;
      }
      for (const Hosted& h : m_hosted) brokered(h.agents, *h.cue, h.c0, h.c1, h.q);
      m_hosted.clear();
    }
    untied_offices();
    situated_offices();
    untied_executives();
  }

  std::vector<std::pair<int32_t, int32_t>> m_body_state;  // (state body, its state): the body acts for it
  std::vector<uint32_t> m_also;                           // cues read as well as the one picked, at one token
  bool title = false;  // a headline of either case: headlinese syntax ("Putin, Xi vow closer ties")
};

} // namespace

void parse_candidates(const Document& doc, const DocumentMentions& mentions, const DocumentActors& actors,
                      const Lexicon& lex, const SyntaxModel& model, SentenceTrees& trees) {
  trees.index.assign(doc.sentences.size(), -1);
  size_t used = 0;
  std::vector<uint32_t> values;
  struct Hit {
    uint32_t token;
    bool ambiguous;   // the cue table has a verb and a noun reading: the tag chooses
    bool subject;     // a verb reading whose subject the tree may decide
  };
  std::vector<Hit> hits;
  size_t mi = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& st = doc.sentences[s];
    const size_t from = mi;
    while (mi < mentions.mentions.size() && mentions.mentions[mi].sentence == s) ++mi;
    if (mi == from || st.headline) continue;
    hits.clear();
    bool want_tags = false;
    for (uint32_t k = st.first_token; k < st.last_token; ++k) {
      if (mentions.at_token[k] >= 0 || !doc.tokens[k].has(tok_alpha)) continue;
      uint32_t len = lex.cue_trie().longest(doc.ids, k, st.last_token, values);
      if (len == 0) continue;
      bool verb = false, noun = false;
      for (uint32_t v : values) {
        verb |= lex.cues()[v].kind == "verb";
        noun |= lex.cues()[v].kind == "noun";
      }
      Hit h{k, verb && noun, false};
      // the tree decides a verb's subject (and a relative clause's object) where a clause or
      // phrase stands between the verb and the names before it
      // ("X, who met Y, visited", "the head of X visited", "X, which Y criticised,")
      // only names of two different actors make a choice ("Putin, the Russian president,"):
      // the nearest before the verb, and the nearest of another actor before that
      int32_t nearest = -1, other = -1;
      for (size_t j = mi; verb && other < 0 && j-- > from;) {
        const Mention& m = mentions.mentions[j];
        // an unresolved description ("the group") may stand as the nearer subject as well
        if (m.modifies >= 0 || m.last > k ||
            (actors.of_mention[j] < 0 && actors.group[j].empty() && m.kind != MentionKind::description))
          continue;
        if (nearest < 0) nearest = static_cast<int32_t>(j);
        else if (actors.of_mention[j] < 0 || actors.of_mention[j] != actors.of_mention[static_cast<size_t>(nearest)])
          other = static_cast<int32_t>(j);
      }
      if (other >= 0) {
        // the nearest name is no plain subject: it follows a preposition or relative pronoun
        // ("the head of X met", "Y, which X criticised,"), or a clause or phrase follows it
        const Mention& n = mentions.mentions[static_cast<size_t>(nearest)];
        // (a place or time after "in", "on", "at" is skipped as well by the token rules)
        const uint32_t b = n.phrase_first > st.first_token ? n.phrase_first - 1 : n.phrase_first;
        h.subject = b < n.phrase_first && ((doc.bits[b] & wc_relpron) || doc.norm[b] == "of" || doc.norm[b] == "from" ||
                                           doc.norm[b] == "for");
        for (uint32_t t = n.last; t < k && !h.subject; ++t)
          h.subject = doc.token_text(t) == "," || (doc.bits[t] & wc_relpron) != 0;
        // "X supported Y and criticised Z", "X said ... but accused Z": a conjoined verb
        auto joins = [&](uint32_t t) { return (doc.bits[t] & wc_conj) || doc.norm[t] == "but"; };
        const uint32_t before = k > st.first_token + 1 && !joins(k - 1) ? k - 2 : k - 1;
        h.subject = h.subject || (before > st.first_token && joins(before) && mentions.at_token[k - 1] < 0);
      }
      // "helping the girls enter the U.S.": the tags tell where a verb ends the object's phrase
      // (two plain words and no preposition between the determiner and the next name)
      bool object_phrase = false;
      const uint32_t after = k + len;
      if (verb && after < st.last_token && (doc.bits[after] & wc_det) && mentions.at_token[after] < 0) {
        int plain = 0;
        for (uint32_t t = after + 1; t < st.last_token && t < after + 7; ++t) {
          if (mentions.at_token[t] >= 0) {
            object_phrase = plain >= 2;
            break;
          }
          if ((doc.bits[t] & wc_prep) || !doc.tokens[t].has(tok_alpha)) break;
          plain += (doc.bits[t] & (wc_det | wc_aux | wc_conj)) == 0;
        }
      }
      want_tags |= h.ambiguous || h.subject || object_phrase;
      hits.push_back(h);
      k += len - 1;
    }
    if (!want_tags) continue;
    if (trees.parses.size() <= used) trees.parses.resize(used + 1);
    ParseResult& pr = trees.parses[used];
    tag_sentence(doc, s, model, pr);
    // ("Human Rights Watch wrote": a capitalised word of a name is a proper noun, whatever the tagger guessed)
    for (size_t j = from; j < mi; ++j) {
      const Mention& m = mentions.mentions[j];
      if (m.kind != MentionKind::name) continue;
      for (uint32_t t = m.first; t < m.last; ++t)
        if (doc.tokens[t].has(tok_cap) && doc.tokens[t].has(tok_alpha) && pr.tag[t - st.first_token].substr(0, 3) != "NNP")
          pr.tag[t - st.first_token] = pr.alt[t - st.first_token] = "NNP";
    }
    // the rules read a verb's left dependents and its own relation: the tree up to a few words
    // past the last such verb is enough
    uint32_t prefix = 0;
    for (const Hit& h : hits)
      if (h.subject && pr.tag[h.token - st.first_token].substr(0, 2) == "VB") prefix = h.token - st.first_token + 4;
    if (prefix > 0) parse_tagged(doc, model, pr, prefix);
    trees.index[s] = static_cast<int32_t>(used++);
  }
  trees.parses.resize(used);
}

std::vector<Fact> extract_relations(const Document& doc, const DocumentMentions& mentions,
                                    const DocumentActors& actors, const Lexicon& lex,
                                    const RelationOptions& options, const SentenceTrees* trees) {
  Extractor e{doc, mentions, actors, lex, options, trees, {}, {}, 0, 0, 0, false, false, {}, nullptr, {}, -1, {}, UINT32_MAX, {}, 0, {}, {}, {}, {}, {}};
  e.run();
  return std::move(e.facts);
}

} // namespace relgraph
