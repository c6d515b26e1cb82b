#!/usr/bin/env python3
"""Refresh data/blocklist.json: hashes of every capitalized word of the shared corpus
(/work/shared/corpus/**.txt) and of its gold people and outlets, so generate.py never uses
a name that occurs there. Hashes, not words, so the repo holds no copy of that text; a
fixed file, so generation stays byte-identical on machines without the shared corpus.

    make_blocklist.py [SHARED_DIR]     (default: ../../../shared beside the repo)
"""
import glob
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import DATA, fold, word_hash  # noqa: E402

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared")
words = set()
for path in glob.glob(os.path.join(shared, "corpus", "**", "*.txt"), recursive=True):
    with open(path, encoding="utf-8", errors="replace") as f:
        for w in re.findall(r"\w+", f.read()):
            if w[0].isupper():
                words.add(w)
for path in glob.glob(os.path.join(shared, "eval", "*.gold.json")):
    with open(path, encoding="utf-8") as f:
        for e in json.load(f)["entities"]:
            if e["type"] in ("Person", "NewsMediaOrganization"):
                for n in [e["name"], *e.get("aliases", [])]:
                    words.update(re.findall(r"\w+", n))
if not words:
    sys.exit(f"no corpus under {shared}")
hashes = sorted({word_hash(w) for w in words if fold(w)})
with open(os.path.join(DATA, "blocklist.json"), "w") as f:
    json.dump({"_comment": "sha1(fold(word))[:10] of the capitalized words of shared/corpus and of its gold "
               "people and outlets; written by make_blocklist.py", "sha1_10": hashes}, f, indent=0)
    f.write("\n")
print(f"{len(hashes)} words", file=sys.stderr)
