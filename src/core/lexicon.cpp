#include "relgraph/lexicon.hpp"

#include "relgraph/corpus.hpp"
#include "relgraph/errors.hpp"
#include "relgraph/text.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace relgraph {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t k = s.find(sep, start);
    out.emplace_back(s.substr(start, k == std::string_view::npos ? std::string_view::npos : k - start));
    if (k == std::string_view::npos) break;
    start = k + 1;
  }
  return out;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (auto& part : split(s, '|'))
    if (!part.empty()) out.push_back(part);
  return out;
}

// Reads a TSV table: skips comments and blank lines, checks the header, calls `row` per line.
// Reads a TSV table from text: skips comments and blank lines, checks the header, calls `row`
// per line. `name` is the file name used in messages ("file:line: ...").
template <typename F>
void parse_table(std::string_view text, const std::string& name, size_t min_cols, F row) {
  size_t lineno = 0, pos = 0;
  bool header = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string line(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lineno == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.empty() || line[0] == '#') continue;
    if (line.find('\0') != std::string::npos)
      throw InputError(name + ":" + std::to_string(lineno) + ": NUL byte in lexicon row");
    std::string fixed = line;
    if (repair_utf8(fixed) >= 0) throw InputError(name + ":" + std::to_string(lineno) + ": invalid UTF-8 in lexicon row");
    auto cols = split(line, '\t');
    if (!header) {
      header = true;
      if (cols.size() < min_cols)
        throw InputError(name + ":" + std::to_string(lineno) + ": header has " + std::to_string(cols.size()) +
                         " columns, expected " + std::to_string(min_cols));
      continue;
    }
    if (cols.size() < min_cols)
      throw InputError(name + ":" + std::to_string(lineno) + ": row has " + std::to_string(cols.size()) +
                       " columns, expected " + std::to_string(min_cols));
    row(cols, lineno);
  }
}

template <typename F>
void read_table(const std::string& path, size_t min_cols, F row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open lexicon file");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  parse_table(text, path, min_cols, row);
}

std::string where(const std::string& path, size_t lineno) { return path + ":" + std::to_string(lineno) + ": "; }

} // namespace

std::string owned_label(const LexActor& state, std::string_view body) {
  return state.demonym.empty() ? state.label + "'s " + std::string(body) : state.demonym + " " + std::string(body);
}

bool Cue::has_flag(std::string_view f) const {
  size_t start = 0;
  while (start <= flags.size()) {
    size_t k = flags.find(',', start);
    std::string_view part = std::string_view(flags).substr(start, k == std::string::npos ? std::string::npos : k - start);
    if (part == f) return true;
    if (k == std::string::npos) break;
    start = k + 1;
  }
  return false;
}

void PhraseTrie::insert(const std::vector<uint32_t>& ids, uint32_t value) {
  uint64_t node = 0;
  for (uint32_t id : ids) {
    if (node == 0) {
      if (m_root.size() <= id) m_root.resize(id + 1, 0);
      if (m_root[id] == 0) {
        m_values.emplace_back();
        m_root[id] = static_cast<uint32_t>(m_values.size() - 1);
      }
      node = m_root[id];
      continue;
    }
    uint64_t key = node << 32 | id;
    auto it = m_next.find(key);
    if (it == m_next.end()) {
      m_values.emplace_back();
      uint32_t child = static_cast<uint32_t>(m_values.size() - 1);
      m_next.emplace(key, child);
      node = child;
    } else {
      node = it->second;
    }
  }
  auto& v = m_values[node];
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(value);
}

uint32_t PhraseTrie::longest(const std::vector<uint32_t>& ids, uint32_t i, uint32_t limit,
                             std::vector<uint32_t>& values, uint32_t transparent) const {
  uint64_t node = 0;
  uint32_t best = 0;
  values.clear();
  for (uint32_t k = i; k < limit; ++k) {
    uint32_t id = ids[k];
    if (id == 0) break; // no phrase holds a word the lexicon does not know
    if (k > i && id == transparent) continue;
    if (k == i) {
      if (id >= m_root.size() || m_root[id] == 0) break;
      node = m_root[id];
    } else {
      auto it = m_next.find(node << 32 | id);
      if (it == m_next.end()) break;
      node = it->second;
    }
    if (!m_values[node].empty()) {
      best = k - i + 1;
      values = m_values[node];
    }
  }
  return best;
}

uint32_t Lexicon::intern(const std::string& norm) {
  auto it = m_vocab.find(norm);
  if (it != m_vocab.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(m_bits.size());
  m_vocab.emplace(norm, id);
  m_bits.push_back(0);
  return id;
}

std::vector<uint32_t> Lexicon::phrase_ids(std::string_view phrase) {
  std::vector<uint32_t> ids;
  for (const auto& t : tokens_of(phrase, true)) ids.push_back(intern(t));
  return ids;
}

// The token ids of a phrase matched regardless of case, in each casing that tokenises differently:
// a hyphenated word stays one token in lower case and splits when capitalised ("secretary-general",
// "Secretary-General").
std::vector<std::vector<uint32_t>> Lexicon::caseless_phrase_ids(std::string_view phrase) {
  std::string lower(phrase), title(phrase);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  bool start = true;
  for (char& c : title) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  std::vector<std::vector<uint32_t>> out;
  for (const std::string& v : {std::string(phrase), lower, title}) {
    std::vector<uint32_t> ids = phrase_ids(v);
    if (std::find(out.begin(), out.end(), ids) == out.end()) out.push_back(std::move(ids));
  }
  return out;
}

void Lexicon::index(Document& doc) const {
  doc.ids.resize(doc.norm.size());
  doc.bits.resize(doc.norm.size());
  for (size_t k = 0; k < doc.norm.size(); ++k) {
    uint32_t id = word_id(doc.norm[k]);
    if (m_quote_id != 0 && doc.tokens[k].has(tok_quote) && !doc.tokens[k].has(tok_possessive)) id = m_quote_id;
    doc.ids[k] = id;
    doc.bits[k] = m_bits[id];
  }
}

std::vector<std::string> Lexicon::tokens_of(std::string_view phrase, bool normalised) const {
  TextOptions o;
  o.abbreviations = &m_abbreviations;
  Document d = analyse_text(std::string(phrase), DocumentInfo{}, o);
  if (normalised) return d.norm;
  std::vector<std::string> out;
  for (uint32_t k = 0; k < d.tokens.size(); ++k) out.emplace_back(d.token_text(k));
  return out;
}

void Lexicon::add_name(uint32_t actor, const std::string& text, NameKind kind, bool plural, bool person_noun) {
  std::string t = text;
  // "the Kremlin" is matched as "Kremlin"; the article is not part of the name
  if (t.rfind("the ", 0) == 0) t.erase(0, 4);
  if (t.empty()) return;
  auto surface = tokens_of(t, false);
  if (surface.empty()) return;
  std::string key;
  for (auto& s : surface) key += s + '\x1f';
  uint32_t form;
  auto it = m_form_by_surface.find(key);
  if (it == m_form_by_surface.end()) {
    form = static_cast<uint32_t>(m_forms.size());
    m_forms.push_back(NameForm{surface, {}});
    m_form_by_surface.emplace(key, form);
    m_name_trie.insert(phrase_ids(t), form);
  } else {
    form = it->second;
  }
  for (const auto& n : m_forms[form].names)
    if (n.actor == actor) return;
  m_forms[form].names.push_back(LexName{actor, kind, plural, person_noun});
}

void Lexicon::load_actor_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open lexicon file");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  load_actor_text(text, path);
}

void Lexicon::load_actor_text(std::string_view text, const std::string& path) {
  parse_table(text, path, 3, [&](const std::vector<std::string>& c, size_t lineno) {
    const std::string& id = c[0];
    if (id.empty()) throw InputError(where(path, lineno) + "empty id");
    ActorType type;
    if (!parse_actor_type(c[1], type)) throw InputError(where(path, lineno) + "unknown type '" + c[1] + "'");
    if (c[2].empty()) throw InputError(where(path, lineno) + "empty label");
    uint32_t idx;
    auto it = m_by_id.find(id);
    if (it == m_by_id.end()) {
      idx = static_cast<uint32_t>(m_actors.size());
      m_actors.push_back(LexActor{id, c[2], type, {}, {}, {}});
      m_by_id.emplace(id, idx);
      add_name(idx, c[2], NameKind::label, false);
    } else {
      idx = it->second;
    }
    LexActor& a = m_actors[idx];
    if (c.size() > 3)
      for (auto& s : split_list(c[3])) {
        a.aliases.push_back(s);
        add_name(idx, s, NameKind::alias, false);
      }
    if (c.size() > 4)
      for (auto& s : split_list(c[4])) {
        a.aliases.push_back(s);
        add_name(idx, s, NameKind::metonym, false);
      }
    if (c.size() > 5) {
      auto dem = split_list(c[5]);
      for (auto& s : dem) {
        // plural people nouns end in s: "Russians", "Israelis" (but "Swiss" is both)
        bool plural = s.size() > 3 && s.back() == 's' && std::find(dem.begin(), dem.end(), s.substr(0, s.size() - 1)) != dem.end();
        // (a singular with a plural after the first, adjectival form: "Turkish|Turk|Turks")
        const bool person_noun = !plural && &s != &dem.front() && std::find(dem.begin(), dem.end(), s + "s") != dem.end();
        add_name(idx, s, NameKind::demonym, plural, person_noun);
        if (!plural && a.demonym.empty()) a.demonym = s;
      }
    }
    if (c.size() > 6)
      for (auto& s : split_list(c[6])) a.codes.push_back(s);
  });
}

void Lexicon::load_titles(const std::string& path) {
  read_table(path, 4, [&](const std::vector<std::string>& c, size_t lineno) {
    LexTitle t;
    t.role = c[1].empty() ? c[0] : c[1];
    t.plural = c[2] == "pl";
    if (c[3] == "office") t.kind = TitleKind::office;
    else if (c[3] == "government") {
      t.kind = TitleKind::government;
      m_government_roles.insert(t.role);
    }
    else if (c[3] == "job") {
      t.kind = TitleKind::job;
      m_job_roles.insert(t.role);
    }
    else if (c[3] == "honorific") t.kind = TitleKind::honorific;
    else throw InputError(where(path, lineno) + "unknown title kind '" + c[3] + "'");
    m_titles.push_back(t);
    if (const size_t sp = c[0].find(' '); sp != std::string::npos) m_title_openers.insert(normalize_key(c[0].substr(0, sp)));
    for (const auto& ids : caseless_phrase_ids(c[0])) m_title_trie.insert(ids, static_cast<uint32_t>(m_titles.size() - 1));
  });
}

bool Lexicon::names_force(std::string_view label) const {
  for (const std::string& f : m_force_names) {
    if (label.size() < f.size()) continue;
    // (at the end, or before "of": "Sudanese Armed Forces", "Armed Forces of Ukraine"; not "NATO Military Committee")
    for (size_t at = label.find(f); at != std::string_view::npos; at = label.find(f, at + 1)) {
      const size_t e = at + f.size();
      if ((at == 0 || label[at - 1] == ' ') && (e == label.size() || label.compare(e, 4, " of ") == 0)) return true;
    }
  }
  return false;
}

void Lexicon::load_org_cues(const std::string& path) {
  read_table(path, 2, [&](const std::vector<std::string>& c, size_t lineno) {
    if (c[1] == "head") m_org_heads.insert(normalize_key(c[0]));
    else if (c[1] == "other") m_other_heads.insert(normalize_key(c[0]));
    else if (c[1] == "location") m_location_heads.insert(normalize_key(c[0]));
    else if (c[1] == "reference") m_org_references.insert(normalize_key(c[0]));
    else if (c[1] == "force") m_force_words.insert(normalize_key(c[0]));
    else if (c[1] == "force name") m_force_names.push_back(normalize_key(c[0]));
    else if (c[1] == "branch") m_branch_names.push_back(normalize_key(c[0]));
    else if (c[1] == "before")
      for (const auto& ids : caseless_phrase_ids(c[0])) m_org_before_trie.insert(ids, 0);
    else throw InputError(where(path, lineno) + "unknown position '" + c[1] + "'");
  });
}

void Lexicon::load_cues(const std::string& path) {
  read_table(path, 5, [&](const std::vector<std::string>& c, size_t lineno) {
    // relation cameo kind phrases preps flags
    const auto row = static_cast<uint32_t>(m_cues.size() + 1);
    for (auto& phrase : split_list(c[3])) {
      Cue cue;
      cue.row = row;
      cue.relation = c[0];
      cue.cameo = c[1];
      cue.kind = c[2];
      cue.phrase = phrase;
      cue.preps = split_list(c[4]);
      if (c.size() > 5) cue.flags = c[5];
      if (cue.kind != "verb" && cue.kind != "noun" && cue.kind != "appositive" && cue.kind != "leader")
        throw InputError(where(path, lineno) + "unknown cue kind '" + cue.kind + "'");
      m_cues.push_back(cue);
      for (const auto& ids : caseless_phrase_ids(phrase)) m_cue_trie.insert(ids, static_cast<uint32_t>(m_cues.size() - 1));
    }
  });
}

void Lexicon::load_words(const std::string& path, std::unordered_set<std::string>& into) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open word list");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    into.insert(normalize_key(line));
  }
}

void Lexicon::load_pronouns(const std::string& path) {
  read_table(path, 2, [&](const std::vector<std::string>& c, size_t) {
    std::string w = normalize_key(c[0]);
    m_pronouns[w] = c[1];
    m_starters.insert(w);
    m_bits[intern(w)] |= wc_pronoun;
  });
}

void Lexicon::load_word_classes(const std::string& path) {
  static const std::pair<const char*, uint64_t> names[] = {
      {"det", wc_det},       {"prep", wc_prep},       {"conj", wc_conj},     {"neg", wc_neg},
      {"refuse", wc_refuse}, {"future", wc_future},   {"plan", wc_plan},     {"modal", wc_modal},
      {"aux", wc_aux},       {"relpron", wc_relpron}, {"clause", wc_clause}, {"light", wc_light},
      {"copula", wc_copula}, {"cond", wc_cond},       {"report", wc_report}, {"group", wc_group},
      {"body", wc_body},     {"stop", wc_stop},       {"control", wc_control},
      {"time", wc_time},     {"land", wc_land},       {"poss", wc_poss},     {"object", wc_objpron},
      {"subject", wc_subjpron}, {"states", wc_states}, {"people", wc_people}, {"peer", wc_peer},
      {"along", wc_along},   {"neither", wc_neither}, {"oblige", wc_oblige},   {"reason", wc_reason},
      {"particle", wc_particle}, {"joiner", wc_joiner}, {"rule", wc_rule},
      {"naming", wc_naming}, {"apart", wc_apart},
      {"place", wc_place}, {"outfit", wc_outfit},
      {"goods", wc_goods}, {"proposal", wc_proposal}, {"mandate", wc_mandate}, {"branch", wc_branch}, {"member", wc_member},
      {"fighters", wc_fighters}, {"assault", wc_assault}, {"amount", wc_amount}, {"regime", wc_regime},
      {"claim", wc_claim}, {"measure", wc_measure}, {"delegation", wc_delegation},
      {"movement", wc_movement}, {"act", wc_act}, {"firm", wc_firm}, {"menace", wc_menace}, {"appoint", wc_appoint}, {"facility", wc_facility},
      {"stigma", wc_stigma}, {"contact", wc_contact}, {"rank", wc_rank}, {"approx", wc_approx}, {"undo", wc_undo}, {"receive", wc_receive}};
  read_table(path, 2, [&](const std::vector<std::string>& c, size_t lineno) {
    uint64_t bits = 0;
    for (auto& name : split(c[1], ',')) {
      bool found = false;
      for (auto& [n, b] : names)
        if (name == n) {
          bits |= b;
          found = true;
        }
      if (!found) throw InputError(where(path, lineno) + "unknown word class '" + name + "'");
    }
    std::string w = normalize_key(c[0]);
    if (bits & (wc_det | wc_conj | wc_clause | wc_prep | wc_aux | wc_relpron | wc_neg)) m_starters.insert(w);
    m_bits[intern(w)] |= bits;
  });
}

void Lexicon::load_role_families(const std::string& path) {
  read_table(path, 2, [&](const std::vector<std::string>& c, size_t) { m_role_families[normalize_key(c[0])] = c[1]; });
}

std::string Lexicon::role_family(const std::string& role) const {
  std::string key = normalize_key(role);
  auto it = m_role_families.find(key);
  return it == m_role_families.end() ? key : it->second;
}

std::string_view Lexicon::pronoun_class(const std::string& norm) const {
  auto it = m_pronouns.find(norm);
  return it == m_pronouns.end() ? std::string_view() : std::string_view(it->second);
}

int32_t Lexicon::find_id(std::string_view id) const {
  auto it = m_by_id.find(std::string(id));
  return it == m_by_id.end() ? -1 : static_cast<int32_t>(it->second);
}

void Lexicon::load_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) throw InputError(dir + ": lexicon directory not found");
  // word lists first: the other tables are tokenised with the abbreviations
  std::unordered_set<std::string> common;
  if (m_quote_id == 0) m_quote_id = intern("\x01quote");  // a key no tokeniser produces
  load_words((fs::path(dir) / "common_words.txt").string(), common);
  for (const auto& w : common) m_bits[intern(w)] |= wc_common;
  load_words((fs::path(dir) / "abbreviations.txt").string(), m_abbreviations);
  std::vector<std::string> actor_files;
  for (auto& e : fs::directory_iterator(fs::path(dir) / "actors"))
    if (e.path().extension() == ".tsv") actor_files.push_back(e.path().string());
  std::sort(actor_files.begin(), actor_files.end());
  for (auto& f : actor_files) load_actor_file(f);
  load_titles((fs::path(dir) / "titles.tsv").string());
  load_org_cues((fs::path(dir) / "org_cues.tsv").string());
  load_cues((fs::path(dir) / "cues.tsv").string());
  load_pronouns((fs::path(dir) / "pronouns.tsv").string());
  load_word_classes((fs::path(dir) / "word_classes.tsv").string());
  load_role_families((fs::path(dir) / "role_families.tsv").string());
}

} // namespace relgraph
