#!/usr/bin/env python3
"""Generate data/actors/states.tsv from Debian's iso-codes and a hand-curated supplement.

Usage:
    python3 tools/make_states.py [--iso-dir DIR] [--supplement FILE] [--out FILE]

Inputs:
  * iso-codes JSON (default /usr/share/iso-codes/json): iso_3166-1.json for current
    countries, iso_3166-3.json for former ones (names, official names, codes).
  * data/sources/states_supplement.tsv: which entries are state actors, their news
    label, extra aliases, metonyms (capitals, seats of government) and demonyms.

Output: data/actors/states.tsv (UTF-8 TSV, rows sorted by id). The output depends only
on the inputs, so running the script twice gives identical bytes.

Standard library only.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO_DIR = "/usr/share/iso-codes/json"
DEFAULT_SUPPLEMENT = os.path.join(ROOT, "data", "sources", "states_supplement.tsv")
DEFAULT_OUT = os.path.join(ROOT, "data", "actors", "states.tsv")
PKGCONFIG = "/usr/share/pkgconfig/iso-codes.pc"

SUPPLEMENT_COLUMNS = ["alpha3", "label", "aliases", "metonyms", "demonyms"]
OUT_COLUMNS = ["id", "type", "label", "aliases", "metonyms", "demonyms", "codes"]


def slug(text):
    """Lowercase ASCII slug: accents stripped, apostrophes dropped, '&' -> 'and',
    every other run of non-alphanumerics -> '-'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("&", " and ")
    text = re.sub(r"['\u2019.]", "", text)
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text


def read_tsv(path, columns):
    """Rows of a lexicon TSV as dicts; '#' lines are comments, first other line the header."""
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != columns:
                    sys.exit("%s:%d: header %r, expected %r" % (path, lineno, header, columns))
                continue
            if len(fields) != len(columns):
                sys.exit("%s:%d: %d fields, expected %d" % (path, lineno, len(fields), len(columns)))
            rows.append(dict(zip(columns, fields)))
    return rows


def split_list(field):
    return [x for x in field.split("|") if x] if field else []


def natural_names(iso_name):
    """Rewrite an iso-codes name into the names a text would use.

    "Iran, Islamic Republic of"               -> ["Islamic Republic of Iran"]
    "Congo, The Democratic Republic of the"   -> ["Democratic Republic of the Congo"]
    "USSR, Union of Soviet Socialist Republics" -> ["USSR", "Union of Soviet Socialist Republics"]
    "Holy See (Vatican City State)"           -> ["Holy See", "Vatican City State"]
    "Yugoslavia, (Socialist) Federal Republic of"
        -> ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"]
    A leading "the " is dropped ("the State of Eritrea" -> "State of Eritrea").
    """
    name = iso_name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    names = []
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith(" of") or tail.endswith(" of the"):
            if tail.startswith("The "):
                tail = tail[4:]
            names.append(tail + " " + head)
        else:
            names.extend([head, tail])
    else:
        names.append(name)
    out = []
    for n in names:
        m = re.fullmatch(r"\((.+?)\) (.+)", n)  # "(Socialist) Federal Republic of ..."
        if m:
            out.extend([m.group(2), m.group(1) + " " + m.group(2)])
            continue
        m = re.fullmatch(r"(.+?) \((.+)\)", n)  # "Holy See (Vatican City State)"
        if m:
            out.extend([m.group(1), m.group(2)])
            continue
        out.append(n)
    return out


def iso_version():
    try:
        with open(PKGCONFIG, encoding="utf-8") as f:
            for line in f:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def load_iso(iso_dir):
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        current = json.load(f)["3166-1"]
    with open(os.path.join(iso_dir, "iso_3166-3.json"), encoding="utf-8") as f:
        former = json.load(f)["3166-3"]
    by_alpha3 = {}
    for e in former:  # current entries win when a code was reused
        by_alpha3[e["alpha_3"]] = e
    for e in current:
        by_alpha3[e["alpha_3"]] = e
    return by_alpha3, current


def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build_rows(supplement, iso):
    rows = []
    for s in supplement:
        label = s["label"]
        extra, removed = [], set()
        for a in split_list(s["aliases"]):
            if a.startswith("-"):
                removed.add(a[1:])
            else:
                extra.append(a)
        entry = iso.get(s["alpha3"])
        derived, codes = [], ""
        if entry is not None:
            for key in ("name", "official_name", "common_name"):
                if key in entry:
                    derived.extend(natural_names(entry[key]))
            codes = entry["alpha_2"] + "|" + entry["alpha_3"]
        elif not s["alpha3"].startswith("X"):
            sys.exit("alpha3 %s is in neither iso_3166-1 nor iso_3166-3" % s["alpha3"])
        for r in removed:
            if r not in derived:
                sys.exit("%s: '-%s' removes no name derived from iso-codes" % (s["alpha3"], r))
        aliases = [a for a in dedupe(extra + derived) if a != label and a not in removed]
        rows.append({
            "id": slug(label),
            "type": "state",
            "label": label,
            "aliases": "|".join(aliases),
            "metonyms": "|".join(dedupe(split_list(s["metonyms"]))),
            "demonyms": "|".join(dedupe(split_list(s["demonyms"]))),
            "codes": codes,
        })
    rows.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in rows]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        sys.exit("duplicate ids: %s" % ", ".join(dup))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", default=DEFAULT_ISO_DIR)
    ap.add_argument("--supplement", default=DEFAULT_SUPPLEMENT)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    iso, current = load_iso(args.iso_dir)
    supplement = read_tsv(args.supplement, SUPPLEMENT_COLUMNS)
    rows = build_rows(supplement, iso)

    kept = {s["alpha3"] for s in supplement}
    skipped = sorted(e["alpha_3"] for e in current if e["alpha_3"] not in kept)

    lines = [
        "# GENERATED by tools/make_states.py -- do not edit; edit the sources and rerun",
        "#   python3 tools/make_states.py",
        "# Sources: iso-codes %s (iso_3166-1.json, iso_3166-3.json: names, official names, codes)"
        % iso_version(),
        "#          data/sources/states_supplement.tsv (hand-curated: labels, aliases, metonyms, demonyms)",
        "# %d state actors. ISO 3166-1 entries left out as non-state territories (%d): %s"
        % (len(rows), len(skipped), " ".join(skipped)),
        "\t".join(OUT_COLUMNS),
    ]
    for r in rows:
        lines.append("\t".join(r[c] for c in OUT_COLUMNS))
    data = "\n".join(lines) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %s (%d rows)" % (os.path.relpath(args.out), len(rows)))


if __name__ == "__main__":
    main()
