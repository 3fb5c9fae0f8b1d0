// CLUENER2020 dev and MSRA test: entity P/R/F1 per type, strict (same span and type) and lenient
// (overlapping span, same type), with the mapping of their types to zh-analyze's below.
import { join } from 'node:path';
import { f3, loadPackage, readJsonl, table } from './lib.mjs';

export const title = 'NER: CLUENER2020 dev and MSRA test (entities, strict and lenient)';

/** CLUENER types scored, and the zh-analyze types that count as each. Other CLUENER types are ignored. */
const CLUENER = {
  government: ['agency'],
  company: ['enterprise'],
  organization: ['organization'],
  name: ['person'],
  address: ['place'],
};
/**
 * MSRA's ORG covers government bodies, companies, zones' committees and other organizations alike, so
 * every one of agency, enterprise, organization and zone counts as ORG. LOC is place; PER is person.
 * Projects and documents have no MSRA counterpart and are left out.
 */
const MSRA = {
  ORG: ['agency', 'enterprise', 'organization', 'zone'],
  LOC: ['place'],
  PER: ['person'],
};

function score(docs, predict, mapping) {
  const empty = () => ({ pred: 0, predHit: 0, gold: 0, goldHit: 0 });
  const stats = {};
  for (const type of [...Object.keys(mapping), 'all']) stats[type] = { strict: empty(), lenient: empty() };
  const toGold = new Map();
  for (const [gold, ours] of Object.entries(mapping)) for (const t of ours) toGold.set(t, gold);
  const strictHit = (a, b) => a.start === b.start && a.end === b.end;
  const lenientHit = (a, b) => a.start < b.end && b.start < a.end;
  for (const doc of docs) {
    const pred = predict(doc.text).filter((e) => toGold.has(e.type)).map((e) => ({ ...e, type: toGold.get(e.type) }));
    for (const type of Object.keys(mapping)) {
      const g = doc.entities.filter((e) => e.type === type);
      const p = pred.filter((e) => e.type === type);
      for (const [mode, hit] of [['strict', strictHit], ['lenient', lenientHit]]) {
        for (const key of [type, 'all']) {
          const s = stats[key][mode];
          s.pred += p.length;
          s.predHit += p.filter((x) => g.some((y) => hit(x, y))).length;
          s.gold += g.length;
          s.goldHit += g.filter((y) => p.some((x) => hit(x, y))).length;
        }
      }
    }
  }
  return stats;
}

function prf({ pred, predHit, gold, goldHit }) {
  const p = pred ? predHit / pred : 0;
  const r = gold ? goldHit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function report(name, stats) {
  const rows = Object.entries(stats).map(([type, s]) => {
    const st = prf(s.strict);
    const le = prf(s.lenient);
    return [`${name} ${type}`, f3(st.p), f3(st.r), f3(st.f1), f3(le.p), f3(le.r), f3(le.f1), s.strict.gold];
  });
  table(['set / type', 'P', 'R', 'F1 strict', 'P len.', 'R len.', 'F1 lenient', 'gold'], rows);
}

export async function run({ root, corpora }) {
  const { analyze } = await loadPackage(root);
  const predict = (text) => analyze(text).entities;
  const cluener = readJsonl(join(corpora, 'ner', 'cluener', 'dev.neutral.jsonl'));
  report('CLUENER dev', score(cluener, predict, CLUENER));
  console.log('');
  const msra = readJsonl(join(corpora, 'ner', 'msra', 'test.neutral.jsonl'));
  report('MSRA test', score(msra, predict, MSRA));
  console.log('\nMapping: CLUENER government->agency, company->enterprise, organization->organization, name->person, address->place;');
  console.log('MSRA ORG <- agency|enterprise|organization|zone, LOC <- place, PER <- person. Other types are not scored.');
}
