// The relgraph executable end to end: options, inputs of every kind, errors and exit codes.
#include "relgraph/io.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

using test_support::slurp;
using test_support::spit;
using test_support::TempDir;

struct Run {
  int code = -1;
  std::string out, err;
};

const std::string k_bin = RELGRAPH_BINARY;
const std::string k_src = RELGRAPH_SOURCE_DIR;




// Runs `relgraph ARGS` in a shell, capturing stdout, stderr and the exit code.
Run run(const std::string& args, const std::string& stdin_text = "") {
  const TempDir d("run");
  spit(d / "in", stdin_text);
  std::string cmd = k_bin + " " + args + " <" + (d / "in").string() + " >" + (d / "out").string() + " 2>" + (d / "err").string();
  int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(d / "out");
  r.err = slurp(d / "err");
  return r;
}

int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

const std::string sample = k_src + "/samples/putin-xi.txt";

} // namespace

TEST_CASE("cli::build") {
  SECTION("the sample writes JSON and DOT into the output directory") {
    const TempDir d("sample");
    Run r = run("build " + sample + " -o " + (d / "nested").string());
    CHECK(r.code == 0);
    CHECK(fs::exists(d / "nested" / "putin-xi.json"));
    CHECK(fs::exists(d / "nested" / "putin-xi.dot"));
    // no temporary files left behind
    int entries = 0;
    for (auto& e : fs::directory_iterator(d / "nested")) entries += e.is_regular_file() ? 1 : 0;
    CHECK(entries == 2);
  }
  SECTION("-o - writes one format to standard output; stdin is read with '-'") {
    Run a = run("build " + sample + " -f json -o -");
    REQUIRE(a.code == 0);
    CHECK(a.out.find("\"nodes\"") != std::string::npos);
    Run b = run("build - -f json -o -", slurp(sample));
    REQUIRE(b.code == 0);
    CHECK(b.out.find("\"vladimir-putin\"") != std::string::npos);
    Run c = run("build " + sample + " -f json,dot -o -");
    CHECK(c.code == 1);
    CHECK(c.err.find("exactly one") != std::string::npos);
  }
  SECTION("several inputs and --name give one merged graph") {
    const TempDir d("merge");
    spit(d / "a.txt", "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.");
    spit(d / "b.txt", "Chancellor Olaf Scholz criticised Russia.");
    Run r = run("build " + (d / "a.txt").string() + " " + (d / "b.txt").string() + " -o " + d.string() + " --name week -f json");
    REQUIRE(r.code == 0);
    std::string json = slurp(d / "week.json");
    CHECK(json.find("\"olaf-scholz\"") != std::string::npos);
    CHECK(json.find("\"id\": \"a\"") != std::string::npos);
    CHECK(json.find("\"id\": \"b\"") != std::string::npos);
  }
  SECTION("a directory is read recursively; html is stripped; output does not depend on threads") {
    const TempDir d("dir");
    fs::create_directories(d / "in" / "sub");
    spit(d / "in" / "one.txt", "Japan urged North Korea to stop.");
    spit(d / "in" / "sub" / "two.html", "<html><head><script>var x='Iran';</script></head><body><p>Egypt hosted Jordan&#39;s King Abdullah.</p></body></html>");
    spit(d / "in" / "skip.csv", "Iran,attacked,Iraq");
    Run one = run("build " + (d / "in").string() + " -f json -o - --threads 1");
    Run two = run("build " + (d / "in").string() + " -f json -o - --threads 2");
    REQUIRE(one.code == 0);
    CHECK(one.out == two.out);
    CHECK(one.out.find("\"north-korea\"") != std::string::npos);
    CHECK(one.out.find("\"egypt\"") != std::string::npos);
    CHECK(one.out.find("\"iraq\"") == std::string::npos);
    CHECK(one.out.find("sub/two") != std::string::npos);
  }
  SECTION("JSON Lines corpora; a malformed line is skipped with its line number, or stops with --strict") {
    const TempDir d("jsonl");
    spit(d / "c.jsonl", "{\"id\": \"d1\", \"text\": \"Japan urged North Korea to stop.\", \"date\": \"2024-01-02\"}\n"
                        "{\"id\": \"d2\", \"text\": \n"
                        "{\"id\": \"d3\", \"text\": \"Egypt hosted Jordan's King Abdullah.\"}\n");
    Run r = run("build --jsonl " + (d / "c.jsonl").string() + " -f json -o -");
    CHECK(r.code == 2);
    CHECK(r.err.find("c.jsonl: line 2") != std::string::npos);
    CHECK(lines(r.err) == 1);
    CHECK(r.out.find("\"2024-01-02\"") != std::string::npos);
    CHECK(r.out.find("\"egypt\"") != std::string::npos);
    Run s = run("build --strict --jsonl " + (d / "c.jsonl").string() + " -f json -o -");
    CHECK(s.code == 1);
    CHECK(s.out.empty());
    Run in = run("build --jsonl - -f json -o -", "{\"id\": \"x\", \"text\": \"Qatar backed Hamas.\"}\n");
    CHECK(in.code == 0);
    CHECK(in.out.find("\"qatar\"") != std::string::npos);
  }
  SECTION("invalid UTF-8 is repaired with a warning, an error with --strict") {
    const TempDir d("utf8");
    spit(d / "bad.txt", std::string("Japan urged North Korea \xC3\x28 to stop.\n"));
    Run r = run("build " + (d / "bad.txt").string() + " -f json -o -");
    CHECK(r.code == 0);
    CHECK(r.err.find("bad.txt: invalid UTF-8 at byte 24") != std::string::npos);
    CHECK(r.out.find("\"north-korea\"") != std::string::npos);
    Run s = run("build --strict " + (d / "bad.txt").string() + " -f json -o -");
    CHECK(s.code == 1);
    CHECK(s.err.find("bad.txt: invalid UTF-8") != std::string::npos);
  }
  SECTION("binary files: an error when named, skipped in a directory") {
    const TempDir d("binary");
    fs::create_directories(d / "in");
    spit(d / "in" / "blob.txt", std::string("abc\0def", 7));
    spit(d / "in" / "ok.txt", "Qatar backed Hamas.");
    Run named = run("build " + (d / "in" / "blob.txt").string() + " -f json -o -");
    CHECK(named.code == 1);
    CHECK(named.err.find("blob.txt: binary file") != std::string::npos);
    Run walked = run("build " + (d / "in").string() + " -f json -o -");
    CHECK(walked.code == 2);
    CHECK(walked.err.find("blob.txt: binary file") != std::string::npos);
    CHECK(walked.out.find("\"qatar\"") != std::string::npos);
  }
  SECTION("bad paths, options and output directories fail before any work, with one line") {
    Run missing = run("build /nonexistent/article.txt -f json -o -");
    CHECK(missing.code == 1);
    CHECK(missing.err == "relgraph: error: /nonexistent/article.txt: no such file or directory\n");
    Run option = run("build " + sample + " --frobnicate");
    CHECK(option.code == 1);
    CHECK(lines(option.err) == 1);
    Run format = run("build " + sample + " -f pdf");
    CHECK(format.code == 1);
    CHECK(format.err.find("unknown format 'pdf'") != std::string::npos);
    const TempDir d("ro");
    spit(d / "file", "x");
    Run out = run("build " + sample + " -o " + (d / "file" / "sub").string());
    CHECK(out.code == 1);
    CHECK(out.err.find("cannot create output directory") != std::string::npos);
  }
  SECTION("empty input and text without actors give an empty graph") {
    Run empty = run("build - -f json -o -", "");
    CHECK(empty.code == 0);
    CHECK(empty.out.find("\"nodes\": []") != std::string::npos);
    Run plain = run("build - -f json -o -", "the cat sat on the mat.\n");
    CHECK(plain.code == 0);
    CHECK(plain.out.find("\"links\": []") != std::string::npos);
  }
  SECTION("pathological inputs finish quickly: no punctuation, one long sentence, one name repeated") {
    // each would take minutes with a quadratic step; `timeout` turns a hang into a failure
    const TempDir d("limits");
    std::string words, names, sentence;
    words.reserve(6'000'000);
    for (int i = 0; i < 1'000'000; ++i) words += "word ";
    for (int i = 0; i < 1'000'000; ++i) names += "Putin ";
    for (int i = 0; i < 100'000; ++i) sentence += (i % 7 == 0) ? "President Vladimir Putin met Xi Jinping and " : "then ";
    spit(d / "words.txt", words);
    spit(d / "names.txt", names);
    spit(d / "sentence.txt", sentence + ".");
    // (an unoptimised sanitizer build is about ten times slower: scripts/sanitize.sh scales the limit;
    // a quadratic step would still take hours)
    const char* scale = std::getenv("RELGRAPH_TEST_TIMEOUT_SCALE");
    const int limit = 120 * std::max(1, scale ? std::atoi(scale) : 1);
    for (const char* f : {"words.txt", "names.txt", "sentence.txt"}) {
      std::string cmd = "timeout " + std::to_string(limit) + " " + k_bin + " build " + (d / f).string() + " -f json -o " +
                        d.string() + " --quiet";
      INFO(f);
      CHECK(std::system(cmd.c_str()) == 0);
    }
    CHECK(slurp(d / "sentence.json").find("\"meets\"") != std::string::npos);
  }
  SECTION("the order of the inputs does not change a byte; --progress reports on stderr") {
    const TempDir d("order");
    spit(d / "a.txt", "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.");
    spit(d / "b.txt", "Chancellor Olaf Scholz criticised Russia. Japan urged North Korea to stop.");
    Run ab = run("build " + (d / "a.txt").string() + " " + (d / "b.txt").string() + " -f json -o - --progress");
    Run ba = run("build " + (d / "b.txt").string() + " " + (d / "a.txt").string() + " -f json -o -");
    REQUIRE(ab.code == 0);
    CHECK(ab.out == ba.out);
    CHECK(ab.err.find("docs") != std::string::npos);
    CHECK(ab.err.find("MB/s") != std::string::npos);
    CHECK(ba.err.empty());
  }
  SECTION("an output never overwrites an input") {
    const TempDir d("self");
    spit(d / "x.json", "Qatar backed Hamas.");
    Run r = run("build " + (d / "x.json").string() + " -f json -o " + d.string());
    CHECK(r.code == 1);
    CHECK(slurp(d / "x.json") == "Qatar backed Hamas.");
  }
  SECTION("-f mentions writes one JSON object per mention with byte offsets into the input") {
    Run r = run("build " + sample + " -f mentions -o -");
    REQUIRE(r.code == 0);
    std::string text = slurp(sample);
    std::istringstream lines_in(r.out);
    std::string line;
    int n = 0, names = 0;
    while (std::getline(lines_in, line)) {
      ++n;
      auto field = [&](const std::string& k) {
        auto p = line.find("\"" + k + "\":");
        REQUIRE(p != std::string::npos);
        return line.substr(p + k.size() + 3);
      };
      unsigned long start = std::stoul(field("start")), end = std::stoul(field("end"));
      std::string t = field("text");
      t = t.substr(1, t.find('"', 1) - 1);
      REQUIRE(end <= text.size());
      if (t.find('\\') == std::string::npos) CHECK(text.substr(start, end - start) == t);
      if (field("kind").rfind("\"name\"", 0) == 0) ++names;
    }
    CHECK(n > 50);
    CHECK(names > 30);
    CHECK(r.out.find("\"kind\":\"pronoun\"") != std::string::npos);
    CHECK(r.out.find("\"text\":\"Kremlin\",\"type\":\"state\",\"kind\":\"name\",\"actor\":\"russia\"") != std::string::npos);
  }
  SECTION("help explains every option with examples") {
    Run top = run("--help");
    CHECK(top.code == 0);
    CHECK(top.out.find("Exit codes") != std::string::npos);
    Run b = run("build --help");
    CHECK(b.code == 0);
    for (const char* opt : {"--format", "--output", "--name", "--jsonl", "--strict", "--threads", "--lexicon", "Examples"})
      CHECK(b.out.find(opt) != std::string::npos);
  }
  SECTION("the DOT renders with dot and neato without warnings") {
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
      WARN("skipped: Graphviz 'dot' command not found");
      return;
    }
    const TempDir d("dot");
    REQUIRE(run("build " + sample + " -f dot -o " + d.string()).code == 0);
    for (const char* engine : {"dot", "neato"}) {
      std::string cmd = std::string(engine) + " -Tsvg " + (d / "putin-xi.dot").string() + " -o " + (d / "g.svg").string() + " 2>" +
                        (d / "err").string();
      CHECK(std::system(cmd.c_str()) == 0);
      CHECK(slurp(d / "err").empty());
      CHECK(fs::file_size(d / "g.svg") > 1000);
    }
  }
}

TEST_CASE("cli::explain") {
  const std::string text = "Germany, which Poland criticised, supports Ukraine. Russia's attack on Ukraine continued.";
  SECTION("marks parsed and tagged sentences; --trees prints each parsed sentence's tree") {
    Run r = run("explain --trees -", text);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("[0] (parsed) Germany") != std::string::npos);
    CHECK(r.out.find("[1] (tagged) Russia") != std::string::npos);
    CHECK(r.out.find("    tree 1:Germany/NNP->") != std::string::npos);
    CHECK(lines(r.out) > 4);
    CHECK(r.out.find("relation poland -opposes-> germany") != std::string::npos);
  }
  SECTION("--no-parse reads the tokens only") {
    Run r = run("explain --no-parse --trees -", text);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("(parsed)") == std::string::npos);
    CHECK(r.out.find("    tree") == std::string::npos);
    CHECK(r.out.find("relation germany -supports-> ukraine") != std::string::npos);
  }
  SECTION("a missing or broken model is a one-line error") {
    const TempDir d("badmodel");
    spit(d / "m.bin", "not a model");
    Run r = run("explain --model " + (d / "m.bin").string() + " -", text);
    CHECK(r.code == 1);
    CHECK(r.err.find((d / "m.bin").string()) != std::string::npos);
    CHECK(lines(r.err) == 1);
    Run r2 = run("build --model " + (d / "none.bin").string() + " - -f json -o -", text);
    CHECK(r2.code == 1);
    CHECK(r2.err.find("none.bin") != std::string::npos);
  }
  SECTION("--beam parses with the beam parser; a width outside 1-64 is a usage error") {
    Run r = run("explain --beam 8 --trees -", text);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("    tree 1:Germany/NNP->") != std::string::npos);
    CHECK(r.out.find("relation poland -opposes-> germany") != std::string::npos);
    for (const char* bad : {"0", "65", "x"}) {
      Run e = run(std::string("build --beam ") + bad + " - -f json -o -", text);
      CHECK(e.code == 1);
      CHECK(lines(e.err) == 1);
      CHECK(e.err.find("--beam") != std::string::npos);
      CHECK(e.out.empty());
    }
  }
  SECTION("--vote parses with three parsers voting; a model without the right-to-left parser cannot") {
    Run r = run("explain --vote --trees -", text);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("    tree 1:Germany/NNP->") != std::string::npos);
    CHECK(r.out.find("relation poland -opposes-> germany") != std::string::npos);
    const TempDir d("onedir");
    fs::create_directories(d / "tb");
    std::string tb;
    for (int i = 0; i < 6; ++i)  // often enough for the beam parser's features to be kept
      tb += "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
            "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
            "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n";
    spit(d / "tb" / "tiny.conllu", tb);
    Run t = run("train -q --no-right-to-left --clusters none --parser-epochs 2 --tagger-epochs 2 --conllu " +
                (d / "tb").string() + " --out " + (d / "m").string());
    REQUIRE(t.code == 0);
    Run e = run("build --vote --model " + (d / "m" / "syntax-en.bin").string() + " - -f json -o -", text);
    CHECK(e.code == 1);
    CHECK(lines(e.err) == 1);
    CHECK(e.err.find("right-to-left") != std::string::npos);
    CHECK(e.out.empty());
  }
}

TEST_CASE("cli::eval-syntax") {
  const TempDir d("evalsyntax");
  fs::create_directories(d / "tb");
  spit(d / "tb" / "tiny.conllu",
       "# text = Russia attacked Ukraine.\n"
       "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
       "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
       "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
       "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  SECTION("--write-conllu writes the scored sentences as parsed, one token per line") {
    Run r = run("eval-syntax --all --conllu " + (d / "tb").string() + " --write-conllu " + (d / "p.conllu").string());
    REQUIRE(r.code == 0);
    CHECK(r.out.find("UAS") != std::string::npos);
    const std::string p = slurp(d / "p.conllu");
    CHECK(p.rfind("# newdoc id = tiny\n1\tRussia\t_\t_\tNNP\t_\t2\tnsubj\t_\t_\n", 0) == 0);
    CHECK(p.find("3\tUkraine\t_\t_\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n") != std::string::npos);
    CHECK(lines(p) == 6);
    CHECK(!fs::exists(d / "p.conllu.tmp"));
  }
  SECTION("a beam wider than 64 is a usage error before anything is read or trained") {
    for (const char* cmd : {"eval-syntax --beam 65 --conllu ", "train --beam 65 --out none --conllu "}) {
      Run r = run(cmd + (d / "tb").string());
      CHECK(r.code == 1);
      CHECK(lines(r.err) == 1);
      CHECK(r.err.find("--beam") != std::string::npos);
    }
    CHECK(!fs::exists("none"));
  }
  SECTION("three parsers voting by default, the beam parser with --no-vote, the greedy one with --beam 1") {
    Run r = run("eval-syntax --all --conllu " + (d / "tb").string());
    REQUIRE(r.code == 0);
    CHECK(r.out.find("documents 1, vote of three parsers, beam 16\n") != std::string::npos);
    Run b = run("eval-syntax --all --no-vote --conllu " + (d / "tb").string());
    REQUIRE(b.code == 0);
    CHECK(b.out.find("documents 1, beam 8\n") != std::string::npos);
    Run g = run("eval-syntax --all --beam 1 --conllu " + (d / "tb").string());
    REQUIRE(g.code == 0);
    CHECK(g.out.find("documents 1, greedy\n") != std::string::npos);
  }
  SECTION("an unwritable output is a one-line error and leaves nothing behind") {
    Run r = run("eval-syntax --all --conllu " + (d / "tb").string() + " --write-conllu " + (d / "no" / "p.conllu").string());
    CHECK(r.code != 0);
    CHECK(lines(r.err) == 1);
    CHECK(!fs::exists(d / "no"));
  }
}
