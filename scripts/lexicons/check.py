#!/usr/bin/env python3
"""Validates the lexicons in ontology/lexicons/ and prints record counts.

For every file: each non-blank line that is not a "//" comment must parse as a JSON
object with exactly the keys its format allows (required keys present, no unknown ones)
and values of the right type; records must not repeat (neither whole records nor their
key field, compared without case). Cross-file: every place's and organization's "in"
names a place; a surface form shared by two places or organizations is reported as a
warning (ambiguity the resolver must handle), as are line_regex rules Python cannot
compile. Exits 1 when any error is found.

Usage: check.py [LEXICON_DIR]      Python 3 standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "ontology", "lexicons")

PLACE_TYPES = {"Country", "City", "AdministrativeArea", "Place"}
ORG_TYPES = {"Organization", "GovernmentOrganization", "MilitaryOrganization",
             "PoliticalParty", "NewsMediaOrganization"}
STR, OPTSTR, STRLIST = "str", "str or empty", "list[str]"

# file -> (required keys with kinds, optional keys with kinds, key field(s) that must be
#          unique, allowed values per key)
SCHEMAS = {
    "places.jsonl": ({"name": STR, "type": STR, "aliases": STRLIST, "demonyms": STRLIST,
                      "in": OPTSTR}, {}, ("name",), {"type": PLACE_TYPES}),
    "organizations.jsonl": ({"name": STR, "type": STR, "aliases": STRLIST, "in": OPTSTR}, {},
                            ("name",), {"type": ORG_TYPES}),
    "titles.jsonl": ({"title": STR, "kind": STR}, {}, ("title",),
                     {"kind": {"political", "military_rank", "diplomatic", "honorific",
                               "role", "religious"}}),
    "org_heads.jsonl": ({"word": STR, "type": STR, "position": STR}, {},
                        ("word", "position"), {"type": ORG_TYPES,
                                               "position": {"head", "first"}}),
    "place_cues.jsonl": ({"word": STR, "type": STR, "position": STR}, {},
                         ("word", "position"), {"type": PLACE_TYPES,
                                                "position": {"after", "before"}}),
    "given_names.jsonl": ({"name": STR}, {}, ("name",), {}),
    "common_words.jsonl": ({"word": STR}, {}, ("word",), {}),
    "stopwords.jsonl": ({"word": STR}, {}, ("word",), {}),
    "ethnic_adjectives.jsonl": ({"word": STR}, {}, ("word",), {}),
    "furniture.jsonl": ({"kind": STR, "text": STR}, {"why": STR}, ("kind", "text"),
                        {"kind": {"line_exact", "line_prefix", "paragraph_contains",
                                  "line_regex"}}),
}


def kind_ok(value, kind):
    if kind in (STR, OPTSTR):
        return (isinstance(value, str) and value.strip() == value
                and (value != "" or kind == OPTSTR))
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def check_file(path, schema, errors):
    required, optional, unique, allowed = schema
    records, seen_lines, seen_keys = [], set(), {}
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{name}:{n}"
            text = line.strip()
            if not text or text.startswith("//"):
                continue
            try:
                rec = json.loads(text)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON: {e}")
                continue
            if not isinstance(rec, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            for key in rec.keys() - required.keys() - optional.keys():
                errors.append(f"{where}: unknown key {key!r}")
            for key in required.keys() - rec.keys():
                errors.append(f"{where}: missing key {key!r}")
            for key, kind in {**required, **optional}.items():
                if key in rec and not kind_ok(rec[key], kind):
                    errors.append(f"{where}: {key!r} must be a trimmed {kind}")
            for key, values in allowed.items():
                if key in rec and rec[key] not in values:
                    errors.append(f"{where}: {key}={rec[key]!r} not one of {sorted(values)}")
            canon = json.dumps(rec, sort_keys=True, ensure_ascii=False)
            if canon in seen_lines:
                errors.append(f"{where}: duplicate record")
            seen_lines.add(canon)
            ukey = tuple(str(rec.get(k, "")).casefold() for k in unique)
            if ukey in seen_keys:
                errors.append(f"{where}: {'+'.join(unique)} repeats line {seen_keys[ukey]}")
            else:
                seen_keys[ukey] = n
            for key in ("aliases", "demonyms"):
                vals = [v.casefold() for v in rec.get(key, []) if isinstance(v, str)]
                if len(vals) != len(set(vals)):
                    errors.append(f"{where}: repeated {key}")
            records.append(rec)
    return records


def cross_checks(data, errors, warnings):
    places = data.get("places.jsonl", [])
    orgs = data.get("organizations.jsonl", [])
    place_names = {p["name"] for p in places}
    for fname, recs in (("places.jsonl", places), ("organizations.jsonl", orgs)):
        for r in recs:
            if r.get("in") and r["in"] not in place_names:
                errors.append(f"{fname}: {r['name']!r} is in unknown place {r['in']!r}")
            if r["name"].casefold() in {a.casefold() for a in r.get("aliases", [])}:
                errors.append(f"{fname}: {r['name']!r} lists its own name as an alias")
    owner = {}
    for fname, recs in (("places.jsonl", places), ("organizations.jsonl", orgs)):
        for r in recs:
            for form in [r["name"]] + r.get("aliases", []):
                k = form.casefold()
                if k in owner and owner[k] != r["name"]:
                    warnings.append(f"{form!r} names both {owner[k]!r} and {r['name']!r}")
                owner.setdefault(k, r["name"])
    demonym_owner = {}
    for r in places:
        for d in r.get("demonyms", []):
            k = d.casefold()
            if k in demonym_owner and demonym_owner[k] != r["name"]:
                warnings.append(f"demonym {d!r} on both {demonym_owner[k]!r} and {r['name']!r}")
            demonym_owner.setdefault(k, r["name"])
    for r in data.get("furniture.jsonl", []):
        if r.get("kind") == "line_regex":
            try:
                re.compile(r["text"])
            except re.error as e:
                errors.append(f"furniture.jsonl: regex {r['text']!r} does not compile: {e}")
    for r in data.get("common_words.jsonl", []):
        if not re.fullmatch(r"[a-z]+", r["word"]):
            errors.append(f"common_words.jsonl: {r['word']!r} is not lowercase ASCII letters")


def main():
    lex_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    errors, warnings, data = [], [], {}
    for fname, schema in SCHEMAS.items():
        path = os.path.join(lex_dir, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            continue
        data[fname] = check_file(path, schema, errors)
    extra = sorted(set(os.listdir(lex_dir)) - SCHEMAS.keys())
    for fname in extra:
        if fname.endswith(".jsonl"):
            warnings.append(f"{fname}: no schema known to check.py")
    cross_checks(data, errors, warnings)

    for fname, recs in data.items():
        detail = ""
        field = {"places.jsonl": "type", "organizations.jsonl": "type", "titles.jsonl": "kind",
                 "org_heads.jsonl": "type", "place_cues.jsonl": "type",
                 "furniture.jsonl": "kind"}.get(fname)
        if field:
            counts = {}
            for r in recs:
                counts[r.get(field)] = counts.get(r.get(field), 0) + 1
            detail = "  " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        print(f"{fname:26} {len(recs):6}{detail}")
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
