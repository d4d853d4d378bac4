#include "relgraph/actors.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>
#include <unordered_map>

namespace relgraph {

std::vector<int32_t> DocumentActors::actors_of(size_t mention) const {
  if (!group[mention].empty()) return group[mention];
  if (of_mention[mention] >= 0) return {of_mention[mention]};
  return {};
}

namespace {

// Letters, dots, hyphens, apostrophes and '&' only: "MaT", "U.N.", "AT&T", not "M2".
bool alias_shape(std::string_view w) {
  for (unsigned char c : w)
    if (!(std::isalpha(c) || c >= 0x80 || c == '.' || c == '&' || c == '-' || c == '\'')) return false;
  return !w.empty();
}

struct Resolver {
  const Document& doc;
  DocumentMentions& dm;
  const Lexicon& lex;
  const ActorOptions& opt;
  DocumentActors out;
  std::unordered_map<std::string, int32_t> by_id;

  std::string mention_text(const Mention& m) const {
    // "Jorge \"Tuto\" Quiroga" is labelled "Jorge Quiroga": the quoted nickname is left out
    for (uint32_t k = m.first; k + 3 < m.last; ++k)
      if (doc.tokens[k].has(tok_quote) && doc.tokens[k + 2].has(tok_quote)) {
        std::string s(doc.span_text(m.start, doc.tokens[k].start));
        while (!s.empty() && s.back() == ' ') s.pop_back();
        return s + " " + std::string(doc.span_text(doc.tokens[k + 3].start, m.end));
      }
    return std::string(doc.span_text(m.start, m.end));
  }

  // Name tokens as written, hyphen-joined parts kept: "Kassym-Jomart Tokayev".
  std::vector<std::string> name_keys(const Mention& m) const {
    std::vector<std::string> keys;
    for (uint32_t k = m.first; k < m.last; ++k) {
      std::string_view t = doc.token_text(k);
      if (doc.tokens[k].has(tok_quote) && k + 2 < m.last && doc.tokens[k + 2].has(tok_quote)) {
        k += 2;  // a quoted nickname
        continue;
      }
      if (t == "-" && !keys.empty() && k + 1 < m.last) {
        // "al-Burhan" is "Burhan" once named again; "Saxe-Coburg" stays one word
        if (doc.bits[k - 1] & wc_particle) keys.back() = doc.norm[k + 1];
        else keys.back() += "-" + doc.norm[k + 1];
        ++k;
        continue;
      }
      keys.push_back(doc.norm[k]);
    }
    return keys;
  }

  // A name of two or more words that shares at most half its words with a lexicon actor's names
  // spells out another actor ("Financial Services Authority" is no "Free Syrian Army",
  // "Multinational Security Support" no "Ministry of State Security"; "Tehreek-e-Taliban Pakistan"
  // shares "Taliban" and "Pakistan" with "Tehrik-i-Taliban Pakistan").
  bool spells_other(const Mention& m, const LexActor& a) const {
    std::vector<std::string> words;
    for (const std::string& k : name_keys(m)) split_words(k, words);
    if (words.size() < 2) return false;
    std::vector<std::string> theirs;
    split_words(normalize_key(a.label), theirs);
    for (const std::string& al : a.aliases) split_words(normalize_key(al), theirs);
    size_t counted = 0, shared = 0;
    for (const std::string& w : words) {
      if (w.size() < 3) continue;
      ++counted;
      shared += std::find(theirs.begin(), theirs.end(), w) != theirs.end();
    }
    return shared * 2 <= counted;
  }
  static void split_words(const std::string& s, std::vector<std::string>& out) {
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
      size_t j = i;
      while (j < s.size() && s[j] != ' ' && s[j] != '-') ++j;
      if (j > i) out.emplace_back(s.substr(i, j - i));
      i = j;
    }
  }

  int32_t actor_for(const std::string& id, const std::string& label, ActorType type) {
    auto it = by_id.find(id);
    if (it != by_id.end()) return it->second;
    ActorRecord a;
    a.id = id;
    a.label = label;
    a.type = type;
    a.documents.push_back(doc.info.id);
    out.actors.push_back(std::move(a));
    auto idx = static_cast<int32_t>(out.actors.size() - 1);
    by_id.emplace(id, idx);
    return idx;
  }

  void assign(size_t mi, int32_t actor) {
    out.of_mention[mi] = actor;
    if (actor < 0) return;
    if (m_mentions_of.size() <= static_cast<size_t>(actor)) m_mentions_of.resize(static_cast<size_t>(actor) + 1);
    m_mentions_of[static_cast<size_t>(actor)].push_back(static_cast<uint32_t>(mi));
    const Mention& m = dm.mentions[mi];
    ActorRecord& a = out.actors[static_cast<size_t>(actor)];
    // ("Xinyuan Solar Glass ... Xinyuan's chief executive": a cue's organization outranks a default
    // guess of person)
    if (a.type == ActorType::person && m.kind == MentionKind::name && !m.headline && m.typed && m.type == ActorType::organization) {
      bool guessed = true;
      for (uint32_t j : m_mentions_of[static_cast<size_t>(actor)])
        guessed = guessed && !(dm.mentions[j].typed && dm.mentions[j].type == ActorType::person);
      if (guessed) a.type = ActorType::organization;
    }
    a.mentions += 1;
    if (m.kind == MentionKind::name || m.kind == MentionKind::demonym) {
      a.aliases.push_back(mention_text(m));
      // the whole phrase is a form users search for: "Russian President Vladimir Putin"
      if (m.phrase_first < m.first && m.kind == MentionKind::name && a.type == ActorType::person) {
        uint32_t start = doc.tokens[m.phrase_first].start;
        a.aliases.emplace_back(doc.span_text(start, m.end));
      }
    }
  }

  // Lexicon actor of a mention; a form naming several ("Moscow": Russia, Soviet Union) takes the one
  // the document names elsewhere.
  int32_t lexicon_actor(const Mention& m, const std::vector<uint32_t>& named) {
    uint32_t chosen = static_cast<uint32_t>(m.lex);
    if (m.form >= 0) {
      const auto& names = lex.name_forms()[static_cast<size_t>(m.form)].names;
      if (names.size() > 1)
        for (const LexName& n : names)
          if (std::find(named.begin(), named.end(), n.actor) != named.end()) {
            chosen = n.actor;
            break;
          }
    }
    const LexActor& la = lex.actors()[chosen];
    return actor_for(la.id, la.label, la.type);
  }

  // "Mahmoud Abbas, also known as Abu Mazen": the second name is the first actor's alias
  int32_t known_as(const Mention& m) const {
    uint32_t k = m.first;
    if (k < 3 || doc.norm[k - 1] != "as" || doc.norm[k - 2] != "known") return -1;
    uint32_t p = k - 3;
    if (doc.norm[p] == "also" && p > 0) --p;
    if (doc.token_text(p) == "," && p > 0) --p;
    int32_t prev = dm.at_token[p];
    return prev >= 0 ? out.of_mention[static_cast<size_t>(prev)] : -1;
  }

  // Mentions of each sentence: [begin, end) indices, so lookups stay local to a few sentences.
  std::vector<std::pair<size_t, size_t>> by_sentence;
  // Starts of each actor's mentions so far, in text order, for "the nearest one before".
  std::vector<std::vector<uint32_t>> starts;
  // Running mention counts and roles per actor, for descriptions ("the president").
  std::vector<uint32_t> seen_count;
  std::vector<std::vector<std::string>> seen_roles;
  // The last pair a plural description ("both sides") named, and its sentence.
  std::vector<int32_t> m_last_pair;
  uint32_t m_last_pair_sentence = 0;
  int32_t m_story_state = -2;  // story_state(), once computed (-2: not yet)
  int32_t m_dateline = -2;     // dateline(), likewise
  // the mentions assigned to each actor, in the order assigned (one may be listed twice, or under
  // an actor it no longer has: readers check out.of_mention), so lookups skip other actors' mentions
  std::vector<std::vector<uint32_t>> m_mentions_of;

  void index_sentences() {
    by_sentence.assign(doc.sentences.size(), {0, 0});
    for (size_t i = 0; i < dm.mentions.size();) {
      uint32_t s = dm.mentions[i].sentence;
      size_t j = i;
      while (j < dm.mentions.size() && dm.mentions[j].sentence == s) ++j;
      by_sentence[s] = {i, j};
      i = j;
    }
  }

  // Index of the last start before `pos` in a sorted list, as a distance; SIZE_MAX - 1 if none.
  size_t distance_before(int32_t actor, uint32_t pos) const {
    if (actor < 0 || static_cast<size_t>(actor) >= starts.size()) return SIZE_MAX - 1;
    const auto& v = starts[static_cast<size_t>(actor)];
    auto it = std::lower_bound(v.begin(), v.end(), pos);
    if (it == v.begin()) return SIZE_MAX - 1;
    return pos - *(it - 1);
  }

  // The organization named before m whose capitalised words' initials m spells, or -1.
  int32_t spelled_by_initials(const Mention& m) const {
    if (m.last - m.first != 1) return -1;
    const std::string_view w = doc.token_text(m.first);
    if (!doc.tokens[m.first].has(tok_upper) || w.size() > 6) return -1;
    int32_t best = -1;
    size_t best_dist = SIZE_MAX - 1;
    for (size_t a = 0; a < out.actors.size(); ++a) {
      const ActorRecord& r = out.actors[a];
      if (r.type != ActorType::organization) continue;
      std::string initials;
      for (size_t i = 0; i < r.label.size(); ++i)
        if ((i == 0 || r.label[i - 1] == ' ' || r.label[i - 1] == '-') && std::isupper(static_cast<unsigned char>(r.label[i])))
          initials += r.label[i];
      if (initials.size() < 2 || initials != w) continue;
      const size_t dist = distance_before(static_cast<int32_t>(a), m.start);
      if (dist < best_dist) {
        best = static_cast<int32_t>(a);
        best_dist = dist;
      }
    }
    return best;
  }

  void run() {
    auto& ms = dm.mentions;
    index_sentences();
    out.of_mention.assign(ms.size(), -1);
    out.group.assign(ms.size(), {});
    // lexicon actors the text names unambiguously, to settle ambiguous forms
    std::vector<uint32_t> named;
    for (const Mention& m : ms)
      if (m.lex >= 0 && m.form >= 0 && lex.name_forms()[static_cast<size_t>(m.form)].names.size() == 1)
        named.push_back(static_cast<uint32_t>(m.lex));

    // full names first, so "Putin" in a headline finds "Vladimir Putin" from the body
    struct Full {
      std::vector<std::string> keys;
      int32_t actor;
    };
    std::vector<Full> fulls;
    // each word of a full name -> the fulls with it, in order: a name is compared with the few
    // full names sharing its first or last word, not with every actor of a long document
    std::unordered_map<std::string, std::vector<uint32_t>> fulls_by_word;
    auto add_full = [&](std::vector<std::string> keys, int32_t actor) {
      const auto at = static_cast<uint32_t>(fulls.size());
      for (size_t i = 0; i < keys.size(); ++i)
        if (std::find(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(i), keys[i]) == keys.begin() + static_cast<std::ptrdiff_t>(i))
          fulls_by_word[keys[i]].push_back(at);
      fulls.push_back(Full{std::move(keys), actor});
    };
    static const std::vector<uint32_t> no_fulls;
    auto fulls_with = [&](const std::string& word) -> const std::vector<uint32_t>& {
      auto it = fulls_by_word.find(word);
      return it == fulls_by_word.end() ? no_fulls : it->second;
    };
    // A shorter name for a full one: its first and last words, or one of them alone. One word of
    // a longer name names a person or an organization, never an event or a place ("Indochina" is
    // not the "Indochina War").
    auto names_same = [&](const Full& f, const std::vector<std::string>& keys) {
      if (keys.size() > 1) return f.keys.front() == keys.front() && f.keys.back() == keys.back();
      if (f.keys.size() == 1) return f.keys[0] == keys[0];  // the same word, or an acronym's alias
      const ActorType t = out.actors[static_cast<size_t>(f.actor)].type;
      // ("the AES" is not the "Unified Force of the AES": a word after "of" names another)
      if (t == ActorType::organization && f.keys.back() == keys[0] && f.keys.front() != keys[0]) {
        const std::string label = normalize_key(out.actors[static_cast<size_t>(f.actor)].label);
        const size_t at = label.rfind(' ');
        const std::string_view before = std::string_view(label).substr(0, at == std::string::npos ? 0 : at);
        if (before.size() >= 3 && (before.substr(before.size() - 3) == " of" || (before.size() >= 7 && before.substr(before.size() - 7) == " of the")))
          return false;
      }
      return (t == ActorType::person || t == ActorType::organization) &&
             (f.keys.front() == keys[0] || f.keys.back() == keys[0]);
    };
    // Failing that, a person is named by an inner word of a name of three or more ("Lula" for
    // "Luiz Inacio Lula da Silva") or by its last words ("Lopez Obrador", "Lula da Silva").
    auto inner_name = [&](const Full& f, const std::vector<std::string>& keys) {
      if (out.actors[static_cast<size_t>(f.actor)].type != ActorType::person || f.keys.size() <= keys.size()) return false;
      if (keys.size() > 1) return std::equal(keys.begin(), keys.end(), f.keys.end() - static_cast<std::ptrdiff_t>(keys.size()));
      return f.keys.size() >= 3 && std::find(f.keys.begin() + 1, f.keys.end() - 1, keys[0]) != f.keys.end() - 1;
    };
    // An acronym introduced in parentheses ("Belt and Road Initiative (BRI)") names the actor
    // before it; "(M2)" after a place is a road number, no acronym.
    auto ms_first = [&](int32_t mi) { return ms[static_cast<size_t>(mi)].first; };
    auto acronym_of = [&](const Mention& m) -> int32_t {
      if (m.first < 2 || doc.token_text(m.first - 1) != "(" || m.last >= doc.tokens.size() ||
          doc.token_text(m.last) != ")" || (m.last - m.first == 1 && !alias_shape(doc.token_text(m.first))))
        return -1;
      int32_t prev = dm.at_token[m.first - 2];
      // "the Law and Justice party (PiS)": the acronym of the organization before "party"
      if (prev < 0 && m.first >= 3 && (doc.bits[m.first - 2] & wc_outfit) && !doc.tokens[m.first - 2].has(tok_cap)) {
        prev = dm.at_token[m.first - 3];
        if (prev >= 0 && ms[static_cast<size_t>(prev)].type != ActorType::organization) prev = -1;
      }
      const int32_t a = prev >= 0 ? out.of_mention[static_cast<size_t>(prev)] : -1;
      // "... Mission in Somalia (AUSSOM)": a state's or place's acronym starts with its initial
      if (a >= 0 && m.last - m.first == 1) {
        const ActorRecord& r = out.actors[static_cast<size_t>(a)];
        const std::string_view w = doc.token_text(m.first), name = doc.token_text(ms_first(prev));
        if ((r.type == ActorType::state || r.type == ActorType::location) && !w.empty() && !name.empty() &&
            std::toupper(static_cast<unsigned char>(w[0])) != std::toupper(static_cast<unsigned char>(name[0])) &&
            std::toupper(static_cast<unsigned char>(w[0])) != std::toupper(static_cast<unsigned char>(r.label[0])))
          return -1;
      }
      return a;
    };
    // "Financial Services Authority (FSA)": an acronym the text spells out for a name of its
    // own is that name's in this document, whatever the lexicon calls it
    std::vector<std::pair<std::string_view, int32_t>> local_acronyms;
    std::vector<std::pair<size_t, size_t>> forces;  // (a state's force, the name of that force)
    for (size_t mi = 0; mi < ms.size(); ++mi) {
      Mention& m = ms[mi];
      if (m.kind == MentionKind::pronoun || m.kind == MentionKind::description) continue;
      if (m.lex >= 0) {
        int32_t local = -1;
        if (m.last - m.first == 1 && !m.headline) {
          const std::string_view w = doc.token_text(m.first);
          for (const auto& [text, actor] : local_acronyms)
            if (text == w) local = actor;
          if (local < 0 && m.first >= 2 && doc.token_text(m.first - 1) == "(") {
            const int32_t prev = dm.at_token[m.first - 2];
            if (prev >= 0 && ms[static_cast<size_t>(prev)].lex < 0 && ms[static_cast<size_t>(prev)].last == m.first - 1 &&
                spells_other(ms[static_cast<size_t>(prev)], lex.actors()[static_cast<size_t>(m.lex)]))
              local = acronym_of(m);
            // (a name spelled out by an acronym is a body's, as below)
            if (local >= 0 && is_type(local, ActorType::person) && doc.tokens[m.first].has(tok_upper))
              out.actors[static_cast<size_t>(local)].type = ActorType::organization;
            if (local >= 0) local_acronyms.emplace_back(w, local);
          }
        }
        const int32_t a = local >= 0 ? local : lexicon_actor(m, named);
        assign(mi, a);
        // "the U.S. Treasury ... the Treasury's under secretary": a known organization's one-word short
        // forms, as for names the lexicon lacks
        if (a >= 0 && !m.headline && m.last - m.first >= 2 && is_type(a, ActorType::organization)) {
          auto keys = name_keys(m);
          if (keys.size() >= 2) add_full(std::move(keys), a);
        }
        continue;
      }
      if (m.headline) continue;
      auto keys = name_keys(m);
      if (keys.size() < 2) continue;
      // a shorter form of a name already seen ("Anna Maria Berg" as "Anna Berg") joins it
      int32_t found = -1;
      for (uint32_t fi : fulls_with(keys.front()))
        if (const Full& f = fulls[fi]; f.keys.size() > keys.size() && f.keys.front() == keys.front() && f.keys.back() == keys.back())
          found = f.actor;
      for (uint32_t fi : fulls_with(keys.back()))
        if (found < 0 && inner_name(fulls[fi], keys)) found = fulls[fi].actor;
      if (found < 0 && known_as(m) >= 0) found = known_as(m);
      // "Tehreek-e-Taliban Pakistan (TTP)": a name spelled out before a known organization's acronym
      // is that organization
      if (found < 0 && m.last + 2 < doc.tokens.size() && doc.token_text(m.last) == "(" &&
          doc.token_text(m.last + 2) == ")" && dm.at_token[m.last + 1] >= 0) {
        const Mention& ac = ms[static_cast<size_t>(dm.at_token[m.last + 1])];
        if (ac.lex >= 0 && ac.last == m.last + 2 && lex.actors()[static_cast<size_t>(ac.lex)].type == ActorType::organization &&
            !spells_other(m, lex.actors()[static_cast<size_t>(ac.lex)])) {
          found = lexicon_actor(ac, named);
          m.type = ActorType::organization;
        }
      }
      // ("AU Commission Chairperson X", "the ECOWAS Commission": a known organization's name and one word
      // of an organ is that organization)
      if (found < 0 && m.type == ActorType::organization && m.last - m.first >= 2 && doc.tokens[m.last - 1].has(tok_cap) &&
          lex.is_org_head(doc.norm[m.last - 1])) {
        std::vector<uint32_t> forms;
        if (lex.name_trie().longest(doc.ids, m.first, m.last - 1, forms) == m.last - 1 - m.first) {
          const LexActor& la = lex.actors()[lex.name_forms()[forms.front()].names.front().actor];
          if (la.type == ActorType::organization) found = actor_for(la.id, la.label, la.type);
        }
      }
      // ("the Sudanese army ... the Sudanese Armed Forces (SAF)": a state's force the text names is that name's)
      if (found < 0 && m.force_of >= 0) {
        const int32_t named_force = force_named(m);
        if (named_force >= 0) {
          forces.emplace_back(mi, named_force);
          continue;
        }
      }
      if (found < 0) {
        std::string label = m.label.empty() ? mention_text(m) : m.label;
        // "Russia's Defense Ministry": a body named after a state's possessive is that state's
        // (one "Defense Ministry" node would merge every state's)
        if (m.type == ActorType::organization && (doc.bits[m.last - 1] & wc_body) && m.first >= 2 &&
            doc.tokens[m.first - 1].has(tok_possessive) && dm.at_token[m.first - 2] >= 0) {
          const int32_t owner = out.of_mention[static_cast<size_t>(dm.at_token[m.first - 2])];
          // ("Armenia's Defence Ministry" and "the Armenian Defence Ministry": one node, by the demonym)
          const int32_t owner_lex = ms[static_cast<size_t>(dm.at_token[m.first - 2])].lex;
          if (is_type(owner, ActorType::state))
            label = owner_lex >= 0 ? owned_label(lex.actors()[static_cast<size_t>(owner_lex)], label)
                                   : out.actors[static_cast<size_t>(owner)].label + "'s " + label;
        }
        size_t before = out.actors.size();
        found = actor_for(slugify(label), label, m.type);
        // one entry per actor, however often it is named: the scans above stay short
        if (out.actors.size() > before) add_full(keys, found);
      }
      assign(mi, found);
    }
    for (const auto& [mi, named_force] : forces)
      assign(mi, out.of_mention[named_force]);
    // single names: surnames and given names of a full name in the document
    starts.assign(out.actors.size(), {});
    for (size_t j = 0; j < ms.size(); ++j)
      if (out.of_mention[j] >= 0) starts[static_cast<size_t>(out.of_mention[j])].push_back(ms[j].start);
    std::vector<size_t> deferred;
    for (size_t mi = 0; mi < ms.size(); ++mi) {
      Mention& m = ms[mi];
      if (out.of_mention[mi] >= 0 || m.kind != MentionKind::name || m.lex >= 0) continue;
      auto keys = name_keys(m);
      int32_t found = -1;
      size_t best_dist = SIZE_MAX;
      // ("Lagos Chamber of Commerce ... a Lagos-based company": a place is no body's short form)
      const bool place = m.typed && m.type == ActorType::location;
      auto fits = [&](int32_t a) { return !place || is_type(a, ActorType::location); };
      for (uint32_t fi : fulls_with(keys.front())) {
        const Full& f = fulls[fi];
        if (!names_same(f, keys) || !fits(f.actor)) continue;
        // several people share the name: the one mentioned nearest before
        size_t dist = distance_before(f.actor, m.start);
        if (found < 0 || dist < best_dist) {
          found = f.actor;
          best_dist = dist;
        }
      }
      for (uint32_t fi : fulls_with(keys.back()))
        if (found < 0 && inner_name(fulls[fi], keys) && fits(fulls[fi].actor)) found = fulls[fi].actor;
      if (found < 0 && !m.headline && keys.size() == 1) {
        found = acronym_of(m);
        if (found >= 0) add_full(keys, found);
        // ("the Christian Democratic Appeal (CDA)": a name spelled out by an acronym is a body's)
        if (found >= 0 && is_type(found, ActorType::person) && doc.tokens[m.first].has(tok_upper))
          out.actors[static_cast<size_t>(found)].type = ActorType::organization;
      }
      // "the Rapid Support Forces ... the RSF": an unknown acronym spelling the initials of an
      // organization named before
      if (found < 0 && !m.headline && keys.size() == 1) found = spelled_by_initials(m);
      if (found < 0 && !m.headline && !m.typed && keys.size() == 1) {
        deferred.push_back(mi);
        continue;
      }
      if (found < 0 && !m.headline && (m.typed || keys.size() >= 2)) {
        found = acronym_of(m);
        if (found < 0) {
          std::string label = mention_text(m);
          found = actor_for(slugify(label), label, m.type);
        }
        add_full(keys, found);
      }
      if (found < 0 && m.headline) {
        // a headline word for an actor the body names: "CLARK" -> "Joe Clark"
        deferred.push_back(mi);
        continue;
      }
      assign(mi, found);
      if (found >= 0) {
        if (starts.size() <= static_cast<size_t>(found)) starts.resize(static_cast<size_t>(found) + 1);
        auto& v = starts[static_cast<size_t>(found)];
        v.insert(std::upper_bound(v.begin(), v.end(), m.start), m.start);
      }
    }
    // untyped single words ("Reagan" before "President Reagan") join any actor of that name
    for (size_t mi : deferred) {
      auto keys = name_keys(ms[mi]);
      int32_t found = -1;
      for (uint32_t fi : fulls_with(keys.front()))
        if (names_same(fulls[fi], keys)) {
          found = fulls[fi].actor;
          break;
        }
      for (uint32_t fi : fulls_with(keys.back()))
        if (found < 0 && inner_name(fulls[fi], keys)) found = fulls[fi].actor;
      if (found >= 0) assign(mi, found);
    }
    resolve_references();
    resolve_speakers();
    confirm();
    for (ActorRecord& a : out.actors) {
      std::sort(a.aliases.begin(), a.aliases.end());
      a.aliases.erase(std::unique(a.aliases.begin(), a.aliases.end()), a.aliases.end());
      a.aliases.erase(std::remove(a.aliases.begin(), a.aliases.end(), a.label), a.aliases.end());
    }
    // roles: "President" of the affiliated actor
    for (size_t mi = 0; mi < ms.size(); ++mi) {
      const Mention& m = ms[mi];
      int32_t a = out.of_mention[mi];
      if (a < 0 || m.role.empty()) continue;
      Role r;
      r.title = m.role;
      if (m.affiliation >= 0 && out.of_mention[static_cast<size_t>(m.affiliation)] >= 0)
        r.of = out.actors[static_cast<size_t>(out.of_mention[static_cast<size_t>(m.affiliation)])].id;
      auto& roles = out.actors[static_cast<size_t>(a)].roles;
      if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(r);
    }
    for (ActorRecord& a : out.actors) std::sort(a.roles.begin(), a.roles.end());
  }

  void confirm() {
    out.confirmed.assign(out.actors.size(), false);
    std::vector<uint32_t> demonyms(out.actors.size(), 0);
    for (size_t mi = 0; mi < dm.mentions.size(); ++mi) {
      int32_t a = out.of_mention[mi];
      if (a < 0) continue;
      const Mention& m = dm.mentions[mi];
      if (m.kind == MentionKind::demonym && !m.standin && !m.plural && m.affiliation < 0) {
        // "Nicaraguan rebels": one adjective alone does not make the state an actor of the text
        if (++demonyms[static_cast<size_t>(a)] >= 2) out.confirmed[static_cast<size_t>(a)] = true;
        continue;
      }
      if (m.lex >= 0 || m.typed) out.confirmed[static_cast<size_t>(a)] = true;
      // "Joe Biden": two or more capitalised words, none of them a common word, name a person
      // (not inside parentheses, where names spell out an acronym)
      bool parenthesised = m.first > 0 && doc.token_text(m.first - 1) == "(";
      if (m.kind == MentionKind::name && m.last - m.first >= 2 && !m.headline &&
          (m.type == ActorType::person || m.type == ActorType::organization) &&
          !parenthesised) {
        bool clean = true;
        for (uint32_t k = m.first; k < m.last; ++k)
          if ((doc.bits[k] & wc_common) || !doc.tokens[k].has(tok_cap)) clean = false;
        // ... once named a second time (often by surname): one-off capitalised phrases are
        // as often shuttles, stadiums and museums
        if (clean && out.actors[static_cast<size_t>(a)].mentions >= 2) out.confirmed[static_cast<size_t>(a)] = true;
      }
    }
    // a demonym that gives a person's affiliation confirms its state
    for (const Mention& m : dm.mentions)
      if (m.affiliation >= 0) {
        int32_t a = out.of_mention[static_cast<size_t>(m.affiliation)];
        if (a >= 0) out.confirmed[static_cast<size_t>(a)] = true;
      }
  }

  // The first name in the document of the armed force of m's state ("Sudanese Armed Forces" for
  // "the Sudanese army": a force's name holding the state's name or demonym), or -1.
  int32_t force_named(const Mention& m) const {
    const LexActor& state = lex.actors()[static_cast<size_t>(m.force_of)];
    std::vector<std::string> words{normalize_key(state.label), normalize_key(state.demonym)};
    for (const std::string& alias : state.aliases) words.push_back(normalize_key(alias));
    for (size_t j = 0; j < dm.mentions.size(); ++j) {
      const Mention& c = dm.mentions[j];
      if (c.kind != MentionKind::name || c.force_of >= 0 || c.headline || c.type != ActorType::organization) continue;
      const std::string name = " " + normalize_key(mention_text(c)) + " ";
      if (!lex.names_force(std::string_view(name).substr(1, name.size() - 2))) continue;
      for (const std::string& w : words)
        if (!w.empty() && name.find(" " + w + " ") != std::string::npos) return static_cast<int32_t>(j);
    }
    return -1;
  }

  // A normalised name holds the name, a name or the demonym of a state of the lexicon.
  bool names_state(const std::string& label) {
    const auto memo = m_names_state.find(label);
    if (memo != m_names_state.end()) return memo->second;
    const std::string padded = " " + label + " ";
    auto holds = [&](const std::string& w) { return !w.empty() && padded.find(" " + normalize_key(w) + " ") != std::string::npos; };
    bool found = false;
    for (const LexActor& state : lex.actors()) {
      if (state.type != ActorType::state || found) continue;
      found = holds(state.label) || holds(state.demonym);
      for (const std::string& alias : state.aliases) found = found || holds(alias);
    }
    m_names_state.emplace(label, found);
    return found;
  }
  std::unordered_map<std::string, bool> m_names_state;

  bool is_type(int32_t actor, ActorType t) const {
    return actor >= 0 && out.actors[static_cast<size_t>(actor)].type == t;
  }

  // A mention inside a prepositional phrase ("with Xi", "of Oxford University") is rarely what a
  // later pronoun points back to.
  bool in_pp(const Mention& c, bool agent_ok = false) const {
    uint32_t k = c.phrase_first;
    const Sentence& st = doc.sentences[c.sentence];
    while (k > st.first_token) {
      uint32_t p = k - 1;
      if (dm.title_at[p] || ((doc.bits[p] & wc_det) && !doc.tokens[p].has(tok_cap))) {
        --k;
        continue;
      }
      if (doc.tokens[p].has(tok_possessive) && p > st.first_token && dm.at_token[p - 1] >= 0) {
        k = dm.mentions[static_cast<size_t>(dm.at_token[p - 1])].first;
        continue;
      }
      // "with A, B and C": list members share the first one's preposition
      std::string_view w = doc.token_text(p);
      uint32_t after = c.last + (c.possessive ? 1 : 0);
      bool listed = after < st.last_token && (doc.token_text(after) == "," || doc.norm[after] == "and" || doc.norm[after] == "or");
      // (not a person in apposition after a place: "representative in Yemen, Dr. X, told")
      const bool apposed_person = w == "," && dm.at_token[p - 1] >= 0 && c.type == ActorType::person &&
                                  dm.mentions[static_cast<size_t>(dm.at_token[p - 1])].type != ActorType::person;
      if (((w == "," && listed && !apposed_person) || doc.norm[p] == "and" || doc.norm[p] == "or") && p > st.first_token &&
          dm.at_token[p - 1] >= 0) {
        k = dm.mentions[static_cast<size_t>(dm.at_token[p - 1])].phrase_first;
        continue;
      }
      break;
    }
    // ("The field is operated by X. Its chief": a passive's agent is its subject, for a sentence after it)
    // (not in a relative clause: "particles that were captured by X")
    if (agent_ok && k >= st.first_token + 3 && doc.norm[k - 1] == "by" && (doc.bits[k - 3] & wc_copula) && doc.norm[k - 2].size() > 3 &&
        doc.norm[k - 2].compare(doc.norm[k - 2].size() - 2, 2, "ed") == 0 &&
        !(k >= st.first_token + 4 && (doc.bits[k - 4] & wc_relpron)))
      return false;
    // ("as President Kagame stayed away": "as" opens a clause, its name is a subject)
    return k > st.first_token && (doc.bits[k - 1] & wc_prep) && !(doc.bits[k - 1] & wc_clause) &&
           !doc.tokens[k - 1].has(tok_cap);
  }

  bool candidate(size_t j, bool person, bool agent_ok = false) const {
    const Mention& c = dm.mentions[j];
    int32_t a = out.of_mention[j];
    if (a < 0 || c.modifies >= 0 || in_pp(c, agent_ok)) return false;
    // ("a London-listed company ... Its chief executive": a name inside a compound adjective heads nothing)
    if (c.last + 1 < doc.tokens.size() && doc.token_text(c.last) == "-" && !doc.tokens[c.last].has(tok_space_before) &&
        !doc.tokens[c.last + 1].has(tok_space_before) && doc.tokens[c.last + 1].has(tok_alpha) && !doc.tokens[c.last + 1].has(tok_cap))
      return false;
    // ("Mexico's National Agricultural Council ... Its president": the possessor of a name is no head)
    if (!person && c.possessive && c.last + 1 < doc.tokens.size() && dm.at_token[c.last + 1] >= 0 &&
        dm.mentions[static_cast<size_t>(dm.at_token[c.last + 1])].kind == MentionKind::name &&
        (is_type(out.of_mention[static_cast<size_t>(dm.at_token[c.last + 1])], ActorType::organization) ||
         is_type(out.of_mention[static_cast<size_t>(dm.at_token[c.last + 1])], ActorType::state)))
      return false;
    if (!person && addressee(c)) return false;
    bool ok = person ? is_type(a, ActorType::person)
                     : (is_type(a, ActorType::state) || is_type(a, ActorType::organization));
    return ok && !(c.kind == MentionKind::demonym && !c.standin);
  }

  // "told Reuters", "told the BBC": the one a speaker talks to (a news outlet, mostly) is what no
  // later "it" or "the group" stands for
  bool addressee(const Mention& c) const {
    uint32_t t = c.first;
    while (t > 0 && (doc.bits[t - 1] & wc_det) && !doc.tokens[t - 1].has(tok_cap)) --t;
    return t > 0 && (doc.bits[t - 1] & wc_report) && doc.norm[t - 1] != "according" && !doc.tokens[t - 1].has(tok_cap) &&
           c.type == ActorType::organization;
  }

  // A pronoun's antecedent: the first subject-like actor before it in its sentence, else the
  // first one of the nearest earlier sentence that has one.
  int32_t antecedent(const Mention& m, bool person) const {
    // "Sondland has said he": after a reporting verb the pronoun is its speaker
    const Sentence& st = doc.sentences[m.sentence];
    uint32_t r = m.first;
    for (int hops = 0; r > st.first_token && hops < 3; ++hops) {
      const std::string& w = doc.norm[r - 1];
      if (w == "that" || (doc.bits[r - 1] & wc_aux)) {
        --r;
        continue;
      }
      break;
    }
    if (r > st.first_token && (doc.bits[r - 1] & wc_report) && doc.norm[r - 1] != "according") {
      int32_t speaker = -1;
      for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second; ++j) {
        const Mention& c = dm.mentions[j];
        // ("Japan, whose exchange X lost money, said it": a name inside a relative clause is no speaker)
        bool relative = false;
        for (uint32_t t = c.first; t-- > st.first_token && doc.token_text(t) != ",";)
          relative = relative || ((doc.bits[t] & wc_relpron) && !doc.tokens[t].has(tok_cap) && dm.at_token[t] < 0);
        // ("X, the EU's diplomatic arm, said it": a possessor heads no subject)
        if (c.last <= r - 1 && candidate(j, person) && !c.possessive && !relative) speaker = out.of_mention[j];
      }
      if (speaker >= 0) return speaker;
    }
    // "Russia and China, allies of Maduro, congratulated him", "Biden met Xi and praised him": an
    // object pronoun is the nearest person before it who is not the subject of its own verb
    // ("Xi called him")
    // ("Ruto thanked him": the pronoun is not its own verb's subject, here or sentences back)
    int32_t not_subject = -1;
    // ("met her in Nairobi": "her" before no noun is an object, not a possessive)
    const uint32_t after = m.first + 1;
    const bool before_noun = after < st.last_token && doc.tokens[after].has(tok_alpha) &&
                             !(doc.bits[after] & (wc_prep | wc_conj | wc_det | wc_aux | wc_clause | wc_time | wc_relpron));
    // ("wrote to the Commission, urging it to act": "it" right after a verb that takes an object and
    // an infinitive is an object too)
    // ("imposed sanctions on X, accusing it of helping Y": so is "it" between a participle and the
    // "of" or "for" of a charge)
    auto participle = [&](uint32_t t) {
      const std::string& w = doc.norm[t];
      return w.size() > 4 && dm.at_token[t] < 0 && !doc.tokens[t].has(tok_cap) &&
             (w.compare(w.size() - 3, 3, "ing") == 0 || w.compare(w.size() - 2, 2, "ed") == 0);
    };
    const bool thing_object = !person && m.first > st.first_token && !doc.tokens[m.first - 1].has(tok_cap) &&
                              m.first + 1 < st.last_token &&
                              (((doc.bits[m.first - 1] & wc_control) && doc.norm[m.first + 1] == "to") ||
                               (participle(m.first - 1) && (doc.norm[m.first + 1] == "of" || doc.norm[m.first + 1] == "for")));
    if ((person && (doc.bits[m.first] & wc_objpron) && !((doc.bits[m.first] & wc_poss) && before_noun)) || thing_object) {
      for (size_t j = by_sentence[m.sentence].second; j-- > by_sentence[m.sentence].first;) {
        const Mention& c = dm.mentions[j];
        const int32_t a = out.of_mention[j];
        const bool kind_ok = person ? is_type(a, ActorType::person)
                                    : (is_type(a, ActorType::state) || is_type(a, ActorType::organization)) &&
                                          !(c.kind == MentionKind::demonym && !c.standin);
        if (c.start >= m.start || c.kind == MentionKind::pronoun || !kind_ok || c.modifies >= 0) continue;
        // ("X, who welcomed him": the relative pronoun stands for X)
        uint32_t from = c.last;
        if (from + 2 < m.first && doc.token_text(from) == "," && (doc.bits[from + 1] & wc_relpron) &&
            !doc.tokens[from + 1].has(tok_cap))
          from += 2;
        bool own_subject = m.first - from <= 3;
        for (uint32_t t = from; own_subject && t < m.first; ++t)
          own_subject = doc.tokens[t].has(tok_alpha) && !(doc.bits[t] & (wc_conj | wc_prep | wc_det | wc_relpron | wc_clause));
        if (!own_subject) return out.of_mention[j];
        not_subject = out.of_mention[j];
        break;
      }
    }
    // "..., while NAS was represented by its leader": a possessive in a clause of its own belongs
    // to that clause's name
    if (doc.bits[m.first] & wc_poss) {
      uint32_t boundary = 0;
      for (uint32_t t = m.first; t-- > st.first_token + 1;)
        if ((doc.bits[t] & wc_clause) && !doc.tokens[t].has(tok_cap) && dm.at_token[t] < 0) {
          boundary = t;
          break;
        }
      if (boundary > 0) {
        int32_t found = -1;
        for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second; ++j) {
          const Mention& c = dm.mentions[j];
          if (c.first <= boundary) continue;
          if (c.start >= m.start) break;
          if (candidate(j, person)) found = out.of_mention[j];
        }
        if (found >= 0) return found;
      }
    }
    // "sanctions on Iran over its support", "praised China for its role": a possessive after a
    // preposition of reason belongs to the name right before it
    if ((doc.bits[m.first] & wc_poss) && m.first >= st.first_token + 2 && (doc.bits[m.first - 1] & wc_reason)) {
      const int32_t j = dm.at_token[m.first - 2];
      if (j >= 0) {
        const Mention& c = dm.mentions[static_cast<size_t>(j)];
        const int32_t a = out.of_mention[static_cast<size_t>(j)];
        const bool ok = person ? is_type(a, ActorType::person)
                               : (is_type(a, ActorType::state) || is_type(a, ActorType::organization));
        if (a >= 0 && ok && c.modifies < 0 && !(c.kind == MentionKind::demonym && !c.standin)) return a;
      }
    }
    // "Erdogan met Putin and his foreign minister": a possessive right after "and" is the person
    // just before it
    if (person && (doc.bits[m.first] & wc_poss) && m.first >= st.first_token + 2 && doc.norm[m.first - 1] == "and") {
      const int32_t j = dm.at_token[m.first - 2];
      // (inside a phrase too: "held talks with X and his foreign minister")
      if (j >= 0 && dm.mentions[static_cast<size_t>(j)].modifies < 0 && is_type(out.of_mention[static_cast<size_t>(j)], ActorType::person))
        return out.of_mention[static_cast<size_t>(j)];
    }
    // "During his trip to Japan, Joe Biden met", "Ahead of his visit, Putin praised": a pronoun in a
    // fronted phrase points forward to the main clause's subject (none when an actor comes first:
    // "Erdogan met Putin and his minister, X,")
    bool actor_before = false;
    for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second && dm.mentions[j].start < m.start; ++j)
      actor_before = actor_before || candidate(j, person);
    if (!actor_before && ((doc.bits[st.first_token] & (wc_prep | wc_clause)) || (doc.bits[m.first] & wc_poss))) {
      uint32_t comma = 0;
      for (uint32_t t = st.first_token; t < st.last_token && comma == 0; ++t)
        if (doc.token_text(t) == ",") comma = t;
      if (comma > m.first) {
        for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second; ++j) {
          const Mention& c = dm.mentions[j];
          if (c.first <= comma) continue;
          // ("During his visit, German Chancellor X met": the demonym modifies the subject)
          if (c.modifies >= 0 && c.first <= comma + 2) continue;
          if (c.phrase_first <= comma + 1 && candidate(j, person)) return out.of_mention[j];
          break;
        }
      }
    }
    for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second; ++j)
      if (dm.mentions[j].start < m.start && candidate(j, person) && out.of_mention[j] != not_subject) return out.of_mention[j];
    for (uint32_t back = 1; back <= opt.pronoun_window && back <= m.sentence; ++back) {
      auto [b, e] = by_sentence[m.sentence - back];
      for (size_t j = b; j < e; ++j)
        if (candidate(j, person, true) && out.of_mention[j] != not_subject) return out.of_mention[j];
    }
    return -1;
  }

  // "Putin and Xi ... their": the last coordination of actors before the pronoun in the sentence.
  std::vector<int32_t> coordination_before(const Mention& m) const {
    std::vector<int32_t> best;
    const auto& ms = dm.mentions;
    for (size_t j = by_sentence[m.sentence].first; j + 1 < by_sentence[m.sentence].second; ++j) {
      const Mention& a = ms[j];
      if (a.start >= m.start) continue;
      // a and the next name joined by "and"
      for (size_t k = j + 1; k < ms.size(); ++k) {
        const Mention& b = ms[k];
        if (b.sentence != m.sentence || b.start >= m.start) break;
        // "Saudi Arabia and the United States": determiners may open the second name
        if (a.last < m.first && and_joined(a, b) && out.of_mention[j] >= 0 && out.of_mention[k] >= 0 &&
            out.of_mention[j] != out.of_mention[k]) {
          best = {out.of_mention[j], out.of_mention[k]};
          // ("The United States, the Philippines and Japan ... their": the list before, item by item)
          for (size_t cur = j; best.size() < 8;) {
            const uint32_t q = determiners_before(ms[cur].first);
            if (q < 2 || doc.token_text(q - 1) != "," || dm.at_token[q - 2] < 0) break;
            const size_t c = static_cast<size_t>(dm.at_token[q - 2]);
            // (not a fronted place: "In Washington, X and Y said their")
            const uint32_t b = determiners_before(ms[c].first);
            if (ms[c].sentence != m.sentence || ms[c].last != q - 1 || out.of_mention[c] < 0 ||
                (b > 0 && (doc.bits[b - 1] & wc_prep)) ||
                std::find(best.begin(), best.end(), out.of_mention[c]) != best.end())
              break;
            best.insert(best.begin(), out.of_mention[c]);
            cur = c;
          }
        }
        break;
      }
    }
    return best;
  }

  // "When Xi visited Moscow, Putin lauded their ...": exactly two people named before the plural
  // pronoun in its sentence.
  std::vector<int32_t> two_people_before(const Mention& m) const {
    std::vector<int32_t> people;
    for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second; ++j) {
      const Mention& c = dm.mentions[j];
      if (c.start >= m.start) break;
      const int32_t a = out.of_mention[j];
      if (!is_type(a, ActorType::person) || c.kind == MentionKind::pronoun) continue;
      if (std::find(people.begin(), people.end(), a) == people.end()) people.push_back(a);
    }
    return people.size() == 2 ? people : std::vector<int32_t>{};
  }

  // "The Houthis warned that they would": an organization named in the plural, the subject of the
  // reporting verb whose clause the pronoun opens; empty if none.
  std::vector<int32_t> plural_reporter(const Mention& m) const {
    uint32_t t = m.first;
    const uint32_t sent_first = doc.sentences[m.sentence].first_token;
    if (t > sent_first && doc.norm[t - 1] == "that") --t;
    if (t <= sent_first + 1) return {};
    // (past a phrase of time after the verb: "warned on Saturday that", "have said for weeks that")
    while (t > sent_first + 2 && (doc.bits[t - 1] & (wc_time | wc_measure)) && (doc.bits[t - 2] & (wc_prep | wc_time)) &&
           dm.at_token[t - 1] < 0)
      t -= 2;
    // (a warning opens one too: "warned that they would")
    thread_local std::vector<uint32_t> cues;
    bool warning = false;
    if (lex.cue_trie().longest(doc.ids, t - 1, t, cues) == 1)
      for (uint32_t c : cues) warning = warning || (lex.cues()[c].relation == "threatens" && lex.cues()[c].kind == "verb");
    if (!(doc.bits[t - 1] & wc_report) && !warning) return {};
    uint32_t k = t - 1;
    // (past an auxiliary and a phrase of time: "have warned", "warned on Saturday that")
    while (k > sent_first && (doc.bits[k - 1] & (wc_aux | wc_time | wc_prep)) && !doc.tokens[k - 1].has(tok_cap)) --k;
    // (past a relative clause: "The Houthis, who are aligned with Iran, warned that they")
    if (k > sent_first + 3 && doc.token_text(k - 1) == ",")
      for (uint32_t r = k - 2; r > sent_first + 1 && r + 12 > k; --r)
        if ((doc.bits[r] & wc_relpron) && doc.token_text(r - 1) == "," && !doc.tokens[r].has(tok_cap)) {
          k = r - 1;
          break;
        }
    if (k <= sent_first || dm.at_token[k - 1] < 0) return {};
    const Mention& s = dm.mentions[static_cast<size_t>(dm.at_token[k - 1])];
    const int32_t a = out.of_mention[static_cast<size_t>(dm.at_token[k - 1])];
    const std::string& w = doc.norm[s.last - 1];
    if (s.kind != MentionKind::name || s.possessive || a < 0 || !is_type(a, ActorType::organization) || w.size() < 4 || w.back() != 's')
      return {};
    return {a};
  }

  // "The Taliban deny it. Their spokesman, X, said": a sentence opening with "their" and a title
  // points to the organization the sentence before opened with; empty if none.
  std::vector<int32_t> plural_outfit_before(const Mention& m) const {
    const Sentence& st = doc.sentences[m.sentence];
    if (m.first != st.first_token || m.sentence == 0 || !(doc.bits[m.first] & wc_poss) || m.last >= st.last_token ||
        !dm.title_at[m.last])
      return {};
    const Sentence& prev = doc.sentences[m.sentence - 1];
    uint32_t t = prev.first_token;
    if (t < prev.last_token && doc.norm[t] == "the") ++t;
    if (t >= prev.last_token || dm.at_token[t] < 0) return {};
    const Mention& c = dm.mentions[static_cast<size_t>(dm.at_token[t])];
    const int32_t a = out.of_mention[static_cast<size_t>(dm.at_token[t])];
    if (c.kind != MentionKind::name || c.possessive || c.modifies >= 0 || a < 0 || !is_type(a, ActorType::organization)) return {};
    return {a};
  }

  // "Russia and China held drills. Japan criticised them.", "Macron met Scholz. They signed a pact.":
  // for a plural pronoun with no pair in its own sentence, the previous sentence's opening
  // coordination, else its exactly two people.
  std::vector<int32_t> pair_in_previous(const Mention& m) const {
    if (m.sentence == 0 || doc.sentences[m.sentence - 1].headline) return {};
    const uint32_t s = m.sentence - 1;
    const Sentence& st = doc.sentences[s];
    Mention probe = m;
    probe.sentence = s;
    probe.start = st.end;
    std::vector<int32_t> g = coordination_before(probe);
    if (!g.empty()) {
      // only a coordination that opens the sentence, its subject
      const auto [b, e] = by_sentence[s];
      bool opens = false;
      // ("The military governments of Mali and Burkina Faso backed it. Both sent": or after the
      // "of" of the plural noun opening the sentence)
      auto noun_of_before = [&](uint32_t t) {
        if (t < st.first_token + 3 || doc.norm[t - 1] != "of" || doc.norm[st.first_token] != "the") return false;
        for (uint32_t k = st.first_token + 1; k + 1 < t; ++k)
          if (doc.tokens[k].has(tok_cap) || !doc.tokens[k].has(tok_alpha) || dm.at_token[k] >= 0 ||
              (doc.bits[k] & ~static_cast<uint64_t>(wc_body | wc_group | wc_common | wc_regime | wc_det | wc_rank)))
            return false;
        return doc.norm[t - 2].back() == 's';
      };
      for (size_t j = b; j < e && !opens; ++j)
        opens = out.of_mention[j] == g.front() &&
                (dm.mentions[j].phrase_first <= st.first_token + 1 || noun_of_before(dm.mentions[j].phrase_first));
      if (opens) return g;
    }
    return two_people_before(probe);
  }

  // "The two leaders urged X and said they ...", "The two leaders met. They said": the pair of a
  // plural description opening this sentence (own) or the one before.
  std::vector<int32_t> opening_group(size_t mi, bool own) const {
    const Mention& m = dm.mentions[mi];
    if (!own && (m.sentence == 0 || doc.sentences[m.sentence].headline)) return {};
    const uint32_t s = own ? m.sentence : m.sentence - 1;
    const auto [b, e] = by_sentence[s];
    if (b >= e || b >= mi) return {};
    const Mention& c = dm.mentions[b];
    if (c.kind != MentionKind::description || !c.plural || c.possessive || c.phrase_first != doc.sentences[s].first_token)
      return {};
    return out.group[b].size() >= 2 ? out.group[b] : std::vector<int32_t>{};
  }

  const std::vector<uint32_t>& mentions_of(int32_t a) const {
    static const std::vector<uint32_t> none;
    return a >= 0 && static_cast<size_t>(a) < m_mentions_of.size() ? m_mentions_of[static_cast<size_t>(a)] : none;
  }
  // The latest mention before `before` that still names actor a and passes `ok`, or -1.
  template <class Ok>
  int64_t latest_before(int32_t a, size_t before, Ok ok) const {
    int64_t best = -1;
    for (uint32_t j : mentions_of(a))
      if (j < before && static_cast<int64_t>(j) > best && out.of_mention[j] == a && ok(dm.mentions[j])) best = j;
    return best;
  }

  // The state each person holds an office of, when every one has exactly one and they differ.
  std::vector<int32_t> states_of(const std::vector<int32_t>& people, size_t before) const {
    std::vector<int32_t> states;
    for (int32_t p : people) {
      int32_t state = -1;
      // "Russian President Vladimir Putin": the affiliations of the person's mentions so far
      for (uint32_t j : mentions_of(p)) {
        const Mention& c = dm.mentions[j];
        if (j >= before || out.of_mention[j] != p || c.affiliation < 0) continue;
        const int32_t s = out.of_mention[static_cast<size_t>(c.affiliation)];
        if (!is_type(s, ActorType::state)) continue;
        if (state >= 0 && state != s) return {};
        state = s;
      }
      if (state < 0 || std::find(states.begin(), states.end(), state) != states.end()) return {};
      states.push_back(state);
    }
    return states;
  }

  // '"We thank Qatar," Asif wrote', 'Asif said: "I thank ..."': a first-person pronoun inside a
  // quotation stands for its speaker, named right after the closing mark or right before the opening one.
  void resolve_speakers() {
    auto& ms = dm.mentions;
    for (size_t mi = 0; mi < ms.size(); ++mi) {
      const Mention& m = ms[mi];
      if (m.kind != MentionKind::pronoun || m.pron_class != "speaker" || out.of_mention[mi] >= 0) continue;
      const std::string& w = doc.norm[m.first];
      if (w.compare(0, 3, "you") == 0) continue;
      uint32_t open = 0, close = 0;
      if (!quotation_around(m.first, open, close)) continue;
      const int32_t who = quote_speaker(open, close);
      if (who >= 0) assign(mi, who);
    }
  }

  bool closing_mark(uint32_t q) const {
    const std::string_view t = doc.token_text(q);
    if (t == "\xE2\x80\x9D") return true;
    if (t == "\xE2\x80\x9C") return false;
    return q > 0 && !doc.tokens[q].has(tok_space_before) &&
           (q + 1 >= doc.tokens.size() || doc.tokens[q + 1].has(tok_space_before) || doc.tokens[q + 1].has(tok_punct));
  }
  bool opening_mark(uint32_t q) const {
    const std::string_view t = doc.token_text(q);
    if (t == "\xE2\x80\x9C") return true;
    if (t == "\xE2\x80\x9D") return false;
    return (q == 0 || doc.tokens[q].has(tok_space_before)) && q + 1 < doc.tokens.size() &&
           !doc.tokens[q + 1].has(tok_space_before);
  }

  // The quotation marks around token t (within a few sentences), if t is inside one.
  bool quotation_around(uint32_t t, uint32_t& open, uint32_t& close) const {
    constexpr uint32_t k_reach = 150;
    uint32_t q = t;
    while (q > 0 && t - q < k_reach && !doc.tokens[q - 1].has(tok_quote)) --q;
    if (q == 0 || t - q >= k_reach || !opening_mark(q - 1)) return false;
    open = q - 1;
    q = t + 1;
    while (q < doc.tokens.size() && q - t < k_reach && !doc.tokens[q].has(tok_quote)) ++q;
    if (q >= doc.tokens.size() || q - t >= k_reach || !closing_mark(q)) return false;
    close = q;
    return true;
  }

  // The actor of the speaker of the quotation [open, close]: ', X said', ', said X' after it (past
  // a title: ', Pakistani Defence Minister X wrote'), 'X said:' before it.
  int32_t quote_speaker(uint32_t open, uint32_t close) const {
    auto report = [&](uint32_t k) { return (doc.bits[k] & wc_report) && !doc.tokens[k].has(tok_cap) && dm.at_token[k] < 0; };
    const Sentence& after = sentence_at(close);
    uint32_t k = close + 1;
    if (k < after.last_token && report(k)) {  // ', said X'
      uint32_t n = k + 1;
      while (n < after.last_token && n < k + 5 && dm.at_token[n] < 0 && !doc.tokens[n].has(tok_punct)) ++n;
      if (n < after.last_token && dm.at_token[n] >= 0) return speaker_of(static_cast<size_t>(dm.at_token[n]));
      return -1;
    }
    // ', X said' (the mention right before the verb)
    for (uint32_t r = k + 1; r < after.last_token && r < k + 9 && !doc.tokens[r].has(tok_punct); ++r)
      if (report(r)) return dm.at_token[r - 1] >= 0 ? speaker_of(static_cast<size_t>(dm.at_token[r - 1])) : body_speaker(r - 1, k);
    // 'X said: "' or 'X told reporters, "'
    const Sentence& before = sentence_at(open);
    if (open < before.first_token + 2) return -1;
    const std::string_view mark = doc.token_text(open - 1);
    if (mark != ":" && mark != ",") return -1;
    for (uint32_t r = open - 1; r-- > before.first_token && r + 4 > open;)
      if (report(r)) return r > before.first_token && dm.at_token[r - 1] >= 0 ? speaker_of(static_cast<size_t>(dm.at_token[r - 1])) : -1;
    return -1;
  }

  const Sentence& sentence_at(uint32_t t) const {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                               [](uint32_t x, const Sentence& st) { return x < st.first_token; });
    return *(it - 1);
  }

  // ('"...," Pakistan's foreign ministry said': the state whose body, ending at token b, speaks)
  int32_t body_speaker(uint32_t b, uint32_t from) const {
    if (!(doc.bits[b] & wc_body) || doc.tokens[b].has(tok_cap)) return -1;
    uint32_t t = b;
    while (t > from && t + 3 > b && dm.at_token[t - 1] < 0 && !doc.tokens[t - 1].has(tok_cap) &&
           doc.tokens[t - 1].has(tok_alpha) && !(doc.bits[t - 1] & (wc_det | wc_prep | wc_conj)))
      --t;
    if (t > from && doc.tokens[t - 1].has(tok_possessive) && dm.at_token[t - 1] < 0) --t;
    const int32_t owner = t > from ? dm.at_token[t - 1] : -1;
    if (owner < 0) return -1;
    const Mention& o = dm.mentions[static_cast<size_t>(owner)];
    if (!(o.kind == MentionKind::demonym || (o.kind == MentionKind::name && o.possessive))) return -1;
    const int32_t a = out.of_mention[static_cast<size_t>(owner)];
    return a >= 0 && is_type(a, ActorType::state) ? a : -1;
  }

  // The actor a speaker's mention names, if it is a person, a body or a state.
  int32_t speaker_of(size_t j) const {
    const int32_t a = out.of_mention[j];
    if (a < 0 || dm.mentions[j].possessive) return -1;
    return is_type(a, ActorType::location) ? -1 : a;
  }

  void resolve_references() {
    auto& ms = dm.mentions;
    seen_count.assign(out.actors.size(), 0);
    seen_roles.assign(out.actors.size(), {});
    for (size_t mi = 0; mi < ms.size(); ++mi) {
      Mention& m = ms[mi];
      if (mi > 0) count_seen(mi - 1);
      if (m.kind == MentionKind::pronoun) {
        if (m.pron_class == "person") {
          int32_t a = antecedent(m, true);
          // "his country's bid", "her government would not": the state of the person meant
          std::vector<int32_t> state;
          if (a >= 0 && (doc.bits[m.first] & wc_poss) && m.last < doc.norm.size() && (doc.bits[m.last] & (wc_states | wc_regime)) &&
              !doc.tokens[m.last].has(tok_cap))
            state = states_of({a}, mi);
          if (!state.empty()) out.group[mi] = state;
          else if (a >= 0) assign(mi, a);
        } else if (m.pron_class == "thing") {
          int32_t a = antecedent(m, false);
          if (a >= 0) assign(mi, a);
        } else {
          auto g = coordination_before(m);
          if (g.empty() && m.pron_class == "plural") g = opening_group(mi, true);
          if (g.empty() && m.pron_class == "plural") g = two_people_before(m);
          if (g.empty() && m.pron_class == "plural") g = pair_in_previous(m);
          if (g.empty() && m.pron_class == "plural") g = plural_reporter(m);
          if (g.empty() && m.pron_class == "plural") g = opening_group(mi, false);
          if (g.empty() && m.pron_class == "plural") g = plural_outfit_before(m);
          // "their countries' cooperation": the states of the people "their" refers to
          if (!g.empty() && m.last < doc.norm.size() && (doc.bits[m.last] & wc_states)) g = states_of(g, mi);
          if (!g.empty()) out.group[mi] = g;
        }
      } else if (m.kind == MentionKind::description) {
        resolve_description(mi);
      } else if (m.kind == MentionKind::name && is_type(out.of_mention[mi], ActorType::person) && m.last < doc.norm.size() &&
                 (doc.bits[m.last] & wc_regime) && !doc.tokens[m.last].has(tok_cap)) {
        // "the Trump administration", "the Lukashenko regime": the state the person leads, once known
        std::vector<int32_t> state = states_of({out.of_mention[mi]}, mi);
        if (state.empty()) {
          // (else the state of the office the person holds in this story, named before)
          const int64_t j = latest_before(out.of_mention[mi], mi, [&](const Mention& c) {
            return c.affiliation >= 0 && is_type(out.of_mention[static_cast<size_t>(c.affiliation)], ActorType::state);
          });
          if (j >= 0) state = {out.of_mention[static_cast<size_t>(dm.mentions[static_cast<size_t>(j)].affiliation)]};
        }
        // (or, for an untied office holder, the state the story is about or is dated in)
        bool office = false;
        if (state.empty())
          for (uint32_t j : mentions_of(out.of_mention[mi]))
            office = office || (out.of_mention[j] == out.of_mention[mi] && !dm.mentions[j].role.empty());
        if (state.empty() && office) {
          const int32_t home = story_state() >= 0 ? story_state() : dateline();
          if (home >= 0) state = {home};
        }
        if (!state.empty()) out.group[mi] = state;
      }
    }
  }

  // The state the document is about: named at least three times and twice as often as any other
  // state, or -1 (relations apply the same test).
  int32_t story_state() {
    if (m_story_state == -2) {
      std::vector<uint32_t> counts = state_mention_counts(dm, out);
      // ("Myanmar's army seized power": a state's force names its state too)
      for (const Mention& m : dm.mentions) {
        if (m.force_of < 0) continue;
        const auto it = by_id.find(lex.actors()[static_cast<size_t>(m.force_of)].id);
        if (it != by_id.end() && static_cast<size_t>(it->second) < counts.size()) ++counts[static_cast<size_t>(it->second)];
      }
      m_story_state = dominant_state(counts);
    }
    return m_story_state;
  }

  // The state a headline opens with ("UK sanctions ...", "The UK sanctions ..."), or -1.
  int32_t headline_state() const {
    if (doc.sentences.empty() || !doc.sentences[0].headline) return -1;
    uint32_t f = doc.sentences[0].first_token;
    if (f + 1 < doc.sentences[0].last_token && doc.norm[f] == "the") ++f;
    if (f >= dm.at_token.size() || dm.at_token[f] < 0) return -1;
    const Mention& hm = dm.mentions[static_cast<size_t>(dm.at_token[f])];
    // ("India, Sri Lanka sign pacts": a coordinated subject names no one state)
    if (hm.last + 1 < doc.sentences[0].last_token && (doc.token_text(hm.last) == "," || doc.norm[hm.last] == "and") &&
        hm.last + 1 < dm.at_token.size() && dm.at_token[hm.last + 1] >= 0) {
      const int32_t next = out.of_mention[static_cast<size_t>(dm.at_token[hm.last + 1])];
      if (next >= 0 && is_type(next, ActorType::state)) return -1;
    }
    const int32_t a = out.of_mention[static_cast<size_t>(dm.at_token[f])];
    return a >= 0 && is_type(a, ActorType::state) ? a : -1;
  }

  // The state of the document's dateline, or -1.
  int32_t dateline() {
    if (m_dateline == -2) m_dateline = dateline_state(doc, dm, out);
    return m_dateline;
  }

  // x is past the first item of a longer list ("Colombia, Ecuador, Peru and Bolivia": no pair ends it).
  bool in_longer_list(const Mention& x) const {
    const uint32_t p = x.phrase_first;
    return p >= 2 && doc.token_text(p - 1) == "," && dm.at_token[p - 2] >= 0 &&
           dm.mentions[static_cast<size_t>(dm.at_token[p - 2])].kind == MentionKind::name &&
           !dm.mentions[static_cast<size_t>(dm.at_token[p - 2])].possessive;
  }

  // x and y joined by "and", determiners allowed before y ("the Democratic Republic of the Congo
  // and the M23").
  // ("the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces": past an acronym in
  // parentheses, and up to two lower-case words after the article)
  bool and_joined(const Mention& x, const Mention& y) const {
    uint32_t t = x.last;
    if (t < doc.norm.size() && doc.token_text(t) == ")" && t > x.first) ++t;
    if (t + 3 < doc.norm.size() && doc.token_text(t) == "(" && doc.token_text(t + 2) == ")") t += 3;
    // ("Sudan's army and the RSF", "Ukraine's armed forces and": a state's body stands for the state)
    if (x.possessive) {
      if (t < doc.norm.size() && doc.tokens[t].has(tok_possessive)) ++t;
      for (uint32_t b = t; b < doc.norm.size() && b < t + 2 && doc.tokens[b].has(tok_alpha) && !doc.tokens[b].has(tok_cap); ++b)
        if (doc.bits[b] & wc_body) {
          t = b + 1;
          break;
        }
    }
    if (t >= doc.norm.size() || doc.norm[t] != "and") return false;
    if (y.phrase_first == t + 1 || determiners_before(y.first) == t + 1) return true;
    uint32_t u = determiners_before(y.first);
    for (int words = 0; words < 2 && u > t + 1 && doc.tokens[u - 1].has(tok_alpha) && !doc.tokens[u - 1].has(tok_cap) &&
                        !(doc.bits[u - 1] & (wc_prep | wc_conj | wc_relpron | wc_aux | wc_poss));
         ++words)
      u = determiners_before(u - 1);
    return u == t + 1 && u < y.first;
  }
  // Token t, or the first of the lower-case determiners right before it ("the" of "the M23").
  uint32_t determiners_before(uint32_t t) const {
    while (t > 0 && (doc.bits[t - 1] & wc_det) && !doc.tokens[t - 1].has(tok_cap)) --t;
    return t;
  }

  // m's words say its government is the military's ("the junta", "the military authorities").
  bool military_regime(const Mention& m) const {
    for (uint32_t t = m.first; t < m.last; ++t)
      if (doc.norm[t] == "junta" || doc.norm[t] == "juntas" || doc.norm[t] == "military") return true;
    return false;
  }

  // The state named before mention mi most often with its junta or its military right after it
  // ("Mali junta", "Myanmar's military government"; a tie to the later one), or -1.
  int32_t junta_state(size_t mi) const {
    std::unordered_map<int32_t, uint32_t> seen;
    int32_t best = -1;
    uint32_t top = 0;
    for (size_t j = 0; j < mi; ++j) {
      const Mention& c = dm.mentions[j];
      const int32_t a = out.of_mention[j];
      if ((c.kind != MentionKind::name && c.kind != MentionKind::demonym) || a < 0 || !is_type(a, ActorType::state)) continue;
      const uint32_t t = c.last + (c.last < doc.tokens.size() && doc.tokens[c.last].has(tok_possessive) ? 1 : 0);
      if (t >= doc.sentences[c.sentence].last_token || (doc.tokens[t].has(tok_cap) && !c.headline)) continue;
      if (doc.norm[t] != "junta" && doc.norm[t] != "military") continue;
      const uint32_t n = ++seen[a];
      if (n >= top) {
        top = n;
        best = a;
      }
    }
    return best;
  }

  // One of actor a's names in the lexicon has `noun` as a word ("Kingdom of Bahrain": "kingdom").
  bool official_name_has(int32_t a, const std::string& noun) const {
    const int32_t known = lex.find_id(out.actors[static_cast<size_t>(a)].id);
    if (known < 0 || noun.empty()) return false;
    std::vector<std::string> names{lex.actors()[static_cast<size_t>(known)].label};
    for (const std::string& alias : lex.actors()[static_cast<size_t>(known)].aliases) names.push_back(alias);
    for (const std::string& name : names) {
      const std::string label = normalize_key(name);
      for (size_t at = label.find(noun); at != std::string::npos; at = label.find(noun, at + 1))
        if ((at == 0 || label[at - 1] == ' ' || label[at - 1] == '-') &&
            (at + noun.size() == label.size() || label[at + noun.size()] == ' ' || label[at + noun.size()] == '-'))
          return true;
    }
    return false;
  }

  void resolve_description(size_t mi) {
    Mention& m = dm.mentions[mi];
    const std::string& head = m.pron_class;
    // "The two foreign ministers, Turkey's X and Greece's Y, will meet": the names in apposition
    if (m.plural && m.last + 1 < doc.sentences[m.sentence].last_token && doc.token_text(m.last) == ",") {
      std::vector<int32_t> g;
      uint32_t t = m.last + 1;
      const uint32_t end = doc.sentences[m.sentence].last_token;
      while (t < end && dm.at_token[t] >= 0) {
        int32_t j = dm.at_token[t];
        if (dm.mentions[static_cast<size_t>(j)].modifies >= 0) j = dm.mentions[static_cast<size_t>(j)].modifies;
        const Mention& c = dm.mentions[static_cast<size_t>(j)];
        if (c.kind != MentionKind::name || out.of_mention[static_cast<size_t>(j)] < 0 || c.first < t) break;
        g.push_back(out.of_mention[static_cast<size_t>(j)]);
        t = c.last;
        if (t < end && (doc.norm[t] == "and" || doc.token_text(t) == ",") && t + 1 < end && dm.at_token[t + 1] >= 0) ++t;
      }
      if (g.size() >= 2 && t < end && doc.token_text(t) == "," && doc.norm[t - 1] != "and") {
        out.group[mi] = g;
        return;
      }
    }
    // "accused the government of arresting civilians": the government of the state the story is about
    if (head == "government") {
      // ("talks between Chad's military government and rebels ... accusing the government": the
      // state whose government its sentence named before)
      for (size_t j = mi; j-- > 0 && dm.mentions[j].sentence == m.sentence;) {
        const Mention& c = dm.mentions[j];
        if (out.of_mention[j] < 0 || !is_type(out.of_mention[j], ActorType::state) ||
            !(c.possessive || c.kind == MentionKind::demonym))
          continue;
        uint32_t t = c.last + (c.last < doc.tokens.size() && doc.tokens[c.last].has(tok_possessive) ? 1 : 0);
        if (t < m.first && !doc.tokens[t].has(tok_cap) && !(doc.bits[t] & wc_regime) && dm.at_token[t] < 0) ++t;
        if (t < m.first && !doc.tokens[t].has(tok_cap) && (doc.bits[t] & wc_regime)) {
          assign(mi, out.of_mention[j]);
          return;
        }
      }
      // ("the junta", "the military authorities": the state the story gave a junta or a military,
      // "Niger junta tears up accord", "Mali's military government", not the nearest state)
      const int32_t ruled = military_regime(m) ? junta_state(mi) : -1;
      if (ruled >= 0) {
        assign(mi, ruled);
        return;
      }
      if (story_state() >= 0) {
        assign(mi, story_state());
        return;
      }
      // ("In Beijing, the government condemned Japan": else a state named before it in its sentence)
      // ("Nicaraguan Foreign Minister X said the government would": a demonym too)
      for (size_t j = mi; j-- > 0 && dm.mentions[j].sentence == m.sentence;)
        if ((dm.mentions[j].kind == MentionKind::name || dm.mentions[j].kind == MentionKind::demonym) &&
            out.of_mention[j] >= 0 && is_type(out.of_mention[j], ActorType::state)) {
          assign(mi, out.of_mention[j]);
          return;
        }
      // (else the state the headline opens with, "UK sanctions Iranian officers", else the dateline's:
      // a correspondent in Nairobi writes of other states' governments too)
      const int32_t headline = headline_state();
      const int32_t home = headline >= 0 ? headline : dateline();
      if (home >= 0) assign(mi, home);
      return;
    }
    if (head == "organization" || head == "country" || head == "named") {
      // the nearest state ("Iran ... the country's economy") or organization ("NATO ... the
      // alliance") named before it, subject-like or not
      const ActorType want = head == "country" ? ActorType::state : ActorType::organization;
      // "the fund", "the bank", "the party": an organization whose name has that word, if one is near
      if (want == ActorType::organization && (m.last > m.first + 1 || head == "named")) {
        // (a body's words after "the", adjective and all: "the electoral commission")
        std::string noun = doc.norm[m.last - 1];
        if (head == "named")
          for (uint32_t t = m.last - 1; t-- > m.first + 1;) noun = doc.norm[t] + " " + noun;
        // ("army", "military": a word for an armed force)
        auto force_noun = [&](const std::string& w) { return lex.is_force_word(w) || lex.is_force_name(w); };
        const bool force = force_noun(noun);
        for (size_t j = mi; j-- > 0;) {
          const int32_t a = out.of_mention[j];
          // ("The Israeli military said ... The military said": a state's force named by its demonym is the state)
          if (force && is_type(a, ActorType::state) && dm.mentions[j].first < m.first && dm.mentions[j].last < doc.tokens.size() &&
              (dm.mentions[j].kind == MentionKind::demonym || dm.mentions[j].possessive)) {
            const uint32_t t = dm.mentions[j].last + (doc.tokens[dm.mentions[j].last].has(tok_possessive) ? 1 : 0);
            if (t < doc.tokens.size() && !doc.tokens[t].has(tok_cap) && force_noun(doc.norm[t])) {
              assign(mi, a);
              return;
            }
          }
          if (a < 0 || !is_type(a, want) || dm.mentions[j].kind == MentionKind::description || dm.mentions[j].first >= m.first)
            continue;
          // (or one of its names in the lexicon: "the alliance" is NATO, the North Atlantic Alliance)
          std::vector<std::string> names{out.actors[static_cast<size_t>(a)].label};
          const int32_t known = lex.find_id(out.actors[static_cast<size_t>(a)].id);
          if (known >= 0) {
            for (const std::string& alias : lex.actors()[static_cast<size_t>(known)].aliases) names.push_back(alias);
            // ("the bloc" is the EU: the nouns the lexicon says refer to it)
            for (const std::string& noun : lex.actors()[static_cast<size_t>(known)].codes) names.push_back(noun);
          }
          bool word = false;
          for (const std::string& name : names) {
            const std::string label = normalize_key(name);
            // ("the army", "the military": a force by its name, a state's for "military": "Sudanese
            // Armed Forces", not the "Arakan Army")
            word = word || (force && lex.names_force(label) && (lex.is_force_word(noun) || names_state(label)));
            const size_t at = label.find(noun);
            word = word || (!force && at != std::string::npos && (at == 0 || label[at - 1] == ' ') &&
                            (at + noun.size() == label.size() || label[at + noun.size()] == ' '));
          }
          // (or the descriptor before the name: "the finance union Amicus" is "the union")
          const Mention& c = dm.mentions[j];
          const uint32_t sent_first = doc.sentences[c.sentence].first_token;
          for (uint32_t t = c.first; !word && !c.headline && t-- > sent_first && t + 3 >= c.first;) {
            // (not past another name: "the Sudanese army shelled RSF positions" names no army RSF)
            if (doc.tokens[t].has(tok_cap) || !doc.tokens[t].has(tok_alpha) || doc.tokens[t].has(tok_possessive) ||
                dm.at_token[t] >= 0 ||
                (doc.bits[t] & (wc_poss | wc_det | wc_prep | wc_aux | wc_conj | wc_relpron)) ||
                (t + 1 < c.first && doc.tokens[t + 1].has(tok_possessive)))
              break;
            word = doc.norm[t] == noun;
          }
          // (or the descriptor after it: "the Viv Ansanm gang coalition" is "the coalition")
          for (uint32_t t = c.last; !word && !c.headline && !c.possessive && t < c.last + 2 && t < doc.sentences[c.sentence].last_token &&
                                    !doc.tokens[t].has(tok_cap) && (doc.bits[t] & wc_outfit);
               ++t)
            word = doc.norm[t] == noun;
          if (word) {
            assign(mi, a);
            return;
          }
        }
        // ('HRW criticised Bangkok. "...," said X, the group's Asia director': a possessive
        // description takes the organization opening the sentence before, if this one names none)
        if (m.possessive && m.sentence > 0 && !doc.sentences[m.sentence - 1].headline) {
          bool own = false;
          for (size_t j = by_sentence[m.sentence].first; j < mi; ++j)
            own = own || (is_type(out.of_mention[j], want) && dm.mentions[j].kind == MentionKind::name);
          const auto [b, e] = by_sentence[m.sentence - 1];
          if (!own && b < e && dm.mentions[b].kind == MentionKind::name && !dm.mentions[b].possessive &&
              dm.mentions[b].phrase_first == doc.sentences[m.sentence - 1].first_token && is_type(out.of_mention[b], want)) {
            assign(mi, out.of_mention[b]);
            return;
          }
        }
        // (else what the same description named before: "the bloc" stays ECOWAS after the Alliance
        // of Sahel States is named)
        for (size_t j = mi; j-- > 0 && m.sentence - dm.mentions[j].sentence <= 2 * opt.pronoun_window;) {
          const Mention& c = dm.mentions[j];
          const int32_t a = out.of_mention[j];
          if (c.kind == MentionKind::description && c.last > c.first + 1 && doc.norm[c.last - 1] == noun && a >= 0 &&
              is_type(a, want)) {
            assign(mi, a);
            return;
          }
        }
      }
      if (head == "named") return;  // ("the court" is no court unless one was named)
      uint32_t before = m.first;
      if (before > doc.sentences[m.sentence].first_token && doc.norm[before - 1] == "that") --before;
      const bool reported_subject = before > doc.sentences[m.sentence].first_token &&
                                    (doc.bits[before - 1] & wc_report) && doc.norm[before - 1] != "according";
      const bool opens_sentence = m.phrase_first == doc.sentences[m.sentence].first_token;
      // ("arrived in Tehran ... X, the kingdom's foreign minister": the nearest state whose official
      // name has the noun, "Kingdom of Saudi Arabia", when one is near; "the country" names none)
      if (want == ActorType::state)
        for (size_t j = mi; j-- > 0 && m.sentence - dm.mentions[j].sentence <= opt.pronoun_window;) {
          const Mention& c = dm.mentions[j];
          const int32_t a = out.of_mention[j];
          if (!is_type(a, want) || c.kind == MentionKind::description || (c.kind == MentionKind::demonym && !c.standin) ||
              addressee(c) || !official_name_has(a, doc.norm[m.last - 1]))
            continue;
          assign(mi, a);
          return;
        }
      for (size_t j = mi; j-- > 0 && m.sentence - dm.mentions[j].sentence <= opt.pronoun_window;) {
        const Mention& c = dm.mentions[j];
        if (is_type(out.of_mention[j], want) && c.kind != MentionKind::description &&
            !(c.kind == MentionKind::demonym && !c.standin) && !addressee(c)) {
          // ("X has been reduced after offensives by the AFP. The group pledged": a description opening
          // its sentence takes an earlier sentence's subject over a name inside a phrase after it)
          if (opens_sentence && c.sentence < m.sentence && in_pp(c))
            for (size_t k = by_sentence[c.sentence].first; k < j; ++k)
              if (candidate(k, false) && is_type(out.of_mention[k], want) && dm.mentions[k].kind == MentionKind::name) {
                assign(mi, out.of_mention[k]);
                return;
              }
          assign(mi, out.of_mention[j]);
          return;
        }
        // ("Saudi Foreign Minister X said the kingdom regretted": the state of the official whose words
        // it opens; not "X, who is on a visit to the country")
        if (want == ActorType::state && reported_subject && c.sentence == m.sentence && c.kind == MentionKind::name && c.affiliation >= 0 &&
            is_type(out.of_mention[j], ActorType::person) &&
            is_type(out.of_mention[static_cast<size_t>(c.affiliation)], ActorType::state)) {
          assign(mi, out.of_mention[static_cast<size_t>(c.affiliation)]);
          return;
        }
      }
      return;
    }
    if (m.plural) {
      // "the two countries": two distinct actors of the kind, in this sentence first, then before
      const uint64_t kind = lex.word_class(head);
      bool states = (kind & wc_states) != 0;
      bool people = (kind & wc_people) != 0;
      // ("both groups", "the two companies": organizations)
      const bool bodies = !states && !people && (kind & wc_apart) != 0;
      std::vector<int32_t> found;
      // "X called on both sides": X is not one of the sides (but "trade between the two countries"
      // may name the subject)
      std::vector<int32_t> excluded;
      const Sentence& st = doc.sentences[m.sentence];
      uint32_t before = m.first > st.first_token ? m.first - 1 : m.first;
      // ("officials on both sides said": a phrase on a noun names no object of the subject's verb;
      // "called on both sides" is a cue's own)
      std::vector<uint32_t> particle;
      const bool noun_phrase = m.first > st.first_token + 1 && (doc.norm[before] == "on" || doc.norm[before] == "from") &&
                               lex.cue_trie().longest(doc.ids, before - 1, before + 1, particle) == 0;
      bool between = m.first > st.first_token && (doc.norm[before] == "between" || doc.norm[before] == "of" || noun_phrase);
      // "X, who has mediated between the two neighbours", "X hosted contacts between the two
      // sides": a go-between is not one of the pair
      uint32_t go_between = 0;  // the mediating verb, when there is one
      if (between && doc.norm[before] == "between") {
        // ("which mediated an earlier round of talks between": past the talks' phrase, not past a comma)
        uint32_t reach = before > st.first_token + 4 ? before - 4 : st.first_token;
        while (reach > st.first_token && before - reach < 7 && doc.token_text(reach - 1) != "," && dm.at_token[reach - 1] < 0)
          --reach;
        for (uint32_t t = reach; t < before; ++t) {
          std::vector<uint32_t> cues;
          if (lex.cue_trie().longest(doc.ids, t, before, cues) == 0) continue;
          for (uint32_t c : cues)
            if (lex.cues()[c].relation == "mediates" || lex.cues()[c].relation == "hosts") {
              between = false;
              if (go_between == 0) go_between = t;
            }
        }
      }
      // "X hailed Y as the two leaders met": a description opening a clause names the pair
      const uint32_t opener = m.phrase_first > st.first_token ? m.phrase_first - 1 : m.phrase_first;
      bool opens_clause = m.phrase_first > st.first_token && (doc.bits[opener] & (wc_clause | wc_conj)) &&
                          !(doc.bits[opener] & wc_prep && doc.norm[opener] != "as");
      // ("... before the two leaders held talks": a subordinator that is also a preposition opens
      // a clause when a verb, not a noun phrase, follows the description)
      if (!opens_clause && m.phrase_first > st.first_token && (doc.bits[opener] & wc_clause) && m.last < st.last_token &&
          doc.tokens[m.last].has(tok_alpha) && !doc.tokens[m.last].has(tok_cap) && !doc.tokens[m.last].has(tok_possessive) &&
          !(doc.bits[m.last] & (wc_prep | wc_det | wc_conj | wc_poss | wc_relpron)))
        opens_clause = true;
      // the go-between is the subject nearest before its verb, else the sentence's first
      size_t from_j = by_sentence[m.sentence].first;
      // ("with Omani Foreign Minister X carrying messages between ...": the name right before the verb)
      if (go_between > 0)
        for (size_t j = by_sentence[m.sentence].first; j < mi && dm.mentions[j].last <= go_between; ++j)
          if (candidate(j, true) || candidate(j, false) ||
              (dm.mentions[j].last == go_between && out.of_mention[j] >= 0 && dm.mentions[j].modifies < 0) ||
              // ("offers by X to mediate between", "called on X to broker"): the infinitive's own doer
              (dm.mentions[j].last + 1 == go_between && doc.norm[go_between - 1] == "to" && out.of_mention[j] >= 0 &&
               dm.mentions[j].modifies < 0))
            from_j = j;
      // ("Qatar and Turkey, which brokered a ceasefire between the two sides": the go-between's
      // whole coordinated subject)
      // (a modifier inside the next name's phrase, "Turkish" in "Erdogan and Turkish Foreign Minister
      // X", is passed over)
      if (go_between > 0)
        for (size_t j = from_j, k = from_j; j > by_sentence[m.sentence].first; --j) {
          const Mention& c = dm.mentions[j - 1];
          if (c.first >= dm.mentions[k].phrase_first) {
            if (out.of_mention[j - 1] >= 0) excluded.push_back(out.of_mention[j - 1]);
            continue;
          }
          bool joined = c.last < dm.mentions[k].phrase_first + 1;
          for (uint32_t t = c.last; joined && t < dm.mentions[k].phrase_first; ++t)
            joined = doc.token_text(t) == "," || doc.norm[t] == "and" || ((doc.bits[t] & wc_det) && !doc.tokens[t].has(tok_cap));
          if (!joined || out.of_mention[j - 1] < 0) break;
          excluded.push_back(out.of_mention[j - 1]);
          k = j - 1;
        }
      if (!between && !opens_clause && m.first > st.first_token)
        for (size_t j = from_j; j < mi; ++j)
          if (candidate(j, true) || candidate(j, false) || (go_between > 0 && j == from_j && out.of_mention[j] >= 0)) {
            excluded.push_back(out.of_mention[j]);
            for (const Role& r : out.actors[static_cast<size_t>(out.of_mention[j])].roles)
              if (by_id.count(r.of)) excluded.push_back(by_id.at(r.of));
            const Mention& subj = dm.mentions[j];
            if (subj.affiliation >= 0 && out.of_mention[static_cast<size_t>(subj.affiliation)] >= 0)
              excluded.push_back(out.of_mention[static_cast<size_t>(subj.affiliation)]);
            // "UNMISS and the United States, Britain and Norway ... called on both sides": the
            // whole coordinated subject
            uint32_t end_tok = subj.last;
            for (size_t n = j + 1; n < mi; ++n) {
              const Mention& c = dm.mentions[n];
              bool joined = c.first > end_tok;
              for (uint32_t t = end_tok; joined && t < c.first; ++t) {
                const std::string_view w = doc.token_text(t);
                joined = w == "," || w == "(" || w == ")" || doc.norm[t] == "and" ||
                         ((doc.bits[t] & wc_det) && !doc.tokens[t].has(tok_cap));
              }
              if (!joined || out.of_mention[n] < 0) break;
              excluded.push_back(out.of_mention[n]);
              end_tok = c.last;
            }
            break;
          }
      auto consider_actor = [&](int32_t a) {
        if (std::find(excluded.begin(), excluded.end(), a) != excluded.end()) return;
        bool ok = states ? is_type(a, ActorType::state)
                  : people ? is_type(a, ActorType::person)
                  : bodies ? is_type(a, ActorType::organization)
                           : (is_type(a, ActorType::state) || is_type(a, ActorType::person) ||
                              is_type(a, ActorType::organization));
        if (ok && std::find(found.begin(), found.end(), a) == found.end() && found.size() < 2) found.push_back(a);
      };
      // ("the two leaders", not "the two" alone)
      const bool leaders = people && doc.norm[m.last - 1] == "leaders";
      auto consider = [&](size_t j) {
        int32_t a = out.of_mention[j];
        if (a < 0 || j == mi) return;
        if (std::find(excluded.begin(), excluded.end(), a) != excluded.end()) return;
        const Mention& c = dm.mentions[j];
        if (c.modifies >= 0 && !(c.kind == MentionKind::demonym || c.possessive)) return;
        // ("received by X at State House, where the two leaders": an untitled, untyped name after a
        // preposition of place is no leader)
        if (people && c.kind == MentionKind::name && !c.typed && c.role.empty() && c.lex < 0 && c.first > 0 &&
            (doc.bits[c.first - 1] & wc_prep) && !(doc.bits[c.first - 1] & (wc_conj | wc_joiner)) &&
            doc.norm[c.first - 1] != "with" && doc.norm[c.first - 1] != "by")
          return;
        // ("the two leaders" after a president's foreign minister spoke: a minister or a spokesman
        // is no leader)
        if (leaders && is_type(a, ActorType::person) && aide_only(static_cast<size_t>(a))) return;
        // ("Hung accepted a visit to Tokyo, and the two governments": an officer's state counts)
        if (states && is_type(a, ActorType::person)) {
          const int64_t tied = latest_before(a, mi, [](const Mention& x) { return x.affiliation >= 0; });
          if (tied >= 0) {
            const int32_t st_a = out.of_mention[static_cast<size_t>(dm.mentions[static_cast<size_t>(tied)].affiliation)];
            if (st_a >= 0 && is_type(st_a, ActorType::state)) a = st_a;
          }
        }
        if (std::find(excluded.begin(), excluded.end(), a) != excluded.end()) return;
        bool ok = states ? is_type(a, ActorType::state)
                  : people ? is_type(a, ActorType::person)
                  : bodies ? is_type(a, ActorType::organization)
                           : (is_type(a, ActorType::state) || is_type(a, ActorType::person) ||
                              is_type(a, ActorType::organization));
        if (ok && std::find(found.begin(), found.end(), a) == found.end() && found.size() < 2) found.push_back(a);
      };
      // two actors named before it in its own sentence ("China is Russia's partner, with trade
      // between the two countries"); else a pair coordinated in the nearest sentence that has one
      // ("mediated between Moscow and Kyiv ... both sides")
      // ("Relations between Somalia and Ethiopia, strained by a deal with Somaliland, improved after
      // Turkey brokered a declaration between the two neighbours": a pair coordinated in its own
      // sentence first)
      {
        auto [b, e] = by_sentence[m.sentence];
        for (size_t j = b; j + 1 < e && j + 1 < mi && found.size() < 2; ++j) {
          const Mention& x = dm.mentions[j];
          const Mention& y = dm.mentions[j + 1];
          // (not the agents of a passive: "brokered by Riyadh and Washington")
          if (and_joined(x, y) && !in_longer_list(x) && y.last <= m.first && !(x.phrase_first > 0 && doc.norm[x.phrase_first - 1] == "by")) {
            consider(j);
            consider(j + 1);
            if (found.size() < 2) found.clear();
          }
        }
      }
      // ("the two delegations would discuss an exchange overseen by X that both sides agreed to": a
      // pair a description named earlier in the sentence before the names in between)
      if (found.empty() && m_last_pair.size() == 2 && m_last_pair_sentence == m.sentence) {
        consider_actor(m_last_pair[0]);
        consider_actor(m_last_pair[1]);
        if (found.size() < 2) found.clear();
      }
      for (size_t j = mi; found.size() < 2 && j-- > 0 && dm.mentions[j].sentence == m.sentence;) consider(j);
      if (found.size() < 2) found.clear();
      // ("the two sides accused each other ... urged both sides": the sides of a conflict stay the
      // sides a description named before, whoever was coordinated in between)
      if (found.empty() && (head == "sides" || head == "parties") && m_last_pair.size() == 2 &&
          m.sentence - m_last_pair_sentence <= opt.pronoun_window * 4) {
        consider_actor(m_last_pair[0]);
        consider_actor(m_last_pair[1]);
        if (found.size() < 2) found.clear();
      }
      // (the pair nearest before it: "The United States and Japan called on Bangkok and Phnom Penh
      // to exercise restraint. The two neighbours fought ...")
      // ("Sudan's army and the RSF agreed ... [four sentences] ... shuttled between the two sides": the
      // sides of a story reach further back)
      const uint32_t pair_window = head == "sides" || head == "parties" ? opt.pronoun_window * 4 : opt.pronoun_window;
      for (uint32_t s = m.sentence + 1; s-- > 0 && m.sentence - s <= pair_window && found.size() < 2;) {
        auto [b, e] = by_sentence[s];
        for (size_t j = e; j > b && found.size() < 2;) {
          if (--j + 1 >= e || (s == m.sentence && dm.mentions[j + 1].start >= m.start)) continue;
          const Mention& x = dm.mentions[j];
          const Mention& y = dm.mentions[j + 1];
          if (and_joined(x, y) && !in_longer_list(x)) {
            std::vector<int32_t> before = found;
            consider(j);
            consider(j + 1);
            if (found.size() < 2) found = before; // both or neither
          }
        }
      }
      // the pair an earlier "both sides" named ("5,000 trucks were stranded on both sides ... urged
      // both governments")
      if (found.size() < 2) found.clear();
      // ("the two sides" late in a story of one pair: the sides a description named, however far back)
      if (found.empty() && m_last_pair.size() == 2 &&
          (m.sentence - m_last_pair_sentence <= opt.pronoun_window * 2 || head == "sides" || head == "parties")) {
        consider_actor(m_last_pair[0]);
        consider_actor(m_last_pair[1]);
        if (found.size() < 2) found.clear();
      }
      // back in this sentence, then back in the text, and only then forward
      if (found.size() < 2) found.clear();
      for (size_t j = mi; found.size() < 2 && j-- > 0 && dm.mentions[j].sentence == m.sentence;) consider(j);
      // "the two presidents": people holding that title may stand further back
      bool titled = people && head != "leaders" && head != "men";
      // (heads of state or government may stand as far back)
      uint32_t window = titled || leaders ? opt.pronoun_window * 3 : opt.pronoun_window;
      // ("Trade between the two countries" after a denial naming a third state: of the states named
      // within reach, the ones the story has named most, the nearest first on a tie)
      if (states && found.size() < 2) {
        const std::vector<int32_t> kept = found;
        std::vector<int32_t> near;
        for (size_t j = mi; j-- > 0;) {
          if (dm.mentions[j].sentence == m.sentence) continue;
          if (m.sentence - dm.mentions[j].sentence > window) break;
          found.clear();
          consider(j);
          if (found.size() == 1 && std::find(near.begin(), near.end(), found[0]) == near.end()) near.push_back(found[0]);
        }
        found = kept;
        std::vector<int> named(near.size(), 0);
        for (size_t n = 0; n < near.size(); ++n)
          for (uint32_t j : mentions_of(near[n])) named[n] += j < mi && out.of_mention[j] == near[n];
        std::vector<size_t> order(near.size());
        for (size_t n = 0; n < order.size(); ++n) order[n] = n;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return named[a] > named[b]; });
        for (size_t n : order)
          if (found.size() < 2 && std::find(found.begin(), found.end(), near[n]) == found.end()) found.push_back(near[n]);
      }
      for (size_t j = mi; found.size() < 2 && j-- > 0;) {
        if (dm.mentions[j].sentence == m.sentence) continue;
        if (m.sentence - dm.mentions[j].sentence > window) break;
        if (leaders && m.sentence - dm.mentions[j].sentence > opt.pronoun_window &&
            (out.of_mention[j] < 0 || !leader_held(static_cast<size_t>(out.of_mention[j]))))
          continue;
        // ("the two ministers" for two foreign ministers: the title's last word)
        if (titled) {
          const std::string role = dm.mentions[j].role.empty() ? std::string() : normalize_key(dm.mentions[j].role);
          const size_t space = role.find_last_of(' ');
          const std::string last_word = space == std::string::npos ? role : role.substr(space + 1);
          if (role.empty() || (role + "s" != head && last_word + "s" != head)) continue;
        }
        consider(j);
      }
      // a description opening its sentence points back, never forward
      bool opens = m.first == doc.sentences[m.sentence].first_token;
      for (size_t j = mi + 1; !opens && j < dm.mentions.size() && dm.mentions[j].sentence == m.sentence && found.size() < 2; ++j)
        consider(j);
      // ("talks between the two sides" after Washington and Iran's foreign minister: the sides are
      // the states)
      if (found.size() == 2 && !states && !people)
        for (int k = 0; k < 2; ++k) {
          const int32_t other = found[static_cast<size_t>(1 - k)];
          if (!is_type(found[static_cast<size_t>(k)], ActorType::person) || !is_type(other, ActorType::state)) continue;
          const int64_t j = latest_before(found[static_cast<size_t>(k)], mi, [](const Mention& c) { return c.affiliation >= 0; });
          if (j >= 0) {
            const int32_t st_a = out.of_mention[static_cast<size_t>(dm.mentions[static_cast<size_t>(j)].affiliation)];
            if (st_a >= 0 && is_type(st_a, ActorType::state) && st_a != other) found[static_cast<size_t>(k)] = st_a;
          }
        }
      if (found.size() == 2) {
        out.group[mi] = found;
        m_last_pair = found;
        m_last_pair_sentence = m.sentence;
      }
      return;
    }
    // "the president": the most mentioned person so far holding a role of that family; no guess
    // without one
    const std::string family = lex.role_family(head);
    // "the Brazilian leader": only a person holding an office of Brazil
    const int32_t of_state = m.affiliation >= 0 ? out.of_mention[static_cast<size_t>(m.affiliation)] : -1;
    int32_t best = -1;
    bool best_foreign = false, best_voiced = false;
    // ('"The president returns on Thursday," Otieno said': the speaker's state's office holder first)
    // ("received the visiting minister": a guest is the office holder of another state)
    bool visiting = false;
    for (uint32_t t = m.phrase_first; t < m.last; ++t) visiting = visiting || doc.norm[t] == "visiting";
    const int32_t voice = of_state < 0 ? voice_state(mi) : -1;
    // ("the minister": a foreign or defence minister too, not a prime minister)
    // ("the Kosovo leader" of a state whose prime minister the text named: a leader heads the state
    // or its government)
    const bool leader = head == "leader" && of_state >= 0;
    const std::string government_head = lex.role_family("Prime Minister");
    auto in_family = [&](const std::string& r) {
      if (r == family || (leader && r == government_head)) return true;
      const std::string_view tail = " minister";
      return family == "minister" && r.size() > tail.size() && r.compare(r.size() - tail.size(), tail.size(), tail) == 0 &&
             r != "prime minister" && r != "chief minister";
    };
    for (size_t a = 0; a < out.actors.size(); ++a) {
      const auto& roles = seen_roles[a];
      if (std::none_of(roles.begin(), roles.end(), in_family)) continue;
      if (of_state >= 0) {
        // (a person tied to another state is not meant; an untied one may be)
        if (tied_where(a, mi, [&](int32_t s) { return s != of_state && is_type(s, ActorType::state); })) continue;
        const bool tied = tied_where(a, mi, [&](int32_t s) { return s == of_state; });
        // ("Russia's envoy": a possessive names the holder's own state; an untied holder may be another's)
        if (!tied && dm.mentions[static_cast<size_t>(m.affiliation)].possessive) continue;
        // (an untied one holds the office of the state the story is about or is dated in: "President
        // Trump" is no "Ukrainian president" in a story from Washington)
        if (!tied && is_type(of_state, ActorType::state) && ((story_state() >= 0 && story_state() != of_state) ||
                      (story_state() < 0 && dateline() >= 0 && dateline() != of_state)))
          continue;
      }
      // ("the president" in a story from Washington: a holder tied to another state ranks below)
      const bool foreign = of_state < 0 && foreign_to_home(a, mi);
      const bool voiced = voice >= 0 && tied_where(a, mi, [&](int32_t s) { return s == voice; }) != visiting;
      if (best < 0 || (voiced && !best_voiced) ||
          (voiced == best_voiced && ((!foreign && best_foreign) ||
                                     (foreign == best_foreign && seen_count[a] >= seen_count[static_cast<size_t>(best)])))) {
        best = static_cast<int32_t>(a);
        best_foreign = foreign;
        best_voiced = voiced;
      }
    }
    if (best >= 0) {
      assign(mi, best);
      return;
    }
    // "the Russian ambassador" with no ambassador named: the official stands for the state
    if (m.affiliation >= 0 && out.of_mention[static_cast<size_t>(m.affiliation)] >= 0)
      assign(mi, out.of_mention[static_cast<size_t>(m.affiliation)]);
  }

  // Some mention of actor a before mention `upto` ties it, by its title's affiliation, to an actor s
  // with pred(s).
  template <class Pred>
  bool tied_where(size_t a, size_t upto, Pred pred) const {
    for (uint32_t j : mentions_of(static_cast<int32_t>(a))) {
      const int32_t aff = dm.mentions[j].affiliation;
      if (j >= upto || out.of_mention[j] != static_cast<int32_t>(a) || aff < 0) continue;
      const int32_t s = out.of_mention[static_cast<size_t>(aff)];
      if (s >= 0 && pred(s)) return true;
    }
    return false;
  }

  // The one state the other people named in mi's sentence are tied to (their titles, earlier in
  // the text), or -1.
  int32_t voice_state(size_t mi) const {
    const Mention& m = dm.mentions[mi];
    int32_t voice = -1;
    for (size_t j = by_sentence[m.sentence].first; j < by_sentence[m.sentence].second; ++j) {
      const int32_t p = out.of_mention[j];
      if (j == mi || p < 0 || !is_type(p, ActorType::person) || dm.mentions[j].kind != MentionKind::name) continue;
      bool split = false;
      tied_where(static_cast<size_t>(p), j + 1, [&](int32_t s) {
        if (!is_type(s, ActorType::state)) return false;
        split = voice >= 0 && voice != s;
        voice = s;
        return split;
      });
      if (split) return -1;
    }
    return voice;
  }

  // Actor a is tied, by a mention before mi, to a state other than the one the story is about or
  // is dated in (none known: false).
  bool foreign_to_home(size_t a, size_t mi) {
    const int32_t home = story_state() >= 0 ? story_state() : dateline();
    return home >= 0 && tied_where(a, mi, [&](int32_t s) { return s != home && is_type(s, ActorType::state); });
  }

  // A role family of data/role_families.tsv that leads a state: "the two leaders" hold one.
  static bool leader_family(const std::string& family) { return family == "head of state" || family == "head of government"; }

  // Person a has held the office of a head of state or government so far.
  bool leader_held(size_t a) const {
    const auto& roles = seen_roles[a];
    return std::any_of(roles.begin(), roles.end(), leader_family);
  }

  // Person a has held only offices under a leader so far (a minister, a spokesman, an envoy).
  bool aide_only(size_t a) const {
    const auto& roles = seen_roles[a];
    return !roles.empty() && std::all_of(roles.begin(), roles.end(), [](const std::string& r) {
      if (leader_family(r)) return false;
      for (const char* w : {"minister", "spokes", "ambassador", "envoy", "adviser"})
        if (r.find(w) != std::string::npos) return true;
      return false;
    });
  }

  void count_seen(size_t j) {
    int32_t a = out.of_mention[j];
    if (!is_type(a, ActorType::person)) return;
    ++seen_count[static_cast<size_t>(a)];
    const Mention& c = dm.mentions[j];
    if (c.role.empty()) return;
    std::string r = lex.role_family(c.role);
    auto& roles = seen_roles[static_cast<size_t>(a)];
    if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(r);
  }
};

} // namespace

std::vector<uint32_t> state_mention_counts(const DocumentMentions& mentions, const DocumentActors& actors) {
  std::vector<uint32_t> count(actors.actors.size(), 0);
  for (size_t mi = 0; mi < mentions.mentions.size() && mi < actors.of_mention.size(); ++mi)
    if (mentions.mentions[mi].kind == MentionKind::name || mentions.mentions[mi].kind == MentionKind::demonym)
      for (int32_t a : actors.actors_of(mi))
        if (actors.actors[static_cast<size_t>(a)].type == ActorType::state) ++count[static_cast<size_t>(a)];
  return count;
}

int32_t dateline_state(const Document& doc, const DocumentMentions& dm, const DocumentActors& da) {
  for (const Sentence& st : doc.sentences) {
    if (st.headline) continue;
    const uint32_t f = st.first_token;
    if (f >= st.last_token || !doc.tokens[f].has(tok_upper) || f >= dm.at_token.size() || dm.at_token[f] < 0) return -1;
    const size_t mi = static_cast<size_t>(dm.at_token[f]);
    const Mention& m = dm.mentions[mi];
    // ("COLOMBO: ...", "KYIV - ...", "LONDON (Reuters) - ...")
    if (m.last >= st.last_token ||
        (doc.token_text(m.last) != "," && doc.token_text(m.last) != "(" && !closes_dateline(doc.norm[m.last])))
      return -1;
    // "LILONGWE, Malawi": the state named after the city wins
    if (doc.token_text(m.last) == "," && m.last + 1 < st.last_token && dm.at_token[m.last + 1] >= 0)
      for (int32_t a : da.actors_of(static_cast<size_t>(dm.at_token[m.last + 1])))
        if (da.actors[static_cast<size_t>(a)].type == ActorType::state) return a;
    for (int32_t a : da.actors_of(mi))
      if (da.actors[static_cast<size_t>(a)].type == ActorType::state) return a;
    return -1;
  }
  return -1;
}

int32_t dominant_state(const std::vector<uint32_t>& counts) {
  int32_t best = -1;
  uint32_t top = 0, second = 0;
  for (size_t a = 0; a < counts.size(); ++a) {
    if (counts[a] > top) {
      second = top;
      top = counts[a];
      best = static_cast<int32_t>(a);
    } else if (counts[a] > second) {
      second = counts[a];
    }
  }
  return top >= 3 && top >= 2 * second ? best : -1;
}

DocumentActors resolve_actors(const Document& doc, DocumentMentions& mentions, const Lexicon& lex,
                              const ActorOptions& options) {
  Resolver r{doc, mentions, lex, options, {}, {}, {}, {}, {}, {}, {}, 0, -2, -2, {}, {}};
  r.run();
  return std::move(r.out);
}

} // namespace relgraph
