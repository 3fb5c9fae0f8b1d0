#!/usr/bin/env node
// Reports, for review, the surfaces of dict/entities/*.tsv that may not mean what their entry says:
//   - a surface given by two files with another type or canonical name (the first file in name order keeps it);
//   - a surface of a built-in name that jieba's dictionary (cppjieba dict/jieba.dict.utf8, MIT) knows as an
//     ordinary word (not tagged as a name: nr, ns, nt, nz, j), such as 美的 or 浪潮.
// Usage: node scripts/dict/entity-overlaps.mjs [--types enterprise,zone]   (exit code 0; it only reports)
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { types: { type: 'string', default: 'agency,zone,enterprise,organization,project' } } });
const types = new Set(values.types.split(','));
const dir = join(root, 'dict', 'entities');

const seen = new Map(); // surface -> { file, type, canonical }
const clashes = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, type, canonical = '', aliases = ''] = line.split('\t');
    const record = { file, type, canonical: canonical || name };
    for (const surface of [name, ...aliases.split('|').filter(Boolean)]) {
      const first = seen.get(surface);
      if (!first) seen.set(surface, record);
      else if (first.type !== record.type || first.canonical !== record.canonical) {
        clashes.push(`${surface}: ${first.type} ${first.canonical} (${first.file}) shadows ${record.type} ${record.canonical} (${file})`);
      }
    }
  }
}

const jiebaDict = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j']);
const words = [];
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  const record = seen.get(word);
  if (record && types.has(record.type) && !NAME_TAGS.has(tag)) words.push(`${word}\t${tag}\t${freq}\t${record.type}\t${record.file}`);
}

console.log(`## ${clashes.length} surface(s) given by two files with another type or canonical name\n${clashes.join('\n')}`);
console.log(`\n## ${words.length} name(s) that jieba knows as ordinary words (word, tag, freq, type, file)\n${words.join('\n')}`);
