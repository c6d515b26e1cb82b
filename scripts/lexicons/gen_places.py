#!/usr/bin/env python3
"""Generates ontology/lexicons/places.jsonl, the gazetteer.

Sources, merged in this order (a later record with the same name merges into the
earlier one: aliases and demonyms are united, a non-empty "in" wins):
  1. Countries: Debian iso-codes, iso_3166-1.json (name, common_name, official_name),
     corrected to the short English names journalists use by data/countries.psv,
     which also carries the demonyms.
  2. Cities: Debian tzdata, zone.tab (one representative city per time zone, with its
     country), filtered and respelled by data/zone_cities.psv.
  3. US states and DC: Debian iso-codes, iso_3166-2.json.
  4. Hand-written general-knowledge entries: data/places_manual.psv (Middle East cities,
     governorates, regions, bases, airports, seas, ...).

Usage: gen_places.py [--iso-dir DIR] [--zone-tab FILE] [--out FILE]
Python 3 standard library only.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")
TYPES = ("Country", "City", "AdministrativeArea", "Place")
# Plural forms are derived for demonyms with these endings ("Iraqi" -> "Iraqis").
PLURAL_ENDINGS = ("an", "i", "ot", "er")
NO_PLURAL = {"I-Kiribati"}
# US states whose name is already taken by a country or city get a distinct name
# (None = left out: "Georgia" is the country in this domain's news).
US_STATE_RENAMES = {"Georgia": None, "Washington": "Washington State", "New York": "New York State"}


def read_psv(path, min_fields):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < min_fields:
                sys.exit(f"{path}:{n}: expected {min_fields} fields, got {len(parts)}")
            rows.append(parts)
    return rows


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def with_plurals(demonyms):
    out = []
    for d in demonyms:
        out.append(d)
        if d.endswith(PLURAL_ENDINGS) and not d.endswith("man") and d not in NO_PLURAL:
            out.append(d + "s")
    return out


class Gazetteer:
    def __init__(self):
        self.records = []
        self.by_name = {}

    def add(self, rtype, name, aliases=(), in_=None, demonyms=()):
        if rtype not in TYPES:
            sys.exit(f"unknown type {rtype!r} for {name!r}")
        rec = self.by_name.get(name.casefold())
        if rec is None:
            rec = {"name": name, "type": rtype, "aliases": [], "demonyms": [], "in": ""}
            self.records.append(rec)
            self.by_name[name.casefold()] = rec
        else:
            rec["type"] = rtype
        seen = {a.casefold() for a in rec["aliases"]} | {rec["name"].casefold()}
        for a in aliases:
            if a.casefold() not in seen:
                rec["aliases"].append(a)
                seen.add(a.casefold())
        seen_d = {d.casefold() for d in rec["demonyms"]}
        for d in demonyms:
            if d.casefold() not in seen_d:
                rec["demonyms"].append(d)
                seen_d.add(d.casefold())
        if in_ == "-":
            rec["in"] = ""
        elif in_:
            rec["in"] = in_
        return rec


def iso_forms(entry):
    """The iso-codes spellings of a country that read as names in running text."""
    forms = []
    for key in ("common_name", "name", "official_name"):
        v = entry.get(key)
        if not v:
            continue
        if v.startswith("the "):
            v = v[4:]
        if ", " in v:  # inverted catalogue forms like "Korea, Republic of"
            continue
        forms.append(v)
    return forms


def load_countries(g, iso_dir):
    overrides = {r[0]: r for r in read_psv(os.path.join(DATA, "countries.psv"), 4)}
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    code_to_name = {}
    for e in sorted(entries, key=lambda e: e["alpha_2"]):
        code, name, aliases, demonyms = overrides.get(e["alpha_2"], (e["alpha_2"], "", "", ""))
        forms = iso_forms(e)
        canonical = name or e.get("common_name") or (forms[0] if forms else e["name"])
        rtype = "Place" if e["alpha_2"] == "AQ" else "Country"
        extra = split_list(aliases)
        dropped = {a[1:].casefold() for a in extra if a.startswith("-")}
        aliases = [a for a in forms + extra if not a.startswith("-") and a.casefold() not in dropped]
        g.add(rtype, canonical, aliases, "", with_plurals(split_list(demonyms)))
        code_to_name[e["alpha_2"]] = canonical
    return code_to_name


def load_zone_cities(g, zone_tab, code_to_name):
    overrides = {r[0]: r for r in read_psv(os.path.join(DATA, "zone_cities.psv"), 3)}
    country_forms = set()
    for r in g.records:
        country_forms.add(r["name"].casefold())
        country_forms.update(a.casefold() for a in r["aliases"])
    with open(zone_tab, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, _coords, zone = line.rstrip("\n").split("\t")[:3]
            if zone.startswith("Antarctica/"):
                continue
            name = zone.rsplit("/", 1)[1].replace("_", " ")
            aliases = []
            if zone in overrides:
                _z, oname, oaliases = overrides[zone][:3]
                if oname == "-":
                    continue
                name, aliases = oname, split_list(oaliases)
            if name.casefold() in country_forms:  # city-states and island zones
                continue
            g.add("City", name, aliases, code_to_name[code])


def load_us_states(g, iso_dir):
    with open(os.path.join(iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-2"]
    for e in entries:
        if not e["code"].startswith("US-") or e["type"] not in ("State", "District"):
            continue
        name = US_STATE_RENAMES.get(e["name"], e["name"])
        if name is None:
            continue
        g.add("AdministrativeArea", name, [], "United States")


def load_manual(g):
    for rtype, name, aliases, in_, demonyms in read_psv(os.path.join(DATA, "places_manual.psv"), 5):
        g.add(rtype, name, split_list(aliases), in_, with_plurals(split_list(demonyms)))


def report_problems(g):
    """Prints surface forms shared by two records and "in" values naming nothing."""
    names = {r["name"] for r in g.records}
    owner = {}
    problems = 0
    for r in g.records:
        if r["in"] and r["in"] not in names:
            print(f"warning: {r['name']!r} is in unknown place {r['in']!r}", file=sys.stderr)
            problems += 1
        for form in [r["name"]] + r["aliases"]:
            k = form.casefold()
            if k in owner and owner[k] is not r:
                print(f"warning: {form!r} names both {owner[k]['name']!r} and {r['name']!r}",
                      file=sys.stderr)
                problems += 1
            owner.setdefault(k, r)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--zone-tab", default="/usr/share/zoneinfo/zone.tab")
    ap.add_argument("--out", default=os.path.join(ROOT, "ontology", "lexicons", "places.jsonl"))
    args = ap.parse_args()

    g = Gazetteer()
    code_to_name = load_countries(g, args.iso_dir)
    load_zone_cities(g, args.zone_tab, code_to_name)
    load_us_states(g, args.iso_dir)
    load_manual(g)
    report_problems(g)

    order = {t: i for i, t in enumerate(TYPES)}
    g.records.sort(key=lambda r: (order[r["type"]], r["in"], r["name"]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("// places.jsonl: gazetteer {name,type,aliases,demonyms,in}; generated by "
                "scripts/lexicons/gen_places.py from Debian iso-codes + tzdata + hand-written "
                "data/places_manual.psv. Do not edit by hand.\n")
        for r in g.records:
            f.write(json.dumps({"name": r["name"], "type": r["type"], "aliases": r["aliases"],
                                "demonyms": r["demonyms"], "in": r["in"]},
                               ensure_ascii=False) + "\n")
    counts = {t: sum(1 for r in g.records if r["type"] == t) for t in TYPES}
    print(f"wrote {len(g.records)} places to {args.out}: {counts}")


if __name__ == "__main__":
    main()
