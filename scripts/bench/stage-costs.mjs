// Run by the dense-news bench section in a process of its own, through tsx, against src/: times
// each stage of analyze() (all stages on) over the lines given on stdin (JSON), and prints each
// stage's share of the total as JSON. Every stage runs exactly as analyze() runs it (createStages).
import { readFileSync } from 'node:fs';
import { createStages, DEFAULT_OPTIONS } from '../../src/analyze.js';

const lines = JSON.parse(readFileSync(0, 'utf8'));
const stages = createStages(DEFAULT_OPTIONS);
const names = ['normalize', 'segment', 'entities', 'quantities', 'facts', 'assemble'];
const ns = new Float64Array(names.length);
const now = process.hrtime.bigint;

function pass(record) {
  for (const line of lines) {
    let t = now();
    const doc = stages.normalize(line);
    let u = now();
    if (record) ns[0] += Number(u - t);
    const tokens = stages.segment(doc);
    t = now();
    if (record) ns[1] += Number(t - u);
    const entities = stages.entities(doc, tokens);
    u = now();
    if (record) ns[2] += Number(u - t);
    const quantities = stages.quantities(doc, tokens, entities);
    t = now();
    if (record) ns[3] += Number(t - u);
    const facts = stages.facts(doc, tokens, quantities, entities);
    u = now();
    if (record) ns[4] += Number(u - t);
    stages.assemble(doc, tokens, quantities, entities, facts);
    if (record) ns[5] += Number(now() - u);
  }
}

pass(false);
for (let r = 0; r < 3; r++) pass(true);
const total = ns.reduce((a, b) => a + b, 0);
console.log(JSON.stringify(Object.fromEntries(names.map((name, i) => [name, ns[i] / total]))));
