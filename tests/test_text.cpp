#include "relgraph/text.hpp"

#include <catch2/catch.hpp>

#include <unordered_set>

using namespace relgraph;

namespace {

const std::unordered_set<std::string> abbreviations{"mr", "mrs", "dr", "jan", "gen", "sen"};
const std::unordered_set<std::string> common{"the", "he", "but", "it", "this", "under"};
const std::unordered_set<std::string> openers{"under"};

Document analyse(const std::string& text) {
  TextOptions o;
  o.abbreviations = &abbreviations;
  o.sentence_starters = &common;
  o.title_openers = &openers;
  return analyse_text(text, DocumentInfo{"t", "", "", ""}, o);
}

std::vector<std::string> tokens(const Document& d) {
  std::vector<std::string> out;
  for (uint32_t k = 0; k < d.tokens.size(); ++k) out.emplace_back(d.token_text(k));
  return out;
}

std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.span_text(s.start, s.end));
  return out;
}

} // namespace

TEST_CASE("text::analyse_text") {
  SECTION("offsets are half-open byte spans into the original text") {
    std::string text = "\xEF\xBB\xBFPutin met Xi.\r\nThey talked.";
    Document d = analyse(text);
    REQUIRE(d.tokens.size() == 7);
    CHECK(d.token_text(0) == "Putin");
    CHECK(d.tokens[0].start == 3);
    CHECK(d.tokens[0].end == 8);
    CHECK(sentences(d) == std::vector<std::string>{"Putin met Xi.", "They talked."});
  }
  SECTION("CR line ends, non-breaking and other Unicode spaces separate tokens") {
    Document d = analyse("Putin\xC2\xA0met Xi.\rThey\xE2\x80\xAFtalked.\r\nAgain.");
    CHECK(tokens(d) == std::vector<std::string>{"Putin", "met", "Xi", ".", "They", "talked", ".", "Again", "."});
    CHECK(d.sentences.size() == 3);
  }
  SECTION("abbreviations, acronyms and initials do not end a sentence") {
    Document d = analyse("Mr. Straw met U.S. officials in Jan. last year. George H.W. Bush spoke.");
    CHECK(sentences(d) == std::vector<std::string>{"Mr. Straw met U.S. officials in Jan. last year.",
                                                   "George H.W. Bush spoke."});
    CHECK(tokens(d)[0] == "Mr.");
    CHECK(tokens(d)[3] == "U.S.");
  }
  SECTION("a full stop followed by a comma ends no sentence") {
    Document d = analyse("Brian Mast, R-Fla., chairman of the committee, spoke. Others left.");
    CHECK(d.sentences.size() == 2);
  }
  SECTION("an acronym ends a sentence when a function word starts the next") {
    Document d = analyse("Talks were held in the U.S. The next round is in China.");
    CHECK(d.sentences.size() == 2);
    Document e = analyse("U.S. Trade Representative Clayton Yeutter spoke.");
    CHECK(e.sentences.size() == 1);
    // (a title's first word before a capitalised word goes on: "U.S. Under Secretary")
    CHECK(analyse("U.S. Under Secretary of State Thomas DiNanno spoke.").sentences.size() == 1);
    CHECK(analyse("Talks were held in the U.S. Under the deal, tariffs fall.").sentences.size() == 2);
    // (so does a one-letter name that looks like an initial)
    CHECK(sentences(analyse("He posted it on X. He left. George W. Bush spoke.")) ==
          std::vector<std::string>{"He posted it on X.", "He left.", "George W. Bush spoke."});
  }
  SECTION("closing quotes stay with their sentence") {
    Document d = analyse("\xE2\x80\x9C" "China holds all of the cards,\xE2\x80\x9D he said. \xE2\x80\x9CIt is done.\xE2\x80\x9D Then he left.");
    auto s = sentences(d);
    REQUIRE(s.size() == 3);
    CHECK(s[1] == "\xE2\x80\x9CIt is done.\xE2\x80\x9D");
  }
  SECTION("typographic possessives and clitics are their own tokens") {
    Document d = analyse("Russia\xE2\x80\x99s partner doesn\xE2\x80\x99t know the countries\xE2\x80\x99 ties.");
    auto t = tokens(d);
    CHECK(t[0] == "Russia");
    CHECK(t[1] == "\xE2\x80\x99s");
    CHECK(d.tokens[1].has(tok_possessive));
    CHECK(t[3] == "does");
    CHECK(t[4] == "n\xE2\x80\x99t");
    CHECK(d.norm[4] == "n't");
    CHECK(d.tokens[8].has(tok_possessive));
  }
  SECTION("numbers and hyphenated words stay whole") {
    auto t = tokens(analyse("Kassym-Jomart Tokayev paid $190 billion for 1,400 all-out tanks in Israel-Hamas talks."));
    CHECK(t[0] == "Kassym"); // split before a capital, rejoined as a name by the mentions stage
    CHECK(t[1] == "-");
    CHECK(t[2] == "Jomart");
    CHECK(t[6] == "190");
    CHECK(t[9] == "1,400");
    CHECK(t[10] == "all-out");
    CHECK(t[13] == "Israel");
    CHECK(t[15] == "Hamas");
  }
  SECTION("a name before a hyphenated participle is its own word; hyphenated given names stay whole") {
    auto t = tokens(analyse("Iran-backed and rebel-held towns met Moon Jae-in and X-rays."));
    CHECK(t[0] == "Iran");
    CHECK(t[1] == "-");
    CHECK(t[2] == "backed");
    CHECK(t[4] == "rebel-held");
    CHECK(t[8] == "Jae-in");
    CHECK(t[10] == "X-rays");
  }
  SECTION("a line without final punctuation in title case is a headline") {
    Document d = analyse("Russian President Putin In China To Meet Xi\n\nOn Tuesday, Putin travelled.");
    REQUIRE(d.sentences.size() == 2);
    CHECK(d.sentences[0].headline);
    CHECK(d.sentences[0].title_case);
    CHECK_FALSE(d.sentences[1].headline);
  }
  SECTION("a sentence-case first line is a headline whose capitals still mark names") {
    Document d = analyse("Dominican Republic seals Haiti border in canal row\n\nThe border closed on Friday.");
    REQUIRE(d.sentences.size() == 2);
    CHECK(d.sentences[0].headline);
    CHECK_FALSE(d.sentences[0].title_case);
    CHECK_FALSE(d.sentences[1].title_case);
  }
  SECTION("any byte sequence is tokenised without throwing") {
    std::string junk;
    for (int i = 0; i < 512; ++i) junk.push_back(static_cast<char>((i * 37) & 0xff));
    Document d = analyse(junk);
    for (const auto& t : d.tokens) CHECK(t.end <= junk.size());
  }
  SECTION("very long runs are cut into bounded sentences") {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "word ";
    Document d = analyse(text);
    for (const auto& s : d.sentences) CHECK(s.last_token - s.first_token <= 400);
  }
}

TEST_CASE("text::normalize_key") {
  CHECK(normalize_key("Orb\xC3\xA1n") == "orban");
  CHECK(normalize_key("Erdo\xC4\x9F" "an") == "erdogan");
  CHECK(normalize_key("Putin") == "putin");
  CHECK(normalize_key("\xE2\x80\x99s") == "'s");
}

TEST_CASE("text::slugify") {
  CHECK(slugify("Vladimir Putin") == "vladimir-putin");
  CHECK(slugify("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev");
  CHECK(slugify("People's Republic of China") == "peoples-republic-of-china");
  CHECK(slugify("Viktor Orb\xC3\xA1n") == "viktor-orban");
}
