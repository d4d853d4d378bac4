#include "relgraph/errors.hpp"
#include "relgraph/lexicon.hpp"
#include "relgraph/pipeline.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace relgraph;

namespace {

std::string message_of(const std::string& table) {
  Lexicon lex;
  try {
    lex.load_actor_text(table, "mine.tsv");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("lexicon::load_actor_text") {
  const std::string header = "id\ttype\tlabel\taliases\tmetonyms\tdemonyms\tcodes\n";
  SECTION("bad rows are errors naming file and line") {
    CHECK(message_of(header + "x\tperson\n") == "mine.tsv:2: row has 2 columns, expected 3");
    CHECK(message_of("# comment\n" + header + "x\tplanet\tX\n") == "mine.tsv:3: unknown type 'planet'");
    CHECK(message_of(header + "\tstate\tX\n") == "mine.tsv:2: empty id");
    CHECK(message_of(header + "x\tstate\t\n") == "mine.tsv:2: empty label");
    CHECK(message_of(header + std::string("x\tstate\tX\xff\n")) == "mine.tsv:2: invalid UTF-8 in lexicon row");
  }
  SECTION("a user's row adds an actor or extends a known one") {
    Lexicon lex = load_lexicon(std::string(RELGRAPH_SOURCE_DIR) + "/data", {});
    size_t before = lex.actors().size();
    lex.load_actor_text(header + "acme-corp\torganization\tAcme Corp\tAcme\t\t\t\nrussia\tstate\tRussia\tRus\t\t\t\n", "mine.tsv");
    CHECK(lex.actors().size() == before + 1);
    Extraction e = extract_document("Acme criticised Rus.", DocumentInfo{"t", "", "", ""}, lex);
    bool found = false;
    for (const Fact& f : e.facts) found = found || (f.source == "acme-corp" && f.relation == "opposes" && f.target == "russia");
    CHECK(found);
  }
  SECTION("accented names match their plain spelling and back") {
    Lexicon lex;
    lex.load_actor_text(header + "turkiye\tstate\tT\xC3\xBCrkiye\tTurkey\t\t\t\n", "mine.tsv");
    std::vector<uint32_t> values;
    std::vector<uint32_t> plain{lex.word_id("turkiye")};
    CHECK(plain[0] != 0);
    CHECK(lex.name_trie().longest(plain, 0, 1, values) == 1);
  }
  SECTION("a singular demonym with a plural, after the adjective, is only a person noun") {
    Lexicon lex;
    lex.load_actor_text(header + "turkey\tstate\tTurkey\t\t\tTurkish|Turk|Turks\t\nkenya\tstate\tKenya\t\t\tKenyan|Kenyans\t\n",
                        "mine.tsv");
    auto person_noun = [&](const char* word) {
      std::vector<uint32_t> values;
      std::vector<uint32_t> ids{lex.word_id(word)};
      REQUIRE(lex.name_trie().longest(ids, 0, 1, values) == 1);
      return lex.name_forms()[values.front()].names.front().person_noun;
    };
    CHECK(person_noun("turk"));
    CHECK_FALSE(person_noun("turkish"));
    CHECK_FALSE(person_noun("turks"));
    CHECK_FALSE(person_noun("kenyan"));
  }
}

TEST_CASE("lexicon::load_word_classes") {
  Lexicon lex = load_lexicon(default_data_dir(), {});
  SECTION("the shipped table gives each word its roles, several where it has several") {
    CHECK((lex.word_class("her") & wc_poss) != 0);
    CHECK((lex.word_class("her") & wc_objpron) != 0);
    CHECK((lex.word_class("their") & wc_objpron) == 0);
    CHECK((lex.word_class("they") & wc_subjpron) != 0);
    CHECK((lex.word_class("countries") & (wc_states | wc_group)) == (wc_states | wc_group));
    CHECK((lex.word_class("leaders") & wc_states) == 0);
    CHECK((lex.word_class("leaders") & wc_people) != 0);
    CHECK((lex.word_class("counterparts") & wc_peer) != 0);
    CHECK((lex.word_class("nor") & (wc_neither | wc_conj)) == (wc_neither | wc_conj));
    CHECK((lex.word_class("ought") & wc_oblige) != 0);
    CHECK((lex.word_class("over") & (wc_reason | wc_prep)) == (wc_reason | wc_prep));  // a bit above 32
    CHECK((lex.word_class("von") & wc_particle) != 0);
    CHECK((lex.word_class("of") & (wc_joiner | wc_particle)) == wc_joiner);
    CHECK((lex.word_class("summit") & (wc_poss | wc_states | wc_people | wc_peer | wc_oblige)) == 0);
  }
  SECTION("a user's file adds words; an unknown class is an error naming file and line") {
    const std::string dir = std::string(RELGRAPH_SOURCE_DIR) + "/out/test-word-classes";
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/mine.tsv";
    std::ofstream(path) << "word\tclasses\ncomrades\tpeer,group\n";
    lex.load_word_classes(path);
    CHECK((lex.word_class("comrades") & (wc_peer | wc_group)) == (wc_peer | wc_group));
    std::ofstream(path) << "word\tclasses\ncomrades\tpeer\nfoes\tenemies\n";
    try {
      lex.load_word_classes(path);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(std::string(e.what()) == path + ":3: unknown word class 'enemies'");
    }
    std::filesystem::remove_all(dir);
  }
}

TEST_CASE("lexicon::PhraseTrie::longest") {
  PhraseTrie trie;
  trie.insert({1, 2, 3}, 7);  // "in full solidarity"
  trie.insert({1}, 8);        // "in"
  std::vector<uint32_t> values;
  SECTION("the longest match wins") {
    CHECK(trie.longest({1, 2, 3, 4}, 0, 4, values) == 3);
    REQUIRE(values.size() == 1);
    CHECK(values[0] == 7);
  }
  SECTION("a transparent token inside a match is passed over and counted in its length") {
    CHECK(trie.longest({1, 2, 9, 3}, 0, 4, values, 9) == 4);
    CHECK(values == std::vector<uint32_t>{7});
    // without it the match stops at the quotation mark
    CHECK(trie.longest({1, 2, 9, 3}, 0, 4, values) == 1);
    CHECK(values == std::vector<uint32_t>{8});
  }
  SECTION("a match neither starts on a transparent token nor ends after one") {
    CHECK(trie.longest({9, 1, 2, 3}, 0, 4, values, 9) == 0);
    CHECK(trie.longest({1, 9}, 0, 2, values, 9) == 1);
  }
}
