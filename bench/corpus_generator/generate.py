#!/usr/bin/env python3
"""Deterministic synthetic news corpus with ground truth, for newsgraph benchmarks.

    generate.py N OUT_DIR [--seed S] [--evidence auto|yes|no] [--jobs J]

Writes N news-style articles as OUT_DIR/articles/DDDD/aNNNNNNN.txt (1000 per folder),
OUT_DIR/truth.json (ground truth, a superset of shared/eval/GOLD_FORMAT.md) and
OUT_DIR/manifest.json (sizes, word counts, generator version). A fixed (N, seed) gives
byte-identical output on any machine: every random choice comes from random.Random
seeded with strings, and the world (people, outlets) only from the seed and N.

People and outlets are invented (given names x syllable-built surnames); places and
organizations are real and well known (data/*.json). Articles follow the project's own
example articles (examples/articles/): page furniture (" date YYYY-MM-DD" lines,
"CITY (Outlet) –" datelines, "Read More:" lines, comment-policy paragraphs, "A+ A-"),
people introduced with titles and later named by surname, organizations with their
acronyms, and per-outlet spellings of names (e/i, ou/u, q/k, doubled letters, i/y,
al-/Al /el- particles, Turkish letters written in ASCII, middle initials).

Python 3 standard library only.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import itertools
import json
import os
import random
import re
import sys
import unicodedata
import zlib
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
VERSION = 1  # bump when the output for a given (N, seed) changes
SYMMETRIC = {"metWith", "cooperatesWith", "clashedWith"}
PER_FOLDER = 1000


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


# ---- name keys ------------------------------------------------------------------------
def fold(name: str) -> str:
    """GOLD_FORMAT folding: accents, case, apostrophes, punctuation, leading 'the'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['\u2018\u2019\u02bc]", "", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def loose_key(name: str) -> str:
    """Lossier than any merger should be: two people never share it (variants of one do)."""
    words = []
    for w in fold(name.replace("ı", "i")).split():
        if w in ("al", "el", "ul") or len(w) == 1:
            continue
        w = w.replace("q", "k").replace("w", "f").replace("v", "f").replace("ou", "u")
        w = w[0] + re.sub(r"[aeiouy]", "", w[1:])
        words.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(words)


def word_hash(word: str) -> str:
    return hashlib.sha1(fold(word).encode()).hexdigest()[:10]


def stable(*parts) -> int:
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


# ---- spelling variants ----------------------------------------------------------------
VOWEL = "aeiou"


def variant_forms(word: str, kind: str) -> list[str]:
    """Spellings of one word under one variation kind (never changing its first letter)."""
    out = []
    head, body = word[:1], word[1:]
    if kind == "e/i":
        for i, c in enumerate(body):
            if c in "ei" and (i == 0 or body[i - 1] not in VOWEL) and i < len(body) - 1:
                out.append(head + body[:i] + ("i" if c == "e" else "e") + body[i + 1:])
    elif kind == "ou/u":
        if "ou" in body:
            out.append(head + body.replace("ou", "u", 1))
        else:
            for i, c in enumerate(body):
                if c == "u" and (i == 0 or body[i - 1] != "o"):
                    out.append(head + body[:i] + "ou" + body[i + 1:])
    elif kind == "q/k":
        if "q" in word.lower():
            out.append(word.replace("q", "k").replace("Q", "K"))
    elif kind == "doubled":
        m = re.search(r"([bdfhjklmnrstz])\1", body)
        if m:
            out.append(head + body[:m.start()] + body[m.start() + 1:])
        else:
            for m in re.finditer(r"(?<=[aeiou])([bdlmnrst])(?=[aeiou])", body):
                out.append(head + body[:m.start()] + m.group(1) + body[m.start():])
                break
    elif kind == "i/y":
        if re.search(r"[aeo]i", body):
            out.append(head + re.sub(r"([aeo])i", r"\1y", body, count=1))
        elif body.endswith("i") and len(body) > 2:
            out.append(head + body[:-1] + "y")
        elif body.endswith("y") and len(body) > 2:
            out.append(head + body[:-1] + "i")
    elif kind == "ascii":
        table = str.maketrans("şŞğĞıİçÇöÖüÜ", "sSgGiIcCoOuU")
        if word.translate(table) != word:
            out.append(word.translate(table))
    return [o for o in out if o != word]


# ---- the world -------------------------------------------------------------------------
class World:
    """Everything every article draws from: entities, roles, outlets, templates."""

    def __init__(self, n_articles: int, seed: int):
        self.seed = seed
        rng = random.Random(f"world:{seed}:{n_articles}")
        names = load("names.json")
        self.t = load("templates.json")
        blocked = set(load("blocklist.json")["sha1_10"])
        self.entities = {}  # id -> dict
        for p in load("places.json")["places"]:
            self.entities[p["id"]] = {**p, "kind": "loc"}
        for o in load("organizations.json")["organizations"]:
            self.entities[o["id"]] = {**o, "kind": "org"}
        culture_of = {}
        for culture, ids in names["culture_of"].items():
            for i in ids:
                culture_of[i] = culture
        self.culture_of = lambda eid: culture_of.get(
            eid, culture_of.get("region:" + self.entities[eid].get("region", ""), "english"))

        ok = lambda w: all(word_hash(x) not in blocked for x in re.split(r"[-\s]", w) if x and x.lower() != "al")
        given = {c: [g for g in gs if ok(g)] for c, gs in names["given"].items()}
        surnames = {c: self._surnames(c, names["surname_parts"][c]) for c in given}  # checked when taken
        for c in surnames:
            rng.shuffle(surnames[c])

        # Outlets: invented, checked against the blocklist, some with an acronym.
        combos = [f"{a} {b}" for a in names["outlets"]["first"] for b in names["outlets"]["second"] if ok(a)]
        rng.shuffle(combos)
        n_outlets = max(10, min(300, int(n_articles ** 0.5 / 2) + 8))
        acronyms_taken = {e.get("acronym") for e in self.entities.values() if e.get("acronym")}
        self.outlets = []
        firsts = set()
        for name in combos:
            first = name.split()[0]
            if first in firsts and len(self.outlets) < len(names["outlets"]["first"]):
                continue  # one outlet per first word while they last: fewer look-alikes
            firsts.add(first)
            acr = "".join(w[0] for w in name.split()) if len(name.split()) >= 3 else None
            if acr and acr in acronyms_taken:
                acr = None
            if acr:
                acronyms_taken.add(acr)
            oid = "outlet-" + fold(name).replace(" ", "-")
            e = {"id": oid, "name": name, "type": "NewsMediaOrganization", "the": False,
                 "acronym": acr, "variants": [], "kind": "outlet", "tags": []}
            self.entities[oid] = e
            self.outlets.append(oid)
            if len(self.outlets) == n_outlets:
                break
        self.outlet_weights = list(itertools.accumulate(1 / (r + 1) ** 0.6 for r in range(len(self.outlets))))

        # People: roles tie a culture to an affiliation; ~25% share a surname with another.
        n_people = max(60, min(30000, n_articles // 4))
        roles = [(r["title"], a) for r in names["roles"] for a in r["affil"]]
        used_keys, surname_owner, by_culture_surnames = set(), {}, {c: [] for c in given}
        self.people = []
        cursor = {c: 0 for c in given}
        for i in range(n_people * 3):
            if len(self.people) == n_people:
                break
            title, affil = roles[rng.randrange(len(roles))]
            culture = self.culture_of(affil)
            if rng.random() < 0.12 and by_culture_surnames[culture]:
                surname = rng.choice(by_culture_surnames[culture])  # a namesake
            else:
                if cursor[culture] >= len(surnames[culture]):
                    surname = rng.choice(by_culture_surnames[culture])
                else:
                    surname = surnames[culture][cursor[culture]]
                    cursor[culture] += 1
                    if loose_key(surname) in surname_owner or not ok(surname):
                        continue
                    surname_owner[loose_key(surname)] = surname
                    by_culture_surnames[culture].append(surname)
            first = rng.choice(given[culture])
            full = f"{first} {surname}"
            if loose_key(full) in used_keys:
                continue
            used_keys.add(loose_key(full))
            pid = f"per-{len(self.people) + 1:05d}"
            person = {"id": pid, "name": full, "type": "Person", "kind": "per", "given": first,
                      "surname": surname, "culture": culture, "title": title, "affil": affil,
                      "variants": self._person_variants(rng, first, surname, culture)}
            self.entities[pid] = person
            self.people.append(pid)
        self.people_weights = list(itertools.accumulate(1 / (r + 1) ** 0.9 for r in range(len(self.people))))
        by_surname = {}
        for pid in self.people:
            by_surname.setdefault(loose_key(self.entities[pid]["surname"]), []).append(pid)
        for ids in by_surname.values():
            for pid in ids:
                self.entities[pid]["namesakes"] = [o for o in ids if o != pid]

        # Pools per slot type.
        orgs = [e for e in self.entities.values() if e["kind"] == "org"]
        self.pools = {f"org:{tag}": [e["id"] for e in orgs if tag in e.get("tags", [])]
                      for tag in ("armed", "gov", "state", "deploy", "intl", "ngo", "party")}
        self.pools["org:isis"] = ["org-isis"]
        self.pools["org:backed"] = [e["id"] for e in orgs if e.get("backed_by")]
        self.pools["org:member"] = [e["id"] for e in orgs if e.get("member_of")]
        self.pools["org:based"] = [e["id"] for e in orgs if e.get("based_in")]
        self.pools["org:deploy"] = [e["id"] for e in orgs if e.get("stationed")]
        places = [e for e in self.entities.values() if e["kind"] == "loc"]
        self.pools["city"] = [e["id"] for e in places if e["type"] == "City"]
        self.pools["country"] = [e["id"] for e in places if e["type"] == "Country"]
        self.pools["loc:in"] = [e["id"] for e in places if e.get("in") and e["type"] != "Country"]
        self.pools["agent:org"] = self.pools["org:gov"] + self.pools["org:intl"]
        self.region_cities = {}
        for e in places:
            if e["type"] == "City":
                self.region_cities.setdefault(e["region"], []).append(e["id"])
        self._check_names()

    @staticmethod
    def _surnames(culture, parts):
        if culture == "arabic":
            out = []
            cs = parts["consonants"]
            for pat in parts["patterns"]:
                slots = 4 if "4" in pat else 3
                for combo in itertools.product(cs, repeat=slots):
                    if len(set(combo)) < slots or (slots == 4 and combo[3] in ("y", "w", "h")):
                        continue
                    a, b, c = combo[:3]
                    w = pat.replace("22", b + b if len(b) == 1 else b).replace("1", a).replace("2", b).replace("3", c)
                    if slots == 4:
                        w = w.replace("4", combo[3])
                    out.append("al-" + w[0].upper() + w[1:])
            return out
        mids = parts.get("mids", [""])
        out = []
        for r, m, e in itertools.product(parts["roots"], mids, parts["ends"]):
            w = r + m + e
            if re.search(r"(.)\1\1", w) or re.search(r"[aeiouıöü]{3}", w.lower()) or \
                    re.search(r"[^aeiouyıöü]{4}", w.lower()) or len(w) > 13:
                continue
            out.append(w)
        return out

    @staticmethod
    def _person_variants(rng, first, surname, culture):
        """0-2 alternative spellings of the full name, each tagged with its kind."""
        kinds = {"kurdish": ["e/i", "i/y", "doubled", "ou/u", "q/k"],
                 "arabic": ["particle", "e/i", "ou/u", "q/k", "doubled", "i/y"],
                 "turkish": ["ascii", "ascii", "doubled"],
                 "english": ["initial"]}[culture]
        want = rng.choices([0, 1, 2], [0.4, 0.4, 0.2])[0]
        out, seen = [], {fold(f"{first} {surname}")}
        for kind in rng.sample(kinds, len(kinds)):
            if len(out) == want:
                break
            if kind == "particle":
                if not surname.startswith("al-"):
                    continue
                root = surname[3:]
                form = rng.choice([f"Al {root}", f"el-{root}", f"Al-{root}"])
                forms = [f"{first} {form}"]
            elif kind == "initial":
                forms = [f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {surname}"]
            else:
                forms = [f"{g} {surname}" for g in variant_forms(first, kind)]
                if surname.startswith("al-"):
                    forms += [f"{first} al-{s}" for s in variant_forms(surname[3:], kind)]
                else:
                    forms += [f"{first} {s}" for s in variant_forms(surname, kind)]
            forms = [f for f in forms if fold(f) not in seen]
            if forms:
                form = rng.choice(forms)
                seen.add(fold(form))
                out.append({"form": form, "kind": kind})
        return out

    def _check_names(self):
        """No two entities may share a folded name, variant or acronym."""
        owner = {}
        for e in self.entities.values():
            names = [e["name"]] + [v["form"] if isinstance(v, dict) else v for v in e.get("variants", [])]
            if e.get("acronym"):
                names.append(e["acronym"])
            for n in names:
                k = fold(n)
                if owner.setdefault(k, e["id"]) != e["id"]:
                    raise SystemExit(f"name clash: {n!r} of {e['id']} and {owner[k]}")


# ---- one article ---------------------------------------------------------------------
class Article:
    def __init__(self, world: World, index: int):
        self.w = world
        self.rng = random.Random(f"article:{world.seed}:{index}")
        self.id = f"a{index:07d}"
        self.index = index
        self.mentioned = {}  # entity id -> count of body mentions
        self.forms = {}  # entity id -> set of surface forms used in the body
        self.introduced = set()
        self.acronym_defined = set()
        self.relations = {}  # (s, p, o) -> evidence
        self.cast_people = []
        rng = self.rng
        self.outlet = world.outlets[bisect.bisect_left(world.outlet_weights, rng.random() * world.outlet_weights[-1])]
        start = dt.date(2019, 1, 1).toordinal()
        self.date = dt.date.fromordinal(start + rng.randrange(7 * 365))
        self.region = rng.choice(["krg", "krg", "iraq", "iraq", "syria", "turkey"])

    # -- spelling ----------------------------------------------------------------------
    def spelling(self, eid):
        """The form this article's outlet writes for an entity (stable per outlet)."""
        e = self.w.entities[eid]
        variants = [v["form"] if isinstance(v, dict) else v for v in e.get("variants", [])]
        if not variants:
            return e["name"]
        h = stable(self.w.seed, self.outlet, eid) % 100
        keep = 60 if e["kind"] == "per" else 70
        if h < keep:
            return e["name"]
        return variants[h % len(variants)]

    def note(self, eid, form=None):
        """Counts a body mention; `form` is a name the gold may list (never a bare surname)."""
        self.mentioned[eid] = self.mentioned.get(eid, 0) + 1
        if form:
            self.forms.setdefault(eid, set()).add(form)

    # -- rendering entities ------------------------------------------------------------
    def render_org(self, eid, start, possessive=False):
        e = self.w.entities[eid]
        name = self.spelling(eid)
        acr = e.get("acronym")
        if acr and eid in self.acronym_defined and self.rng.random() < 0.7:
            text, form = acr, acr
        elif acr and eid not in self.acronym_defined and self.rng.random() < 0.8:
            self.acronym_defined.add(eid)
            self.note(eid, acr)
            text, form = f"{name} ({acr})", name
            if possessive:  # "the Kurdistan Workers' Party (PKK)'s" reads badly: define it plainly
                text = name
        else:
            text, form = name, name
        self.note(eid, form)
        if e.get("the"):
            text = ("The " if start else "the ") + text
        return text + ("'s" if possessive and not text.endswith("s'") else ("'" if possessive else ""))

    def render_place(self, eid, start=False, possessive=False, compound=False):
        e = self.w.entities[eid]
        if e.get("acronym") and (compound or self.rng.random() < 0.5):
            form = e["acronym"]
        else:
            form = self.spelling(eid)
        self.note(eid, form)
        text = form
        if e.get("the") and not compound:
            text = ("The " if start else "the ") + text
        return text + ("'s" if possessive else "")

    def person_parts(self, pid):
        full = self.spelling(pid)
        e = self.w.entities[pid]
        first = e["given"]
        surname = full[len(full.split()[0]) + 1:]
        if re.match(r"^[A-Z]\. ", surname):  # middle initial
            surname = surname[3:]
        return full, surname

    def affil_text(self, aid, start=False):
        a = self.w.entities[aid]
        return self.render_org(aid, start) if a["kind"] == "org" else self.render_place(aid, start)

    def render_person(self, pid, start, possessive=False):
        full, surname = self.person_parts(pid)
        e = self.w.entities[pid]
        rels = []
        if pid in self.introduced:
            text = surname
            if start and text.startswith("al-"):
                text = "A" + text[1:]
            self.note(pid)
            return text + ("'s" if possessive else ""), rels
        self.introduced.add(pid)
        self.cast_people.append(pid)
        self.note(pid, full)
        title, aid = e["title"], e["affil"]
        a = self.w.entities[aid]
        form = self.rng.choices(["appos", "prefix", "title-of", "title", "bare"], [30, 30, 10, 20, 10])[0]
        if possessive and form == "appos":
            form = "prefix"
        if form == "title" and title in ("Leader", "Head", "Director", "Speaker"):
            form = "bare"  # "Leader X" does not read as news English
        if form == "appos":
            of = self.affil_text(aid)
            text = f"{full}, the {title} of {of},"
            rels.append((pid, "holdsPositionIn", aid))
        elif form == "prefix":
            if a["kind"] == "loc" and a.get("the"):
                text = f"{title} of {self.affil_text(aid)} {full}"
            elif a["kind"] == "loc":
                text = f"{self.render_place(aid, start, possessive=True)} {title} {full}"
            else:
                short = a.get("acronym") if a.get("acronym") and aid in self.acronym_defined else None
                if short:
                    self.note(aid, short)
                    text = ("The " if start else "the ") + f"{short} {title.lower()} {full}" if a.get("the") else f"{short} {title.lower()} {full}"
                else:
                    text = f"{self.render_org(aid, start)} {title.lower()} {full}"
            rels.append((pid, "holdsPositionIn", aid))
        elif form == "title-of":
            text = f"{title} of {self.affil_text(aid)} {full}"
            rels.append((pid, "holdsPositionIn", aid))
        elif form == "title":
            text = f"{title} {full}"
        else:
            text = full
        return text + ("'s" if possessive else ""), rels

    # -- choosing entities -------------------------------------------------------------
    def pick_person(self, exclude):
        w = self.w
        if self.cast_people and self.rng.random() < 0.35:
            cands = [p for p in self.cast_people if p not in exclude]
            if cands:
                return self.rng.choice(cands)
        for _ in range(20):
            pid = w.people[bisect.bisect_left(w.people_weights, self.rng.random() * w.people_weights[-1])]
            if pid in exclude or pid in self.introduced:
                continue
            e = w.entities[pid]
            clash = any(loose_key(w.entities[o]["surname"]) == loose_key(e["surname"])
                        or fold(w.entities[o]["given"]) == fold(e["given"]) for o in self.cast_people)
            if not clash:
                return pid
        return None

    def pick(self, kind, chosen, exclude):
        w, rng = self.w, self.rng
        if kind == "per":
            return self.pick_person(exclude)
        if kind == "agent":
            r = rng.random()
            if r < 0.45:
                return self.pick_person(exclude)
            pool = w.pools["agent:org"] if r < 0.85 else w.pools["country"]
        elif kind == "city":
            pool = w.region_cities[self.region] if rng.random() < 0.8 else w.pools["city"]
        elif ":" in kind and kind.split(":")[1] in chosen and kind.split(":")[0] != "org":
            fact, slot = kind.split(":")
            src = w.entities[chosen[slot]]
            val = src.get({"backed_by": "backed_by", "member_of": "member_of", "stationed": "stationed",
                           "in": "in", "based_in": "based_in"}[fact])
            pool = val if isinstance(val, list) else [val]
        else:
            pool = w.pools[kind]
        pool = [p for p in pool if p not in exclude]
        return rng.choice(pool) if pool else None

    # -- sentences ---------------------------------------------------------------------
    def fill(self, text):
        f = self.w.t["fill"]
        return re.sub(r"\{([A-Z_]+)\}", lambda m: self.rng.choice(f[m.group(1)]) if m.group(1) in f else m.group(0), text)

    def render(self, text, chosen):
        """Replace entity slots left to right; returns (sentence, holdsPositionIn relations)."""
        out, rels, pos = [], [], 0
        for m in re.finditer(r"\{([A-Z])\}('s)?", text):
            out.append(text[pos:m.start()])
            eid = chosen[m.group(1)]
            e = self.w.entities[eid]
            start = not "".join(out).strip()
            poss = bool(m.group(2))
            compound = text[m.end():m.end() + 1] == "-"
            if e["kind"] == "per":
                t, r = self.render_person(eid, start, poss)
                rels += r
            elif e["kind"] == "loc":
                t = self.render_place(eid, start, poss, compound)
            else:
                t = self.render_org(eid, start, poss)
            out.append(t)
            pos = m.end()
        out.append(text[pos:])
        s = "".join(out)
        s = re.sub(r",([.,])", r"\1", s)  # "X, the Minister of Y,." -> "X, the Minister of Y."
        return s[0].upper() + s[1:], rels

    def relation_sentence(self):
        w, rng = self.w, self.rng
        for _ in range(10):
            tpl = rng.choice(w.t["relation_sentences"])
            chosen, ok = {}, True
            for slot, kind in tpl["slots"].items():
                eid = self.pick(kind, chosen, set(chosen.values()))
                if eid is None:
                    ok = False
                    break
                chosen[slot] = eid
            if ok:
                break
        else:
            return None
        text = self.fill(tpl["text"])
        sentence, rels = self.render(text, chosen)
        rels += [(chosen[s], p, chosen[o]) for s, p, o in tpl["rel"]]
        for s, p, o in rels:
            self.add_relation(s, p, o, sentence)
        return sentence

    def add_relation(self, s, p, o, evidence):
        if p in SYMMETRIC and o < s:
            s, o = o, s
        self.relations.setdefault((s, p, o), evidence)

    def filler(self):
        """A sentence naming nothing; no sentence twice in one article while others are left."""
        if not getattr(self, "_fillers", None):
            self._fillers = list(self.w.t["filler"])
            self.rng.shuffle(self._fillers)
        return self._fillers.pop()

    def said_sentence(self):
        if not self.cast_people:
            return self.filler()
        pid = self.rng.choice(self.cast_people)
        tpl = self.rng.choice(self.w.t["said_sentences"])
        if "{OUTLET}" in tpl:
            name = self.w.entities[self.outlet]["name"]
            self.note(self.outlet, name)
            tpl = tpl.replace("{OUTLET}", name)
        s, _ = self.render(self.fill(tpl), {"A": pid})
        return s

    def headline(self, count=True):
        w, rng = self.w, self.rng
        tpl = rng.choice(w.t["headlines"])
        x, y = rng.sample(w.pools["org:gov"] + w.pools["org:armed"], 2)
        city = rng.choice(w.region_cities[self.region])
        def short(eid):
            e = w.entities[eid]
            return e.get("acronym") or self.spelling(eid)
        parts = {"X": short(x), "Y": short(y), "C": self.spelling(city)}
        if count:
            for slot, eid in (("X", x), ("Y", y), ("C", city)):
                if "{" + slot + "}" in tpl:
                    self.note(eid, parts[slot])
        text = self.fill(tpl)
        text = re.sub(r"\{([XYC])\}", lambda m: parts[m.group(1)], text)
        return text[0].upper() + text[1:]

    # -- the page ----------------------------------------------------------------------
    def body(self):
        rng = self.rng
        paragraphs = []
        n_par = rng.randint(6, 10)
        for i in range(n_par):
            sentences = []
            rel = self.relation_sentence() if i == 0 or rng.random() < 0.6 else None
            if rel:
                sentences.append(rel)
            for _ in range(rng.randint(2, 4)):
                r = rng.random()
                if r < 0.35:
                    sentences.append(self.said_sentence())
                elif r < 0.42 and i > 0:
                    rel = self.relation_sentence()
                    if rel:
                        sentences.append(rel)
                else:
                    sentences.append(self.filler())
            paragraphs.append(" ".join(sentences))
        return paragraphs

    def build(self):
        rng, w = self.rng, self.w
        outlet = w.entities[self.outlet]["name"]
        d = self.date
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        headline = self.headline()
        city = rng.choice(w.region_cities[self.region])
        layout = rng.choice("ABCDE")
        if layout in "AB":
            city_text = self.spelling(city)
        paragraphs = self.body()
        read_more = lambda: "Read More: " + self.headline(count=False)
        lines = []
        if layout == "A":
            self.note(city, self.spelling(city))
            self.note(self.outlet, outlet)
            lines += [f" date {d.isoformat()}", headline, "",
                      f"{city_text.upper()} ({outlet}) – {paragraphs[0]}"]
            for p in paragraphs[1:]:
                lines += ["", p]
            if rng.random() < 0.5:
                lines += ["", read_more()]
        elif layout == "B":
            self.note(city, self.spelling(city))
            self.note(self.outlet, outlet)
            lines += [headline, "", f"{d.day:02d}-{d.month:02d}-{d.year}", outlet, "A+ A-",
                      f"{city_text.upper()} - {paragraphs[0]}"]
            for p in paragraphs[1:]:
                lines += ["", p]
            policy = rng.choice(w.t["policy"]).replace("{OUTLET}", outlet)
            lines += ["", "Comments", "", policy, "", "Post a comment", "", "Name", "Email"]
        elif layout == "C":
            self.note(self.outlet, outlet)
            lines += [f" date {d.isoformat()}", headline, "", f"{outlet} / {paragraphs[0]}"]
            for p in paragraphs[1:]:
                lines += ["", p]
            lines += ["", read_more()]
        elif layout == "D":
            self.note(self.outlet, outlet)
            seen = d + dt.timedelta(days=rng.randint(1, 30))
            weekday = seen.strftime("%A")
            lines += [read_more(), f"• {weekday}, {seen.day} {months[seen.month - 1]} {seen.year}", "logo", "",
                      headline, "", f"{outlet} {months[d.month - 1]} {d.day}, {d.year} News", headline,
                      f"{self.spelling(city).upper()} – {paragraphs[0]}"]
            self.note(city, self.spelling(city))
            for p in paragraphs[1:]:
                lines += ["", p]
            lines += ["", "Related", self.headline(), "Top"]  # no furniture rule drops it: it counts
        else:
            self.note(self.outlet, outlet)
            parent = w.entities[city].get("in")
            self.note(city, self.spelling(city))
            lines += [f" date {d.isoformat()}", headline, f"By {outlet} staff"]
            if parent and w.entities[parent]["type"] != "City":
                ptext = self.render_place(parent)
                first = f"{self.spelling(city).upper()}, {ptext} - {paragraphs[0]}"
                self.add_relation(city, "locatedIn", parent, first.split(" - ")[0])
            else:
                first = f"{self.spelling(city).upper()} - {paragraphs[0]}"
            lines += [first]
            for p in paragraphs[1:]:
                lines += ["", p]
            lines += ["", read_more(), "", read_more(), "", "Share this article", "A+ A-"]
        return "\n".join(lines) + "\n"


def make_article(args):
    world, index = args
    a = Article(world, index)
    text = a.build()
    return {
        "id": a.id, "index": index, "text": text, "date": a.date.isoformat(), "publisher": a.outlet,
        "mentioned": a.mentioned, "forms": {k: sorted(v) for k, v in a.forms.items()},
        "relations": [[s, p, o, ev] for (s, p, o), ev in a.relations.items()],
    }


_WORLD = None


def _init(n, seed):
    global _WORLD
    _WORLD = World(n, seed)


def _work(index):
    return make_article((_WORLD, index))


# ---- output ----------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles (1 to 1,000,000)")
    ap.add_argument("out", help="output folder (articles/, truth.json, manifest.json)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--evidence", choices=["auto", "yes", "no"], default="auto",
                    help="write each relation's sentence into truth.json (auto: up to 20,000 articles)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (output is the same for any value)")
    args = ap.parse_args(argv)
    if not 1 <= args.n <= 1_000_000:
        ap.error("N must be between 1 and 1,000,000")
    evidence = args.evidence == "yes" or (args.evidence == "auto" and args.n <= 20000)
    world = World(args.n, args.seed)
    os.makedirs(args.out, exist_ok=True)
    art_dir = os.path.join(args.out, "articles")
    tmp_rel = os.path.join(args.out, ".relations.tmp")
    mentions, docs_of, forms = {}, {}, {}
    total_bytes = total_words = 0
    documents = []
    n_rel = 0
    with open(tmp_rel, "w", encoding="utf-8") as rel_out:
        if args.jobs > 1:
            pool = Pool(args.jobs, initializer=_init, initargs=(args.n, args.seed))
            results = pool.imap(_work, range(args.n), chunksize=256)
        else:
            pool = None
            results = (make_article((world, i)) for i in range(args.n))
        for r in results:
            folder = os.path.join(art_dir, f"{r['index'] // PER_FOLDER:04d}")
            if r["index"] % PER_FOLDER == 0:
                os.makedirs(folder, exist_ok=True)
            data = r["text"].encode("utf-8")
            with open(os.path.join(folder, r["id"] + ".txt"), "wb") as f:
                f.write(data)
            total_bytes += len(data)
            total_words += len(r["text"].split())
            documents.append({"id": r["id"], "date": r["date"], "publisher": r["publisher"]})
            for eid, c in r["mentioned"].items():
                mentions[eid] = mentions.get(eid, 0) + c
                docs_of[eid] = docs_of.get(eid, 0) + 1
            for eid, fs in r["forms"].items():
                forms.setdefault(eid, set()).update(fs)
            for s, p, o, ev in r["relations"]:
                rec = {"subject": s, "predicate": p, "object": o, "doc": r["id"]}
                if evidence:
                    rec["evidence"] = ev
                rel_out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n_rel += 1
        if pool:
            pool.close()
            pool.join()

    entities = []
    for eid, e in world.entities.items():
        if eid not in mentions:
            continue
        canon = fold(e["name"])
        used = sorted({f for f in forms[eid] if fold(f) != canon}, key=lambda f: (fold(f), f))
        rec = {"id": eid, "type": e["type"], "name": e["name"], "aliases": used}
        variants = e.get("variants", [])
        if variants:
            rec["variants"] = [v if isinstance(v, dict) else {"form": v, "kind": "romanization"} for v in variants]
        if e.get("acronym"):
            rec["acronyms"] = [e["acronym"]]
        live_namesakes = [n for n in e.get("namesakes", []) if n in mentions]
        if live_namesakes:
            rec["namesakes"] = live_namesakes
        if e["kind"] == "per":
            rec["role"] = {"title": e["title"], "of": e["affil"]}
        rec["mentions"] = mentions[eid]
        rec["doc_count"] = docs_of[eid]
        entities.append(rec)

    truth_path = os.path.join(args.out, "truth.json")
    with open(truth_path + ".tmp", "w", encoding="utf-8") as out:
        head = {"corpus": f"synthetic-{args.n}-seed{args.seed}",
                "generator": {"version": VERSION, "seed": args.seed, "articles": args.n,
                              "notes": "superset of shared/eval/GOLD_FORMAT.md: aliases are the other forms the "
                                       "corpus uses; variants/acronyms/namesakes/role/mentions/doc_count are extra"}}
        out.write(json.dumps(head, ensure_ascii=False)[:-1])
        out.write(',\n"documents": [\n')
        out.write(",\n".join(json.dumps(d, ensure_ascii=False) for d in documents))
        out.write('\n],\n"entities": [\n')
        out.write(",\n".join(json.dumps(e, ensure_ascii=False) for e in entities))
        out.write('\n],\n"relations": [\n')
        with open(tmp_rel, encoding="utf-8") as rel_in:
            first = True
            for line in rel_in:
                out.write(("" if first else ",\n") + line.rstrip("\n"))
                first = False
        out.write("\n]}\n")
    os.replace(truth_path + ".tmp", truth_path)
    os.remove(tmp_rel)
    people = [e for e in entities if e["type"] == "Person"]
    manifest = {
        "articles": args.n, "seed": args.seed, "generator_version": VERSION,
        "bytes": total_bytes, "words": total_words, "folders": (args.n + PER_FOLDER - 1) // PER_FOLDER,
        "entities": len(entities), "people": len(people),
        "people_with_variants_used": sum(1 for e in people if e["aliases"]),
        "people_with_namesakes": sum(1 for e in people if e.get("namesakes")),
        "relations": n_rel,
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
