#!/usr/bin/env node
// Baseline for bench/run: compromise's people(), places() and organizations() over every
// .txt file under DIR (recursively), one article at a time, as newsgraph reads them.
//   node run.mjs DIR [--names FILE]
// Prints one JSON line: files, bytes, words, read/nlp seconds, mention counts, and the
// number of distinct names per class; --names writes those names (JSON) for scoring.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const args = process.argv.slice(2);
const dir = args[0];
const namesOut = args.includes('--names') ? args[args.indexOf('--names') + 1] : null;
if (!dir) { console.error('usage: node run.mjs DIR [--names FILE]'); process.exit(2); }

function listTxt(d) {
  const out = [];
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...listTxt(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

const t0 = performance.now();
const files = listTxt(dir);
let bytes = 0, words = 0, readMs = 0, nlpMs = 0;
const counts = { people: 0, places: 0, organizations: 0 };
const names = { people: new Set(), places: new Set(), organizations: new Set() };
for (const f of files) {
  const r0 = performance.now();
  const text = fs.readFileSync(f, 'utf8');
  readMs += performance.now() - r0;
  bytes += Buffer.byteLength(text);
  words += text.split(/\s+/).filter(Boolean).length;
  const n0 = performance.now();
  const doc = nlp(text);
  const found = { people: doc.people().out('array'), places: doc.places().out('array'),
    organizations: doc.organizations().out('array') };
  nlpMs += performance.now() - n0;
  for (const k of Object.keys(found)) {
    counts[k] += found[k].length;
    for (const n of found[k]) names[k].add(n);
  }
}
const totalMs = performance.now() - t0;
if (namesOut) fs.writeFileSync(namesOut, JSON.stringify(Object.fromEntries(Object.entries(names).map(([k, v]) => [k, [...v]]))));
console.log(JSON.stringify({
  tool: 'compromise', version: nlp.version, files: files.length, bytes, words,
  seconds_total: totalMs / 1000, seconds_read: readMs / 1000, seconds_nlp: nlpMs / 1000,
  mentions: counts, distinct: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, v.size])),
}));
