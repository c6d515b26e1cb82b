// Validates a newsgraph graph.jsonld with real linked-data tools, offline:
//   1. jsonld.js expands it and converts it to RDF in safe mode (nothing dropped, no
//      remote context fetched);
//   2. the RDF conforms to ontology/shapes/newsgraph.shacl.ttl (rdf-validate-shacl);
//   3. the shapes' entity classes are exactly the vocabulary's;
//   4. with --nquads FILE: FILE holds exactly the same RDF (compared after RDFC-1.0
//      canonicalization, so blank node labels do not matter).
// usage: node validate.mjs GRAPH.jsonld [--nquads GRAPH.nq] [--shapes SHAPES.ttl]
// Exit status 0 when every check passes, 1 otherwise (each problem printed).
import fs from 'node:fs';
import { canonicalLines, loadShapes, readJson, shapeClasses, toDataset, validate, vocabularyClasses } from './lib.mjs';

function parseArgs(argv) {
  const args = { graph: null, nquads: null, shapes: undefined };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--nquads') args.nquads = argv[++i];
    else if (argv[i] === '--shapes') args.shapes = argv[++i];
    else if (!args.graph) args.graph = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!args.graph) throw new Error('usage: node validate.mjs GRAPH.jsonld [--nquads GRAPH.nq] [--shapes SHAPES.ttl]');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const problems = [];
  const doc = readJson(args.graph);
  const { expanded, dataset } = await toDataset(doc);
  console.log(`jsonld: ${expanded.length} nodes expanded, ${dataset.size} quads, no remote document loaded`);

  const shapes = loadShapes(args.shapes);
  const inShapes = shapeClasses(shapes);
  const inVocabulary = vocabularyClasses();
  if (JSON.stringify(inShapes) !== JSON.stringify(inVocabulary))
    problems.push(`the shapes' entity classes (${inShapes.join(' ')}) are not the vocabulary's (${inVocabulary.join(' ')})`);

  const report = await validate(dataset, shapes);
  if (report.conforms) {
    console.log('shacl: conforms');
  } else {
    problems.push(`shacl: ${report.results.length} violations`);
    for (const r of report.results.slice(0, 25)) problems.push(`  ${r.focus} ${r.path ?? ''}: ${r.message} (${r.constraint})`);
  }

  if (args.nquads) {
    const fromJsonLd = await canonicalLines(doc);
    const fromNQuads = await canonicalLines(fs.readFileSync(args.nquads, 'utf8'), 'application/n-quads');
    const a = new Set(fromJsonLd), b = new Set(fromNQuads);
    const onlyJsonLd = fromJsonLd.filter((l) => !b.has(l));
    const onlyNQuads = fromNQuads.filter((l) => !a.has(l));
    if (onlyJsonLd.length === 0 && onlyNQuads.length === 0) {
      console.log(`nquads: ${args.nquads} holds the same ${fromJsonLd.length} quads`);
    } else {
      problems.push(`nquads: ${onlyJsonLd.length} quads only in the JSON-LD, ${onlyNQuads.length} only in ${args.nquads}`);
      for (const l of onlyJsonLd.slice(0, 5)) problems.push(`  only JSON-LD: ${l}`);
      for (const l of onlyNQuads.slice(0, 5)) problems.push(`  only N-Quads: ${l}`);
    }
  }
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? `${args.graph}: valid` : `${args.graph}: INVALID`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main().catch((e) => {
  console.log(`validate: ${e.message}`);
  process.exitCode = 1;
});
