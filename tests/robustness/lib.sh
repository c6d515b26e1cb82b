# lib.sh: helpers shared by the robustness test scripts (sourced, not run).
# Every check prints "FAIL: ..." and exits 1; the scripts run under `set -euo pipefail`.

fail() { echo "FAIL: $*" >&2; exit 1; }

# A Python 3 or node to parse JSON with; the tests need one of them.
if command -v python3 >/dev/null 2>&1 && python3 -c 'import json' 2>/dev/null; then
  json_tool=python3
elif command -v node >/dev/null 2>&1; then
  json_tool=node
else
  echo "robustness: needs python3 or node to parse JSON" >&2
  exit 1
fi

# json_ok FILE: true when FILE is one complete JSON document.
json_ok() {
  if [ "$json_tool" = python3 ]; then
    python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1" 2>/dev/null
  else
    node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$1" 2>/dev/null
  fi
}

# article_ids GRAPH_JSONLD: the "identifier" of every NewsArticle node, one per line, sorted.
article_ids() {
  if [ "$json_tool" = python3 ]; then
    python3 - "$1" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8")).get("@graph", [])
def is_article(node):
    types = node.get("@type", [])
    return "NewsArticle" in (types if isinstance(types, list) else [types])
print("\n".join(sorted(str(n.get("identifier")) for n in graph if is_article(n))))
PY
  else
    node -e '
      const g = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))["@graph"] || [];
      const ids = g.filter(n => [].concat(n["@type"] || []).includes("NewsArticle"))
                   .map(n => String(n.identifier)).sort();
      if (ids.length) console.log(ids.join("\n"));' "$1"
  fi
}

# dot_ok FILE: true when Graphviz's own reader (cgraph, through gvpr) parses FILE.
dot_ok() { gvpr 'BEG_G { printf("%d\n", nNodes($)); }' "$1" >/dev/null 2>&1; }

# xml_ok FILE: true when FILE is well-formed XML (xmllint, else python3's expat).
xml_ok() {
  if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout --nonet "$1" 2>/dev/null
  else
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" 2>/dev/null
  fi
}
