#include "relgraph/mentions.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace relgraph {

std::string_view to_string(MentionKind k) {
  switch (k) {
  case MentionKind::name: return "name";
  case MentionKind::demonym: return "demonym";
  case MentionKind::pronoun: return "pronoun";
  case MentionKind::description: return "description";
  }
  return "name";
}

namespace {

// Word classes of function words (prepositions, conjunctions, auxiliaries, pronouns ...): a word
// with one is no content word of a name's or title's phrase.
constexpr uint64_t k_function_words = wc_prep | wc_conj | wc_relpron | wc_aux | wc_report | wc_clause | wc_copula |
                                      wc_neg | wc_modal | wc_future | wc_pronoun | wc_time;

struct Finder {
  const Document& doc;
  const Lexicon& lex;
  const MentionOptions& opt;
  DocumentMentions out;
  std::vector<uint32_t> values;

  bool cap(uint32_t k) const { return doc.tokens[k].has(tok_cap); }
  bool upper(uint32_t k) const { return doc.tokens[k].has(tok_upper); }
  bool alpha(uint32_t k) const { return doc.tokens[k].has(tok_alpha); }
  // "444", "47th", "101st": a cardinal or ordinal in digits, not a year
  bool number_word(uint32_t k) const {
    const std::string_view t = doc.token_text(k);
    size_t d = 0;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    const std::string_view rest = t.substr(d);
    return d > 0 && d <= 3 && (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
  }
  bool possessive_at(uint32_t k, uint32_t end) const { return k < end && doc.tokens[k].has(tok_possessive); }
  bool is_hyphen(uint32_t k) const {
    const Token& t = doc.tokens[k];
    return t.has(tok_punct) && t.end - t.start == 1 && doc.text[t.start] == '-';
  }
  bool sentence_initial(uint32_t k, uint32_t first) const {
    if (k == first) return true;
    const Token& prev = doc.tokens[k - 1];
    if (prev.has(tok_quote)) return k - 1 == first || sentence_initial(k - 1, first);
    std::string_view p = doc.token_text(k - 1);
    // (a dash standing apart, as after a dateline: "ABUJA, Nov 28 (Reuters) - The ...")
    const bool dash = (p == "-" || p == "--") && prev.has(tok_space_before) && doc.tokens[k].has(tok_space_before);
    return p == ":" || p == "(" || p == "—" || p == "–" || dash;
  }

  // A lexicon form matches when capitalised tokens are capitalised and acronyms are exact.
  bool form_matches(const NameForm& form, uint32_t at, bool headline) const {
    for (size_t k = 0; k < form.tokens.size(); ++k) {
      const std::string& s = form.tokens[k];
      uint32_t t = at + static_cast<uint32_t>(k);
      bool s_upper = s.size() >= 2 && std::all_of(s.begin(), s.end(), [](char c) {
                       return !(c >= 'a' && c <= 'z');
                     }) && std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      bool s_cap = !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
      if (!s_cap && static_cast<unsigned char>(s[0]) >= 0x80) s_cap = true;
      // ("G20", "M23": one letter and digits match as written)
      if (s_upper && !headline && doc.token_text(t) != s && !upper(t)) return false;
      if (s_cap && !cap(t) && !(headline && alpha(t))) return false;
    }
    return true;
  }

  // Longest lexicon name at `i` whose case fits; returns its length and the form index.
  uint32_t lexicon_at(uint32_t i, uint32_t end, bool headline, uint32_t& form_out) {
    uint32_t len = lex.name_trie().longest(doc.ids, i, end, values);
    while (len > 0) {
      for (uint32_t f : values)
        if (form_matches(lex.name_forms()[f], i, headline)) {
          form_out = f;
          return len;
        }
      // a shorter prefix may still match
      uint32_t shorter = lex.name_trie().longest(doc.ids, i, i + len - 1, values);
      if (shorter >= len) break;
      len = shorter;
    }
    return 0;
  }

  // The lexicon form matched at [i, i + len) is an organization's alias of plain words only
  // ("Foreign Office", "State Department"), no proper name.
  bool plain_body_alias(uint32_t form, uint32_t i, uint32_t len) const {
    const LexName& n = lex.name_forms()[form].names.front();
    if (n.kind != NameKind::alias || lex.actors()[n.actor].type != ActorType::organization || len < 2) return false;
    for (uint32_t k = i; k < i + len; ++k)
      if (!(doc.bits[k] & (wc_common | wc_body))) return false;
    return true;
  }

  // s, a state's name or demonym, stands right before m, a name of the kind a state has a branch of.
  bool branch_of_state(const Mention& s, const Mention& m) const {
    if (s.sentence != m.sentence || s.last != m.first || s.possessive || s.lex < 0 || s.type != ActorType::state ||
        (s.kind != MentionKind::name && s.kind != MentionKind::demonym))
      return false;
    std::string norm;
    for (uint32_t k = m.first; k < m.last; ++k) norm += (k > m.first ? " " : "") + doc.norm[k];
    return lex.is_branch_name(norm);
  }

  uint32_t title_at(uint32_t i, uint32_t end, int32_t& title) {
    // ("PORT-AU-PRINCE": a word in capitals joined to the word before by a hyphen is a place's part)
    if (i >= 2 && is_hyphen(i - 1) && !doc.tokens[i - 1].has(tok_space_before) && !doc.tokens[i].has(tok_space_before) &&
        upper(i) && upper(i - 2) && doc.token_text(i).size() > 2) {
      title = -1;
      return 0;
    }
    uint32_t len = lex.title_trie().longest(doc.ids, i, end, values);
    title = len ? static_cast<int32_t>(values.front()) : -1;
    // ("Sultan al-Nuaimi": a one-word title before a name's particle is a given name)
    if (len == 1 && i + 1 < end && (doc.bits[i + 1] & wc_particle) && !doc.tokens[i + 1].has(tok_cap) && cap(i)) {
      title = -1;
      return 0;
    }
    // "Vice Foreign Minister", "Acting President": a rank before a title is part of it
    if (i + 1 < end && (doc.bits[i] & wc_rank)) {
      int32_t inner = -1;
      const uint32_t rest = title_at(i + 1, end, inner);
      if (rest > 0 && rest + 1 > len && lex.titles()[static_cast<size_t>(inner)].kind != TitleKind::honorific) {
        title = inner;
        return rest + 1;
      }
    }
    return len;
  }

  int32_t add(Mention m) {
    if (m.kind == MentionKind::name && !out.mentions.empty() && branch_of_state(out.mentions.back(), m)) {
      // "the Philippine Red Cross": the state's own branch, an organization of its own
      Mention& s = out.mentions.back();
      s.kind = MentionKind::name;
      s.type = ActorType::organization;
      s.typed = true;
      s.label = std::string(doc.text.substr(s.start, m.end - s.start));
      s.last = m.last;
      s.end = m.end;
      s.possessive = m.possessive;
      s.lex = -1;
      s.form = -1;
      s.standin = false;
      s.attributive = false;
      const auto idx = static_cast<int32_t>(out.mentions.size() - 1);
      for (uint32_t k = s.first; k < s.last; ++k) out.at_token[k] = idx;
      return idx;
    }
    out.mentions.push_back(std::move(m));
    auto idx = static_cast<int32_t>(out.mentions.size() - 1);
    const Mention& mm = out.mentions.back();
    for (uint32_t k = mm.first; k < mm.last; ++k) out.at_token[k] = idx;
    return idx;
  }

  Mention make(uint32_t first, uint32_t last, uint32_t sentence, uint32_t end) {
    Mention m;
    m.first = first;
    m.last = last;
    m.start = doc.tokens[first].start;
    m.end = doc.tokens[last - 1].end;
    m.sentence = sentence;
    m.phrase_first = first;
    m.possessive = possessive_at(last, end);
    return m;
  }

  bool connector(uint32_t k) const { return !cap(k) && (doc.bits[k] & (wc_particle | wc_joiner)); }

  // Whether the words of [b, e) spell the acronym at a by their initials in order: each
  // capitalised word gives one letter, a connector may ("Democratic Republic of Congo (DRC)"),
  // the parts of a hyphenated word each give one ("Inter-Services Public Relations (ISPR)").
  bool spells(uint32_t b, uint32_t e, uint32_t a) const {
    const std::string_view acr = doc.token_text(a);
    if (acr.size() < 2 || acr.size() > 12 || e <= b) return false;
    uint32_t reach = 1;  // bit j: the words so far spell the acronym's first j letters
    for (uint32_t t = b; t < e && reach; ++t) {
      if (is_hyphen(t)) continue;
      const bool join = connector(t);
      if (!join && !(cap(t) && alpha(t))) return false;
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(doc.token_text(t)[0])));
      uint32_t next = join ? reach : 0;
      for (size_t j = 0; j < acr.size(); ++j)
        if ((reach >> j & 1u) && std::tolower(static_cast<unsigned char>(acr[j])) == c) next |= 1u << (j + 1);
      reach = next;
    }
    return (reach >> acr.size()) & 1u;
  }

  // End of a capitalised run starting at i: cap tokens, hyphen joins, and connectors between them.
  uint32_t cap_run(uint32_t i, uint32_t end, bool headline) const {
    uint32_t k = i;
    auto is_name_tok = [&](uint32_t t) {
      if (doc.tokens[t].has(tok_possessive) || doc.tokens[t].has(tok_punct)) return false;
      return cap(t) || (headline && alpha(t)) || (doc.tokens[t].has(tok_digit) && t > i && cap(t - 1));
    };
    // ("African Party for the Independence of Guinea and Cape Verde": an organization's complement
    // after "of" or "for" may run longer)
    uint32_t limit = opt.max_name_tokens;
    while (k < end && k - i < limit) {
      if (is_name_tok(k)) {
        ++k;
        continue;
      }
      // "European Public Prosecutor's Office", "Polish People's Party": a common word or a title
      // in the possessive inside an organization's name
      if (k > i && !headline && doc.tokens[k].has(tok_possessive) && k + 1 < end && is_name_tok(k + 1)) {
        thread_local std::vector<uint32_t> tv;
        // (not "Tufts University's Feinstein International Center": a whole organization possessing another)
        // ("Polish Farmers' Alliance": a plural in the possessive, whatever the word)
        const std::string_view mark = doc.token_text(k);
        // (not "the Philippines' Department of X": a known name in the possessive owns the body)
        const std::string_view w = doc.norm[k - 1];
        bool plural = (mark == "'" || mark == "\u2019") && w.size() > 3 && w.back() == 's';
        // ("Boat Fishermen's Association", "Women's League": an irregular plural's "'s")
        plural = plural || (w.size() > 4 && (w.substr(w.size() - 3) == "men" || w == "children" || w == "people"));
        for (uint32_t s = i; plural && s < k; ++s) plural = lex.name_trie().longest(doc.ids, s, k, tv) != k - s;
        const bool plain = ((doc.bits[k - 1] & wc_common) || plural || lex.title_trie().longest(doc.ids, k - 1, k, tv) > 0) &&
                           !lex.is_org_head(doc.norm[k - 1]);
        bool head_follows = false;
        for (uint32_t t = k + 1; t < end && t < k + 4 && is_name_tok(t); ++t) head_follows = head_follows || lex.is_org_head(doc.norm[t]);
        if (plain && head_follows) {
          ++k;
          continue;
        }
      }
      // "Jorge \"Tuto\" Quiroga", "Mohamed Hamdan \"Hemedti\" Dagalo": a quoted nickname inside a name
      if (k > i && !headline && doc.tokens[k].has(tok_quote) && k + 3 < end && cap(k + 1) && alpha(k + 1) &&
          doc.tokens[k + 2].has(tok_quote) && cap(k + 3) && alpha(k + 3) && !doc.tokens[k + 1].has(tok_space_before) &&
          !doc.tokens[k + 2].has(tok_space_before)) {
        k += 3;
        continue;
      }
      if (k > i && is_hyphen(k) && !doc.tokens[k].has(tok_space_before) && k + 1 < end &&
          !doc.tokens[k + 1].has(tok_space_before) && is_name_tok(k + 1)) {
        k += 2;
        continue;
      }
      // "the" joins a name only after "of"/"for" ("Bank of the Republic"), not "told Polygraph.info the Ministry"
      bool lone_the = doc.norm[k] == "the" && !(k > i && connector(k - 1));
      // ("the Organization of American States on Wednesday": a day or month after a connector is no name's)
      if (k > i && connector(k) && !lone_the && k + 1 < end && is_name_tok(k + 1) && !(doc.bits[k + 1] & wc_time)) {
        // (past the limit only a known name after "and": "of Guinea and Cape Verde", not "of Tamsa
        // and Lee Cheuk-yan")
        thread_local std::vector<uint32_t> tv;
        if (doc.norm[k] == "and" && lex.name_trie().longest(doc.ids, k + 1, end, tv) == 0) limit = opt.max_name_tokens;
        ++k;
        continue;
      }
      // "Democratic Forces for the Liberation of Rwanda": "of the" and "for the" after an
      // organization's head word ("Lee Cheuk-yan of the Labour Party" is two names)
      auto org_so_far = [&]() {
        for (uint32_t t = i; t < k; ++t)
          if (lex.is_org_head(doc.norm[t])) return true;
        return false;
      };
      if (k > i && connector(k) && (doc.norm[k] == "of" || doc.norm[k] == "for") && k + 2 < end &&
          doc.norm[k + 1] == "the" && is_name_tok(k + 2) && org_so_far()) {
        k += 2;
        limit = opt.max_name_tokens + 4;
        continue;
      }
      // "Ursula von der Leyen": two name particles in a row (not "and the")
      auto particle = [&](uint32_t t) { return !cap(t) && (doc.bits[t] & wc_particle); };
      if (k > i && particle(k) && k + 2 < end && particle(k + 1) && is_name_tok(k + 2)) {
        k += 2;
        continue;
      }
      // "Ahmed al-Sharaa": a particle joined to the next name by a hyphen
      if (k > i && particle(k) && k + 2 < end && is_hyphen(k + 1) && !doc.tokens[k + 1].has(tok_space_before) &&
          !doc.tokens[k + 2].has(tok_space_before) && is_name_tok(k + 2)) {
        k += 3;
        continue;
      }
      break;
    }
    return k;
  }

  uint32_t doc_sentence = 0;
  Mention pending_demonym;
  std::vector<std::string> thing_acronyms;  // "LNG" after "liquefied natural gas": no actor anywhere
  // "the Front for Change and Concord in Chad (FACT)": acronyms in brackets that are English words
  std::vector<std::string_view> word_acronyms;

  // An all-capitals common word in brackets, or one such a bracket introduced: an acronym, no word
  bool word_acronym(uint32_t k) {
    if (!upper(k) || !alpha(k) || doc.token_text(k).size() < 2) return false;
    const std::string_view w = doc.token_text(k);
    if (std::find(word_acronyms.begin(), word_acronyms.end(), w) != word_acronyms.end()) return true;
    if (k == 0 || k + 1 >= doc.tokens.size() || doc.token_text(k - 1) != "(" || doc.token_text(k + 1) != ")") return false;
    word_acronyms.push_back(w);
    return true;
  }
  // the distinct names of two or more words that earlier sentences typed as organizations, one
  // mention each, so that a run is looked up among a few names, not among every mention so far
  std::vector<uint32_t> typed_orgs;
  std::unordered_set<std::string> typed_org_names;
  size_t typed_orgs_seen = 0;
  // the last words of earlier sentences' people named in two or more words, and the first words of
  // their organizations so named: looked up, not searched for among every mention so far
  std::unordered_set<std::string_view> person_last_words;
  std::unordered_set<std::string_view> org_first_words;
  // known bodies' plain aliases a state's possessive claimed ("Pakistan's Foreign Office"): the
  // lexicon form and the label the state's own body took
  std::vector<std::pair<int32_t, std::string>> own_bodies;

  // "CAIRO, Jan 27 (AFP) - ...": [agency, agency_end) is the agency's name when sentence st opens
  // with a dateline; both stay st.last_token otherwise
  void dateline_agency(const Sentence& st, uint32_t& agency, uint32_t& agency_end) const {
    const uint32_t i = st.first_token, end = st.last_token;
    if (st.headline || i >= end || !doc.tokens[i].has(tok_upper)) return;
    for (uint32_t p = i + 1; p + 2 < end && p < i + 12; ++p) {
      if (doc.token_text(p) != "(") continue;
      uint32_t q = p + 1;
      while (q < end && q < p + 5 && doc.token_text(q) != ")") ++q;
      if (q + 1 < end && doc.token_text(q) == ")" && q > p + 1 && closes_dateline(doc.norm[q + 1])) {
        agency = p + 1;
        agency_end = q;
      }
      return;
    }
  }

  // "JEDDAH, Aug 9 (Reuters) -": an unknown name opening a dateline (its agency's name at
  // `agency`) is the place it was filed from
  void dateline_place(const Sentence& st, uint32_t agency, size_t from) {
    for (size_t mi = from; mi < out.mentions.size(); ++mi) {
      Mention& m = out.mentions[mi];
      if (m.first != st.first_token || m.kind != MentionKind::name || m.lex >= 0 || m.last >= agency ||
          doc.token_text(m.last) != ",")
        continue;
      m.type = ActorType::location;
      m.typed = true;
    }
  }

  void scan_sentence(uint32_t s) {
    for (; typed_orgs_seen < out.mentions.size(); ++typed_orgs_seen) {
      const Mention& o = out.mentions[typed_orgs_seen];
      if (o.kind == MentionKind::name && o.last - o.first >= 2) {
        if (o.type == ActorType::person) person_last_words.insert(doc.norm[o.last - 1]);
        if (o.type == ActorType::organization) org_first_words.insert(doc.norm[o.first]);
      }
      if (o.kind != MentionKind::name || o.type != ActorType::organization || !o.typed || o.last - o.first < 2) continue;
      std::string key;
      for (uint32_t t = o.first; t < o.last; ++t) (key += doc.norm[t]) += ' ';
      if (typed_org_names.insert(std::move(key)).second) typed_orgs.push_back(static_cast<uint32_t>(typed_orgs_seen));
    }
    doc_sentence = s;
    const Sentence& st = doc.sentences[s];
    const uint32_t end = st.last_token;
    // capitals say nothing in a title-case headline; a sentence-case first line reads like a sentence
    const bool headline = st.headline && st.title_case;
    uint32_t i = st.first_token;
    // "CAIRO, Jan 27 (AFP) - ...": the agency of a dateline is the story's source, no actor in it
    uint32_t agency = end, agency_end = end;
    dateline_agency(st, agency, agency_end);
    const size_t from = out.mentions.size();
    while (i < end) {
      if (i == agency) {
        i = agency_end;
        continue;
      }
      const Token& t = doc.tokens[i];
      const std::string& n = doc.norm[i];
      // titles first: "President", "Prime Minister", "ambassador"
      int32_t title = -1;
      uint32_t tlen = title_at(i, end, title);
      uint32_t form = 0;
      uint32_t llen = (t.has(tok_alpha) || t.has(tok_digit)) ? lexicon_at(i, end, headline, form) : 0;
      // "President Santiago Pena", "Foreign Minister Israel Katz": after a title, a place's name
      // followed by an unknown capitalised word is a person's first name
      // ("President Duma Boko": or an organization's one-word alias)
      if (llen == 1 && !headline && i > st.first_token && out.title_at[i - 1] && i + 1 < end && cap(i + 1) && alpha(i + 1) &&
          lex.name_forms()[form].names.front().kind != NameKind::demonym &&
          (lex.actors()[lex.name_forms()[form].names.front().actor].type == ActorType::state ||
           lex.actors()[lex.name_forms()[form].names.front().actor].type == ActorType::location ||
           (lex.actors()[lex.name_forms()[form].names.front().actor].type == ActorType::organization &&
            lex.name_forms()[form].names.front().kind == NameKind::alias)) &&
          !(doc.bits[i + 1] & (wc_common | wc_time | wc_body))) {
        uint32_t other_form = 0;
        int32_t tt = -1;
        if (lexicon_at(i + 1, end, headline, other_form) == 0 && title_at(i + 1, end, tt) == 0 && !lex.is_org_head(doc.norm[i + 1]))
          llen = 0;
      }
      // "King's College London", "Queen's University": a title in the possessive opening an
      // organization's name is part of the name
      if (tlen > 0 && !headline && i + tlen + 1 < end && doc.tokens[i + tlen].has(tok_possessive) && cap(i + tlen + 1)) {
        bool head_follows = false;
        for (uint32_t k = i + tlen + 1; k < end && k < i + tlen + 4 && cap(k); ++k) head_follows = head_follows || lex.is_org_head(doc.norm[k]);
        if (head_follows) tlen = 0;
      }
      // "the EU's General Court", "the UN General Assembly": a title before an organization's head
      // word opens the organization's name
      if (tlen > 0 && !headline && i + tlen < end && cap(i + tlen) && alpha(i + tlen) && lex.is_org_head(doc.norm[i + tlen]) &&
          (i + tlen + 1 >= end || !cap(i + tlen + 1)))
        tlen = 0;
      // "Russia's foreign minister said": a title after a possessive state or body, with no name
      // after it, is a description of the office holder
      if (tlen > 0 && tlen >= llen && !cap(i) && !headline) {
        const uint32_t len = possessed_title_at(i, end, st.first_token);
        if (len > 0) {
          i += len;
          continue;
        }
      }
      if (tlen > 0 && tlen >= llen) {
        for (uint32_t k = i; k < i + tlen; ++k) out.title_at[k] = 1;
        i += tlen;
        continue;
      }
      // "the 47th Mechanized Brigade", "the 444 Brigade": a number opens a unit's name
      uint32_t unit_end = 0;
      if (!headline && !cap(i) && number_word(i) && i + 2 < end && cap(i + 1)) {
        const uint32_t r = cap_run(i + 1, end, headline);
        uint32_t f = 0;  // not "the 27 European Union members": a known name stays itself
        if (lex.is_org_head(doc.norm[r - 1]) && !connector(r - 1) && lexicon_at(i + 1, r, false, f) != r - i - 1)
          unit_end = r;
      }
      if (!t.has(tok_alpha) && !unit_end) {
        ++i;
        continue;
      }
      std::string_view pclass = (doc.bits[i] & wc_pronoun) ? lex.pronoun_class(n) : std::string_view();
      // "spokeswoman He Yun", "Vice Premier He Lifeng": a capitalised pronoun inside a sentence,
      // before a capitalised word, is a surname
      int32_t probe_title = -1;
      if (!pclass.empty() && !headline && cap(i) && !sentence_initial(i, st.first_token) && i + 1 < end &&
          !doc.tokens[i - 1].has(tok_quote) && cap(i + 1) && alpha(i + 1) && !(doc.bits[i + 1] & (wc_common | wc_pronoun)) &&
          title_at(i + 1, end, probe_title) == 0)
        pclass = std::string_view();
      if (!pclass.empty() && llen == 0) {
        Mention m = make(i, i + 1, s, end);
        m.kind = MentionKind::pronoun;
        m.pron_class = std::string(pclass);
        m.plural = pclass == "plural";
        add(std::move(m));
        ++i;
        continue;
      }
      if ((n == "the" || n == "both") && (!cap(i) || sentence_initial(i, st.first_token))) {
        uint32_t len = description_at(i, end);
        if (len > 0) {
          i += len;
          continue;
        }
      }
      // "attacked army positions", "an army base": a force word alone before what a strike hits of
      // a force is the force the text named (not after a demonym: "Malian army convoy")
      if (!cap(i) && i + 1 < end && (doc.bits[i + 1] & wc_measure) && lex.is_force_word(doc.norm[i]) && !cap(i + 1) &&
          i > st.first_token && !cap(i - 1) && !doc.tokens[i - 1].has(tok_possessive) && out.at_token[i - 1] < 0 &&
          title_at(i, end, probe_title) == 0) {
        i += add_reference(i, end, ActorType::organization, "named", 1);
        continue;
      }
      // "al-Shabaab", "al Qaeda": a known name may open with a lower-case particle
      bool capitalised = cap(i) || (headline && t.has(tok_alpha)) || (llen > 1 && (doc.bits[i] & wc_particle));
      if (!capitalised && !unit_end) {
        ++i;
        continue;
      }
      // "When Xi", "But Human Rights Watch": a sentence-initial common word is no name
      // (but a content word before an organization's head word opens one: "Centre Party leader X")
      // ("Presidential Leadership Council": or before more capitalised words ending in one)
      bool opens_org = i + 1 < end && cap(i + 1) && !headline && !(doc.bits[i] & (k_function_words | wc_det | wc_poss));
      if (opens_org && !lex.is_org_head(doc.norm[i + 1])) {
        const uint32_t r = cap_run(i, end, false);
        opens_org = r > i + 2 && lex.is_org_head(doc.norm[r - 1]) && !connector(r - 1);
      }
      if (llen == 0 && (doc.bits[i] & wc_common) && (sentence_initial(i, st.first_token) || headline) && !opens_org &&
          !(!headline && word_acronym(i))) {
        ++i;
        continue;
      }
      // "On Wednesday Mariana Queiroz met": a day or month after a preposition, or opening the
      // sentence, opens no name before another capitalised word
      if (llen == 0 && !headline && (doc.bits[i] & wc_time) && i + 1 < end && cap(i + 1) &&
          (sentence_initial(i, st.first_token) || (i > st.first_token && (doc.bits[i - 1] & wc_prep) && (!cap(i - 1) || sentence_initial(i - 1, st.first_token))))) {
        ++i;
        continue;
      }
      // an organization named by its head word ("... University", "... Center") outranks the
      // lexicon names inside it ("Moscow State University", not Moscow)
      uint32_t run = unit_end ? unit_end : cap_run(i, end, headline);
      // ("the pro-Kurdish DEM Party": a demonym after "pro-" or "anti-" is no part of the name after it)
      if (!unit_end && run >= i + 2 && i >= st.first_token + 2 && is_hyphen(i - 1) && !doc.tokens[i].has(tok_space_before) &&
          !doc.tokens[i - 1].has(tok_space_before) && (doc.norm[i - 2] == "pro" || doc.norm[i - 2] == "anti") &&
          demonym_word(i, headline)) {
        ++i;
        continue;
      }
      if (headline)
        for (uint32_t k = i + 1; k < run; ++k) {
          uint32_t known = 0;
          // in a headline, common words and known names ("BUYS U.S. WHEAT") end a run
          if ((doc.bits[k] & wc_common) || lexicon_at(k, end, true, known) > 0) {
            run = k;
            break;
          }
        }
      // "Heba Morayef of Amnesty International": a known name after "of" ends the run before it
      // when the words before are no known name and hold no organization's head word or title
      if (!headline && !unit_end && run > i + 3) {
        uint32_t whole = 0;
        if (lexicon_at(i, end, false, whole) < run - i)
          for (uint32_t k = i + 2; k + 1 < run; ++k) {
            if (!(doc.norm[k] == "of" && connector(k))) continue;
            uint32_t known = 0;
            int32_t tt = -1;
            bool plain = lexicon_at(k + 1, end, false, known) == run - k - 1 && title_at(i, end, tt) == 0 &&
                         !(doc.bits[i] & (wc_regime | wc_common | wc_time));
            for (uint32_t t = i; t < k && plain; ++t) {
              uint32_t f = 0;
              plain = !lex.is_org_head(doc.norm[t]) && !lex.is_other_head(doc.norm[t]) && !lex.is_location_head(doc.norm[t]) &&
                      !connector(t) && alpha(t) && lexicon_at(t, k, false, f) == 0;
            }
            if (plain) run = k;
            break;
          }
      }
      // "the Homeland Bulgaria party ... Homeland Bulgaria, which": a run that is an organization's
      // name of several words typed in an earlier sentence is that name again
      if (!headline && !unit_end) {
        uint32_t again = 0;
        for (uint32_t oi : typed_orgs) {
          const Mention& o = out.mentions[oi];
          const uint32_t n = o.last - o.first;
          // (the whole run, as an earlier sentence typed it)
          if (i + n != run) continue;
          bool same = true;
          for (uint32_t t = 0; t < n && same; ++t) same = doc.norm[i + t] == doc.norm[o.first + t];
          if (same) again = n;
        }
        uint32_t known = 0;
        if (again > 0 && lexicon_at(i, end, false, known) < again) {
          Mention m = make(i, i + again, s, end);
          m.type = ActorType::organization;
          m.typed = true;
          add(std::move(m));
          i += again;
          continue;
        }
      }
      // "Citizens for European Bulgaria (CEB)": a run its bracketed acronym spells is one
      // organization's name, whatever known names it holds; a run it spells from a later word
      // ("pro-Western Party of European Renewal (PER)") ends before that word
      if (!headline && !unit_end && run + 2 < end && doc.token_text(run) == "(" && doc.token_text(run + 2) == ")" &&
          upper(run + 1) && alpha(run + 1)) {
        uint32_t from = i;
        while (from + 1 < run && !spells(from, run, run + 1)) ++from;
        uint32_t known = 0;
        // (the later word only after a hyphened prefix: "Sudanese Armed Forces (SAF)" keeps its demonym)
        const bool prefixed = from == i + 1 && i > st.first_token && is_hyphen(i - 1) && !doc.tokens[i].has(tok_space_before);
        // ("U.S. Cybersecurity and Infrastructure Security Agency (CISA)": or after a state's own name)
        const bool state_before = llen > 0 && from == i + llen && lex.name_forms()[form].names.front().kind != NameKind::demonym &&
                                  lex.actors()[lex.name_forms()[form].names.front().actor].type == ActorType::state;
        if (from + 1 < run && (from == i || prefixed || state_before) && lexicon_at(from, end, false, known) != run - from) {
          if (from == i) {
            Mention m = make(i, run, s, end);
            // ("Belt and Road Initiative (BRI)": a thing's head word names no actor)
            m.type = lex.is_other_head(doc.norm[run - 1]) ? ActorType::other : ActorType::organization;
            m.typed = true;
            add(std::move(m));
            i = run;
            continue;
          }
          run = from;
        } else if (from + 1 < run && doc.norm[from] == "and" && connector(from) && from > i && spells(from + 1, run, run + 1)) {
          // ("KazMunayGas and China National Petroleum Corporation (CNPC)": the acronym's name is
          // the second of two joined by "and")
          run = from;
        }
      }
      // "Hualing Microelectronics and Kestrel Motor": two names of plain words joined by "and",
      // each ending in its own head word, are two organizations ("Ministry of Energy and Mines"
      // and "Ministry of Foreign Affairs and Trade" are one: a connector before the "and")
      if (!headline && !unit_end && run >= i + 5 && lex.is_org_head(doc.norm[run - 1]) && !connector(run - 1)) {
        for (uint32_t a = i + 2; a + 2 < run; ++a) {
          if (connector(a) && doc.norm[a] != "and") break;
          if (doc.norm[a] == "and" && connector(a)) {
            // ("Xinyuan Solar Glass and Hengda Photovoltaic Materials": or two names of two words or
            // more, the first no known name, "Middle East and North Africa Division")
            uint32_t known = 0;
            bool plain = lexicon_at(i, a, false, known) == 0;
            for (uint32_t t = i + 1; t < run && plain; ++t) plain = t == a || !connector(t);
            const bool two_long = run >= a + 3 && plain;
            if ((lex.is_org_head(doc.norm[a - 1]) || two_long) && !connector(a - 1) && !connector(a + 1)) run = a;
            break;
          }
        }
      }
      uint32_t org_end = 0;
      bool other = false, place = false;
      // "Bank of England", "Organization of Petroleum Exporting Countries": the whole run
      // (not "the Government of Syria": a regime word's state is the state, below)
      if (lex.is_org_head(n) && i + 2 < run && doc.norm[i + 1] == "of" &&
          !((doc.bits[i] & wc_regime) && state_form_at(i + 2, run, headline)))
        org_end = run;
      // (but "Organization of American States Secretary-General X": a known name ends before a title)
      {
        int32_t tt = -1;
        if (org_end && llen >= 3 && i + llen < run && title_at(i + llen, end, tt) > 0 &&
            lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::honorific)
          org_end = 0;
      }
      // "Government of National Unity": a regime word opening a name names an organization unless
      // its complement is a known state ("the Government of Japan" is Japan)
      uint32_t known_form = 0;
      if (!org_end && !headline && (doc.bits[i] & wc_regime) && i + 2 < run && doc.norm[i + 1] == "of" &&
          lexicon_at(i + 2, run, false, known_form) != run - i - 2)
        org_end = run;
      // "China Council for the Promotion of International Trade": a head word followed by "for"
      // or "on" makes the rest of the run its complement, whatever other head words it holds
      // ("Movement for Socialism": the head word may open the name)
      // (not past a demonym and a title, "Omani Minister of State for Foreign Affairs X": below)
      int32_t opening_title = -1;
      const bool demonym_title = llen == 1 && demonym_word(i, headline) && title_at(i + 1, end, opening_title) > 0;
      for (uint32_t k = i; k + 2 < run && !org_end && !demonym_title; ++k)
        if (lex.is_org_head(doc.norm[k]) && connector(k + 1) && (doc.norm[k + 1] == "for" || doc.norm[k + 1] == "on")) {
          bool names = true;
          for (uint32_t t = k + 2; t < run; ++t)
            if (!connector(t) && ((doc.bits[t] & wc_time) || doc.tokens[t].has(tok_digit))) names = false;
          if (names) org_end = run;
        }
      // "Comprehensive Economic Partnership Agreement": a thing's head word ending the run outranks
      // an organization's head word inside it
      if (!org_end && run > i + 1 && lex.is_other_head(doc.norm[run - 1]) && !connector(run - 1) &&
          !lex.is_org_head(doc.norm[run - 1])) {
        org_end = run;
        other = true;
      }
      // "Hazrat Shahjalal International Airport": a facility's place word ending the run outranks an
      // organization's head word inside it
      // (after a title only where an article or a preposition opens the phrase: "at King Khalid
      // International Airport", not "said President X Airport")
      uint32_t titled_from = i;
      while (titled_from > st.first_token && out.title_at[titled_from - 1]) --titled_from;
      const bool place_phrase = titled_from < i && titled_from > st.first_token &&
                                (doc.bits[titled_from - 1] & (wc_prep | wc_det)) && !cap(titled_from - 1);
      if (!org_end && !headline && run > i + 1 && (doc.bits[run - 1] & wc_facility) && lex.is_location_head(doc.norm[run - 1]) &&
          !connector(run - 1) && (titled_from == i || place_phrase)) {
        org_end = run;
        place = true;
      }
      for (uint32_t k = run; k > i + 1 && !org_end; --k)
        if (lex.is_org_head(doc.norm[k - 1]) && !connector(k - 1)) {
          // "rival Joe Biden and Democrats": a head word alone after "and" is a conjunct, not a name's end
          // (but "National Office of Hydrocarbons and Mines": an earlier head word's "of" complement)
          if (k == run && k >= i + 3 && doc.norm[k - 2] == "and" && connector(k - 2)) {
            for (uint32_t t = i; t + 2 < k - 2 && !org_end; ++t)
              if (lex.is_org_head(doc.norm[t]) && connector(t + 1) && doc.norm[t + 1] == "of") org_end = run;
            break;
          }
          // ("Kerrigan and State Department official X": a person named before opens the run)
          if (i + 1 < k && doc.norm[i + 1] == "and" && connector(i + 1) && person_named_before(i)) break;
          // ("the Hungarian Government", "the UK Government": a regime word after a state's own name is
          // that state, as in lower case; "National Unity Government" is a body of its own)
          if ((doc.bits[k - 1] & wc_regime) && state_form_at(i, k - 1, headline)) break;
          org_end = k;
        }
      // "LG Energy Solution": after an acronym and a head word, one more plain capitalised word
      // is still the company's name
      if (org_end && org_end + 1 == run && !headline && upper(i) && alpha(org_end) && !upper(org_end) &&
          !connector(org_end)) {
        uint32_t f = 0;
        int32_t tt = -1;
        if (lexicon_at(org_end, run, headline, f) == 0 && title_at(org_end, end, tt) == 0)
          org_end = run;
      }
      // "King's College London", "Imperial College London": a city closing the run after the head
      // word is part of the name
      if (org_end && org_end + 1 == run && !headline && alpha(org_end)) {
        uint32_t f = 0;
        if (lexicon_at(org_end, run, headline, f) == 1) {
          const LexName& ln = lex.name_forms()[f].names.front();
          if (ln.kind == NameKind::metonym || lex.actors()[ln.actor].type == ActorType::location) org_end = run;
        }
      }
      // "Institute for Peace", "Council on Foreign Relations": the name goes on after its head
      // (but not into "on April 12")
      if (org_end && org_end + 1 < run && connector(org_end) && doc.norm[org_end] != "and") {
        bool names = true;
        for (uint32_t k = org_end + 1; k < run; ++k)
          if (!connector(k) && ((doc.bits[k] & wc_time) || doc.tokens[k].has(tok_digit))) names = false;
        // (nor into a person's title and name: "the Labour Party of Prime Minister X")
        int32_t tt = -1;
        const uint32_t tl = title_at(org_end + 1, run, tt);
        if (tl > 0 && org_end + 1 + tl < run && lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::honorific)
          names = false;
        if (names) org_end = run;
      }
      for (uint32_t k = run; k > i + 1 && !org_end; --k)
        if (lex.is_other_head(doc.norm[k - 1]) && !connector(k - 1)) {
          org_end = k;
          other = true;
        }
      // "Kharg Island", "Tiananmen Square": a place, when the lexicon does not know it
      // (not across "and": "Minister Abdallah Mshana and Gulf Horizon" names no place)
      // (nor after a person's title, nor after a name particle: "Trade Minister Reinier van Dam")
      bool no_place = i > st.first_token && out.title_at[i - 1];
      for (uint32_t k = i; k + 1 < run && !no_place; ++k) no_place = doc.norm[k] == "and" && connector(k);
      for (uint32_t k = run; k > i + 1 && !org_end && !no_place; --k)
        if (lex.is_location_head(doc.norm[k - 1]) && !connector(k - 1) && !(!cap(k - 2) && (doc.bits[k - 2] & wc_particle))) {
          org_end = k;
          place = true;
        }
      // "the Law and Justice party": names joined by "and" before a lower-case "party" or
      // "movement" are one organization's name
      if (!org_end && !headline && run < end && !cap(run) && (doc.bits[run] & wc_outfit) && doc.norm[run] != "and") {
        bool joined = false, plain = true;
        for (uint32_t k = i; k < run && plain; ++k) {
          uint32_t f = 0;
          if (doc.norm[k] == "and" && connector(k)) joined = true;
          else if (connector(k) || lexicon_at(k, run, headline, f) > 0 || !alpha(k)) plain = false;
        }
        if (joined && plain) org_end = run;
      }
      // "the ruling Georgian Dream party": a demonym and unknown words before "party" are its name
      // ("the Peru Rising movement", "the Kenya Kwanza coalition": a state's one-word name too)
      if (!org_end && !headline && run < end && run >= i + 2 &&
          (doc.norm[run] == "party" || doc.norm[run] == "movement" || doc.norm[run] == "coalition")) {
        uint32_t f1 = 0;
        bool plain = demonym_word(i, headline) ||
                     (lexicon_at(i, run, headline, f1) == 1 &&
                      lex.actors()[lex.name_forms()[f1].names.front().actor].type == ActorType::state);
        for (uint32_t k = i + 1; k < run && plain; ++k) {
          uint32_t f2 = 0;
          if (connector(k) || !alpha(k) || lexicon_at(k, run, headline, f2) > 0) plain = false;
        }
        if (plain) org_end = run;
      }
      // "Saudi Oil Minister": a head word followed by a title belongs to the title
      int32_t after_title = -1;
      // ("Foreign Ministry spokesman" keeps its organization: "Ministry spokesman" is no title)
      if (org_end && org_end < end && title_at(org_end, end, after_title) > 0 && title_at(org_end - 1, end, after_title) > 0)
        org_end = 0;
      // "Bolivian Mines Minister X", "Malaysian Primary Industries Minister X": words before
      // "Minister" or "Commissioner" name a portfolio, not an organization
      // ("Moroccan Energy Transition Minister X": more portfolio words after the head word)
      // ("EU Crisis Management Commissioner X": an event's head word too)
      if (org_end && !place && org_end < end && cap(org_end)) {
        uint32_t p = org_end;
        while (p < end && p < org_end + 2 && portfolio_word(p) && title_at(p, end, after_title) == 0) ++p;
        // ("EU Home Affairs Commissioner X": a commissioner's too)
        // ("Foreign Affairs Principal Secretary X": a government secretary's too, not "Commission President X")
        const auto portfolio_title = [&](const LexTitle& t) {
          return t.role == "Minister" || t.role == "Commissioner" ||
                 (t.kind == TitleKind::government && t.role.find("Secretary") != std::string::npos);
        };
        if (title_at(p, end, after_title) > 0 && portfolio_title(lex.titles()[static_cast<size_t>(after_title)]))
          org_end = 0;
      }
      // "European Council President Antonio Costa and European Commission": a title after a full
      // organization name ends it; the title and the person's name follow
      // ("Bank of Japan Governor X": or after a known organization's whole name)
      if (org_end && !other && !place)
        for (uint32_t k = i + 2; k + 1 < org_end; ++k) {
          int32_t tt = -1;
          uint32_t known = 0;
          // ("Central Bank of Nigeria Governor X": or after a head word's "of" and a known place)
          bool of_place = false;
          for (uint32_t j = i + 2; j < k && !of_place && !connector(k - 1); ++j) {
            uint32_t place_form = 0;
            if (doc.norm[j - 1] != "of" || !connector(j - 1) || !lex.is_org_head(doc.norm[j - 2]) ||
                lexicon_at(j, k, headline, place_form) != k - j)
              continue;
            const ActorType pt = lex.actors()[lex.name_forms()[place_form].names.front().actor].type;
            of_place = pt == ActorType::state || pt == ActorType::location;
          }
          if (((lex.is_org_head(doc.norm[k - 1]) && !connector(k - 1)) || of_place ||
               (!connector(k - 1) && lexicon_at(i, k, headline, known) == k - i &&
                lex.actors()[lex.name_forms()[known].names.front().actor].type == ActorType::organization)) &&
              title_at(k, org_end, tt) > 0 &&
              lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::honorific && cap(k + 1)) {
            org_end = k;
            break;
          }
        }
      // "Israeli and Palestinian Authority officials", "Russian and Chinese Foreign Ministry": a known
      // name before "and" stands alone
      if (org_end && llen > 0 && i + llen < org_end && doc.norm[i + llen] == "and" && connector(i + llen)) org_end = 0;
      // "President Antonio Costa and European Commission ...": after a title comes a person's name,
      // which an "and" ends
      if (org_end && !other && !place) {
        bool titled = i > st.first_token && out.title_at[i - 1];
        for (uint32_t k = i; k < org_end && org_end; ++k) {
          int32_t tt = -1;
          if (doc.norm[k] == "and" && connector(k) && titled) org_end = 0;
          // ("Minister of Transport and Logistics X": a title's portfolio after "of" or "for")
          else if (!titled && k + 1 < org_end && (cap(k + 1) || doc.norm[k + 1] == "of" || doc.norm[k + 1] == "for") &&
                   title_at(k, org_end, tt) > 0 && lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::honorific)
            titled = true;
        }
      }
      if (demonym_title) org_end = 0;  // a demonym and a title open a person's title phrase
      while (org_end > i + 1 && connector(org_end - 1)) --org_end;  // a run cut short ends in no "and"
      // "UN Mission in South Sudan (UNMISS)": a place inside a name its acronym spells
      if (org_end && !other && !place && org_end + 1 < end && doc.norm[org_end] == "in" && cap(org_end + 1)) {
        const uint32_t j = cap_run(org_end + 1, end, headline);
        if (j + 2 < end && doc.token_text(j) == "(" && doc.token_text(j + 2) == ")" && upper(j + 1)) org_end = j;
      }
      // "Minister of Roads and Logistics X": after an office's "of" the words name its portfolio
      if (org_end > i + llen && org_end - i >= 2 && !other && !place && llen == 0 && title_complement(i, st.first_token) > 0) {
        // ("Minister of Finance Nalaka Jayasekara and China Exim Bank": the portfolio ends before
        // the first word that is no portfolio's)
        uint32_t p = i;
        while (p < org_end && (portfolio_word(p) || (p > i && doc.norm[p] == "and" && connector(p)))) ++p;
        while (p > i + 1 && connector(p - 1)) --p;
        if (p == i || p + 1 >= org_end) p = org_end;
        for (uint32_t k = title_complement(i, st.first_token); k < p; ++k) out.title_at[k] = 1;
        if (p < org_end) {
          i = p;
          continue;
        }
        i = org_end;
        continue;
      }
      if (org_end > i + llen && org_end - i >= 2) {
        Mention m = make(i, org_end, s, end);
        m.type = other ? ActorType::other : place ? ActorType::location : ActorType::organization;
        m.typed = true;
        m.headline = st.headline;
        add(std::move(m));
        i = org_end;
        continue;
      }
      if (llen > 0) {
        const NameForm& f = lex.name_forms()[form];
        // ("Defence Minister Ionut Moldovan ... met Moldovan on Monday": a demonym standing as a noun
        // is the surname of the person named before)
        if (!headline && llen == 1 && run == i + 1 && f.names.front().kind == NameKind::demonym && !f.names.front().plural &&
            person_named_before(i) &&
            (i + 1 >= end || !alpha(i + 1) ||
             (doc.bits[i + 1] & (wc_prep | wc_report | wc_aux | wc_modal | wc_copula | wc_conj | wc_clause | wc_det | wc_future)) ||
             verb_cue_word(i + 1))) {
          add(make(i, i + 1, s, end));
          ++i;
          continue;
        }
        // "Hyundai Rotem", "Gazprom Neft": a known one-word company name followed by one capitalised
        // word of no other use names a company of its own (not "European Parliament Lucia Arrieta")
        if (!headline && llen == 1 && f.names.front().kind == NameKind::label &&
            lex.actors()[f.names.front().actor].type == ActorType::organization) {
          const uint32_t e = i + 2;
          int32_t tt = -1;
          uint32_t other_form = 0;
          if (e <= run && cap(i + 1) && alpha(i + 1) && !(doc.bits[i + 1] & (wc_common | wc_time | wc_body)) &&
              title_at(i + 1, end, tt) == 0 && lexicon_at(i + 1, end, headline, other_form) == 0 &&
              !lex.is_org_head(doc.norm[i + 1]) && (e >= end || !cap(e) || title_at(e, end, tt) > 0)) {
            Mention m = make(i, e, s, end);
            m.type = ActorType::organization;
            m.typed = true;
            add(std::move(m));
            i = e;
            continue;
          }
        }
        // "Taiwan's defence minister, Wellington Koo,": a one-word seat of government and one
        // capitalised word of no other use, after a title or a comma, are a person's name
        if (!headline && llen == 1 && f.names.front().kind == NameKind::metonym && run == i + 2 && i > st.first_token &&
            (out.title_at[i - 1] || doc.token_text(i - 1) == ",") && alpha(i + 1) &&
            !has_digit(doc.norm[i + 1]) &&
            !(doc.bits[i + 1] & (wc_common | wc_time | wc_body))) {
          int32_t tt = -1;
          uint32_t other_form = 0;
          if (title_at(i + 1, end, tt) == 0 && lexicon_at(i + 1, end, headline, other_form) == 0 &&
              !lex.is_org_head(doc.norm[i + 1]) && !lex.is_other_head(doc.norm[i + 1])) {
            Mention m = make(i, i + 2, s, end);
            m.type = ActorType::person;
            m.typed = true;
            add(std::move(m));
            i += 2;
            continue;
          }
        }
        Mention m = make(i, i + llen, s, end);
        // "talks in Brussels", "visited Brussels": an organization's seat after a preposition of
        // place or a verb of visiting is the place
        // ("a Brussels-based think tank", "Moscow-based analysts": a seat naming where one is based)
        const bool based = f.names.front().kind == NameKind::metonym && i + llen + 1 < end &&
                           doc.token_text(i + llen) == "-" &&
                           (doc.norm[i + llen + 1] == "based" || doc.norm[i + llen + 1] == "headquartered");
        if (based || (f.names.front().kind == NameKind::metonym &&
            lex.actors()[f.names.front().actor].type == ActorType::organization && i > st.first_token &&
            (((doc.bits[i - 1] & wc_place) && (doc.bits[i - 1] & wc_prep)) || visit_verb_before(i) ||
             (i > st.first_token + 1 && doc.norm[i - 1] == "to" && visit_verb_before(i - 1))))) {
          m.type = ActorType::location;
          m.typed = true;
          m.attributive = based;
          add(std::move(m));
          i += llen;
          continue;
        }
        // "Peru's Congress", "Brazil's Senate": a short name of another state's body after a
        // state's possessive names that state's body, not the one the table knows
        if (foreign_body(i, llen, f.names.front().actor)) {
          m.type = ActorType::organization;
          m.typed = true;
          add(std::move(m));
          i += llen;
          continue;
        }
        m.lex = static_cast<int32_t>(f.names.front().actor);
        m.form = static_cast<int32_t>(form);
        m.kind = f.names.front().kind == NameKind::demonym ? MentionKind::demonym : MentionKind::name;
        m.plural = f.names.front().plural;
        m.type = lex.actors()[static_cast<size_t>(m.lex)].type;
        m.typed = true;
        // "the U.N. refugee agency": a name that is another organization's name and lower-case words
        // saying what it does there is two mentions, the owner's a modifier of the branch's
        if (!headline && m.type == ActorType::organization && llen >= 2 && !cap(i + llen - 1)) {
          uint32_t p = i + llen - 1;
          while (p > i + 1 && !cap(p - 1) && alpha(p - 1)) --p;
          uint32_t owner_form = 0;
          if (cap(p - 1) && lexicon_at(i, p, headline, owner_form) == p - i) {
            const LexName& owner = lex.name_forms()[owner_form].names.front();
            if (owner.kind != NameKind::demonym && static_cast<int32_t>(owner.actor) != m.lex &&
                lex.actors()[owner.actor].type == ActorType::organization) {
              Mention o = make(i, p, s, end);
              o.lex = static_cast<int32_t>(owner.actor);
              o.form = static_cast<int32_t>(owner_form);
              o.type = ActorType::organization;
              o.typed = true;
              const int32_t oi = add(std::move(o));
              Mention branch = make(p, i + llen, s, end);
              branch.lex = m.lex;
              branch.form = m.form;
              branch.plural = m.plural;
              branch.type = m.type;
              branch.typed = true;
              branch.phrase_first = i;
              out.mentions[static_cast<size_t>(oi)].modifies = add(std::move(branch));
              i += llen;
              continue;
            }
          }
        }
        add(std::move(m));
        i += llen;
        continue;
      }
      uint32_t a = i;
      uint32_t b = run;
      // ("a Maryland Democrat": a place before a party's demonym is the member's state, no name of its own)
      if (run >= a + 2 && run - a <= 3 && a > st.first_token && (doc.norm[a - 1] == "a" || doc.norm[a - 1] == "an") &&
          lexicon_at(run - 1, run, headline, form) == 1) {
        const LexName& n = lex.name_forms()[form].names.front();
        if (n.kind == NameKind::demonym && lex.actors()[n.actor].type == ActorType::organization) {
          i = run - 1;
          continue;
        }
      }
      // "Longtime Hezbollah sponsor": a sentence-initial word before a known name is no part of it
      if (sentence_initial(a, st.first_token) && a + 1 < run && lexicon_at(a + 1, run, headline, form) > 0 &&
          !surname_demonym(a, run, headline)) {
        ++i;
        continue;
      }
      // a title inside the run ends the name: "Gabriel Boric President" is not one name
      // ("Hassan Sheikh Mohamud": an honorific inside a name is part of it)
      for (uint32_t k = a + 1; k < run; ++k) {
        int32_t tt;
        // ("Hamad bin Sultan Al Busaidi": nor a title after a name particle, a father's name)
        if (title_at(k, run, tt) > 0 && lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::honorific &&
            !(!cap(k - 1) && (doc.bits[k - 1] & wc_particle))) {
          b = k;
          break;
        }
      }
      // "Procter & Gamble", "Korea Hydro & Nuclear Power": an ampersand between capitalised words
      // joins the name of a company
      if (!headline) {
        uint32_t amp = 0;
        for (uint32_t k = a + 1; k + 1 < b && !amp; ++k)
          if (doc.token_text(k) == "&" && cap(k - 1) && cap(k + 1)) amp = k;
        if (amp) {
          uint32_t e = amp + 1;  // the name ends at the next joiner ("Korea Hydro & Nuclear Power on Monday")
          while (e < b && !connector(e) && !(doc.bits[e] & wc_time)) ++e;
          Mention m = make(a, e, s, end);
          b = e;
          m.type = ActorType::organization;
          m.typed = true;
          add(std::move(m));
          i = b;
          continue;
        }
      }
      // a person's name holds no "and", "of" or "the": "Gabriel Boric and Kassym-Jomart Tokayev" is two
      for (uint32_t k = a + 1; k < b; ++k) {
        const std::string& c = doc.norm[k];
        if (connector(k) && (c == "and" || c == "&" || c == "of" || c == "for" || c == "the" || c == "on")) {
          b = k;
          break;
        }
      }
      while (b > a && (connector(b - 1) || doc.tokens[b - 1].has(tok_digit))) --b;
      if (b == a) {
        i = run;
        continue;
      }
      // "Chief Cabinet Secretary X", "External Affairs Minister X", "Minister of State for
      // Regional Integration X": common words before a title, or after a title's "for"/"of",
      // name its portfolio
      {
        uint32_t p = a;
        // ("Minister of Transport and Logistics X")
        while (p < b && (portfolio_word(p) || (p > a && doc.norm[p] == "and" && !cap(p) && p + 1 < b && portfolio_word(p + 1)))) ++p;
        // ("Minister of Electricity and Energy, X", "Minister of International Relations and
        // Cooperation, X": the portfolio, perhaps past this run, closed by the comma before the name)
        uint32_t q = p;
        while (p == b && q + 1 < end && doc.norm[q] == "and" && !cap(q) && portfolio_word(q + 1))
          for (q += 2; q < end && portfolio_word(q);) ++q;
        // (not "Minister of Economy, Trade and Industry X", a list going on after the comma)
        bool closed = p == b && q + 1 < end && doc.token_text(q) == "," && cap(q + 1) && !portfolio_word(q + 1);
        // ("Minister of Public Health and Population Qasim Bahaj": or by the name right after it)
        const bool named = !closed && p == b && q > b + 1 && q + 1 < end && cap(q) && cap(q + 1) && !portfolio_word(q);
        // ("Minister of Religious Endowments, X", "Minister of Awqaf, X": a short run closed by the
        // comma before the name after an office's "of" is its portfolio, whatever its words)
        bool unknown_closed = false;
        if (p < b && b - a <= 3 && b + 1 < end && doc.token_text(b) == "," && cap(b + 1) && alpha(b + 1) &&
            a >= st.first_token + 2 && !cap(a - 1) && (doc.norm[a - 1] == "of" || doc.norm[a - 1] == "for")) {
          unknown_closed = true;
          for (uint32_t t = a; t < b && unknown_closed; ++t) {
            uint32_t f = 0;
            unknown_closed = alpha(t) && lexicon_at(t, t + 1, false, f) == 0;
          }
          int32_t tt = -1;
          unknown_closed = unknown_closed && title_at(b + 1, end, tt) == 0;
          // (a minister's or secretary's: "Governor of Kaduna, X" names a place)
          uint32_t t0 = a - 1;
          while (t0 > st.first_token && out.title_at[t0 - 1]) --t0;
          const uint32_t tl = t0 < a - 1 ? title_at(t0, a - 1, tt) : 0;
          const std::string_view role =
              tl > 0 && tl == a - 1 - t0 ? std::string_view(lex.titles()[static_cast<size_t>(tt)].role) : std::string_view();
          unknown_closed = unknown_closed && (role.find("Minister") != std::string_view::npos ||
                                              role.find("Secretary") != std::string_view::npos);
        }
        const uint32_t from = p < b || closed || named || unknown_closed ? title_complement(a, st.first_token) : 0;
        if (unknown_closed && from > 0) {
          p = b;
          closed = true;
        }
        if ((closed || named) && from > 0 && !unknown_closed) p = q;
        if (p > a && ((p == b && b < run && title_at(b, run, title) > 0) || from > 0)) {
          for (uint32_t k = from > 0 ? from : a; k < p; ++k) out.title_at[k] = 1;
          i = p;
          continue;
        }
      }
      if (b - a == 1 && (doc.bits[a] & wc_common) && !(!headline && word_acronym(a))) {
        i = b;
        continue;
      }
      // "Latin American", "South American": an adjective ending in a demonym, not a name
      // (but "Volker Turk": a person noun after a name's word is a surname; so is any demonym in a
      // name right after a title: "Defence Minister Ionut Moldovan")
      uint32_t dform = 0;
      const bool titled_name = !headline && a > st.first_token && out.title_at[a - 1] && b == a + 2 && !demonym_word(a, headline);
      if (b - a >= 2 && lexicon_at(b - 1, b, headline, dform) == 1 &&
          lex.name_forms()[dform].names.front().kind == NameKind::demonym && !surname_demonym(a, b, headline) && !titled_name) {
        i = b;
        continue;
      }
      if (headline && b - a >= 2) {
        // headline words resolve one by one to actors the body names: "Unpredictable Sondland"
        for (uint32_t k = a; k < b; ++k) {
          if (is_hyphen(k)) continue;
          Mention one = make(k, k + 1, s, end);
          one.headline = true;
          add(std::move(one));
        }
        i = b;
        continue;
      }
      // ("Gen Z", "Plan B": a lone capital letter names no one)
      if (b - a == 1 && doc.token_text(a).size() == 1) {
        i = b;
        continue;
      }
      Mention m = make(a, b, s, end);
      m.headline = st.headline;
      m.type = b - a >= 2 ? ActorType::person : ActorType::other;
      // "Commissioner for Trade and Economic Security", "First Global": plain words name no person
      if (b - a >= 2 && !headline) {
        uint32_t k = a;
        while (k < b && (doc.bits[k] & wc_common)) ++k;
        if (k == b) m.type = ActorType::other;
      }
      // "in Port Sudan", "the besieged city of El Fasher": an unknown name there is a place
      const bool possessed = b < end && doc.tokens[b].has(tok_possessive);
      if (!headline && !possessed && a > st.first_token &&
          (((doc.bits[a - 1] & wc_place) && (doc.bits[a - 1] & wc_prep)) ||
           (a > st.first_token + 1 && doc.norm[a - 1] == "of" && (doc.bits[a - 2] & wc_place) && !(doc.bits[a - 2] & wc_prep))))
        m.type = ActorType::location;
      // "Cleveland-Cliffs, which made a rival bid, welcomed it": "which" never stands for a person,
      // and a subject opening the sentence is seldom a place
      if (!headline && !possessed && m.type != ActorType::location && b + 2 < end && doc.token_text(b) == "," &&
          doc.norm[b + 1] == "which" && (a == st.first_token || (a == st.first_token + 1 && (doc.bits[a - 1] & wc_det)))) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      // "the Middle Shabelle region", "Copperbelt province"
      if (!headline && b < end && !cap(b) && (doc.bits[b] & wc_place) && !(doc.bits[b] & wc_prep)) m.type = ActorType::location;
      // "the Tren de Aragua gang", "the Wagner group": a name before a word for an outfit names one
      if (b - a >= 2 && !headline && b < end && !cap(b) && (doc.bits[b] & wc_outfit) && doc.norm[b] != "and" &&
          m.type == ActorType::person)
        m.type = ActorType::organization;
      // "Lloyds TSB", "PT Pindad": an acronym inside a name makes it no person's and no place's
      // ("shares in Lloyds TSB"); a Roman numeral does not ("Juan Carlos I", "John Paul II")
      if (b - a >= 2 && !headline)
        for (uint32_t k = a; k < b; ++k) {
          const std::string_view t = doc.token_text(k);
          if (upper(k) && t.size() >= 2 && t.find('.') == std::string_view::npos &&
              t.find_first_not_of("IVXLCDM") != std::string_view::npos)
            m.type = ActorType::organization;
        }
      // "the Rogun hydropower plant", "the Simandou iron ore mine": a facility is a thing
      if (!headline && !possessed) {
        uint32_t f = b;
        while (f < end && f < b + 3 && !cap(f) && doc.tokens[f].has(tok_alpha) && !(doc.bits[f] & wc_facility) &&
               !(doc.bits[f] & (wc_prep | wc_conj | wc_det | wc_aux | wc_relpron | wc_clause | wc_report)))
          ++f;
        if (f < end && !cap(f) && (doc.bits[f] & wc_facility)) {
          m.type = ActorType::other;
          m.typed = true;
        }
      }
      // an all-capitals word outside a headline is an acronym: an organization once a cue confirms it
      if (b - a == 1 && upper(a) && !headline) m.type = ActorType::organization;
      // "M23 fighters", "Hamas militants": a one-word name before a word for fighters names their group
      // (plural: "Rafale fighter jets" are no group)
      if (b - a == 1 && !headline && b < end && !cap(b) && (doc.bits[b] & wc_fighters) && doc.norm[b].back() == 's' &&
          !(b + 1 < end && alpha(b + 1) && !cap(b + 1) && !(doc.bits[b + 1] & (wc_aux | wc_prep | wc_conj | wc_relpron)))) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      // "Polygraph.info", "Amazon.com": a web address names an outlet or a company
      if (web_address(doc.token_text(b - 1))) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      add(std::move(m));
      i = b;
    }
    if (agency != end) dateline_place(st, agency, from);
  }

  static bool has_digit(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // "Boeing's F-15EX", "the S-400 system", "Sukhoi Su-35 jets": an unknown name of letters and digits
  // is a model's designation, a thing, whatever its context said
  void model_designations(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = out.mentions[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.last - m.first > 3 || !doc.tokens[m.first].has(tok_alpha)) continue;
      bool digits = false, hyphen = false;
      for (uint32_t t = m.first; t < m.last; ++t) {
        digits = digits || has_digit(doc.token_text(t));
        hyphen = hyphen || doc.token_text(t).find('-') != std::string_view::npos;
      }
      // (hyphenated, or before a word for weapons or goods: "K2 tanks"; not "D66", "M23", "G7")
      const bool goods = m.last < doc.tokens.size() && !doc.tokens[m.last].has(tok_cap) && (doc.bits[m.last] & wc_goods);
      if (!digits || !(hyphen || goods)) continue;
      m.type = ActorType::other;
      m.typed = false;
    }
  }

  // "designated X as a Foreign Terrorist Organization": an unknown name heading a phrase of "a" or
  // "an" is a category, not an actor ("a Reuters reporter" is a modifier, left alone)
  void category_names(size_t from, size_t to) {
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = out.mentions[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.first == 0) continue;
      const std::string& before = doc.norm[m.first - 1];
      if ((before != "a" && before != "an") || doc.tokens[m.first - 1].has(tok_cap)) continue;
      if (m.last < doc.tokens.size() && doc.tokens[m.last].has(tok_alpha) && !doc.tokens[m.last].has(tok_cap) &&
          !(doc.bits[m.last] & (wc_prep | wc_conj | wc_relpron | wc_clause)))
        continue;
      // ("a Lagos-based company", "a Kremlin-backed group": a compound's first part)
      if (m.last < doc.tokens.size() && doc.token_text(m.last) == "-" && !doc.tokens[m.last].has(tok_space_before)) continue;
      m.type = ActorType::other;
      m.typed = false;
    }
  }

  // "the country", "the alliance": a two-word description of the actor of `type` named before.
  uint32_t add_reference(uint32_t i, uint32_t end, ActorType type, const char* pron_class, uint32_t len = 2) {
    Mention m = make(i, i + len, doc_sentence, end);
    m.kind = MentionKind::description;
    m.type = type;
    m.pron_class = pron_class;
    add(std::move(m));
    return len;
  }

  // Tokens of a count of members at k before a description's noun ("the 12-nation bloc", "the
  // 27-member alliance"); 0 if none.
  uint32_t reference_modifier(uint32_t k, uint32_t end) const {
    if (k >= end) return 0;
    if (doc.tokens[k].has(tok_digit)) {
      if (k + 2 < end && doc.token_text(k + 1) == "-" && doc.tokens[k + 2].has(tok_alpha) && !cap(k + 2) &&
          out.at_token[k + 2] < 0)
        return 3;
      // (one token: "12-nation")
      const std::string_view w = doc.token_text(k);
      const size_t dash = w.find('-');
      return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z' ? 1 : 0;
    }
    return 0;  // (not a plain word: "the bondholder group" is another group)
  }

  // The noun n after "the" opens a longer name or phrase than a reference to a body named before:
  // lower case "the council of ministers", "the court's ruling"; capitalised "the Council on
  // American-Islamic Relations", "the Commission of the EU" (but "accused the Commission of bias").
  // ("the court's chief prosecutor, X": an office's possessor is the body named before.)
  bool name_goes_on(uint32_t n, uint32_t end) {
    const uint32_t a = n + 1;
    if (a >= end) return false;
    if (cap(a) || doc.token_text(a) == "-") return true;
    int32_t tt = -1;
    // ("accused the commission of altering tally sheets": a gerund after "of" is the charge, quoted
    // or not: 'accused the army of "running away"')
    uint32_t g = a + 1;
    if (g + 1 < end && doc.norm[a] == "of" && doc.tokens[g].has(tok_punct) && !doc.tokens[g + 1].has(tok_space_before)) {
      const std::string_view q = doc.token_text(g);
      if (q == "\"" || q == "'" || q == "\xE2\x80\x9C" || q == "\xE2\x80\x98") ++g;
    }
    const bool charge = doc.norm[a] == "of" && g < end && !cap(g) && doc.norm[g].size() > 4 &&
                        doc.norm[g].compare(doc.norm[g].size() - 3, 3, "ing") == 0;
    if (!cap(n))
      return (doc.norm[a] == "of" && !charge) || (doc.tokens[a].has(tok_possessive) && !(a + 1 < end && title_phrase(a + 1, end, tt) > 0));
    if (doc.norm[a] == "of" && (a + 1 >= end || (doc.bits[a + 1] & wc_det))) return true;
    return a + 1 < end && cap(a + 1) && (doc.bits[a] & (wc_prep | wc_conj));
  }

  // "Russia's foreign minister", "Beijing's top diplomat": a singular title at i right after a known
  // state's or body's possessive, with no name after it, is a description of the office holder tied
  // to the possessor; returns its length (0: none).
  uint32_t possessed_title_at(uint32_t i, uint32_t end, uint32_t sent_first) {
    if (i < sent_first + 2 || !doc.tokens[i - 1].has(tok_possessive)) return 0;
    int32_t owner = out.at_token[i - 1];
    if (owner < 0) owner = out.at_token[i - 2];
    if (owner < 0) return 0;
    const Mention& o = out.mentions[static_cast<size_t>(owner)];
    if (o.kind != MentionKind::name || o.lex < 0 || o.modifies >= 0 ||
        !(lex.actors()[static_cast<size_t>(o.lex)].type == ActorType::state ||
          lex.actors()[static_cast<size_t>(o.lex)].type == ActorType::organization))
      return 0;
    int32_t tt = -1;
    const uint32_t tlen = title_at(i, end, tt);
    if (tlen == 0) return 0;
    const LexTitle& lt = lex.titles()[static_cast<size_t>(tt)];
    if (lt.plural || lt.kind == TitleKind::honorific) return 0;
    const uint32_t after = i + tlen;
    // (a name follows: "Russia's foreign minister Sergei Lavrov", "Iran's president, X,", "the president of X")
    if (after < end && (cap(after) || doc.norm[after] == "of" || doc.tokens[after].has(tok_possessive))) return 0;
    if (after + 1 < end && doc.token_text(after) == "," && cap(after + 1)) return 0;
    // ("Russia's ambassador in Bucharest, Vladimir Lipaev,", "Iran's envoy to the IAEA, X,": past the beat)
    if (after < end && (doc.bits[after] & wc_prep) && !cap(after))
      for (uint32_t c = after + 1; c + 1 < end && c < after + 7; ++c) {
        if (doc.token_text(c) == "," && cap(c + 1)) return 0;
        // ("Beijing's special envoy for Asian affairs, Deng Xiaohui,": plain words of the beat too)
        if (!(cap(c) || (doc.bits[c] & wc_det) || plain_adjective(c))) break;
      }
    for (uint32_t q = i; q < after; ++q) out.title_at[q] = 1;
    add_office_holder(o.first, i, after, lt, owner);
    return tlen;
  }

  // The description of the holder of title lt at [k, after), tied to the mention owner that
  // modifies it ("the British prime minister", "Russia's foreign minister"); its phrase opens at
  // phrase_first.
  void add_office_holder(uint32_t phrase_first, uint32_t k, uint32_t after, const LexTitle& lt, int32_t owner) {
    Mention m = make(k, after, doc_sentence, doc.sentences[doc_sentence].last_token);
    m.phrase_first = phrase_first;
    m.kind = MentionKind::description;
    m.type = ActorType::person;
    m.pron_class = normalize_key(lt.role);
    m.role = lt.kind == TitleKind::honorific ? std::string() : lt.role;
    m.affiliation = owner;
    out.mentions[static_cast<size_t>(owner)].modifies = static_cast<int32_t>(out.mentions.size());
    add(std::move(m));
  }

  // "the two countries", "both sides", "the senior diplomat": a description mention; returns its length.
  uint32_t description_at(uint32_t i, uint32_t end) {
    uint32_t k = i + 1;
    if (k < end && doc.norm[i] == "the" && doc.norm[k] == "two") ++k;
    // ("the two foreign ministers", "the two neighbouring countries", "both former Soviet republics":
    // up to two plain adjectives or demonyms before the noun)
    if (k > i + 1 || doc.norm[i] == "both") {
      uint32_t m = k;
      for (int n = 0; n < 2 && m + 1 < end && !(doc.bits[m] & wc_group); ++n) {
        // ("former" is a determiner-like word of its own; the group's noun ends the adjectives)
        // ("the two regional rivals", "the two deputy ministers": a rank word too)
        if (plain_adjective(m) || (doc.norm[m] == "former" && !cap(m)) || (cap(m) && demonym_word(m, false)) ||
            ((doc.bits[m] & wc_rank) && !cap(m) && out.at_token[m] < 0))
          ++m;
        else
          break;
      }
      if (m > k && m < end && (doc.bits[m] & wc_group) && !cap(m)) k = m;
    }
    // ("the two NATO allies", "the two EU members": or a one-word organization's name; "the two Horn
    // of Africa neighbours": a region's)
    uint32_t org_form = 0;
    if (k > i + 1 && k + 1 < end && cap(k)) {
      const uint32_t len = lexicon_at(k, std::min(end - 1, k + 4), false, org_form);
      const ActorType t = len > 0 ? lex.actors()[lex.name_forms()[org_form].names.front().actor].type : ActorType::other;
      if (len > 0 && k + len < end && (doc.bits[k + len] & wc_group) && !cap(k + len) &&
          ((len == 1 && t == ActorType::organization) || t == ActorType::location))
        k += len;
    }
    auto group = [&](uint32_t e, const std::string& head) {
      Mention m = make(i, e, doc_sentence, end);
      m.kind = MentionKind::description;
      m.plural = true;
      m.pron_class = head;
      add(std::move(m));
      return e - i;
    };
    // "Before the two held talks", "the two have met": "the two" alone, before a verb, is a pair
    // (most often two people: "Lula met Ramaphosa. Before the two held talks")
    // ("and the two agreed to fund", "the two signed a deal": or a verb in the past before "to" or a determiner)
    // (a verb-like word at k: light, auxiliary, copula, report, modal or future, or any -ed form
    // when `any_past`, else one before "to" or a determiner)
    auto verb_next = [&](bool any_past) {
      return k < end && !cap(k) && out.at_token[k] < 0 &&
             ((doc.bits[k] & (wc_light | wc_aux | wc_copula | wc_report | wc_modal | wc_future)) ||
              (ed_form(doc.norm[k]) && (any_past || (k + 1 < end && (doc.norm[k + 1] == "to" || (doc.bits[k + 1] & wc_det))))));
    };
    if (k == i + 2 && !(k < end && (doc.bits[k] & wc_group)) && verb_next(false)) return group(k, "leaders");
    // ("Both sent ministers to Niamey", "Both have denied it": "Both" opening a sentence before a verb)
    if (doc.norm[i] == "both" && k == i + 1 && sentence_initial(i, doc.sentences[doc_sentence].first_token) && verb_next(true))
      return group(k, "both");
    if (k < end && (doc.bits[k] & wc_group) && !cap(k)) {
      if (doc.norm[i] == "the" && k == i + 1) return 0; // "the countries" alone is vague
      return group(k + 1, doc.norm[k]);
    }
    // ("urged both groups to", "the two companies": a plural collective right after the count)
    if (k < end && (doc.bits[k] & wc_apart) && !cap(k) && (k > i + 1 || doc.norm[i] == "both") && doc.norm[k].size() > 3 &&
        doc.norm[k].back() == 's')
      return group(k + 1, doc.norm[k]);
    if (doc.norm[i] != "the") return 0;
    // "of" naming what a description belongs to ("the country of X", "the bloc of the Six"), not
    // the charge after it ("accused the kingdom of stalling", "accused the bloc of protectionism")
    auto of_names = [&](uint32_t o) {
      return o < end && doc.norm[o] == "of" && !(o + 1 < end && !cap(o + 1) && !(doc.bits[o + 1] & wc_det));
    };
    // "the country", "the kingdom": a state named before ("the country of X" names X itself)
    if (i + 1 < end && (doc.bits[i + 1] & wc_land) && !cap(i + 1))
      return of_names(i + 2) ? 0 : add_reference(i, end, ActorType::state, "country");
    // "accused the government of arresting civilians": the state named before (not "the
    // government of X", "the government in Kinshasa", "the government's")
    // ("the military government", "the interim government": past one word of its kind)
    {
      uint32_t g = i + 1;
      if (g + 1 < end && !cap(g) && out.at_token[g] < 0 && !(doc.bits[g] & wc_regime) &&
          (plain_adjective(g) || (doc.bits[g] & (wc_body | wc_rank)) == doc.bits[g]) && doc.tokens[g].has(tok_alpha) &&
          (doc.bits[g + 1] & wc_regime))
        ++g;
      // (but "the government's chief negotiator, X": an officer's)
      int32_t officer = -1;
      const bool titled_possessive = g + 2 < end && doc.tokens[g + 1].has(tok_possessive) && title_at(g + 2, end, officer) > 0 &&
                                     !lex.titles()[static_cast<size_t>(officer)].plural;
      if (g < end && !cap(g) && (doc.bits[g] & wc_regime) && !doc.tokens[g].has(tok_possessive) &&
          !(g + 1 < end && (of_names(g + 1) || doc.norm[g + 1] == "in" || (doc.tokens[g + 1].has(tok_possessive) && !titled_possessive) ||
                            cap(g + 1))))
        return add_reference(i, end, ActorType::state, "government", g + 1 - i);
      // ("the military government in Myanmar", "the military governments of A and B": the adjective
      // is no army of its own)
      if (g > i + 1 || (i + 2 < end && (doc.bits[i + 1] & wc_body) && (doc.bits[i + 2] & wc_body) && !cap(i + 1) && !cap(i + 2) &&
                        doc.norm[i + 2].back() == 's'))
        return 0;
    }
    // "the alliance", "the bloc", "the group": an organization named before
    // ("the 12-nation bloc": past a count of members)
    {
      uint32_t o = i + 1;
      const uint32_t mod = reference_modifier(o, end);
      if (mod > 0 && o + mod < end && (doc.bits[o + mod] & wc_outfit) && !cap(o + mod)) o += mod;
      // ("the regional bloc", "the militant group": a descriptor of the table that ends in one)
      if (mod == 0 && o + 1 < end) {
        const uint32_t len = lex.org_before_trie().longest(doc.ids, o, end, values);
        if (len >= 2 && out.at_token[o] < 0 && (doc.bits[o + len - 1] & wc_outfit) && !cap(o + len - 1)) o += len - 1;
      }
      if (o < end && (doc.bits[o] & wc_outfit) && !cap(o) &&
          !(o + 1 < end && (of_names(o + 1) || cap(o + 1) || doc.token_text(o + 1) == "-")))
        return add_reference(i, end, ActorType::organization, "organization", o + 1 - i);
    }
    // "urged the council to act": an organization whose name has the word, if one was named
    // ("pressed the Commission", "the Commission's line": capitalised, the short name of the body)
    if (i + 1 < end && lex.is_org_reference(doc.norm[i + 1]) && !name_goes_on(i + 1, end))
      return add_reference(i, end, ActorType::organization, "named");
    // ("urged the electoral commission", "the central bank": with one adjective, which the body's
    // name must hold as well)
    if (i + 2 < end && plain_adjective(i + 1) && !cap(i + 2) && lex.is_org_reference(doc.norm[i + 2]) &&
        !name_goes_on(i + 2, end))
      return add_reference(i, end, ActorType::organization, "named", 3);
    k = i + 1;
    for (int skipped = 0; k < end && skipped < 2 && (doc.bits[k] & wc_det) && !cap(k); ++skipped) ++k;
    // ("received the visiting minister": the guest is the minister named before)
    if (k + 1 < end && doc.norm[k] == "visiting" && !cap(k)) ++k;
    // ("the reclusive 90-year-old cleric": an age and a plain adjective before the title)
    {
      uint32_t q = k;
      int32_t probe = -1;
      for (int n = 0; n < 2 && q + 1 < end && title_at(q, end, probe) == 0 && (age_word(q) || plain_adjective(q)); ++n) ++q;
      if (q > k && title_at(q, end, probe) > 0 && !lex.titles()[static_cast<size_t>(probe)].plural) k = q;
    }
    // "the British prime minister": a demonym gives the description's affiliation
    uint32_t dform = 0;
    uint32_t dlen = k < end && cap(k) ? lexicon_at(k, end, false, dform) : 0;
    int32_t demonym = -1;
    // ("the U.S. president", "the Kosovo leader": or a state's own name, used as one)
    const LexName* dname = dlen > 0 ? &lex.name_forms()[dform].names.front() : nullptr;
    const bool state_name = dname && (dname->kind == NameKind::label || dname->kind == NameKind::alias) &&
                            lex.actors()[dname->actor].type == ActorType::state;
    if (dname && (dname->kind == NameKind::demonym || state_name)) {
      int32_t probe = -1;
      if (k + dlen < end && !cap(k + dlen) && title_at(k + dlen, end, probe) > 0) {
        Mention d = make(k, k + dlen, doc_sentence, end);
        d.lex = static_cast<int32_t>(dname->actor);
        d.form = static_cast<int32_t>(dform);
        d.kind = state_name ? MentionKind::name : MentionKind::demonym;
        d.type = ActorType::state;
        d.typed = true;
        demonym = static_cast<int32_t>(out.mentions.size());
        pending_demonym = d;
        k += dlen;
      }
    }
    int32_t tt = -1;
    // "the president", and "The Prime Minister met ..." when no name follows the title
    uint32_t tlen = k < end ? title_at(k, end, tt) : 0;
    if (tlen == 0) return 0;
    const LexTitle& lt = lex.titles()[static_cast<size_t>(tt)];
    if (lt.plural || lt.kind == TitleKind::honorific) return 0;
    uint32_t after = k + tlen;
    // a name follows: "the Palestinian leader, Mahmoud Abbas" is apposition, "the president of X" is not a reference
    if (after < end && (cap(after) || doc.norm[after] == "of")) return 0;
    if (after + 1 < end && doc.token_text(after) == "," && cap(after + 1)) return 0;
    for (uint32_t q = k; q < after; ++q) out.title_at[q] = 1;
    if (demonym >= 0) {
      // the demonym is its own mention, before the description in text order
      int32_t d = add(pending_demonym);
      add_office_holder(i, k, after, lt, d);
      return after - i;
    }
    Mention m = make(i, after, doc_sentence, end);
    m.kind = MentionKind::description;
    m.type = ActorType::person;
    m.pron_class = normalize_key(lt.role);
    add(std::move(m));
    return after - i;
  }

  // A capitalised plain English word that names no actor: "Foreign", "Affairs", "Cabinet".
  bool portfolio_word(uint32_t k) {
    uint32_t form = 0;
    return cap(k) && (doc.bits[k] & (wc_common | wc_body)) && lexicon_at(k, k + 1, false, form) == 0;
  }

  // Mention w, one word right before a government office starting at token k, follows a state's
  // possessive or demonym: the office's portfolio.
  bool state_portfolio(int32_t w, uint32_t k, uint32_t end) {
    const Mention& m = out.mentions[static_cast<size_t>(w)];
    int32_t tt = -1;
    if (m.last != k || m.last - m.first != 1 || m.first == 0 || title_at(k, end, tt) == 0 ||
        lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::government)
      return false;
    uint32_t b = m.first - 1;
    if (b > 0 && doc.tokens[b].has(tok_possessive) && out.at_token[b] < 0) --b;
    const int32_t s = out.at_token[b];
    if (s < 0 || out.mentions[static_cast<size_t>(s)].sentence != m.sentence) return false;
    const Mention& sm = out.mentions[static_cast<size_t>(s)];
    return sm.type == ActorType::state && (sm.possessive || sm.kind == MentionKind::demonym);
  }

  // A government title starts at token k, perhaps after "and" and more portfolio words: the word
  // before k names a portfolio ("India's Petroleum Minister", "Brazil's Mines and Energy Minister").
  bool portfolio_before_title(uint32_t k, uint32_t end) {
    int32_t tt = -1;
    if (k + 1 < end && doc.norm[k] == "and" && !cap(k)) {
      uint32_t a = k + 1;
      while (a < end && a < k + 3 && title_at(a, end, tt) == 0 && portfolio_word(a)) ++a;
      k = a;
    }
    return k < end && title_at(k, end, tt) > 0 && lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::government;
  }

  // The title ending just before token e is an office (not a job or an honorific).
  bool office_title_ending_at(uint32_t e, uint32_t first) {
    for (uint32_t a = e; a-- > first && out.title_at[a];) {
      int32_t tt = -1;
      if (title_at(a, e, tt) == e - a) return lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::office ||
                                               lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::government;
    }
    return false;
  }

  // Token a follows "for" or "of" after a title, perhaps with portfolio words between
  // ("Minister of State for", "Cabinet Secretary for"): the token after the title, else 0.
  // ("Minister of Economy, Trade and Industry X": a list of portfolio words)
  uint32_t title_complement(uint32_t a, uint32_t first) {
    auto of_for = [&](uint32_t j) { return !cap(j) && (doc.norm[j] == "of" || doc.norm[j] == "for"); };
    auto list_mark = [&](uint32_t j) { return doc.token_text(j) == "," || (!cap(j) && doc.norm[j] == "and"); };
    // ("Minister of Energy and Power Development": from the portfolio's last words)
    while (a > first + 2 && portfolio_word(a - 1) && !out.title_at[a - 1]) --a;
    // (the portfolio's first words already read as the title's: "Minister of Energy and Power" + "Development")
    if (a > first + 2 && out.title_at[a - 1] && portfolio_word(a - 1)) {
      for (uint32_t t = a - 1; t > first && out.title_at[t]; --t)
        if (of_for(t)) return a;
      return 0;
    }
    if (a < first + 2 || cap(a - 1) || (!of_for(a - 1) && !list_mark(a - 1))) return 0;
    bool of_seen = false;
    for (uint32_t j = a - 1; j-- > first && j + 8 > a;) {
      of_seen = of_seen || of_for(j + 1);
      // an office's portfolio, not a spokesman's employer ("a spokesman for Operation Dawn")
      // ("Minister of Foreign Affairs and International Cooperation": a title holding its own "of")
      if (out.title_at[j]) {
        for (uint32_t t = j; !of_seen && t > first && out.title_at[t]; --t) of_seen = of_for(t);
        return of_seen && office_title_ending_at(j + 1, first) ? j + 1 : 0;
      }
      if (!portfolio_word(j) && !of_for(j) && !list_mark(j)) return 0;
    }
    return 0;
  }

  uint32_t skip_left_titles(uint32_t k, uint32_t first, std::string& role, bool& office, bool& plural) {
    // k is the token just left of a name; walks over title tokens ("Prime Minister")
    uint32_t title_end = k;
    // ("Qatar's Prime Minister and Foreign Minister Sheikh X": two titles of one person)
    auto joined = [&]() { return k >= first + 2 && k < title_end && doc.norm[k - 1] == "and" && !cap(k - 1) && out.title_at[k - 2]; };
    while (k > first && (out.title_at[k - 1] || joined())) {
      if (!out.title_at[k - 1]) --k;  // past the "and"
      --k;
      // "French Agriculture Minister": an unknown capitalised word before a capitalised title
      // belongs to it ("M23 leader" is a group's leader)
      // (an acronym stays a name: "TAZARA Managing Director X" is the railway's director; but not
      // between a state and its government's office: "Kenya's ICT Cabinet Secretary X")
      if (k > first && !out.title_at[k - 1] && out.at_token[k - 1] >= 0 && cap(k) &&
          (!upper(k - 1) || state_portfolio(out.at_token[k - 1], k, title_end))) {
        Mention& w = out.mentions[static_cast<size_t>(out.at_token[k - 1])];
        // (several words before "Minister": "Malaysian Primary Industries Minister")
        int32_t tt = -1;
        const bool portfolio = w.last - w.first <= 3 && title_at(k, title_end, tt) > 0 &&
                               lex.titles()[static_cast<size_t>(tt)].role == "Minister";
        // (not a known company's short name: "Kanto Chief Executive Officer X" after "Kanto Motors Corp.")
        if (w.kind == MentionKind::name && w.lex < 0 && !w.typed && (w.last - w.first == 1 || portfolio) && w.last == k &&
            !names_organization(w)) {
          for (uint32_t t = w.first; t < w.last; ++t) {
            out.title_at[t] = 1;
            out.at_token[t] = no_mention;
          }
          w.kind = MentionKind::description; // no longer a name of its own
          w.pron_class.clear();
          k = w.first + 1;  // (the walk goes on before the words)
          // ("Plantation and Commodities Minister": a portfolio of two parts)
          if (portfolio && w.first >= first + 2 && doc.norm[w.first - 1] == "and" && !cap(w.first - 1) &&
              out.at_token[w.first - 2] >= 0) {
            Mention& w2 = out.mentions[static_cast<size_t>(out.at_token[w.first - 2])];
            if (w2.kind == MentionKind::name && w2.lex < 0 && !w2.typed && w2.last == w.first - 1 && w2.last - w2.first <= 2) {
              for (uint32_t t = w2.first; t < w.first; ++t) {
                out.title_at[t] = 1;
                out.at_token[t] = no_mention;
              }
              w2.kind = MentionKind::description;
              w2.pron_class.clear();
              k = w2.first + 1;
            }
          }
        }
      }
    }
    // "Mines and Energy Minister": an unknown word joined by "and" to a portfolio minister's title
    // names a second portfolio
    if (k >= first + 2 && k < title_end && doc.norm[k - 1] == "and" && !cap(k - 1) && out.at_token[k - 2] >= 0 && cap(k)) {
      Mention& w = out.mentions[static_cast<size_t>(out.at_token[k - 2])];
      int32_t tt = -1;
      const uint32_t tl = title_at(k, title_end, tt);
      if (w.kind == MentionKind::name && w.lex < 0 && !w.typed && w.last == k - 1 && w.last - w.first <= 2 && !upper(w.first) &&
          tl >= 2 && lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::government && !names_organization(w)) {
        for (uint32_t t = w.first; t < w.last; ++t) {
          out.title_at[t] = 1;
          out.at_token[t] = no_mention;
        }
        w.kind = MentionKind::description;
        w.pron_class.clear();
        k = w.first;
      }
    }
    // "Commerce and Industry Minister": capitalised common words, perhaps joined by "and", before
    // a minister's title name the portfolio
    if (k < title_end && k > first) {
      bool minister = false;
      for (uint32_t a = k; a < title_end && !minister; ++a) {
        int32_t tt = -1;
        minister = title_at(a, title_end, tt) > 0 && lex.titles()[static_cast<size_t>(tt)].role == "Minister";
      }
      if (minister) {
        uint32_t p = k;
        // (not a sentence-initial "The" or "A")
        auto plain = [&](uint32_t t) {
          return out.at_token[t] < 0 && !out.title_at[t] && portfolio_word(t) && !(doc.bits[t] & (wc_det | k_function_words));
        };
        while (p > first) {
          if (plain(p - 1)) --p;
          else if (p >= first + 2 && doc.norm[p - 1] == "and" && !cap(p - 1) && plain(p - 2)) p -= 2;
          else break;
        }
        for (uint32_t t = p; t < k; ++t) out.title_at[t] = 1;
        k = p;
      }
    }
    if (k < title_end) {
      int32_t tt = -1;
      // the title nearest the name is its role: "Foreign Minister" in "Russian Foreign Minister"
      // (an office before an honorific: "President" in "Emirati President Sheikh X")
      uint32_t nearest = title_end;
      for (uint32_t a = k; a < title_end; ++a) {
        int32_t cand;
        uint32_t len = title_at(a, title_end, cand);
        if (len > 0 && a + len == title_end) {
          tt = cand;
          nearest = a;
          break;
        }
      }
      if (tt >= 0 && lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::honorific)
        for (uint32_t a = k; a < nearest; ++a) {
          int32_t cand;
          if (title_at(a, nearest, cand) == nearest - a && lex.titles()[static_cast<size_t>(cand)].kind != TitleKind::honorific) {
            tt = cand;
            break;
          }
        }
      if (tt < 0) title_at(k, title_end, tt);
      if (tt >= 0) {
        const LexTitle& lt = lex.titles()[static_cast<size_t>(tt)];
        role = lt.role;
        office = lt.kind != TitleKind::honorific;
        plural = lt.plural;
      }
    }
    return k;
  }

  // The organization `actor` matched at [i, i + len) by a name shorter than its label, after the
  // possessive of a state that its label does not name ("Peru's Congress" is no "United States
  // Congress").
  bool foreign_body(uint32_t i, uint32_t len, uint32_t actor) {
    const LexActor& a = lex.actors()[actor];
    if (a.type != ActorType::organization || i < 2) return false;
    // ("India's main opposition Congress party": past plain words after the possessive)
    uint32_t p = i;
    while (p > 2 && p + 3 > i && !cap(p - 1) && doc.tokens[p - 1].has(tok_alpha) && out.at_token[p - 1] < 0 &&
           !(doc.bits[p - 1] & (wc_prep | wc_det | wc_conj | wc_aux | wc_relpron | wc_clause)))
      --p;
    if (!doc.tokens[p - 1].has(tok_possessive)) return false;
    const int32_t owner = out.at_token[p - 2];
    if (owner < 0 || out.mentions[static_cast<size_t>(owner)].type != ActorType::state) return false;
    if (normalize_key(doc.span_text(doc.tokens[i].start, doc.tokens[i + len - 1].end)) == normalize_key(a.label)) return false;
    // the label opens with a state's name other than the owner's (a scan: only where the rule may fire)
    const int32_t own = out.mentions[static_cast<size_t>(owner)].lex;
    for (size_t st = 0; st < lex.actors().size(); ++st) {
      const LexActor& s = lex.actors()[st];
      if (s.type != ActorType::state) continue;
      auto opens = [&](const std::string& name) {
        return a.label.size() > name.size() && a.label.compare(0, name.size(), name) == 0 && a.label[name.size()] == ' ';
      };
      bool named = opens(s.label);
      for (const std::string& alias : s.aliases) named = named || opens(alias);
      if (named) return static_cast<int32_t>(st) != own;
    }
    return false;
  }

  // Token i is the last word of a person's name found in an earlier sentence ("Kerrigan" after
  // "Ambassador Thomas Kerrigan").
  bool person_named_before(uint32_t i) const {
    if (person_last_words.count(doc.norm[i]) > 0) return true;
    for (size_t mi = typed_orgs_seen; mi < out.mentions.size(); ++mi)
      if (const Mention& m = out.mentions[mi]; m.kind == MentionKind::name && m.type == ActorType::person && m.last - m.first >= 2 && m.last < i &&
          doc.norm[m.last - 1] == doc.norm[i])
        return true;
    return false;
  }

  // Token t alone is a relation cue read as a verb ("accuses", "met").
  bool verb_cue_word(uint32_t t) {
    std::vector<uint32_t> hit;
    if (lex.cue_trie().longest(doc.ids, t, t + 1, hit) != 1) return false;
    for (uint32_t v : hit)
      if (lex.cues()[v].kind == "verb") return true;
    return false;
  }

  // The word before token i is a verb cue of visiting ("visited", "toured").
  bool visit_verb_before(uint32_t i) {
    std::vector<uint32_t> hit;
    if (lex.cue_trie().longest(doc.ids, i - 1, i, hit) != 1) return false;
    for (uint32_t v : hit)
      if (lex.cues()[v].relation == "visits" && lex.cues()[v].kind == "verb") return true;
    return false;
  }

  // A name of capitalised words none of which is a common word ("Luis Lacalle Pou", not "Barrick Gold").
  bool plain_name(const Mention& m) const {
    for (uint32_t t = m.first; t < m.last; ++t)
      if ((doc.bits[t] & wc_common) || !cap(t)) return false;
    return true;
  }

  // An age: "90-year-old", "84-year-old"
  bool age_word(uint32_t t) const {
    const std::string& w = doc.norm[t];
    constexpr std::string_view tail = "-year-old";
    return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0 && out.at_token[t] < 0;
  }
  // A lower-case word of no closed class (or only a body, group or common word): "senior",
  // "executive" before a title.
  bool plain_adjective(uint32_t t) const {
    return out.at_token[t] < 0 && doc.tokens[t].has(tok_alpha) && !cap(t) &&
           (doc.bits[t] & ~static_cast<uint64_t>(wc_body | wc_group | wc_common | wc_regime | wc_goods)) == 0;
  }

  // [a, b) is a first name and a demonym that is only a person noun: "Volker Turk"
  bool surname_demonym(uint32_t a, uint32_t b, bool headline) {
    uint32_t form = 0;
    if (headline || b != a + 2 || (doc.bits[a] & (wc_common | k_function_words | wc_det | wc_time)) || !alpha(a) ||
        lexicon_at(a, b, false, form) > 0 || lexicon_at(b - 1, b, false, form) != 1)
      return false;
    const LexName& n = lex.name_forms()[form].names.front();
    return n.kind == NameKind::demonym && n.person_noun;
  }
  // [i, e) is exactly a known state's name or demonym
  bool state_form_at(uint32_t i, uint32_t e, bool headline) {
    uint32_t form = 0;
    if (e <= i || lexicon_at(i, e, headline, form) != e - i) return false;
    const LexName& n = lex.name_forms()[form].names.front();
    return lex.actors()[n.actor].type == ActorType::state;
  }
  // A demonym of one word at t ("Omani", "Soviet").
  bool demonym_word(uint32_t t, bool headline) {
    uint32_t form = 0;
    return lexicon_at(t, t + 1, headline, form) == 1 && lex.name_forms()[form].names.front().kind == NameKind::demonym;
  }

  // End of a title phrase starting at q: up to three modifiers, a title, and a complement up to
  // the next comma ("foreign adviser", "armed forces chief of staff", "envoy in Vienna", "senior
  // adviser for Africa"); 0 when no title follows. The phrase must end at a comma, a full stop or
  // the sentence end for the caller to take it as an apposition.
  uint32_t title_phrase(uint32_t q, uint32_t end, int32_t& tt) {
    for (int mods = 0; q < end; ++mods, ++q) {
      const uint32_t len = title_at(q, end, tt);
      if (len > 0) {
        if (lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::honorific) return 0;
        uint32_t te = q + len;
        // ("director of advocacy,": an "of" of plain lower-case words up to the comma names the office's field)
        if (te + 1 < end && doc.norm[te] == "of" && !cap(te)) {
          uint32_t c = te + 1;
          while (c < end && c < te + 4 && doc.tokens[c].has(tok_alpha) && !cap(c) && out.at_token[c] < 0 &&
                 !(doc.bits[c] & (k_function_words | wc_det | wc_relpron | wc_clause | wc_report | wc_aux)))
            ++c;
          if (c > te + 1 && c < end && doc.token_text(c) == ",") return c;
        }
        // ("of" belongs to the title's own phrase, "with" starts something else)
        if (te < end && (doc.bits[te] & wc_prep) && doc.norm[te] != "of" && doc.norm[te] != "with") {
          uint32_t c = te + 1;
          while (c < end && c < te + 6 && doc.token_text(c) != "," && doc.token_text(c) != "." &&
                 !(doc.bits[c] & (wc_relpron | wc_clause | wc_report | wc_aux)))
            ++c;
          if (c == end || doc.token_text(c) == "," || doc.token_text(c) == ".") te = c;
        }
        return te;
      }
      if (mods == 3 || !modifier_word(q)) return 0;
    }
    return 0;
  }

  // A title phrase or two joined by "and" ("Prime Minister and Foreign Minister"): where it ends;
  // tt is the first title.
  uint32_t joined_titles(uint32_t q, uint32_t end, int32_t& tt) {
    const uint32_t e = title_phrase(q, end, tt);
    int32_t tt2 = -1;
    if (e > 0 && e + 1 < end && doc.norm[e] == "and")
      if (const uint32_t e2 = title_phrase(e + 1, end, tt2); e2 > 0) return e2;
    return e;
  }

  // A lower-case content word that may stand before a title: "foreign", "armed", "forces", "chief",
  // "top" (after a possessor no article follows, so determiners here are adjectives).
  // ("Iraq's top Shi'ite Muslim cleric": capitalised common words too, as adjectives of belief)
  bool modifier_word(uint32_t t) const {
    if (!doc.tokens[t].has(tok_alpha) || (doc.bits[t] & wc_poss) || (doc.bits[t] & k_function_words)) return false;
    if (!cap(t)) return out.at_token[t] < 0;
    if (!(doc.bits[t] & wc_common) || (doc.bits[t] & (wc_det | wc_time | wc_body))) return false;
    if (out.at_token[t] < 0) return true;
    const Mention& m = out.mentions[static_cast<size_t>(out.at_token[t])];
    return m.kind == MentionKind::name && m.lex < 0 && m.type == ActorType::other;
  }

  // m, the name at index mi, holds title tt (its role unless it has one) for `owner`; a named
  // owner (modifier = true) then only modifies m.
  void hold_office(Mention& m, size_t mi, int32_t owner, int32_t tt, bool modifier) {
    if (modifier) out.mentions[static_cast<size_t>(owner)].modifies = static_cast<int32_t>(mi);
    m.affiliation = owner;
    m.type = ActorType::person;
    m.typed = true;
    if (m.role.empty()) m.role = lex.titles()[static_cast<size_t>(tt)].role;
  }

  // A one-word name that opens an organization's longer name found so far ("Westgate" after
  // "Westgate Rare Earths").
  bool names_organization(const Mention& m) const {
    if (m.last - m.first != 1) return false;
    if (org_first_words.count(doc.norm[m.first]) > 0) return true;
    for (size_t oi = typed_orgs_seen; oi < out.mentions.size(); ++oi)
      if (const Mention& o = out.mentions[oi]; &o != &m && o.kind == MentionKind::name && o.type == ActorType::organization && o.last - o.first >= 2 &&
          doc.norm[o.first] == doc.norm[m.first])
        return true;
    return false;
  }

  // A place named between a possessor and a title ("the BBC's South East Asia correspondent",
  // "Oxfam's Sudan director"): the posting, not the employer.
  bool beat_after_possessor(int32_t b, uint32_t sentence_first) const {
    const Mention& p = out.mentions[static_cast<size_t>(b)];
    return (p.type == ActorType::location || p.type == ActorType::state) && !p.possessive && p.first > sentence_first + 1 &&
           doc.tokens[p.first - 1].has(tok_possessive);
  }

  bool affiliable(const Mention& m) const {
    return m.kind != MentionKind::pronoun && m.kind != MentionKind::description &&
           (m.type == ActorType::state || m.type == ActorType::organization);
  }

  // "the party's", "the Commission's": a description of a body in the possessive, resolved later.
  static bool described_owner(const Mention& m) {
    return m.kind == MentionKind::description && m.possessive &&
           (m.type == ActorType::organization || m.type == ActorType::state);
  }

  // "the Sudanese army", "Sudan's army": a state's force word after its demonym or possessive names
  // the force, an organization of its own, named after the demonym ("Sudanese army") in either form
  void state_forces(size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      Mention& m = out.mentions[i];
      if (m.type != ActorType::state || m.lex < 0 || m.headline || !(m.kind == MentionKind::demonym || m.possessive) ||
          (m.kind == MentionKind::demonym && m.possessive))
        continue;
      const LexActor& state = lex.actors()[static_cast<size_t>(m.lex)];
      const uint32_t t = m.possessive && m.last < doc.tokens.size() && doc.tokens[m.last].has(tok_possessive) ? m.last + 1 : m.last;
      // (not "Sudanese army chief X": a title's word belongs to the title)
      if (state.type != ActorType::state || state.demonym.empty() || t >= doc.sentences[m.sentence].last_token || cap(t) ||
          out.at_token[t] >= 0 || out.title_at[t] || !lex.is_force_word(doc.norm[t]))
        continue;
      // (not "a Malian army camp": a force word before what a strike hits of it only qualifies the place)
      if (t + 1 < doc.sentences[m.sentence].last_token && (doc.bits[t + 1] & wc_measure) && !cap(t + 1)) continue;
      m.kind = MentionKind::name;
      m.type = ActorType::organization;
      m.typed = true;
      m.label = owned_label(state, doc.norm[t]);
      m.force_of = m.lex;
      m.last = t + 1;
      m.end = doc.tokens[t].end;
      m.possessive = doc.tokens[t].has(tok_possessive);
      m.lex = -1;
      m.form = -1;
      m.standin = false;
      m.attributive = false;
      out.at_token[t] = static_cast<int32_t>(i);
    }
  }

  // "Pakistan's Foreign Office": after a state's possessive, a known body's plain alias names that
  // state's own body, an organization of its own named after the state's demonym
  // ("Foreign Office spokesman X" later on: that body again)
  void state_own_bodies(size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      Mention& m = out.mentions[i];
      if (m.kind != MentionKind::name || m.form < 0 || m.headline) continue;
      const auto again = std::find_if(own_bodies.begin(), own_bodies.end(), [&](const auto& b) { return b.first == m.form; });
      // (not after a possessor of its own: "Britain's Foreign Office" is another state's)
      const bool possessed = i > from && out.mentions[i - 1].possessive && out.mentions[i - 1].last + 1 >= m.first;
      if (again != own_bodies.end() && !possessed) {
        m.label = again->second;
        m.lex = -1;
        m.form = -1;
        m.typed = true;
        continue;
      }
      if (i == from) continue;
      const Mention& p = out.mentions[i - 1];
      if (p.type != ActorType::state || p.lex < 0 || !p.possessive || p.kind != MentionKind::name ||
          (p.last != m.first && p.last + 1 != m.first) || !plain_body_alias(static_cast<uint32_t>(m.form), m.first, m.last - m.first))
        continue;
      const LexActor& state = lex.actors()[static_cast<size_t>(p.lex)];
      if (state.type != ActorType::state || state.demonym.empty()) continue;
      m.label = owned_label(state, doc.text.substr(m.start, m.end - m.start));
      own_bodies.emplace_back(m.form, m.label);
      m.lex = -1;
      m.form = -1;
      m.typed = true;
    }
  }

  // "X, a Republican from Ohio,", "X, a Democrat who": a party's demonym heading an apposition
  // on a person ties the person to the party
  void party_appositions(size_t from, size_t to) {
    for (size_t i = from; i + 1 < to; ++i) {
      Mention& m = out.mentions[i];
      if (m.kind != MentionKind::name || m.type != ActorType::person || m.affiliation >= 0 || m.possessive) continue;
      uint32_t t = m.last;
      if (t + 2 >= doc.tokens.size() || doc.token_text(t) != "," || (doc.norm[t + 1] != "a" && doc.norm[t + 1] != "an")) continue;
      // (past the member's state: "a Maryland Democrat")
      uint32_t h = t + 2;
      while (h + 1 < doc.tokens.size() && h < t + 4 && doc.tokens[h].has(tok_cap) && out.at_token[h] < 0) ++h;
      const int32_t d = out.at_token[h];
      if (d < 0) continue;
      const Mention& p = out.mentions[static_cast<size_t>(d)];
      if (p.kind != MentionKind::demonym || p.type != ActorType::organization || p.first != h || p.plural) continue;
      // (the party names the person, not a noun after it: "a Republican senator" is a title's business)
      const uint32_t e = p.last;
      if (e < doc.tokens.size() && doc.tokens[e].has(tok_alpha) && !doc.tokens[e].has(tok_cap) &&
          !(doc.bits[e] & (wc_prep | wc_relpron | wc_conj)))
        continue;
      m.affiliation = d;
      out.mentions[static_cast<size_t>(d)].modifies = static_cast<int32_t>(i);
    }
  }

  void link_sentence(uint32_t s, size_t from, size_t to) {
    const Sentence& st = doc.sentences[s];
    auto& ms = out.mentions;
    // "the M23 rebel group", "the Azov militia": an unknown name before a descriptor is an
    // organization; so is one with a descriptor in apposition ("Kaida Power, a maker of engines,")
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.typed || m.lex >= 0 || m.headline || m.last >= st.last_token) continue;
      uint32_t len = lex.org_before_trie().longest(doc.ids, m.last, st.last_token, values);
      uint32_t e = m.last + len;
      // (or a place's: "X, Kenya's biggest milk processor,")
      const int32_t owner = m.last + 1 < st.last_token ? out.at_token[m.last + 1] : -1;
      const bool place_owner = owner >= 0 && ms[static_cast<size_t>(owner)].possessive &&
                               ms[static_cast<size_t>(owner)].kind == MentionKind::name &&
                               ms[static_cast<size_t>(owner)].type == ActorType::state;
      if (len == 0 && doc.token_text(m.last) == "," && m.last + 2 < st.last_token &&
          (((doc.bits[m.last + 1] & wc_det) && !cap(m.last + 1)) || place_owner)) {
        // up to two adjectives or demonyms: ", a Russian state-owned company" (a hyphen joins two
        // words into one: "second-largest")
        const uint32_t a0 = place_owner ? ms[static_cast<size_t>(owner)].last + (doc.tokens[ms[static_cast<size_t>(owner)].last].has(tok_possessive) ? 1 : 0)
                                        : m.last + 2;
        for (uint32_t a = a0, n = 0; a < st.last_token && n < 3 && len == 0; ++n) {
          len = lex.org_before_trie().longest(doc.ids, a, st.last_token, values);
          e = a + len;
          if (len > 0) break;
          if (out.at_token[a] >= 0) a = ms[static_cast<size_t>(out.at_token[a])].last;
          else if (!cap(a) && doc.tokens[a].has(tok_alpha) && !(doc.bits[a] & (wc_prep | wc_conj | wc_det | wc_relpron))) {
            ++a;
            if (a + 1 < st.last_token && is_hyphen(a) && doc.tokens[a + 1].has(tok_alpha)) a += 2;
          } else break;
        }
      }
      // (not a possessor: "X, the party's general secretary"; nor a word before a title: "X, France's
      // armed forces minister")
      int32_t after_title = -1;
      if (len > 0 && !cap(e - 1) && (e >= st.last_token || (!cap(e) && out.at_token[e] < 0 && !doc.tokens[e].has(tok_possessive) &&
                                                          title_at(e, st.last_token, after_title) == 0))) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      // "the Citibank vice chairman", "Nucor chief executive X": an unknown one-word name right before
      // a professional title names the employer (not "the Smith family"; a government office may be a state's)
      // ("UniCredit's chief executive, X", "Komeito leader X": in the possessive, or before a leader's office)
      // (not a known person's surname, "Rengifo's lawyer", nor a hyphenated adjective, "Working-level officials")
      const std::string_view w0 = doc.token_text(m.first);
      const size_t hy = w0.find('-');
      const bool hyphen_adj = hy != std::string_view::npos && hy + 1 < w0.size() && w0[hy + 1] >= 'a' && w0[hy + 1] <= 'z';
      if (!m.typed && m.last - m.first == 1 && m.type == ActorType::other && m.last < st.last_token && !hyphen_adj &&
          !person_named_before(m.first) &&
          (m.first == st.first_token || (doc.bits[m.first - 1] & wc_det) || doc.token_text(m.first - 1) == "," ||
           doc.tokens[m.first - 1].has(tok_quote))) {
        int32_t tt = -1;
        const uint32_t t0 = m.last + (m.possessive ? 1 : 0);
        const bool titled = t0 < st.last_token && title_at(t0, st.last_token, tt) > 0;
        const TitleKind kind = titled ? lex.titles()[static_cast<size_t>(tt)].kind : TitleKind::honorific;
        if (kind == TitleKind::job || kind == TitleKind::office) {
          m.type = ActorType::organization;
          m.typed = true;
        }
      }
      // "fighters who call themselves X", "a group that calls itself X": a body's chosen name
      if (!m.typed && m.first >= st.first_token + 2 && (doc.norm[m.first - 1] == "themselves" || doc.norm[m.first - 1] == "itself") &&
          (doc.norm[m.first - 2] == "call" || doc.norm[m.first - 2] == "calls" || (doc.bits[m.first - 2] & wc_naming))) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      // "state-owned X", "Budapest-registered X": an unknown name after such a participle is a company
      // ("state-run MRTV": the compound one token)
      auto firm_compound = [&](uint32_t t) {
        const std::string& w = doc.norm[t];
        const size_t dash = w.rfind('-');
        return !cap(t) && dash != std::string::npos && dash > 0 && dash + 1 < w.size() &&
               (lex.word_class(w.substr(dash + 1)) & wc_firm);
      };
      if (!m.typed && m.first >= st.first_token + 1 && (firm_compound(m.first - 1) ||
          (m.first >= st.first_token + 3 && (doc.bits[m.first - 1] & wc_firm) && !cap(m.first - 1) &&
           is_hyphen(m.first - 2) && !doc.tokens[m.first - 2].has(tok_space_before) &&
           !doc.tokens[m.first - 1].has(tok_space_before)))) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      // "The main opposition party, PASOK, accused": a descriptor before the name in apposition
      if (!m.typed && m.first >= st.first_token + 2 && doc.token_text(m.first - 1) == "," &&
          (m.last >= st.last_token || doc.token_text(m.last) == "," || doc.token_text(m.last) == ".")) {
        const uint32_t c = m.first - 1;
        for (uint32_t a = c > st.first_token + 4 ? c - 4 : st.first_token; a < c; ++a) {
          const uint32_t l = lex.org_before_trie().longest(doc.ids, a, c, values);
          if (l > 0 && a + l == c && !cap(c - 1)) {
            // ("The head of the EU's observer mission, X,": the title's holder, not the mission)
            // ("A spokesman for the group, X,")
            bool holder = false;
            for (uint32_t t = a; t-- > st.first_token + 1 && t + 8 > a && doc.token_text(t) != ",";)
              holder = holder || ((doc.norm[t] == "of" || doc.norm[t] == "for") && out.title_at[t - 1]);
            if (holder) break;
            m.type = ActorType::organization;
            m.typed = true;
            break;
          }
        }
      }
    }
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      // (an unknown place by its head word may be a group's name: 'a group known as "Cold Harbour"')
      const bool place = m.type == ActorType::location && m.lex < 0;
      if (m.kind != MentionKind::name ||
          (m.type != ActorType::person && m.type != ActorType::other && m.type != ActorType::organization && !place))
        continue;
      if (m.lex >= 0 && m.type != ActorType::organization) continue;
      std::string role;
      bool office = false, plural = false;
      uint32_t k = skip_left_titles(m.first, st.first_token, role, office, plural);
      bool titled = k < m.first;
      // "his Israeli counterpart, Ariel Sharon": a title phrase in apposition before the name
      // ("the U.S. special envoy for hostage affairs, X": past the title's plain complement)
      uint32_t tend = k - 1;
      int32_t employer = -1;
      if (!titled && k > st.first_token + 4 && doc.token_text(k - 1) == "," && !out.title_at[k - 2]) {
        uint32_t b = k - 1;
        for (int words = 0; words < 3 && b > st.first_token + 2 && modifier_word(b - 1); ++words) --b;
        if (b < k - 1 && (doc.norm[b - 1] == "for" || doc.norm[b - 1] == "on") && out.title_at[b - 2]) tend = b - 1;
        // ("the U.S. ambassador to Manila, X": the place an envoy is posted to; "a spokesman for
        // the group, X": the organization described)
        const int32_t before = out.at_token[k - 2];
        if (tend == k - 1 && before >= 0 && before < static_cast<int32_t>(mi) && ms[static_cast<size_t>(before)].last == k - 1) {
          const Mention& bm = ms[static_cast<size_t>(before)];
          uint32_t pf = bm.first;
          // ("the U.S. special envoy for the Middle East, X": past the place's article)
          if (pf > st.first_token + 3 && doc.norm[pf - 1] == "the" && !cap(pf - 1) && bm.type == ActorType::location) --pf;
          const bool titled_before = pf > st.first_token + 2 && !cap(pf - 1) && out.title_at[pf - 2];
          // ("the U.N. special envoy for Yemen, X": a posting after "for" too; "the Japanese ambassador in Naypyitaw, X")
          const bool posted = titled_before && (doc.norm[pf - 1] == "to" || doc.norm[pf - 1] == "for" || doc.norm[pf - 1] == "in") &&
                              bm.kind == MentionKind::name && !bm.possessive &&
                              (bm.type == ActorType::state || bm.type == ActorType::location);
          // ("a special envoy of SADC, X": or one named)
          const bool described_org = titled_before && (doc.norm[pf - 1] == "for" || doc.norm[pf - 1] == "of") &&
                                     (bm.kind == MentionKind::description || (bm.kind == MentionKind::name && !bm.possessive)) &&
                                     bm.type == ActorType::organization;
          if (posted || described_org) tend = pf - 1;
          if (described_org) employer = before;
        }
      }
      if (!titled && k > st.first_token + 1 && doc.token_text(k - 1) == "," && out.title_at[tend - 1]) {
        uint32_t k2 = skip_left_titles(tend, st.first_token, role, office, plural);
        if (k2 < tend && !role.empty()) {
          k = k2;
          titled = true;
          if (employer >= 0 && m.affiliation < 0) m.affiliation = employer;
        }
      } else if (int32_t rank = -1; titled && office && k > st.first_token + 2 && doc.token_text(k - 1) == "," && out.title_at[k - 2] &&
                 title_at(k, m.first, rank) > 0 && lex.titles()[static_cast<size_t>(rank)].kind == TitleKind::office) {
        // ("an RSF commander, Brig. Gen. X": a title phrase in apposition before a rank; the rank stays the role)
        std::string role2;
        bool office2 = false, plural2 = false;
        const uint32_t k2 = skip_left_titles(k - 1, st.first_token, role2, office2, plural2);
        if (k2 < k - 1 && !role2.empty() && !plural2) k = k2;
      }
      // organization descriptors: "state news agency Xinhua", "energy firm PDVSA"
      bool described = false;
      // "the opposition forces known as X", "a group called X"
      uint32_t kd = k;
      // ('a group known as "Cold Harbour"': past the name's opening quotation mark)
      if (kd > st.first_token + 3 && doc.tokens[kd - 1].has(tok_quote) && !doc.tokens[kd].has(tok_space_before) &&
          doc.norm[kd - 2] == "as")
        --kd;
      if (kd > st.first_token + 2 && doc.norm[kd - 1] == "as" && (doc.bits[kd - 2] & wc_naming)) kd -= 2;
      else if (kd > st.first_token + 1 && (doc.bits[kd - 1] & wc_naming) && doc.norm[kd - 1] != "known") kd -= 1;
      for (uint32_t a = st.first_token; a < kd && !titled && !m.headline; ++a) {
        uint32_t len = lex.org_before_trie().longest(doc.ids, a, kd, values);
        if (len > 0 && a + len == kd) {
          const bool own = kd == k;
          if (own) k = a;  // "forces known as X": the phrase stays the name's own
          described = true;
          // ("Japanese engineering group X": plain words before the descriptor are the phrase's too)
          for (int adj = 0; own && adj < 2 && k > st.first_token + 1 && plain_adjective(k - 1) &&
                            out.at_token[k - 2] >= 0 && ms[static_cast<size_t>(out.at_token[k - 2])].kind == MentionKind::demonym;
               ++adj)
            --k;
          break;
        }
      }
      if (place) {
        if (described && !titled) m.type = ActorType::organization;
        continue;
      }
      if (titled && !role.empty() && m.lex < 0) {
        m.type = ActorType::person;
        m.typed = true;
        if (office) m.role = role;
      }
      // (not a facility: "the energy giant's Rogun hydropower plant")
      if (described && m.lex < 0 && !(m.typed && m.type == ActorType::other)) {
        m.type = ActorType::organization;
        m.typed = true;
      }
      if (!titled && !described) {
        // "The BBC's Paul Reynolds": a possessive organization right before a person's name
        if (k > st.first_token + 1 && doc.tokens[k - 1].has(tok_possessive)) {
          int32_t d = out.at_token[k - 2];
          if (d >= 0 && affiliable(ms[static_cast<size_t>(d)]) && !m.typed && m.last - m.first == 1 &&
              ms[static_cast<size_t>(d)].type == ActorType::state && !portfolio_before_title(m.last, st.last_token)) {
            // "Argentina's Enarsa": a state's unknown one-word possession is an organization
            m.type = ActorType::organization;
            m.typed = true;
            ms[static_cast<size_t>(d)].modifies = static_cast<int32_t>(mi);
          }
          // ("Uruguay's Luis Lacalle Pou": a state's person of two or more words, as for an organization's)
          if (d >= 0 && affiliable(ms[static_cast<size_t>(d)]) && m.type == ActorType::person &&
              (ms[static_cast<size_t>(d)].type == ActorType::organization ||
               (ms[static_cast<size_t>(d)].type == ActorType::state && m.last - m.first >= 2 && ms[static_cast<size_t>(d)].last + 1 == k &&
                plain_name(m)))) {
            ms[static_cast<size_t>(d)].modifies = static_cast<int32_t>(mi);
            m.affiliation = d;
            m.phrase_first = ms[static_cast<size_t>(d)].first;
          }
        }
        continue;
      }
      m.phrase_first = k;
      // the modifier before the titles: "Russian", "Hungary's", "UK", "Tass"; also over up to two
      // adjectives after a possessive ("IGAD's executive secretary")
      uint32_t j = k;
      // ("Venezuela's former military intelligence chief X": a determiner right after a possessive, past the two)
      auto possessed_det = [&](uint32_t t) {
        return t > st.first_token && !cap(t) && (doc.bits[t] & wc_det) && out.at_token[t] < 0 && doc.tokens[t - 1].has(tok_possessive);
      };
      for (uint32_t a2 = k, adj = 0; titled && (adj < 2 || (adj == 2 && possessed_det(a2 - 1))) && a2 > st.first_token + 1; ++adj) {
        --a2;
        // ("the BBC's South East Asia correspondent X", "WFP's Sudan director X": a place is the beat;
        // the possessor employs)
        const int32_t beat = out.at_token[a2];
        if (beat >= 0 && beat_after_possessor(beat, st.first_token)) {
          j = ms[static_cast<size_t>(beat)].first;
          ms[static_cast<size_t>(beat)].modifies = static_cast<int32_t>(mi);
          break;
        }
        // ("Chinese Embassy spokesman X": a state body's word between the demonym and the title)
        const bool body_word = cap(a2) && (doc.bits[a2] & wc_body) && out.at_token[a2] < 0;
        // ("WFP country director X", "IMF mission chief X": the posting's word)
        const bool posting = !cap(a2) && out.at_token[a2] < 0 && (doc.bits[a2] & (wc_land | wc_branch));
        // ("the PKK's jailed founder X": a participle right after a possessive is an adjective)
        const bool possessed_participle = !cap(a2) && out.at_token[a2] < 0 && doc.tokens[a2 - 1].has(tok_possessive) &&
                                          doc.norm[a2].size() > 4 && doc.norm[a2].compare(doc.norm[a2].size() - 2, 2, "ed") == 0;
        if (!plain_adjective(a2) && !body_word && !posting && !possessed_det(a2) && !possessed_participle) break;
        // ("Asmara accuses Prime Minister X": a verb between a state and a title ties neither)
        if (!body_word && !posting && !possessed_participle && verb_cue_word(a2)) break;
        // ("UN relief chief X": a state or organization right before the words)
        const int32_t before = out.at_token[a2 - 1];
        // ("Oxfam's Sudan country director X": a place before the posting's word is its beat too)
        if (posting && before >= 0 && beat_after_possessor(before, st.first_token)) {
          j = ms[static_cast<size_t>(before)].first;
          ms[static_cast<size_t>(before)].modifies = static_cast<int32_t>(mi);
          break;
        }
        // ("its intelligence chief X": "its" before the words, read below)
        const bool its = before >= 0 && ms[static_cast<size_t>(before)].kind == MentionKind::pronoun && doc.norm[a2 - 1] == "its";
        if (doc.tokens[a2 - 1].has(tok_possessive) || its ||
            (before >= 0 && affiliable(ms[static_cast<size_t>(before)]) && !ms[static_cast<size_t>(before)].possessive)) {
          j = a2;
          break;
        }
      }
      if (j > st.first_token && doc.tokens[j - 1].has(tok_possessive)) --j;
      // "Economic Freedom Fighters (EFF) leader Julius Malema": the name before its acronym
      if (j >= st.first_token + 4 && doc.token_text(j - 1) == ")" && doc.token_text(j - 3) == "(" && out.at_token[j - 2] >= 0 &&
          out.at_token[j - 4] >= 0)
        j -= 3;
      if (j == st.first_token) continue;
      int32_t d = out.at_token[j - 1];
      // ("the Russian embassy's second secretary, X": the state whose body it is)
      if (d < 0 && titled && j >= st.first_token + 2 && j < k && doc.tokens[j].has(tok_possessive) &&
          (doc.bits[j - 1] & wc_body) && !cap(j - 1) && out.at_token[j - 2] >= 0) {
        const Mention& owner = ms[static_cast<size_t>(out.at_token[j - 2])];
        if (owner.type == ActorType::state && (owner.kind == MentionKind::demonym || owner.possessive))
          d = out.at_token[j - 2];
      }
      if (d < 0) continue;
      // ("Its West Africa director, X": a region after the possessive pronoun is the office's beat; a
      // state may be its side, "Its U.S. commissioner")
      {
        const Mention& beat = ms[static_cast<size_t>(d)];
        if (titled && beat.kind == MentionKind::name && !beat.possessive && beat.last == j &&
            beat.type == ActorType::location && beat.first > st.first_token &&
            out.at_token[beat.first - 1] >= 0 && ms[static_cast<size_t>(out.at_token[beat.first - 1])].kind == MentionKind::pronoun &&
            (doc.bits[beat.first - 1] & wc_poss)) {
          d = out.at_token[beat.first - 1];
          j = beat.first;
        }
      }
      // "NAS was represented by its leader, Thomas Cirillo": the organization "its" stands for
      // ("The Taliban deny it. Their spokesman, X, said": "their" opening the sentence too)
      if (titled && ms[static_cast<size_t>(d)].kind == MentionKind::pronoun &&
          (doc.norm[j - 1] == "its" || (doc.norm[j - 1] == "their" && j - 1 == st.first_token)) && m.affiliation < 0) {
        m.affiliation = d;
        continue;
      }
      // "Highlands Gold Chief Executive Mark Dunleavy": an unknown name before a title before a
      // person's name is the employer, not a person
      // ("Westgate chief executive X": a one-word short form too, when the text names an
      // organization so)
      if (titled && office && ms[static_cast<size_t>(d)].kind == MentionKind::name && ms[static_cast<size_t>(d)].lex < 0 &&
          !ms[static_cast<size_t>(d)].typed && !ms[static_cast<size_t>(d)].possessive &&
          (ms[static_cast<size_t>(d)].last - ms[static_cast<size_t>(d)].first >= 2 || names_organization(ms[static_cast<size_t>(d)])) &&
          ms[static_cast<size_t>(d)].last == k) {
        ms[static_cast<size_t>(d)].type = ActorType::organization;
        ms[static_cast<size_t>(d)].typed = true;
      }
      // ("U.S. Middle East envoy X": a region between the employer and the title is the beat)
      if (titled && ms[static_cast<size_t>(d)].type == ActorType::location && !ms[static_cast<size_t>(d)].possessive &&
          ms[static_cast<size_t>(d)].first > st.first_token) {
        const int32_t outer = out.at_token[ms[static_cast<size_t>(d)].first - 1];
        if (outer >= 0 && affiliable(ms[static_cast<size_t>(outer)]) && !ms[static_cast<size_t>(outer)].possessive) {
          ms[static_cast<size_t>(d)].modifies = static_cast<int32_t>(mi);
          d = outer;
        }
      }
      // ("the Commission's competition chief X": a description's owner too, resolved later)
      if (!affiliable(ms[static_cast<size_t>(d)]) && !(titled && described_owner(ms[static_cast<size_t>(d)]))) continue;
      // "VOA Pentagon correspondent": the outer name is the employer, the inner one the beat
      if (!ms[static_cast<size_t>(d)].possessive && ms[static_cast<size_t>(d)].first > st.first_token) {
        int32_t outer = out.at_token[ms[static_cast<size_t>(d)].first - 1];
        // ("Greek Cypriot leader": of two demonyms the first is a community, the second the state)
        const bool community = outer >= 0 && ms[static_cast<size_t>(outer)].kind == MentionKind::demonym &&
                               ms[static_cast<size_t>(d)].kind == MentionKind::demonym;
        if (community) ms[static_cast<size_t>(outer)].modifies = static_cast<int32_t>(mi);
        if (outer >= 0 && !community && affiliable(ms[static_cast<size_t>(outer)]) && !ms[static_cast<size_t>(outer)].possessive) {
          ms[static_cast<size_t>(d)].modifies = static_cast<int32_t>(mi);
          d = outer;
        }
      }
      Mention& dm = ms[static_cast<size_t>(d)];
      dm.modifies = static_cast<int32_t>(mi);
      m.phrase_first = dm.first;
      if (titled) m.affiliation = d;
      // "RSF commander X": a title confirms an unknown acronym before it as an organization
      if (titled && office && dm.lex < 0 && !dm.typed && dm.type == ActorType::organization && dm.last - dm.first == 1)
        dm.typed = true;
      // "Chilean and Kazakhstan Presidents Gabriel Boric and Kassym-Jomart Tokayev"
      if (titled && plural && dm.first >= st.first_token + 2 && doc.norm[dm.first - 1] == "and") {
        int32_t d1 = out.at_token[dm.first - 2];
        size_t next = mi + 1;
        if (d1 >= 0 && affiliable(ms[static_cast<size_t>(d1)]) && next < to && ms[next].first == m.last + 1 &&
            doc.norm[m.last] == "and" && ms[next].kind == MentionKind::name && ms[next].lex < 0) {
          ms[static_cast<size_t>(d1)].modifies = static_cast<int32_t>(mi);
          m.affiliation = d1;
          m.phrase_first = ms[static_cast<size_t>(d1)].first;
          Mention& m2 = ms[next];
          m2.type = ActorType::person;
          m2.typed = true;
          m2.role = role;
          m2.affiliation = d;
        }
      }
    }
    // "Chairman of the State Duma X", "Secretary-General of the SCO X": an office's "of" and the
    // body right before the name
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.affiliation >= 0 || m.headline || m.first < st.first_token + 3)
        continue;
      if (m.type != ActorType::person && m.type != ActorType::other) continue;
      const int32_t d = out.at_token[m.first - 1];
      if (d < 0) continue;
      Mention& dm = ms[static_cast<size_t>(d)];
      if (dm.kind != MentionKind::name || dm.last != m.first || dm.possessive || !affiliable(dm)) continue;
      // ("Governor of Washington X": a seat named for its state is a place here)
      if (dm.form >= 0 && lex.name_forms()[static_cast<size_t>(dm.form)].names.front().kind == NameKind::metonym) continue;
      uint32_t o = dm.first;
      if (o > st.first_token && doc.norm[o - 1] == "the" && !cap(o - 1)) --o;
      if (o < st.first_token + 2 || doc.norm[o - 1] != "of" || cap(o - 1)) continue;
      std::string role;
      bool office = false, plural = false;
      const uint32_t k = skip_left_titles(o - 1, st.first_token, role, office, plural);
      if (k == o - 1 || !office || plural) continue;
      m.type = ActorType::person;
      m.typed = true;
      m.role = role;
      m.affiliation = d;
      m.phrase_first = k;
      dm.modifies = static_cast<int32_t>(mi);
    }
    // "Ghana's agent before the court, Kofi Mensah,", "Kenya's army chief of staff, General X,": a
    // possessor's title phrase in apposition before the name
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.affiliation >= 0 || m.headline) continue;
      if (m.type != ActorType::person && m.type != ActorType::other) continue;
      std::string role;
      bool office = false, plural = false;
      const uint32_t k = skip_left_titles(m.first, st.first_token, role, office, plural);
      if (k < st.first_token + 4 || doc.token_text(k - 1) != ",") continue;
      // "his Vietnamese counterpart, General X": the demonym before a counterpart in apposition
      if ((doc.bits[k - 2] & wc_peer) && !cap(k - 2) && out.at_token[k - 3] >= 0) {
        const int32_t d = out.at_token[k - 3];
        Mention& dm = ms[static_cast<size_t>(d)];
        if (dm.kind == MentionKind::demonym && affiliable(dm) && dm.last == k - 2) {
          dm.modifies = static_cast<int32_t>(mi);
          m.affiliation = d;
          m.type = ActorType::person;
          m.typed = true;
          continue;
        }
      }
      // "the emir of Qatar, Sheikh X,", "a spokesperson for Hamas, X,": a title's "of" or "for" names
      // what the person serves
      // ("the head of the International Atomic Energy Agency (IAEA), X,": past the acronym)
      uint32_t before = k - 2;
      if (before >= st.first_token + 4 && doc.token_text(before) == ")" && doc.token_text(before - 2) == "(" &&
          out.at_token[before - 1] >= 0)
        before -= 3;
      // ("the head of the EU's observer mission, X,": past the body's plain words)
      bool body = false;
      if (out.at_token[before] < 0) {
        uint32_t b = before;
        for (int words = 0; words < 3 && b > st.first_token + 1 && modifier_word(b); ++words) --b;
        if (b < before && doc.tokens[b].has(tok_possessive)) --b;
        body = b < before && out.at_token[b] >= 0;
        if (body) before = b;
      }
      if (out.at_token[before] >= 0) {
        const int32_t d = out.at_token[before];
        Mention& dm = ms[static_cast<size_t>(d)];
        uint32_t o = dm.first;
        if (o > st.first_token && (doc.bits[o - 1] & wc_det)) --o;
        int32_t tt = -1;
        if (dm.last == before + 1 && (!dm.possessive || body) && affiliable(dm) && o > st.first_token + 1 &&
            (doc.norm[o - 1] == "of" || doc.norm[o - 1] == "for")) {
          --o;
          for (uint32_t q = o; q-- > st.first_token && q + 4 > o;) {
            if (title_at(q, o, tt) != o - q) continue;
            const LexTitle& lt = lex.titles()[static_cast<size_t>(tt)];
            if (lt.kind == TitleKind::honorific || lt.plural || q == st.first_token || !(doc.bits[q - 1] & wc_det)) break;
            hold_office(m, mi, d, tt, true);
            break;
          }
          if (m.affiliation >= 0) continue;
        }
      }
      // "Its regional director for Central Asia, X,": the possessive pronoun's owner, resolved later
      // ("X, whose editor-in-chief, Y, said": the name before "whose")
      // (a description's words are plain too: "the regional bloc whose")
      auto plain = [&](uint32_t q) {
        return out.at_token[q] < 0 || ms[static_cast<size_t>(out.at_token[q])].kind == MentionKind::demonym ||
               ms[static_cast<size_t>(out.at_token[q])].kind == MentionKind::description;
      };
      for (uint32_t p = k - 1; p-- > st.first_token && p + 14 > k;) {
        if (doc.token_text(p) == "," || doc.token_text(p) == ".") break;
        int32_t owner = -1;
        if ((doc.bits[p] & wc_poss) && out.at_token[p] >= 0 && ms[static_cast<size_t>(out.at_token[p])].kind == MentionKind::pronoun)
          owner = out.at_token[p];
        else if (doc.norm[p] == "whose" && p >= st.first_token + 2 &&
                 (doc.token_text(p - 1) == "," || (!cap(p - 1) && doc.tokens[p - 1].has(tok_alpha) && plain(p - 1)))) {
          // (past an apposition: "Rossiya Segodnya, the Russian state media group, whose"; "IGAD,
          // the regional bloc whose": one of plain words)
          const bool comma = doc.token_text(p - 1) == ",";
          uint32_t q = comma ? p - 2 : p - 1;
          while (q > st.first_token && doc.token_text(q) != "," && (comma || (!cap(q) && q + 6 > p)) && plain(q)) --q;
          if (!comma && doc.token_text(q) != ",") continue;
          if (doc.token_text(q) == "," && q > st.first_token) --q;
          // (past an acronym in brackets: "the Intergovernmental Authority on Development (IGAD), the bloc whose")
          if (doc.token_text(q) == ")" && q > st.first_token) --q;
          if (out.at_token[q] >= 0 && affiliable(ms[static_cast<size_t>(out.at_token[q])]) &&
              ms[static_cast<size_t>(out.at_token[q])].kind == MentionKind::name)
            owner = out.at_token[q];
        }
        if (owner < 0) continue;
        // ("Its West Africa director, X,": a place before the title is the office's beat)
        uint32_t q0 = p + 1;
        if (q0 < k && out.at_token[q0] >= 0) {
          const Mention& beat = ms[static_cast<size_t>(out.at_token[q0])];
          if (beat.kind == MentionKind::name && !beat.possessive && beat.first == q0 && beat.type == ActorType::location)
            q0 = beat.last;
        }
        int32_t tt = -1;
        if (title_phrase(q0, st.last_token, tt) == k - 1) hold_office(m, mi, owner, tt, false);
        break;
      }
      if (m.affiliation >= 0) continue;
      // (the name ends the apposition: ", Kofi Mensah, told" or ", Kofi Mensah said")
      for (uint32_t p = k - 2; p > st.first_token && p + 14 > k; --p) {
        if (doc.token_text(p) == "," || doc.token_text(p) == ".") break;
        if (!doc.tokens[p].has(tok_possessive)) continue;
        const int32_t d = out.at_token[p - 1];
        int32_t tt = -1;
        if (d < 0 || joined_titles(p + 1, st.last_token, tt) != k - 1) break;
        // ("MG Rover's chairman, John Towers,": an unknown name owning an office is an organization)
        Mention& owner = ms[static_cast<size_t>(d)];
        if (owner.kind == MentionKind::name && owner.lex < 0 && !owner.typed && owner.last - owner.first >= 2 &&
            lex.titles()[static_cast<size_t>(tt)].kind != TitleKind::honorific) {
          owner.type = ActorType::organization;
          owner.typed = true;
        }
        if (!affiliable(owner)) break;
        hold_office(m, mi, d, tt, true);
        break;
      }
    }
    // "Chinese Ambassador to Zambia Han Jing", "U.S. Ambassador to the United Nations X", "UN envoy
    // for Syria X": a title with its "to" or "for" complement before the name; the modifier before
    // the title gives the affiliation
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.affiliation >= 0 || m.headline) continue;
      if (m.type != ActorType::person && m.type != ActorType::other) continue;
      if (m.first < st.first_token + 4 || out.at_token[m.first - 1] < 0) continue;
      const int32_t d = out.at_token[m.first - 1];
      const Mention& dest = ms[static_cast<size_t>(d)];
      // ("US senior adviser for Africa Massad Boulos": a "for" complement may be a region)
      if (dest.possessive || dest.last != m.first) continue;
      uint32_t q = dest.first;
      if (q > st.first_token && (doc.bits[q - 1] & wc_det) && !cap(q - 1)) --q;
      if (q < st.first_token + 3 || !out.title_at[q - 2]) continue;
      if (!(doc.norm[q - 1] == "to" && affiliable(dest)) &&
          !(doc.norm[q - 1] == "for" && (affiliable(dest) || dest.type == ActorType::location)))
        continue;
      uint32_t t0 = q - 1;
      while (t0 > st.first_token && out.title_at[t0 - 1]) --t0;
      int32_t tt = -1;
      if (title_at(t0, q - 1, tt) == 0) continue;
      m.type = ActorType::person;
      m.typed = true;
      if (m.role.empty()) m.role = lex.titles()[static_cast<size_t>(tt)].role;
      uint32_t e = t0;
      if (e > st.first_token && doc.tokens[e - 1].has(tok_possessive)) --e;
      const int32_t owner = e > st.first_token ? out.at_token[e - 1] : -1;
      if (owner >= 0 && affiliable(ms[static_cast<size_t>(owner)]) && owner != d) {
        ms[static_cast<size_t>(owner)].modifies = static_cast<int32_t>(mi);
        m.affiliation = owner;
        m.phrase_first = ms[static_cast<size_t>(owner)].first;
      }
    }
    // "X, who was appointed Norway's envoy,", "X, who is also Pakistan's interior minister,": a
    // relative clause naming an office the person holds
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.affiliation >= 0 || m.headline) continue;
      if (m.type != ActorType::person && m.type != ActorType::other) continue;
      uint32_t q = m.last;
      // ("X was sworn in as Canada's prime minister", "X became Kenya's foreign minister": the same
      // office named in the main clause of a name opening the sentence)
      const bool opens = m.first == st.first_token && q + 3 < st.last_token && (doc.bits[q] & (wc_aux | wc_copula | wc_appoint));
      if (!opens &&
          (q + 3 >= st.last_token || doc.token_text(q) != "," || !(doc.bits[q + 1] & wc_relpron) || doc.norm[q + 1] == "which"))
        continue;
      if (!opens) q += 2;
      const uint32_t verbs = q;
      while (q < st.last_token && q < verbs + 4 && out.at_token[q] < 0 &&
             ((doc.bits[q] & (wc_aux | wc_copula | wc_appoint)) ||
              (q + 2 < st.last_token && doc.norm[q] == "sworn" && doc.norm[q + 1] == "in" && doc.norm[q + 2] == "as")) &&
             !(doc.bits[q] & wc_neg))
        q += doc.norm[q] == "sworn" ? 3 : 1;
      if (q == verbs || q >= st.last_token || !(doc.bits[q - 1] & (wc_copula | wc_appoint))) continue;
      while (q < st.last_token && (doc.bits[q] & wc_det) && out.at_token[q] < 0 && !cap(q)) ++q;
      const int32_t d = q < st.last_token ? out.at_token[q] : -1;
      if (d < 0 || !affiliable(ms[static_cast<size_t>(d)])) continue;
      Mention& dm = ms[static_cast<size_t>(d)];
      if (!dm.possessive && dm.kind != MentionKind::demonym) continue;
      const uint32_t e = dm.last + (dm.possessive ? 1 : 0);
      int32_t tt = -1;
      const uint32_t te = e < st.last_token ? title_phrase(e, st.last_token, tt) : 0;
      if (te <= e || !(te >= st.last_token || doc.token_text(te) == "," || doc.token_text(te) == ".")) continue;
      hold_office(m, mi, d, tt, true);
    }
    // "President Emmanuel Macron of France": a titled name's "of" names the state it serves
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.type != ActorType::person || m.role.empty() || m.affiliation >= 0) continue;
      const uint32_t k = m.last;
      if (k + 1 >= st.last_token || doc.norm[k] != "of" || out.at_token[k + 1] < 0) continue;
      const int32_t d = out.at_token[k + 1];
      Mention& dm = ms[static_cast<size_t>(d)];
      if (dm.type != ActorType::state || dm.possessive || dm.kind != MentionKind::name) continue;
      m.affiliation = d;
      dm.modifies = static_cast<int32_t>(mi);
    }
    // after the name: "X, director of the Y", "X of Y's Z University", "X, from Y,"
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.affiliation >= 0) continue;
      if (m.type != ActorType::person && m.type != ActorType::other) continue;
      // a one-word name is taken only with a title in apposition ("Robertson, the U.S. commander,")
      const bool one_word = m.last - m.first < 2 && m.role.empty();
      uint32_t k = m.last;
      std::string role;
      bool comma = k < st.last_token && doc.token_text(k) == ",";
      if (comma) ++k;
      // "Brian Mast, R-Fla., chairman of": a party-and-state tag before the apposition
      if (comma && k + 3 < st.last_token && out.at_token[k] >= 0 && doc.token_text(k).size() == 1 && cap(k) &&
          is_hyphen(k + 1)) {
        Mention& tag = ms[static_cast<size_t>(out.at_token[k])];
        uint32_t e = tag.last;
        if (e < st.last_token && doc.token_text(e) == ".") ++e;
        if (tag.first == k && tag.last - tag.first <= 3 && e < st.last_token && doc.token_text(e) == "," && tag.lex < 0) {
          tag.kind = MentionKind::description;
          tag.type = ActorType::other;
          tag.pron_class.clear();
          k = e + 1;
        }
      }
      // "Sophie Vermeulen, 41, an engineer with": past the age
      if (comma && k + 2 < st.last_token && doc.tokens[k].has(tok_digit) && doc.token_text(k).size() <= 3 &&
          doc.token_text(k + 1) == "," && out.at_token[k] < 0)
        k += 2;
      // ("Kaja Kallas, now the EU's foreign policy chief,": past an adverb of the office's time)
      if (comma && k + 1 < st.last_token && (doc.bits[k] & wc_appoint) && !cap(k) && (doc.bits[k + 1] & wc_det)) ++k;
      uint32_t t0 = k;
      while (k < st.last_token && (doc.bits[k] & wc_det) && !out.title_at[k]) ++k;
      // ("X, a 41-year-old correspondent for Y,": past the age; not "at the capital's X Arena, the
      // 86-year-old pontiff called": a possessed name is a place, the phrase the clause's subject)
      if (comma && k > t0 && m.type == ActorType::person &&
          !(m.first > st.first_token && (doc.tokens[m.first - 1].has(tok_possessive) || (doc.bits[m.first - 1] & wc_prep))) &&
          k + 1 < st.last_token && doc.tokens[k].has(tok_digit) && doc.norm[k].size() > 9 &&
          doc.norm[k].compare(doc.norm[k].size() - 9, 9, "-year-old") == 0)
        ++k;
      // ("X, a former minister,": an office no longer held)
      const bool former = std::any_of(doc.norm.begin() + t0, doc.norm.begin() + k, [](const std::string& w) { return w == "former"; });
      // (", the Taliban-appointed foreign minister of Afghanistan,": a name before a hyphenated
      // participle only describes the office)
      if (comma && k + 2 < st.last_token && out.at_token[k] >= 0 && !ms[static_cast<size_t>(out.at_token[k])].possessive) {
        const uint32_t p = ms[static_cast<size_t>(out.at_token[k])].last + 2;
        if (p < st.last_token && is_hyphen(p - 2) && !doc.tokens[p - 2].has(tok_space_before) &&
            !doc.tokens[p - 1].has(tok_space_before) && ed_form(doc.norm[p - 1]) && out.at_token[p] < 0 && !cap(p))
          k = p;
      }
      // ", the U.S. commander,": a state or organization, then a title, in apposition
      if (comma && k < st.last_token && out.at_token[k] >= 0) {
        int32_t d = out.at_token[k];
        uint32_t e = ms[static_cast<size_t>(d)].last + (ms[static_cast<size_t>(d)].possessive ? 1 : 0);
        // (", the Taliban government's chief spokesman,": past the body of the state or group)
        // (", the Russian foreign ministry's spokeswoman,": past an adjective of the body too)
        if (!ms[static_cast<size_t>(d)].possessive && e + 2 < st.last_token && plain_adjective(e) && (doc.bits[e + 1] & wc_body) &&
            !cap(e + 1) && out.at_token[e + 1] < 0 && doc.tokens[e + 2].has(tok_possessive))
          ++e;
        if (!ms[static_cast<size_t>(d)].possessive && e + 1 < st.last_token && (doc.bits[e] & wc_body) && !cap(e) &&
            out.at_token[e] < 0 && doc.tokens[e + 1].has(tok_possessive))
          e += 2;
        // (", the group's East Asia researcher,", ", Oxfam's Sudan director,": past the beat)
        if (ms[static_cast<size_t>(d)].possessive && e < st.last_token && out.at_token[e] >= 0 &&
            beat_after_possessor(out.at_token[e], st.first_token))
          e = ms[static_cast<size_t>(out.at_token[e])].last;
        int32_t tt2 = -1;
        const uint32_t te = e < st.last_token ? title_phrase(e, st.last_token, tt2) : 0;
        const uint32_t tl2 = te > e ? te - e : 0;
        // ("X, the party's general secretary,": a description's owner too, resolved later)
        const Mention& owner = ms[static_cast<size_t>(d)];
        // (", an Iran analyst at the Crisis Group,": a job's "at" names the employer; the state is its beat)
        int32_t tt3 = -1;
        const uint32_t tend = e + title_at(e, st.last_token, tt3);
        const bool employer_after = tend > e && tend < te && doc.norm[tend] == "at" &&
                                    lex.titles()[static_cast<size_t>(tt3)].kind == TitleKind::job && !owner.possessive;
        // (", a Malian foreign minister appointed by the AU,": or a participle's phrase after it)
        // (", a former Tanzanian prime minister serving as SADC's envoy,": or a present participle of office)
        const bool participle = te < st.last_token && !cap(te) && doc.tokens[te].has(tok_alpha) &&
                                ((ed_form(doc.norm[te]) && (doc.bits[te] & (wc_aux | wc_report | wc_copula)) == 0) ||
                                 ((doc.bits[te] & wc_appoint) && ing_form(doc.norm[te])));
        // (", the IOM's chief of mission in Haiti,", ", the Dominican Republic's director general of
        // migration,": the title's own complement of plain words or places, up to the comma)
        bool complement = false;
        if (tl2 > 0 && te + 1 < st.last_token && !cap(te) &&
            (doc.norm[te] == "of" || doc.norm[te] == "for" || doc.norm[te] == "in" || doc.norm[te] == "on")) {
          uint32_t c = te + 1;
          while (c < st.last_token && c < te + 7 && doc.token_text(c) != "," && doc.token_text(c) != ".") {
            const int32_t cm = out.at_token[c];
            if (cm >= 0 && (ms[static_cast<size_t>(cm)].type == ActorType::organization ||
                            ms[static_cast<size_t>(cm)].type == ActorType::person || ms[static_cast<size_t>(cm)].possessive))
              break;
            if (cm < 0 && !doc.tokens[c].has(tok_alpha)) break;
            if (cm < 0 && (doc.bits[c] & (wc_relpron | wc_aux | wc_report | wc_copula | wc_clause))) break;
            c = cm >= 0 ? ms[static_cast<size_t>(cm)].last : c + 1;
          }
          complement = c > te + 1 && c < st.last_token && (doc.token_text(c) == "," || doc.token_text(c) == ".");
        }
        if (tl2 > 0 && !employer_after && (affiliable(owner) || described_owner(owner)) &&
            lex.titles()[static_cast<size_t>(tt2)].kind != TitleKind::honorific &&
            (te >= st.last_token || doc.token_text(te) == "," || doc.token_text(te) == "." ||
             doc.norm[te] == "who" || participle || complement)) {  // (", the EU special representative who has mediated")
          ms[static_cast<size_t>(d)].modifies = static_cast<int32_t>(mi);
          m.type = ActorType::person;
          m.typed = true;
          m.affiliation = d;
          // (", a former Peruvian energy minister,": no office now, so no "the minister" later)
          if (!former) m.role = lex.titles()[static_cast<size_t>(tt2)].role;
          continue;
        }
      }
      // ("Okafor, the managing director of X,": or with an article and a title, a current one)
      // ("Dbeibah, head of X," after "Abdulhamid Dbeibah": a surname of a person named before, without one)
      if (one_word && !(comma && t0 < k && !former) && !(comma && !former && person_last_words.count(doc.norm[m.first]) > 0))
        continue;
      // "a senior military analyst at", "a vice department director of": up to three modifiers before the title
      {
        int32_t probe = -1;
        uint32_t a2 = k;
        for (int adj = 0; adj < 3 && a2 < st.last_token && title_at(a2, st.last_token, probe) == 0; ++adj) {
          // ("a Sahel analyst at", "an Asia-Pacific economist at": a place is the beat, not the employer)
          const int32_t beat = out.at_token[a2];
          if (beat >= 0 && ms[static_cast<size_t>(beat)].first == a2 &&
              (ms[static_cast<size_t>(beat)].type == ActorType::location || ms[static_cast<size_t>(beat)].type == ActorType::state) &&
              !ms[static_cast<size_t>(beat)].possessive) {
            a2 = ms[static_cast<size_t>(beat)].last;
            // ("a Bishkek-based analyst with": the place's compound)
            if (a2 + 1 < st.last_token && is_hyphen(a2) && !doc.tokens[a2].has(tok_space_before) &&
                !doc.tokens[a2 + 1].has(tok_space_before) && doc.tokens[a2 + 1].has(tok_alpha) && !cap(a2 + 1))
              a2 += 2;
            continue;
          }
          // ("a sanctions researcher at": a subject's noun, whatever its classes, before the job)
          const bool subject = out.at_token[a2] < 0 && !cap(a2) && doc.tokens[a2].has(tok_alpha) &&
                               !(doc.bits[a2] & (k_function_words | wc_det | wc_pronoun));
          if (!plain_adjective(a2) && !subject && !(out.at_token[a2] < 0 && !cap(a2) && (doc.bits[a2] & wc_rank))) break;
          ++a2;
        }
        if (a2 > k && a2 < st.last_token && title_at(a2, st.last_token, probe) > 0) k = a2;
      }
      int32_t tt = -1;
      uint32_t tlen = k < st.last_token ? title_at(k, st.last_token, tt) : 0;
      if (one_word && (tlen == 0 || lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::honorific)) continue;
      if (tlen > 0) {
        role = lex.titles()[static_cast<size_t>(tt)].role;
        k += tlen;
      } else {
        k = t0;
      }
      // "Yahya Saree, a military spokesman, said", "X, diplomatic adviser to the president,": a title
      // in apposition makes a person (with no article, the title must be followed by its complement
      // or close the apposition)
      const bool closes = k < st.last_token && (doc.token_text(k) == "," || doc.token_text(k) == "." ||
                                                ((doc.bits[k] & wc_prep) && !cap(k)));
      if (comma && !role.empty() && !m.typed && t0 < st.last_token && ((doc.bits[t0] & wc_det) || closes)) {
        m.type = ActorType::person;
        m.typed = true;
        m.role = role;
      }
      if (k >= st.last_token) continue;
      const std::string& p = doc.norm[k];
      // "X, adviser to the Iranian president,", "an aide to Iran's supreme leader": the adviser of
      // a state's officer serves that state
      if (p == "to" && comma && tt >= 0 && lex.titles()[static_cast<size_t>(tt)].kind == TitleKind::job && m.affiliation < 0) {
        uint32_t q = k + 1;
        while (q < st.last_token && (doc.bits[q] & wc_det) && !cap(q)) ++q;
        const int32_t d = q < st.last_token ? out.at_token[q] : -1;
        if (d >= 0 && ms[static_cast<size_t>(d)].type == ActorType::state && affiliable(ms[static_cast<size_t>(d)])) {
          const uint32_t e = ms[static_cast<size_t>(d)].last + (ms[static_cast<size_t>(d)].possessive ? 1 : 0);
          int32_t tt2 = -1;
          const uint32_t te = e < st.last_token ? title_phrase(e, st.last_token, tt2) : 0;
          if (te > e && lex.titles()[static_cast<size_t>(tt2)].kind != TitleKind::job &&
              lex.titles()[static_cast<size_t>(tt2)].kind != TitleKind::honorific) {
            ms[static_cast<size_t>(d)].modifies = static_cast<int32_t>(mi);
            m.affiliation = d;
            continue;
          }
        }
      }
      // ("a senior fellow for Asia-Pacific security at X", "a lecturer in law at X", "a researcher
      // on the Great Lakes region at X": the beat's phrase, then the employer)
      // ("a professor of international relations at X")
      if (comma && (p == "for" || p == "in" || p == "on" || p == "of") && !role.empty() && k + 1 < st.last_token &&
          (out.at_token[k + 1] < 0 || ms[static_cast<size_t>(out.at_token[k + 1])].type == ActorType::location))
        for (uint32_t a = k + 1; a < st.last_token && a < k + 7 && doc.token_text(a) != ","; ++a)
          if (doc.norm[a] == "at" && !cap(a)) {
            k = a;
            break;
          }
      const std::string& p2 = doc.norm[k];
      bool link = p2 == "of" || p2 == "at" || ((p2 == "from" || p2 == "for" || p2 == "with") && comma);
      if (!link || (!comma && p2 != "of")) continue;
      if (!comma && !role.empty()) continue;
      ++k;
      while (k < st.last_token && (doc.bits[k] & wc_det)) ++k;
      // "a lawmaker of the ruling New Democracy party": adjectives before the organization
      // ("a leader of the farmers' organization El Barzon": past a plural possessive's apostrophe)
      for (uint32_t a2 = k, adj = 0; adj < 3 && a2 < st.last_token && out.at_token[a2] < 0 && !cap(a2) &&
                                     (doc.tokens[a2].has(tok_alpha) || (adj > 0 && doc.token_text(a2) == "'")) &&
                                     (doc.bits[a2] & (wc_det | wc_prep | wc_conj | wc_aux | wc_relpron | wc_clause | wc_neg |
                                                      wc_report | wc_modal | wc_future)) == 0;
           ++adj) {
        ++a2;
        if (a2 < st.last_token && out.at_token[a2] >= 0) {
          k = a2;
          break;
        }
      }
      if (k >= st.last_token) continue;
      int32_t d = out.at_token[k];
      if (d < 0) continue;
      // "an analyst at the Istanbul-based Centre for X": a name before a hyphenated participle
      // describes the employer named after it (also past a descriptor: "the Brussels-based think
      // tank Bruegel")
      {
        const uint32_t e = ms[static_cast<size_t>(d)].last;
        if (e + 2 < st.last_token && is_hyphen(e) && !doc.tokens[e].has(tok_space_before) &&
            !doc.tokens[e + 1].has(tok_space_before) && doc.tokens[e + 1].has(tok_alpha) && !cap(e + 1)) {
          k = e + 2;
          for (uint32_t words = 0; words < 2 && k + 1 < st.last_token && modifier_word(k); ++words) ++k;
          d = out.at_token[k];
          if (d < 0) continue;
        }
      }
      // "of China's Tsinghua University": the possessor modifies the organization
      // ("of Nigeria's state oil company NNPC": past a descriptor of up to four words; "of the
      // Central African rebel group X": a demonym too)
      if ((ms[static_cast<size_t>(d)].possessive || ms[static_cast<size_t>(d)].kind == MentionKind::demonym) &&
          ms[static_cast<size_t>(d)].last + 1 < st.last_token) {
        const bool demonym = !ms[static_cast<size_t>(d)].possessive;
        const uint32_t a0 = ms[static_cast<size_t>(d)].last + (demonym ? 0 : 1);
        uint32_t a3 = a0;
        for (uint32_t words = 0; words < 4 && a3 + 1 < st.last_token && out.at_token[a3] < 0 && modifier_word(a3); ++words) ++a3;
        int32_t d2 = out.at_token[a3];
        if ((a3 > a0 || demonym) && (d2 < 0 || ms[static_cast<size_t>(d2)].kind != MentionKind::name ||
                                     ms[static_cast<size_t>(d2)].type != ActorType::organization))
          d2 = -1;
        // ("the head of Kanemura's China business": a place after the possessor is its beat)
        if (d2 >= 0 && (ms[static_cast<size_t>(d2)].type == ActorType::state || ms[static_cast<size_t>(d2)].type == ActorType::location))
          d2 = -1;
        if (d2 >= 0) {
          ms[static_cast<size_t>(d)].modifies = d2;
          d = d2;
        }
      }
      Mention& dm = ms[static_cast<size_t>(d)];
      if (!dm.typed && dm.lex < 0 && dm.kind == MentionKind::name && !role.empty() && p2 != "from") {
        // "an analyst at Stratfor": an unknown name employing someone is an organization (not
        // "an engineer from Ohio": where someone comes from)
        dm.type = ActorType::organization;
        dm.typed = true;
      }
      // ("a spokesman for the group": the organization named before)
      const bool outfit = dm.kind == MentionKind::description && dm.type == ActorType::organization && comma;
      if (!affiliable(dm) && !outfit) continue;
      // "X of Y" binds a person to an organization, not to a state ("the tomb of X in Y")
      if (!comma && dm.type != ActorType::organization) continue;
      if (comma && role.empty() && p2 != "from") continue;
      m.type = ActorType::person;
      m.typed = true;
      m.affiliation = d;
      if (!role.empty()) m.role = role;
    }
    // "liquefied natural gas (LNG)": an acronym spelling the lower-case words before it names a
    // thing, there and wherever the document uses it again
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.last - m.first != 1 || !doc.tokens[m.first].has(tok_upper)) continue;
      const std::string& w = doc.norm[m.first];
      bool thing = std::find(thing_acronyms.begin(), thing_acronyms.end(), w) != thing_acronyms.end();
      if (!thing && m.first >= st.first_token + 3 && m.last < st.last_token && doc.token_text(m.first - 1) == "(" &&
          doc.token_text(m.last) == ")") {
        std::string initials;
        for (uint32_t t = m.first - 1; t-- > st.first_token && initials.size() < w.size();) {
          if (cap(t) || !doc.tokens[t].has(tok_alpha) || out.at_token[t] >= 0) break;
          initials.insert(initials.begin(), doc.norm[t][0]);
        }
        thing = initials == w;
        if (thing) thing_acronyms.push_back(w);
      }
      if (!thing) continue;
      for (uint32_t t = m.first; t < m.last; ++t) out.at_token[t] = no_mention;
      m.kind = MentionKind::description;
      m.type = ActorType::other;
      m.typed = true;
      m.pron_class.clear();
    }
    // "the New York-based watchdog": an unknown name where one is based is a place
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.typed || m.possessive || m.last + 1 >= st.last_token ||
          !is_hyphen(m.last) || doc.tokens[m.last].has(tok_space_before) || doc.tokens[m.last + 1].has(tok_space_before) ||
          !(doc.norm[m.last + 1] == "based" || doc.norm[m.last + 1] == "headquartered"))
        continue;
      m.type = ActorType::location;
      m.typed = true;
      m.attributive = true;
    }
    // "Fano militias", "Wazalendo fighters": an unknown name before a word for fighters is their
    // organization (and they act for it, below)
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      if (m.kind != MentionKind::name || m.lex >= 0 || m.typed || m.possessive || m.last >= st.last_token) continue;
      // (not a compound's first noun, singular: "Rafale fighter jets"; "Fano militias attacked" is plural)
      const uint32_t n = m.last + 1;
      const bool compound = doc.norm[m.last].back() != 's' && n < st.last_token && !cap(n) && doc.tokens[n].has(tok_alpha) &&
                            out.at_token[n] < 0 && !(doc.bits[n] & (k_function_words | wc_det));
      if (!cap(m.last) && (doc.bits[m.last] & wc_fighters) && out.at_token[m.last] < 0 && !compound) {
        m.type = ActorType::organization;
        m.typed = true;
      }
    }
    // demonyms and possessive states before a title with no name: "Soviet officials", "Russia's top diplomats"
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = ms[mi];
      // "Burhan's government accused", "Burhan's office said": a leader's own body acts for them
      if (m.modifies < 0 && (m.type == ActorType::person || m.type == ActorType::other) && m.kind == MentionKind::name && m.possessive &&
          m.last + 1 < st.last_token && !cap(m.last + 1) && (doc.bits[m.last + 1] & wc_body) && out.at_token[m.last + 1] < 0)
        m.standin = true;
      if (m.modifies >= 0 || !(m.type == ActorType::state || m.type == ActorType::organization)) continue;
      uint32_t k = m.last;
      if (m.possessive) ++k;
      while (k < st.last_token && (doc.bits[k] & wc_det) && !out.title_at[k]) ++k;
      // ("Peru's political leaders": past one adjective)
      if (k + 1 < st.last_token && !out.title_at[k] && plain_adjective(k) && out.title_at[k + 1]) ++k;
      if (k < st.last_token && out.title_at[k]) {
        uint32_t e = k;
        while (e < st.last_token && out.title_at[e]) ++e;
        if (e >= st.last_token || out.at_token[e] < 0) m.standin = true;
      }
      // "the Syrian government", "U.S. forces", "Russian and Syrian defense ministries"
      if (k < st.last_token && !cap(k) && (doc.bits[k] & wc_body)) m.standin = true;
      // "al-Shabaab militants": an organization's fighters act for it
      if (m.type == ActorType::organization && k < st.last_token && !cap(k) && (doc.bits[k] & wc_fighters)) m.standin = true;
      if (k + 1 < st.last_token && !cap(k) && !cap(k + 1) && (doc.bits[k + 1] & wc_body) &&
          !(doc.bits[k] & (wc_prep | wc_conj | wc_aux)))
        m.standin = true;
      // ("Ghana's civil aviation authority": past two modifiers, in the possessive)
      if (m.possessive && k + 2 < st.last_token && !cap(k) && !cap(k + 1) && !cap(k + 2) && (doc.bits[k + 2] & wc_body) &&
          doc.tokens[k].has(tok_alpha) && doc.tokens[k + 1].has(tok_alpha) && out.at_token[k] < 0 && out.at_token[k + 1] < 0 &&
          !(doc.bits[k] & k_function_words) && !(doc.bits[k + 1] & k_function_words))
        m.standin = true;
      // "Iran-backed rebels", "Moscow-based analysts": a name before a hyphenated participle
      // modifies what follows
      if (m.last + 1 < st.last_token && is_hyphen(m.last) && !doc.tokens[m.last].has(tok_space_before) &&
          !doc.tokens[m.last + 1].has(tok_space_before) && doc.tokens[m.last + 1].has(tok_alpha) && !cap(m.last + 1))
        m.attributive = true;
      // "French companies", "U.S. Muslim groups": a group acting on its own account (not past an
      // article: "told Reuters the group would")
      uint32_t g = k;
      if (k > m.last && !m.possessive) g = st.last_token;
      if (g < st.last_token && cap(g) && (doc.bits[g] & wc_common) && out.at_token[g] < 0) ++g;
      // ("joined the BRICS group", "the Wagner group": an organization's own descriptor is no group apart)
      const bool own_outfit = m.type == ActorType::organization && g == m.last && g < st.last_token &&
                              (doc.bits[g] & wc_outfit) && !doc.norm[g].empty() && doc.norm[g].back() != 's';
      if (!m.standin && !m.possessive && g < st.last_token && !cap(g) && (doc.bits[g] & wc_apart) && !own_outfit)
        m.attributive = true;
    }
  }

  // A word, a dot and 2-6 lower-case letters ending the token: "Polygraph.info", "BBC.com".
  static bool web_address(std::string_view w) {
    const size_t dot = w.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || w.size() - dot - 1 < 2 || w.size() - dot - 1 > 6) return false;
    for (size_t k = dot + 1; k < w.size(); ++k)
      if (w[k] < 'a' || w[k] > 'z') return false;
    const char before = w[dot - 1];
    return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9');
  }

  // Types single unknown words from their context: "X said", "told X", honorifics.
  void type_from_context(uint32_t s, size_t from, size_t to) {
    const Sentence& st = doc.sentences[s];
    for (size_t mi = from; mi < to; ++mi) {
      Mention& m = out.mentions[mi];
      if (m.kind != MentionKind::name || m.typed) continue;
      // ("KazMunayGas and China National Petroleum Corporation": an unknown word joined by "and" to
      // a known organization is one too, unless it ends the name of a person named before)
      if (m.lex < 0 && m.last == m.first + 1 && m.type == ActorType::other && !m.possessive && !m.headline &&
          person_last_words.count(doc.norm[m.first]) == 0) {
        auto known_org = [&](size_t j) {
          const Mention& o = out.mentions[j];
          return o.kind == MentionKind::name && o.lex >= 0 && lex.actors()[static_cast<size_t>(o.lex)].type == ActorType::organization;
        };
        const bool before = mi + 1 < to && m.last + 1 < st.last_token && doc.norm[m.last] == "and" &&
                            out.mentions[mi + 1].first == m.last + 1 && known_org(mi + 1);
        const bool after = mi > from && m.first >= st.first_token + 2 && doc.norm[m.first - 1] == "and" &&
                           out.mentions[mi - 1].last + 1 == m.first && known_org(mi - 1);
        if (before || after) {
          m.type = ActorType::organization;
          m.typed = true;
          continue;
        }
      }
      uint32_t after = m.last + (m.possessive ? 1 : 0);
      bool said = after < st.last_token && (doc.bits[after] & wc_report) && doc.norm[after] != "according";
      bool told = m.first > st.first_token && (doc.norm[m.first - 1] == "told" || doc.norm[m.first - 1] == "tell" ||
                                               doc.norm[m.first - 1] == "tells" || doc.norm[m.first - 1] == "telling");
      // '"...," said Desmond Clarke': a reporting verb after a quotation, then the speaker
      said = said || (m.first >= st.first_token + 2 && (doc.bits[m.first - 1] & wc_report) && doc.norm[m.first - 1] != "according" &&
                      (doc.token_text(m.first - 2) == "," || doc.tokens[m.first - 2].has(tok_quote)) && m.last - m.first >= 2);
      // "Nucor said it would not bid": a speaker that calls itself "it" is an organization
      const bool said_it = said && after + 1 < st.last_token && (doc.bits[after + 1] & wc_pronoun) &&
                           lex.pronoun_class(doc.norm[after + 1]) == "thing" && !m.possessive;
      if (said_it && m.role.empty()) {
        m.type = ActorType::organization;
        m.typed = true;
      } else if (said || told) {
        // "Tass said": a one-word acronym speaking is an organization
        if (!(m.type == ActorType::organization && m.last - m.first == 1)) m.type = ActorType::person;
        m.typed = true;
      }
    }
  }
};

} // namespace

DocumentMentions find_mentions(const Document& doc, const Lexicon& lex, const MentionOptions& options) {
  Finder f{doc, lex, options, {}, {}, 0, {}, {}, {}, {}, {}, 0, {}, {}, {}};
  f.out.at_token.assign(doc.tokens.size(), no_mention);
  f.out.title_at.assign(doc.tokens.size(), 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    size_t from = f.out.mentions.size();
    f.scan_sentence(s);
    size_t to = f.out.mentions.size();
    f.state_forces(from, to);
    f.state_own_bodies(from, to);
    f.link_sentence(s, from, to);
    f.party_appositions(from, to);
    f.type_from_context(s, from, to);
    f.model_designations(from, to);
    f.category_names(from, to);
  }
  return std::move(f.out);
}

} // namespace relgraph
