// Shared by validate.mjs and shapes_selftest.mjs: reads newsgraph's JSON-LD with the
// reference JSON-LD processor (jsonld.js) strictly offline, turns it into RDF, and checks
// it against ontology/shapes/newsgraph.shacl.ttl with a SHACL validator.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import N3 from 'n3';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const defaultShapes = path.join(repoRoot, 'ontology', 'shapes', 'newsgraph.shacl.ttl');
export const defaultVocabulary = path.join(repoRoot, 'ontology', 'vocabulary.jsonld');

// Any attempt to load a remote document (a context by URL) is an error: the export must
// be usable offline, as it is.
const offline = async (url) => {
  throw new Error(`the document asks to load ${url}; newsgraph's JSON-LD must not need any remote document`);
};
const options = { documentLoader: offline, safe: true };

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function parseQuads(text, format) {
  return new N3.Parser({ format }).parse(text);
}

// JSON-LD document -> { nquads, dataset }. Throws on anything jsonld.js would drop or
// could not read (safe mode), or on a context that is not inline.
export async function toDataset(doc) {
  const context = doc['@context'];
  if (typeof context !== 'object' || context === null || Array.isArray(context))
    throw new Error('the @context is not one inline object');
  const expanded = await jsonld.expand(doc, options);
  if (!Array.isArray(expanded) || expanded.length === 0) throw new Error('expansion produced no nodes');
  const nquads = await jsonld.toRDF(doc, { ...options, format: 'application/n-quads' });
  return { expanded, nquads, dataset: rdf.dataset(parseQuads(nquads, 'N-Quads')) };
}

export function loadShapes(file = defaultShapes) {
  return rdf.dataset(parseQuads(fs.readFileSync(file, 'utf8'), 'Turtle'));
}

const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

// The class IRIs in the entity shape's sh:in list.
export function shapeClasses(shapes) {
  const out = [];
  for (const q of shapes.match(null, rdf.namedNode(SH + 'path'), rdf.namedNode(RDF + 'type'))) {
    for (const list of shapes.match(q.subject, rdf.namedNode(SH + 'in'), null)) {
      let node = list.object;
      while (node.value !== RDF + 'nil') {
        const first = [...shapes.match(node, rdf.namedNode(RDF + 'first'), null)][0];
        out.push(first.object.value);
        node = [...shapes.match(node, rdf.namedNode(RDF + 'rest'), null)][0].object;
      }
    }
  }
  return out.sort();
}

// The class IRIs of vocabulary.jsonld ("schema:X" and "ng:X" expanded by its prefixes).
export function vocabularyClasses(file = defaultVocabulary) {
  const vocab = readJson(file);
  const prefixes = vocab['@context'];
  return vocab.classes
    .map((c) => {
      const [prefix, local] = c['@id'].split(':');
      return typeof prefixes[prefix] === 'string' ? prefixes[prefix] + local : c['@id'];
    })
    .sort();
}

export async function validate(dataset, shapes) {
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(dataset);
  const results = report.results.map((r) => ({
    focus: r.focusNode?.value,
    path: r.path?.value,
    message: r.message.map((m) => m.value).join('; '),
    constraint: r.sourceConstraintComponent?.value?.replace(SH, 'sh:'),
  }));
  return { conforms: report.conforms, results };
}

// Canonical N-Quads (RDFC-1.0) of JSON-LD or of N-Quads text, as a sorted line list.
export async function canonicalLines(input, inputFormat) {
  const canon = inputFormat
    ? await jsonld.canonize(input, { algorithm: 'RDFC-1.0', inputFormat, format: 'application/n-quads', safe: true })
    : await jsonld.canonize(input, { ...options, algorithm: 'RDFC-1.0', format: 'application/n-quads' });
  return canon.split('\n').filter((l) => l.length > 0).sort();
}
