#include "relgraph/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace relgraph {
namespace {

// Decodes one UTF-8 code point at `i`; invalid bytes decode as U+FFFD of length 1.
uint32_t decode(std::string_view s, size_t i, size_t& len) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  uint32_t cp = b & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  len = n;
  return cp;
}

bool is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF || cp == 0x1680;
}

bool is_newline(uint32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029; }

bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool is_quote(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x201E ||
         cp == 0x00AB || cp == 0x00BB || cp == 0x2039 || cp == 0x203A || cp == 0x201A;
}

bool is_word_char(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return u_isalnum(static_cast<UChar32>(cp)) || u_getCombiningClass(static_cast<UChar32>(cp)) != 0 ||
         u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

bool is_letter(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return u_isalpha(static_cast<UChar32>(cp));
}

bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

struct Scanner {
  std::string_view s;
  size_t i = 0;
  uint32_t peek(size_t& len) const { return i < s.size() ? decode(s, i, len) : (len = 0, 0u); }
  uint32_t peek_at(size_t at, size_t& len) const {
    return at < s.size() ? decode(s, at, len) : (len = 0, 0u);
  }
};

uint16_t word_flags(std::string_view w) {
  uint16_t f = 0;
  size_t len = 0;
  uint32_t first = decode(w, 0, len);
  if (is_letter(first)) f |= tok_alpha;
  if (is_upper(first)) f |= tok_cap;
  if (is_digit(first)) f |= tok_digit;
  int letters = 0, uppers = 0;
  for (size_t i = 0; i < w.size();) {
    uint32_t cp = decode(w, i, len);
    if (is_letter(cp)) {
      ++letters;
      if (is_upper(cp)) ++uppers;
    }
    i += len;
  }
  if (letters >= 2 && uppers == letters) f |= tok_upper;
  return f;
}

// Scans a word starting at sc.i: letters/digits joined by inner hyphens, dots (U.S., 1.5),
// commas between digits (1,400) and apostrophes not starting a clitic (O'Neill).
size_t scan_word(const Scanner& sc) {
  size_t i = sc.i, len = 0;
  while (i < sc.s.size()) {
    uint32_t cp = decode(sc.s, i, len);
    if (is_word_char(cp)) {
      i += len;
      continue;
    }
    size_t nlen = 0;
    uint32_t next = i + len < sc.s.size() ? decode(sc.s, i + len, nlen) : 0;
    bool next_word = next != 0 && is_word_char(next);
    // "Israel-Hamas" and "U.S.-Canadian" split before a capital; "all-out" and "Moon Jae-in" stay
    // whole; "Iran-backed", "Moscow-based", "rebel-held" split: a name, then a participle
    if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && next_word && i > sc.i && !is_upper(next)) {
      size_t seg = i;
      while (seg > sc.i && sc.s[seg - 1] != '-') --seg;
      size_t flen = 0;
      bool participle = is_upper(decode(sc.s, seg, flen)) && i - seg >= 2;
      if (participle) {
        size_t e = i + len;
        while (e < sc.s.size() && sc.s[e] >= 'a' && sc.s[e] <= 'z') ++e;
        const std::string_view w = sc.s.substr(i + len, e - (i + len));
        const bool word_ends = e >= sc.s.size() || !is_word_char(static_cast<unsigned char>(sc.s[e]));
        participle = word_ends && w.size() >= 3 &&
                     ((w.size() >= 4 && w.substr(w.size() - 2) == "ed") || w == "led" || w == "held" || w == "made" || w == "born" ||
                      w == "run");
      }
      if (!participle) {
        i += len;
        continue;
      }
    }
    if ((cp == '.' || cp == ',' || cp == ':') && next_word && i > sc.i) {
      size_t plen = 0;
      uint32_t prev = decode(sc.s, i - 1, plen);
      // 1,400 / 3.5 / U.S / 10:30; a dot between letters only when short segments (U.S., H.W.)
      if (is_digit(prev) && is_digit(next)) {
        i += len;
        continue;
      }
      // "Polygraph.info", "gov.uk": a web domain stays one word
      if (cp == '.' && is_letter(prev) && next >= 'a' && next <= 'z') {
        size_t e = i + len;
        while (e < sc.s.size() && sc.s[e] >= 'a' && sc.s[e] <= 'z') ++e;
        size_t tld = e - (i + len);
        bool ends = e >= sc.s.size() || !is_word_char(static_cast<unsigned char>(sc.s[e]));
        if (tld >= 2 && tld <= 4 && ends) {
          static const char* const known[] = {"com", "org", "net", "info", "gov", "edu", "int", "uk", "io", "ru", "cn", "de", "fr"};
          for (const char* k : known)
            if (sc.s.substr(i + len, tld) == k) return e;
        }
      }
      if (cp == '.' && is_letter(prev) && is_letter(next)) {
        // the segment before the dot must be one letter: "U.S", not "end.Next"
        size_t seg = i;
        while (seg > sc.i && sc.s[seg - 1] != '.') --seg;
        if (i - seg <= 1) {
          i += len;
          continue;
        }
      }
      break;
    }
    if (is_apostrophe(cp) && next_word && i > sc.i) {
      // a clitic ('s, 're, n't, 'll, 've, 'd, 'm) is its own token; O'Neill is one word
      std::string_view rest = sc.s.substr(i + len);
      auto starts = [&](std::string_view p) {
        if (rest.size() < p.size()) return false;
        for (size_t k = 0; k < p.size(); ++k)
          if ((rest[k] | 0x20) != p[k]) return false;
        return rest.size() == p.size() || !is_word_char(static_cast<unsigned char>(rest[p.size()]));
      };
      if (starts("s") || starts("re") || starts("ll") || starts("ve") || starts("d") || starts("m") ||
          starts("t"))
        break;
      i += len;
      continue;
    }
    break;
  }
  return i;
}

bool contains(const std::unordered_set<std::string>* set, const std::string& w) {
  return set != nullptr && set->count(w) != 0;
}

bool is_dot(const Document& doc, size_t k) {
  const Token& t = doc.tokens[k];
  return (t.flags & tok_punct) && t.end - t.start == 1 && doc.text[t.start] == '.';
}

// "Mr" + "." -> "Mr."; "U.S" + "." -> "U.S."; "H" + "." -> "H." (initials).
void merge_abbreviation_dots(Document& doc, const TextOptions& options) {
  std::vector<Token> out;
  out.reserve(doc.tokens.size());
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    Token t = doc.tokens[k];
    if ((t.flags & tok_alpha) && k + 1 < doc.tokens.size() && is_dot(doc, k + 1) &&
        !(doc.tokens[k + 1].flags & tok_space_before)) {
      std::string_view w = doc.span_text(t.start, t.end);
      bool inner_dot = w.find('.') != std::string_view::npos;
      bool initial = w.size() == 1 && (t.flags & tok_cap);
      if (inner_dot || initial || contains(options.abbreviations, normalize_key(w))) {
        t.end = doc.tokens[k + 1].end;
        out.push_back(t);
        ++k;
        continue;
      }
    }
    out.push_back(t);
  }
  doc.tokens = std::move(out);
}

bool closes(const Document& doc, size_t k) {
  const Token& t = doc.tokens[k];
  if (t.flags & tok_space_before) return false;
  if (t.flags & tok_quote) return true;
  char c = doc.text[t.start];
  return c == ')' || c == ']';
}

void split_sentences(Document& doc, const TextOptions& options) {
  const size_t n = doc.tokens.size();
  size_t first = 0;
  auto emit = [&](size_t last) {
    if (last <= first) return;
    Sentence st;
    st.first_token = static_cast<uint32_t>(first);
    st.last_token = static_cast<uint32_t>(last);
    st.start = doc.tokens[first].start;
    st.end = doc.tokens[last - 1].end;
    doc.sentences.push_back(st);
    first = last;
  };
  for (size_t k = 0; k < n; ++k) {
    if (k > first && (doc.tokens[k].flags & tok_line_before)) emit(k);
    if (k - first >= options.max_sentence_tokens) emit(k);
    const Token& t = doc.tokens[k];
    std::string_view w = doc.span_text(t.start, t.end);
    bool terminal = (t.flags & tok_punct) && (w[0] == '.' || w[0] == '!' || w[0] == '?');
    // ("posted on X. He accused": an initial too)
    if (!terminal && (t.flags & tok_alpha) && w.size() >= 2 && w.back() == '.' &&
        (w.find('.') != w.size() - 1 || w.size() == 2) && k + 1 < n) {
      // "... the U.S. The next": an acronym ends the sentence when a common word follows
      const Token& next = doc.tokens[k + 1];
      terminal = (next.flags & tok_cap) && contains(options.sentence_starters, doc.norm[k + 1]) &&
                 !(contains(options.title_openers, doc.norm[k + 1]) && k + 2 < n && (doc.tokens[k + 2].flags & tok_cap));
    }
    if (!terminal) continue;
    size_t end = k + 1;
    while (end < n && closes(doc, end)) ++end;
    if (end < n) {
      const Token& next = doc.tokens[end];
      // "said Mr. X" style false ends are already merged; lower-case continuation is no end
      // (no sentence opens with a comma: "Rep. Brian Mast, R-Fla., chairman of")
      const char c0 = doc.text[next.start];
      bool starts_new = (next.flags & (tok_cap | tok_digit | tok_quote | tok_line_before)) ||
                        ((next.flags & tok_punct) && c0 != ',' && c0 != ';' && c0 != ':');
      if (!starts_new) continue;
    }
    doc.tokens[k].flags |= tok_sentence_end;
    emit(end);
    k = end - 1;
  }
  emit(n);
  for (Sentence& st : doc.sentences) {
    // a headline: no final punctuation, most words capitalised, or all capitals
    int words = 0, caps = 0, uppers = 0, capital_function_words = 0;
    bool punct_end = false;
    for (uint32_t k = st.first_token; k < st.last_token; ++k) {
      const Token& t = doc.tokens[k];
      if (t.flags & tok_sentence_end) punct_end = true;
      if (!(t.flags & tok_alpha)) continue;
      ++words;
      if (t.flags & tok_cap) ++caps;
      if (t.flags & tok_upper) ++uppers;
      // "Putin In China To Meet": title case capitalises function words; a list of names does not
      if (k > st.first_token && (t.flags & tok_cap) && contains(options.sentence_starters, doc.norm[k]))
        ++capital_function_words;
    }
    st.title_case = words >= 2 && (uppers * 10 >= words * 8 || caps * 10 >= words * 6);
    st.headline = !punct_end && st.title_case && (uppers * 10 >= words * 8 || capital_function_words > 0);
    // the document's first line without final punctuation is its title, whatever its case
    if (&st == &doc.sentences.front() && !punct_end && words >= 2 && st.last_token < doc.tokens.size() &&
        doc.tokens[st.last_token].has(tok_line_before))
      st.headline = true;
  }
}

} // namespace

std::string normalize_key(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  std::string out;
  out.reserve(s.size());
  if (ascii) {
    for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  icu::UnicodeString kept;
  for (int32_t k = 0; k < d.length(); ++k) {
    UChar c = d[k];
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
    else if (c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2014) c = '-';
    kept.append(c);
  }
  kept.toLower();
  kept.toUTF8String(out);
  return out;
}

std::string slugify(std::string_view label) {
  std::string key = normalize_key(label);
  std::string out;
  bool dash = false;
  for (unsigned char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(static_cast<char>(c));
    } else if (c == '\'' ) {
      // "People's" -> "peoples"
    } else {
      dash = true;
    }
  }
  return out.empty() ? std::string("actor") : out;
}

Document analyse_text(std::string text, DocumentInfo info, const TextOptions& options) {
  Document doc;
  doc.info = std::move(info);
  doc.text = std::move(text);
  std::string_view s = doc.text;
  Scanner sc{s, 0};
  bool space = true, line = true;
  while (sc.i < s.size()) {
    size_t len = 0;
    uint32_t cp = sc.peek(len);
    if (is_space(cp) || cp == 0 || (cp < 0x20 && cp != '\t')) {
      if (is_newline(cp)) {
        line = true;

      }
      space = true;
      sc.i += len;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(sc.i);
    if (is_word_char(cp)) {
      size_t end = scan_word(sc);
      // a trailing dot belongs to abbreviations and initials; decided in the sentence pass
      t.end = static_cast<uint32_t>(end);
      t.flags = word_flags(s.substr(t.start, t.end - t.start));
    } else if (is_apostrophe(cp)) {
      // clitic after a word ('s, n't handled as 't after n) or a quote mark
      Scanner probe{s, sc.i + len};
      size_t end = probe.i < s.size() && is_word_char(decode(s, probe.i, len)) ? scan_word(probe) : sc.i;
      bool attached = !space && !doc.tokens.empty() && (doc.tokens.back().flags & tok_alpha);
      if (attached && end > sc.i) {
        size_t alen = 0;
        decode(s, sc.i, alen);
        std::string word = normalize_key(s.substr(sc.i + alen, end - sc.i - alen));
        if (word == "s" || word == "re" || word == "ll" || word == "ve" || word == "d" || word == "m" || word == "t") {
          t.end = static_cast<uint32_t>(end);
          t.flags = word == "s" ? tok_possessive : tok_alpha;
        }
      }
      if (t.end == 0) {
        size_t alen = 0;
        decode(s, sc.i, alen);
        t.end = static_cast<uint32_t>(sc.i + alen);
        // "countries’ ties": a bare apostrophe after a plural is a possessive
        bool plural_possessive = attached && !doc.tokens.empty() &&
                                 (s[doc.tokens.back().end - 1] == 's' || s[doc.tokens.back().end - 1] == 'S');
        t.flags = plural_possessive ? static_cast<uint16_t>(tok_possessive) : static_cast<uint16_t>(tok_punct | tok_quote);
      }
    } else {
      t.end = static_cast<uint32_t>(sc.i + len);
      t.flags = tok_punct;
      if (is_quote(cp)) t.flags |= tok_quote;
      // a run of dashes or dots is one token
      if (cp == '-' || cp == '.' || cp == 0x2014 || cp == 0x2013) {
        size_t j = t.end, l2 = 0;
        while (j < s.size() && decode(s, j, l2) == cp) j += l2;
        t.end = static_cast<uint32_t>(j);
      }
    }
    if (space) t.flags |= tok_space_before;
    if (line) t.flags |= tok_line_before;
    space = line = false;
    sc.i = t.end;
    doc.tokens.push_back(t);
  }

  // "n't": the tokenizer saw "doesn" + "'t"; fold the n back so the clitic reads "n't"
  for (size_t k = 1; k < doc.tokens.size(); ++k) {
    Token& prev = doc.tokens[k - 1];
    Token& cur = doc.tokens[k];
    if (!(cur.flags & tok_space_before) && prev.end - prev.start > 1 && s[prev.end - 1] == 'n' &&
        normalize_key(s.substr(cur.start, cur.end - cur.start)) == "'t") {
      prev.end -= 1;
      cur.start -= 1;
    }
  }

  merge_abbreviation_dots(doc, options);
  doc.norm.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) doc.norm.push_back(normalize_key(s.substr(t.start, t.end - t.start)));
  split_sentences(doc, options);
  return doc;
}

} // namespace relgraph
