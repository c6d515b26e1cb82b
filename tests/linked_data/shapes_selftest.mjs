// Proves the SHACL shapes catch what they are meant to catch: takes a valid newsgraph
// graph.jsonld, breaks one thing at a time (an entity without a name, an unknown class,
// an article without identifier, a statement without subject, evidence without sentence
// or article, offsets reversed, a remote @context) and expects each broken copy to fail
// with the matching message, while the untouched graph passes.
// usage: node shapes_selftest.mjs GRAPH.jsonld   (the graph needs a statement)
// Prints one line per case and "N passed, M failed".
import { loadShapes, readJson, toDataset, validate } from './lib.mjs';

const byId = (prefix) => (doc) => doc['@graph'].find((n) => n['@id'].startsWith(prefix));
const entity = byId('entity/');
const article = byId('article/');
const statement = byId('statement/');

const cases = [
  ['the graph as built', () => {}, null],
  ['entity without name', (d) => delete entity(d).name, 'exactly one non-empty name'],
  ['entity of an unknown class', (d) => (entity(d)['@type'] = 'ng:Spaceship'), 'a class of the newsgraph vocabulary'],
  ['entity with two classes', (d) => (entity(d)['@type'] = ['Person', 'City']), 'exactly one type'],
  ['article without identifier', (d) => delete article(d).identifier, 'exactly one identifier'],
  ['article with a malformed date', (d) => (article(d).datePublished = 'last Monday'), 'xsd:date'],
  ['statement without subject', (d) => delete statement(d).subject, 'exactly one subject'],
  ['statement without evidence', (d) => delete statement(d).evidence, 'at least one evidence'],
  ['evidence without sentence', (d) => delete statement(d).evidence[0].sentence, 'exactly one sentence'],
  ['evidence without article', (d) => delete statement(d).evidence[0].article, 'exactly one article'],
  ['evidence citing no article of the graph', (d) => (statement(d).evidence[0].article = { '@id': 'article/nowhere' }), 'a NewsArticle of the graph'],
  ['evidence offsets reversed', (d) => {
    const ev = statement(d).evidence[0];
    [ev.charStart, ev.charEnd] = [ev.charEnd, ev.charStart];
  }, 'before its charEnd'],
  ['remote @context', (d) => (d['@context'] = 'https://newsgraph.dev/context.jsonld'), 'not one inline object'],
];

async function main() {
  const path = process.argv[2];
  if (!path) throw new Error('usage: node shapes_selftest.mjs GRAPH.jsonld');
  const original = readJson(path);
  if (!statement(original)) throw new Error(`${path} has no statement node; use a graph with relations`);
  const shapes = loadShapes();
  let passed = 0, failed = 0;
  for (const [name, mutate, expected] of cases) {
    const doc = structuredClone(original);
    mutate(doc);
    let outcome;
    try {
      const report = await validate((await toDataset(doc)).dataset, shapes);
      outcome = report.conforms ? null : report.results.map((r) => r.message).join(' | ');
    } catch (e) {
      outcome = e.message;
    }
    const ok = expected === null ? outcome === null : outcome !== null && outcome.includes(expected);
    if (ok) ++passed; else ++failed;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: expected ${expected === null ? 'conformance' : `"${expected}"`}, got ${outcome === null ? 'conformance' : `"${outcome}"`}`}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.log(`shapes_selftest: ${e.message}`);
  process.exitCode = 1;
});
