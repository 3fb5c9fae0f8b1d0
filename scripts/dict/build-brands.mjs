#!/usr/bin/env node
// Regenerates dict/entities/brands/company-short-names.tsv from the company short-name list of
// wainshine/Company-Names-Corpus (Apache-2.0, commit b71e78e9a18f3fad335a45fb2a2d8a4c29e1184e,
// `Company-Shorter-Form（28W）.txt`). The list is noisy (tiny shops' names, ordinary words, places,
// people's names), so it is filtered hard, and the entity rules read it only behind a company context
// (src/entity/rules/brand-cue.ts, brand-list.ts); it is never matched as a plain dictionary.
// An entry is kept when it is 2 to 6 Han characters (Latin letters and digits may follow a Han opening)
// and it is none of:
//   - a word of jieba's dictionary (cppjieba dict/jieba.dict.utf8, MIT) of frequency >= JIEBA_MAX_FREQ,
//     or of any frequency unless tagged nz / nt (an other proper noun or an organization);
//   - a name of the built-in entity dictionary (dict/entities/*.tsv, any type): those are found already;
//   - a place: the administrative divisions down to townships (modood, WTFPL) with their short forms,
//     THUOCL's place names (MIT), a place followed by one character (北京东);
//   - a person's name by its form: a surname and one or two given-name characters (dict/entities/rules);
//   - a generic, common or industry word of dict/entities/rules, THUOCL_caijing's economic terms (MIT);
//   - one that opens or ends with a function character (的, 了, 是 …), a numeral and a classifier or time word (三时).
// Usage: node scripts/dict/build-brands.mjs [--source FILE] [--gazetteers DIR] [--stats]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    gazetteers: { type: 'string', default: join(root, '..', 'shared', 'corpora', 'gazetteers') },
    source: { type: 'string' },
    stats: { type: 'boolean', default: false },
  },
});
const gaz = values.gazetteers;
const source = values.source ?? join(gaz, 'company-names', 'company-shorter-form.txt');
const out = join(root, 'dict', 'entities', 'brands', 'company-short-names.tsv');
const jiebaDict = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');

const JIEBA_MAX_FREQ = 1000;
const MIN_LENGTH = 2;
const MAX_LENGTH = 6;
const SHAPE = /^[\u4e00-\u9fff]{2,6}$|^[\u4e00-\u9fff]{2,4}[A-Za-z0-9]{1,4}$/;
/** A numeral and a classifier or time word (三时, 五月, 两家): a quantity, not a name. */
const QUANTITY = /^[0-9一二三四五六七八九十两百千万零几数]+[时点月日年号天分秒岁个位家次名人期届]$/;
const PLACE_ENDINGS = /(?:省|市|县|区|镇|乡|村|街道|自治州|自治县|盟|旗)$/;
/** Characters a company's name never opens or ends with: particles, pronouns, numerals' companions. */
const EDGE_STOPS = new Set([...'的了是在和与及或也都就很被把让给向从对为这那我你他她它们个些么吗呢吧啊之其']);

const lines = (path) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
const column = (path, k = 0) => lines(path).filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')[k].trim());
const rules = (file) => join(root, 'dict', 'entities', 'rules', file);

const jieba = new Map();
for (const l of lines(jiebaDict)) {
  const [word, freq, tag] = l.split(' ');
  if (word) jieba.set(word, { freq: Number(freq), tag });
}

// Names of the built-in dictionary (every type) and its places.
const known = new Set();
const places = new Set();
for (const file of readdirSync(join(root, 'dict', 'entities')).filter((f) => f.endsWith('.tsv'))) {
  for (const l of lines(join(root, 'dict', 'entities', file))) {
    if (!l.trim() || l.startsWith('#')) continue;
    const [name, type, , aliases] = l.split('\t');
    const surfaces = [name, ...(aliases ? aliases.split('|') : [])].map((s) => s.trim()).filter(Boolean);
    for (const s of surfaces) {
      known.add(s);
      if (type === 'place') places.add(s);
    }
  }
}
// Divisions down to townships, with their short forms (东华门街道 -> 东华门).
const divisions = join(gaz, 'modood-admin-divisions');
for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
  for (const l of lines(join(divisions, file)).slice(1)) {
    const name = l.split(',')[1]?.replace(/"/g, '').trim();
    if (!name) continue;
    places.add(name);
    const short = name.replace(/(?:街道办事处|街道|镇|乡|民族乡|苏木|地区|办事处)$/, '');
    if (short.length >= 2) places.add(short);
  }
}
for (const l of lines(join(gaz, 'thuocl', 'THUOCL_diming.txt'))) {
  const name = l.split('\t')[0].trim();
  if (name) places.add(name);
}
const generic = new Set([
  ...column(rules('generic-words.tsv')),
  ...column(rules('common-words.tsv')),
  ...column(rules('industry-words.tsv')),
  ...column(rules('kind-words.tsv')),
  ...lines(join(gaz, 'thuocl', 'THUOCL_caijing.txt')).map((l) => l.split('\t')[0].trim()).filter(Boolean),
]);
const surnames = new Set(column(rules('surnames.tsv')));
const givenChars = new Set(column(rules('given-name-chars.tsv')));

/** A surname and one or two given-name characters (王建华, 李明): a person's name by its form. */
function personLike(w) {
  for (const cut of [1, 2]) {
    const given = w.slice(cut);
    if (surnames.has(w.slice(0, cut)) && given.length >= 1 && given.length <= 2 && [...given].every((c) => givenChars.has(c))) return true;
  }
  return false;
}

/** Why an entry is dropped, or null when it is kept. */
function reason(w) {
  if (w.length < MIN_LENGTH || w.length > MAX_LENGTH || !SHAPE.test(w)) return 'shape';
  const j = jieba.get(w);
  if (j !== undefined && (j.freq >= JIEBA_MAX_FREQ || (j.tag !== 'nz' && j.tag !== 'nt'))) return 'jieba word';
  if (known.has(w)) return 'dictionary name';
  if (places.has(w) || PLACE_ENDINGS.test(w) || (w.length >= 3 && places.has(w.slice(0, -1)) && w.slice(0, -1).length >= 2)) return 'place';
  if (generic.has(w)) return 'generic word';
  if (QUANTITY.test(w)) return 'quantity';
  if (EDGE_STOPS.has(w.charAt(0)) || EDGE_STOPS.has(w.charAt(w.length - 1))) return 'function character';
  if (personLike(w)) return 'person-like';
  return null;
}

const raw = lines(source).slice(1).map((l) => l.trim()).filter(Boolean);
const kept = new Set();
const dropped = new Map();
for (const w of raw) {
  const why = reason(w);
  if (why === null) kept.add(w);
  else dropped.set(why, (dropped.get(why) ?? 0) + 1);
}
const sorted = [...kept].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# Company short names and brands, to be read ONLY behind a company context (src/entity/rules/brand-cue.ts,',
  '# brand-list.ts): never matched as a plain dictionary. Derived from wainshine/Company-Names-Corpus',
  '# (commit b71e78e9a18f3fad335a45fb2a2d8a4c29e1184e, Company-Shorter-Form), Apache License 2.0: see LICENSE',
  '# and NOTICE beside this file. Filtered by scripts/dict/build-brands.mjs (jieba words, places, names of the',
  '# built-in dictionary, person-like and generic words dropped); do not edit, rebuild.',
  '# columns: name',
];
writeFileSync(out, header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(`build-brands: ${raw.length} entries read, ${sorted.length} kept -> ${out}`);
if (values.stats) for (const [why, n] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped (${why}): ${n}`);
