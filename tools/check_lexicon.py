#!/usr/bin/env python3
"""Validate the lexicon tables under data/.

Usage: python3 tools/check_lexicon.py [DATA_DIR]

Checks:
  * every data/**/*.tsv: UTF-8, a header row, the header's column count on every row,
    no trailing whitespace, no empty lines between rows;
  * actor tables (data/actors/*.tsv): known type per file, id == slug(label), ids unique
    within and across files, non-empty labels, list fields without empty items or
    surrounding spaces, no name (label, alias, metonym or demonym) given to two ids
    (except the metonyms ALLOWED_SHARED), codes agreeing with iso-codes;
  * states.tsv is what tools/make_states.py would write now;
  * titles.tsv and org_cues.tsv: allowed values, unique phrases (a head word is not
    also an other word), sort order;
  * common_words.txt: lowercase, sorted, unique, and no word that is a name in the
    actor tables;
  * no test-only name appears anywhere.
Exits non-zero and prints every problem when a check fails; prints row counts otherwise.
"""
import io
import json
import os
import sys
import contextlib

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_states  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTOR_COLUMNS = ["id", "type", "label", "aliases", "metonyms", "demonyms", "codes"]
# nouns of word class outfit that an organization's codes column may hold
REFERENCE_NOUNS = {"bloc"}
ACTOR_FILES = {"states.tsv": "state", "organizations.tsv": "organization", "locations.tsv": "location"}
# Names that may belong to two actors: (name, frozenset of ids).
ALLOWED_SHARED = {
    ("Moscow", frozenset({"russia", "soviet-union"})),
    ("Kremlin", frozenset({"russia", "soviet-union"})),
    ("the Kremlin", frozenset({"russia", "soviet-union"})),
    ("Berlin", frozenset({"germany", "east-germany"})),
}
# Test-only names, spelled so this file does not contain them verbatim.
FORBIDDEN = [s[::-1].lower() for s in ("veubaG", "nebuD", "niliJ", "nuJ iahZ", "eigenraC")]

problems = []


def problem(msg):
    problems.append(msg)


def read_table(path):
    """(header, rows as (lineno, fields)) of a '#'-commented TSV, format-checked."""
    header, rows = None, []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.endswith("\n"):
        problem("%s: no final newline" % path)
    for lineno, line in enumerate(text.split("\n")[:-1], 1):
        if line.startswith("#"):
            continue
        if line.endswith((" ", "\r")) or " \t" in line or "\t " in line:
            problem("%s:%d: space at the end of a line or field" % (path, lineno))
        if not line.strip():
            problem("%s:%d: empty line" % (path, lineno))
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            problem("%s:%d: %d fields, header has %d" % (path, lineno, len(fields), len(header)))
            continue
        rows.append((lineno, fields))
    if header is None:
        problem("%s: no header row" % path)
    return header, rows


def name_key(name):
    """How matching compares names: all-caps acronyms exactly, others with the first
    letter case-insensitive."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return name
    return name[:1].lower() + name[1:]


def check_actors(data):
    iso1 = json.load(open(os.path.join(make_states.DEFAULT_ISO_DIR, "iso_3166-1.json"), encoding="utf-8"))
    iso3 = json.load(open(os.path.join(make_states.DEFAULT_ISO_DIR, "iso_3166-3.json"), encoding="utf-8"))
    iso_codes = {e["alpha_2"] + "|" + e["alpha_3"] for e in iso1["3166-1"] + iso3["3166-3"]}
    all_ids = {}
    owners = {}  # name key -> {id: name}
    counts = {}
    for fname, typ in ACTOR_FILES.items():
        path = os.path.join(data, "actors", fname)
        header, rows = read_table(path)
        if header != ACTOR_COLUMNS:
            problem("%s: header %r" % (path, header))
            continue
        counts[fname] = len(rows)
        for lineno, f in rows:
            r = dict(zip(ACTOR_COLUMNS, f))
            where = "%s:%d" % (path, lineno)
            if r["type"] != typ:
                problem("%s: type %r, expected %r" % (where, r["type"], typ))
            if not r["label"].strip():
                problem("%s: empty label" % where)
            if r["id"] != make_states.slug(r["label"]):
                problem("%s: id %r is not slug of label %r" % (where, r["id"], r["label"]))
            if r["id"] in all_ids:
                problem("%s: id %r already in %s" % (where, r["id"], all_ids[r["id"]]))
            all_ids[r["id"]] = where
            # an organization's codes are the common nouns a text refers to it by ("the bloc")
            if typ == "organization":
                for noun in filter(None, r["codes"].split("|")):
                    if noun not in REFERENCE_NOUNS:
                        problem("%s: reference noun %r not one of %s" % (where, noun, sorted(REFERENCE_NOUNS)))
            elif r["codes"] and r["codes"] not in iso_codes:
                problem("%s: codes %r not in iso-codes" % (where, r["codes"]))
            # parties may have adjectives ("Republican", "Conservative") in the demonyms column
            # (an organization's metonym is its seat only: Brussels for the EU)
            if typ == "organization" and r["metonyms"] and r["id"] != "european-union":
                problem("%s: organization with metonyms" % where)
            names = [r["label"]]
            for col in ("aliases", "metonyms", "demonyms"):
                if not r[col]:
                    continue
                items = r[col].split("|")
                for it in items:
                    if not it or it != it.strip() or "  " in it:
                        problem("%s: bad %s item %r" % (where, col, it))
                if len(set(items)) != len(items):
                    problem("%s: repeated item in %s" % (where, col))
                names.extend(items)
            for n in names:
                owners.setdefault(name_key(n), {}).setdefault(r["id"], n)
    for key, ids in sorted(owners.items()):
        allowed = {(name_key(n), i) for n, i in ALLOWED_SHARED}
        if len(ids) > 1 and (key, frozenset(ids)) not in allowed:
            problem("name %r given to several actors: %s" % (key, ", ".join(sorted(ids))))
    return counts, owners


def check_states_generated(data):
    path = os.path.join(data, "actors", "states.tsv")
    tmp = path + ".check"
    argv = sys.argv
    try:
        sys.argv = ["make_states.py", "--out", tmp,
                    "--supplement", os.path.join(data, "sources", "states_supplement.tsv")]
        with contextlib.redirect_stdout(io.StringIO()):
            make_states.main()
        with open(tmp, encoding="utf-8") as a, open(path, encoding="utf-8") as b:
            if a.read() != b.read():
                problem("%s differs from what tools/make_states.py writes: rerun it" % path)
    finally:
        sys.argv = argv
        if os.path.exists(tmp):
            os.remove(tmp)


def check_titles(data):
    path = os.path.join(data, "titles.tsv")
    header, rows = read_table(path)
    if header != ["phrase", "role", "number", "kind"]:
        problem("%s: header %r" % (path, header))
        return 0
    seen = set()
    keys = []
    for lineno, (phrase, role, number, kind) in rows:
        where = "%s:%d" % (path, lineno)
        if number not in ("sg", "pl"):
            problem("%s: number %r" % (where, number))
        if kind not in ("office", "government", "job", "honorific"):
            problem("%s: kind %r" % (where, kind))
        if not phrase or not role:
            problem("%s: empty phrase or role" % where)
        if phrase.lower() in seen:
            problem("%s: phrase %r repeated (matching ignores case)" % (where, phrase))
        seen.add(phrase.lower())
        keys.append((phrase.lower(), phrase))
    if keys != sorted(keys):
        problem("%s: rows not sorted by lowercased phrase" % path)
    return len(rows)


def check_cues(data):
    path = os.path.join(data, "org_cues.tsv")
    header, rows = read_table(path)
    if header != ["phrase", "position"]:
        problem("%s: header %r" % (path, header))
        return 0
    seen = set()
    keys = []
    for lineno, (phrase, position) in rows:
        where = "%s:%d" % (path, lineno)
        if position not in ("head", "before", "other", "location", "reference", "force", "force name", "branch"):
            problem("%s: position %r" % (where, position))
        if position in ("head", "other", "location") and not phrase[:1].isupper() and not phrase[:1].isdigit():
            problem("%s: head cue %r not capitalised" % (where, phrase))
        if position == "before" and " " not in phrase and phrase != phrase.lower() and not phrase.isupper():
            problem("%s: before cue %r not lowercase" % (where, phrase))
        # head, other and location cues share one namespace (a capitalised last word has one
        # reading); a word may also be a 'before' descriptor and a 'reference' noun
        space = "head" if position in ("head", "other", "location") else position
        if (phrase.lower(), space) in seen:
            problem("%s: repeated %r (head and other cues share one namespace)" % (where, phrase))
        seen.add((phrase.lower(), space))
        keys.append((position, phrase.lower(), phrase))
    if keys != sorted(keys):
        problem("%s: rows not sorted by position, then phrase" % path)
    return len(rows)


def check_common_words(data, owners):
    path = os.path.join(data, "common_words.txt")
    words = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line or line != line.strip() or line != line.lower() or " " in line:
                problem("%s:%d: bad word %r" % (path, lineno, line))
            words.append(line)
    if words != sorted(set(words)):
        problem("%s: words not sorted and unique" % path)
    single = {}
    for key, ids in owners.items():
        for n in ids.values():
            if " " not in n and not (n.isupper() and len(n) > 1):
                single.setdefault(n.lower(), set()).update(ids)
    for w in words:
        if w in single:
            problem("%s: %r is a name of %s" % (path, w, ", ".join(sorted(single[w]))))
    return len(words)


def check_forbidden(data):
    for dirpath, _, files in os.walk(data):
        # (the word clusters are a vocabulary of common English, not names we chose)
        if os.path.basename(dirpath) == "models":
            continue
        for fn in files:
            p = os.path.join(dirpath, fn)
            try:
                text = open(p, encoding="utf-8").read().lower()
            except (UnicodeDecodeError, OSError):
                continue
            for s in FORBIDDEN:
                if s in text:
                    problem("%s: contains a test-only name" % p)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data")
    for dirpath, _, files in sorted(os.walk(data)):
        for fn in sorted(files):
            if fn.endswith(".tsv") and not fn.endswith(".check"):
                read_table(os.path.join(dirpath, fn))
    counts, owners = check_actors(data)
    check_states_generated(data)
    counts["titles.tsv"] = check_titles(data)
    counts["org_cues.tsv"] = check_cues(data)
    counts["common_words.txt"] = check_common_words(data, owners)
    check_forbidden(data)
    # read_table reports format problems of each file once per read; keep them unique.
    uniq = list(dict.fromkeys(problems))
    for p in uniq:
        print("FAIL", p)
    for k in sorted(counts):
        print("%-20s %d rows" % (k, counts[k]))
    print("%d problems" % len(uniq))
    return 1 if uniq else 0


if __name__ == "__main__":
    sys.exit(main())
