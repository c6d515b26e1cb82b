#!/usr/bin/env bash
# Hostile text: names, titles, ids and sentences carrying quotes, backslashes, <script>,
# </svg>, a DOT injection ("]; digraph x {), newlines, commas, semicolons, Arabic script
# and bidi controls must come out of every exporter as data, never as structure:
#   graph.jsonld parses as JSON, keeps each string exactly, and every @id is a valid IRI
#     (no spaces, quotes, angle brackets, braces, backslashes or bidi controls);
#   graph.dot is read back by Graphviz's own parser (cgraph, through gvpr) as one graph
#     whose labels are the names;
#   graph.svg is well-formed XML (xmllint), one <svg>, no <script> element, and the names
#     are its text.
#   hostile_text_test.sh NEWSGRAPH_BINARY
set -euo pipefail
bin=$(realpath "${1:?usage: hostile_text_test.sh NEWSGRAPH_BINARY}")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
command -v python3 >/dev/null || fail "hostile_text_test needs python3"
command -v gvpr >/dev/null || fail "hostile_text_test needs gvpr (Debian package graphviz)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
in=$work/in
out=$work/out
mkdir -p "$in"

# The hostile strings, shared with the checks below through the environment.
export P_DOT='Evil "]; digraph x { Outlet <script>'
export P_ARABIC=$'قناة الأخبار; "Arabic", Outlet\\ \u202eRTL'
export P_ARABIC_CLEAN='قناة الأخبار; "Arabic", Outlet\ RTL'   # bidi override removed
export P_LINES=$'Line\nBreak\tOutlet'
export P_LINES_CLEAN='Line Break Outlet'
export P_SVG='Back\slash \N </svg> & Co'
export H_SCRIPT='Headline with "quotes", back\slash, <script>alert(1)</script> and </svg>'

python3 - "$in" <<'PY'
import json, os, sys
folder = sys.argv[1]
e = os.environ
records = [
    {"id": "hostile_jsonl_1", "title": e["H_SCRIPT"], "date": "2025-03-05", "publisher": e["P_DOT"],
     "text": "BAGHDAD - Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish Foreign Minister "
             "Hakan Fidan in Baghdad on Wednesday."},
    {"id": "hostile_jsonl_2", "title": "عنوان عربي \u200f مع علامات", "publisher": e["P_ARABIC"],
     "text": "ERBIL - Kurdistan Region President Nechirvan Barzani met the U.S. Consul General "
             "in Erbil on Thursday.\nNew line, commas; semicolons."},
    {"id": "line\nbreak \"id\" <b>&amp; \u202e", "publisher": e["P_LINES"],
     "text": "DUHOK - Turkish warplanes struck villages near Amedi on Friday, the Kurdistan "
             "Region Security Council said."},
]
with open(os.path.join(folder, "hostile.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

sentences = """date 2025-03-04
Minister "Quote" O'Neil meets <script>alert(1)</script> delegation

ERBIL - Kurdistan Region Prime Minister Masrour Barzani met with Jean "The Hammer" O'Neil, the envoy of the Backslash\\Party, in Erbil on Monday.

Iraqi Foreign Minister Fuad Hussein received Hakan Fidan of the </svg><script>alert("x")</script> Coalition in Baghdad, officials said; the talks covered water, oil, and borders.

Prime Minister Mohammed Shia al-Sudani met "]; digraph x { a -> b } // Group leaders in Baghdad on Tuesday.

رئيس الوزراء مسرور بارزاني التقى وزير الخارجية فؤاد حسين في أربيل.

\u200fMasoud Barzani\u200f met \u202eBafel Talabani\u202c in Duhok; the KDP, the PUK, and the Gorran Movement attended.
"""
with open(os.path.join(folder, "hostile_sentences.txt"), "w", encoding="utf-8") as f:
    f.write(sentences)
# The same article under a file name that is itself hostile (it becomes the article id).
with open(os.path.join(folder, 'evil "]; digraph x {<script>, ;\n\u202e.txt'), "w", encoding="utf-8") as f:
    f.write(sentences)

html_escape = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
with open(os.path.join(folder, "hostile_page.html"), "w", encoding="utf-8") as f:
    f.write(f"""<html><head><title>{html_escape(e["H_SCRIPT"])}</title>
<meta property="og:site_name" content="{html_escape(e["P_SVG"])}">
<meta property="article:published_time" content="2025-03-06"></head>
<body><article><p>SULAIMANIYAH - PUK leader Bafel Talabani met Iraqi President Abdul Latif
Rashid in Sulaimaniyah on Saturday.</p></article></body></html>
""")
PY

rc=0
"$bin" build "$in" -o "$out" --quiet 2>"$work/stderr" || rc=$?
cat "$work/stderr"
[ "$rc" -eq 0 ] || fail "build exited $rc"
for f in graph.jsonld graph.dot graph.svg; do [ -s "$out/$f" ] || fail "$f missing or empty"; done

# JSON-LD: parses, keeps the strings, and its @ids are IRIs.
python3 - "$out/graph.jsonld" <<'PY' || fail "graph.jsonld check failed (above)"
import json, os, re, sys
e = os.environ
graph = json.load(open(sys.argv[1], encoding="utf-8"))["@graph"]
names = {n.get("name") for n in graph if "name" in n}
headlines = {n.get("headline") for n in graph if "headline" in n}
problems = []
for expected in (e["P_DOT"], e["P_ARABIC_CLEAN"], e["P_LINES_CLEAN"], e["P_SVG"]):
    if expected not in names:
        problems.append(f"no entity named {expected!r}")
if e["H_SCRIPT"] not in headlines:
    problems.append(f"headline {e['H_SCRIPT']!r} not kept as written")
ids = set()
def walk(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "@id" and isinstance(v, str):
                ids.add(v)
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)
walk(graph)
# RFC 3987: no ASCII controls, space, "<>\"{}|\\^`, and no bidi formatting characters.
not_iri = re.compile('[\x00-\x20<>"{}|\\\\^`\u200e\u200f\u202a-\u202e\u2066-\u2069]')
problems += [f"@id is not an IRI: {i!r}" for i in sorted(ids) if not_iri.search(i)]
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY

# DOT: cgraph reads exactly one graph, and the labels it reads are the names.
graphs=$(gvpr 'BEG_G { printf("%s\n", $G.name); }' "$out/graph.dot") || fail "cgraph cannot parse graph.dot"
[ "$(echo "$graphs" | wc -l)" -eq 1 ] || fail "graph.dot holds $(echo "$graphs" | wc -l) graphs: $graphs"
gvpr 'N { printf("%s\n", $.label); }' "$out/graph.dot" > "$work/labels"
# cgraph gives labels as written in DOT's label language, where "\\" is one backslash.
python3 - "$work/labels" <<'PY' || fail "graph.dot labels do not match the names"
import os, sys
e = os.environ
labels = {l.replace("\\\\", "\\") for l in open(sys.argv[1], encoding="utf-8").read().split("\n")}
missing = [n for n in (e["P_DOT"], e["P_ARABIC_CLEAN"], e["P_LINES_CLEAN"], e["P_SVG"]) if n not in labels]
for n in missing:
    print(f"  no node labelled {n!r}")
sys.exit(1 if missing else 0)
PY

# SVG: well-formed, a single <svg>, no <script>, names as text.
xml_ok "$out/graph.svg" || fail "graph.svg is not well-formed XML"
python3 - "$out/graph.svg" <<'PY' || fail "graph.svg check failed (above)"
import os, sys, xml.etree.ElementTree as ET
e = os.environ
root = ET.parse(sys.argv[1]).getroot()
local = lambda tag: tag.rsplit("}", 1)[-1]
tags = [local(el.tag) for el in root.iter()]
texts = {"".join(el.itertext()) for el in root.iter() if local(el.tag) == "text"}
problems = []
if local(root.tag) != "svg" or tags.count("svg") != 1:
    problems.append(f"{tags.count('svg')} <svg> elements")
if "script" in tags:
    problems.append("a <script> element")
problems += [f"no text {n!r}" for n in (e["P_DOT"], e["P_ARABIC_CLEAN"], e["P_LINES_CLEAN"], e["P_SVG"])
             if n not in texts]
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY
echo "hostile text: graph.jsonld, graph.dot and graph.svg parse and keep every hostile name as data"
