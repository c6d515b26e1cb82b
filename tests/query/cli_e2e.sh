#!/usr/bin/env bash
# End-to-end for the commands that read a built graph: query, diagram, export. Builds the
# example articles' graph with the real binary, then checks each command's output with a
# real client where there is one (magic bytes for images, cgraph for DOT, xmllint for
# SVG and GraphML, cmp for the JSON-LD re-export) and the usage errors' exit statuses.
#   cli_e2e.sh NEWSGRAPH_BINARY EXAMPLES_DIR
set -euo pipefail
bin=$(realpath "$1")
examples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
expect_status() {  # expect_status STATUS COMMAND...
  local want=$1; shift
  set +e; "$@" > out.txt 2> err.txt; local got=$?; set -e
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want: $(cat err.txt)"
}

"$bin" build "$examples" -o g --quiet --no-svg
# The most central entity by degree is a name every later check can use.
"$bin" query g central degree --top 3 > central.txt
grep -q "^1  " central.txt || fail "query central printed no ranking: $(cat central.txt)"
id=$(sed -n 2p central.txt | sed 's/.*, \(.*\))$/\1/')
name=$("$bin" query g neighbours "$id" | head -1 | sed 's/ (.*//')
echo "query: central entity $name ($id)"

"$bin" query g neighbours "$(echo "$name" | tr '[:lower:]' '[:upper:]')" > n.txt
grep -q "relations\?$" n.txt || fail "neighbours by upper-cased name: $(head -2 n.txt)"
grep -q "^      [0-9-]\{10\}  \[" n.txt || fail "neighbours shows no dated statement: $(head -5 n.txt)"
other=$(sed -n 2p n.txt | awk -F'  ' '{print $4}')
"$bin" query g path "$id" "$other" | head -1 | grep -q ": 1 step$" || fail "path to a neighbour is not one step"
"$bin" query g timeline "$id" | head -1 | grep -q "dated statements" || fail "timeline header missing"
expect_status 1 "$bin" query g neighbours "No Such Entity Anywhere"
grep -q "no entity is named" err.txt || fail "unknown name message: $(cat err.txt)"
expect_status 2 "$bin" query g wonder "$id"
echo "query: neighbours, path, central, timeline answer; unknown names and questions are refused"

"$bin" diagram g --focus "$id" --depth 2 -o focus.svg --quiet
xmllint --noout focus.svg 2>/dev/null || grep -q "</svg>" focus.svg || fail "focus.svg is not SVG"
"$bin" diagram g --focus "$id" --cluster community --engine fdp -o focus.png --quiet
[ "$(head -c 4 focus.png | tail -c 3)" = PNG ] || fail "focus.png is not a PNG"
"$bin" diagram g --focus "$id" --cluster class -o focus.pdf --quiet
head -c 5 focus.pdf | grep -q "%PDF" || fail "focus.pdf is not a PDF"
"$bin" diagram g --focus "$id" --min-evidence 1 --since 2000 --until 2100 -o focus.dot --quiet
read_back=$(gvpr 'BEG_G { printf("%d", nNodes($)); }' focus.dot)
[ "$read_back" -gt 1 ] || fail "cgraph read $read_back nodes from focus.dot"
expect_status 2 "$bin" diagram g --focus "$id" --predicates notAPredicate -o x.svg
expect_status 2 "$bin" diagram g --since yesterday -o x.svg
expect_status 2 "$bin" diagram g -o x.gif
expect_status 2 "$bin" diagram g --engine magic -o x.svg
expect_status 1 "$bin" diagram g --focus "$id" --since 2999 -o x.svg
[ ! -e x.svg ] || fail "a failed diagram left a file"
echo "diagram: svg, png, pdf and dot written and read back; bad options refused"

# Capped drawings: above --max-entities N, at most N entity nodes and a caption saying so;
# graph.dot stays complete; below the cap every entity is drawn and there is no caption.
svg_entities() {  # entity node titles in an SVG (legend nodes left out; Graphviz writes - as &#45;)
  grep -A1 'class="node"' "$1" | grep -o '<title>[^<]*</title>' | grep -v '<title>legend:' |
    sed 's/&#45;/-/g' | sort
}
all=$(gvpr 'BEG_G { int n = 0; } N [!match(name, "legend:") == 0] { n++; } END_G { printf("%d", n); }' g/graph.dot)
"$bin" build "$examples" -o full --quiet
[ "$(svg_entities full/graph.svg | wc -l)" -eq "$all" ] || fail "default graph.svg does not draw all $all entities"
grep -q "showing" full/graph.svg && fail "an uncapped graph.svg has a caption"
"$bin" build "$examples" -o capped --quiet --max-entities 5
[ "$(svg_entities capped/graph.svg | wc -l)" -eq 5 ] || fail "--max-entities 5 drew $(svg_entities capped/graph.svg | wc -l) entities"
grep -q "showing 5 of $all entities" capped/graph.svg || fail "capped graph.svg has no 'showing 5 of $all entities' caption"
cmp -s capped/graph.dot full/graph.dot || fail "--max-entities changed graph.dot"
"$bin" build "$examples" -o capped2 --quiet --max-entities 5
cmp -s capped/graph.svg capped2/graph.svg || fail "the capped graph.svg differs between two runs"
"$bin" diagram g --max-entities 4 -o cap.svg --quiet
[ "$(svg_entities cap.svg | wc -l)" -eq 4 ] || fail "diagram --max-entities 4 drew $(svg_entities cap.svg | wc -l) entities"
grep -q "showing 4 of $all entities" cap.svg || fail "diagram --max-entities 4 has no caption"
"$bin" diagram g --focus "$id" --depth 2 --max-entities 3 -o cap-focus.svg --quiet
[ "$(svg_entities cap-focus.svg | wc -l)" -le 3 ] || fail "focus diagram --max-entities 3 drew more than 3 entities"
svg_entities cap-focus.svg | grep -qF "<title>$id</title>" || fail "the capped focus diagram lost its focus $id"
"$bin" diagram g -o uncapped.svg --quiet --max-entities 0
grep -q "showing" uncapped.svg && fail "--max-entities 0 still capped the diagram"
expect_status 2 "$bin" diagram g --max-entities many -o x.svg
expect_status 2 "$bin" build "$examples" -o x --max-entities -1
echo "capped drawings: at most N entities with a caption, graph.dot complete, deterministic; all below the cap"

"$bin" export g --format jsonld -o again.jsonld --quiet
cmp -s g/graph.jsonld again.jsonld || fail "graph.jsonld -> load -> export is not byte-identical"
"$bin" export g -o g.graphml --quiet
xmllint --noout g.graphml 2>/dev/null || grep -q "</graphml>" g.graphml || fail "GraphML is not XML"
"$bin" export g --format neo4j -o neo --quiet
head -1 neo/nodes.csv | grep -qx "id:ID,name,:LABEL,aliases:string\[\]" || fail "nodes.csv header"
head -1 neo/relationships.csv | grep -qx ":START_ID,:END_ID,:TYPE,evidenceCount:int,firstSentence" || fail "relationships.csv header"
"$bin" export g -o g.nq --quiet
[ "$("$bin" export g --format nquads -o - | wc -l)" -eq "$(wc -l < g.nq)" ] || fail "nquads to stdout differs"
echo '{"@context": "https://schema.org/", "@graph": []}' > remote.jsonld
expect_status 1 "$bin" export remote.jsonld --format nquads -o r.nq
grep -q "never fetches" err.txt || fail "remote context message: $(cat err.txt)"
expect_status 2 "$bin" export g -o g.xyz
echo "export: JSON-LD round trip is byte-identical; GraphML, Neo4j CSV, N-Quads written; remote contexts refused"
