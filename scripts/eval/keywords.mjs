// Keywords: zh-analyze's `keywords` option against nodejieba.extract / textRankExtract on the same
// texts (the seed article and documents of the segmentation corpora), as overlap@10.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawJieba } from '../lib/raw-jieba.mjs';
import { loadPackage, pct, readJsonl, readLines, table } from './lib.mjs';

export const title = 'Keywords: overlap@10 with nodejieba.extract and textRankExtract';

const TOP = 10;
/** Consecutive lines of a segmentation test file taken as one document (the files mark no articles). */
const LINES_PER_DOC = 25;
const MAX_DOCS = 40;

export async function run({ root, corpora }) {
  const { createAnalyzer } = await loadPackage(root);
  const jieba = loadRawJieba(root);
  const ours = {
    tfidf: createAnalyzer({ keywords: { top: TOP, method: 'tfidf' } }),
    textrank: createAnalyzer({ keywords: { top: TOP, method: 'textrank' } }),
  };
  const sets = [['seed article (body)', [readJsonl(join(corpora, 'seed', 'seed-gold.jsonl')).map((p) => p.text).join('\n')]]];
  for (const [name, file] of [['PKU test (人民日报 2001)', 'pku_test.utf8'], ['MSR test', 'msr_test.utf8'], ['CityU test (Traditional)', 'cityu_test.utf8']]) {
    const path = join(corpora, 'seg', file);
    if (existsSync(path)) sets.push([`${name}, ${LINES_PER_DOC}-line documents`, documents(readLines(path))]);
  }
  const rows = [];
  for (const [name, docs] of sets) {
    const tfidf = docs.map((text) => overlap(ours.tfidf.analyze(text).keywords, jieba.extract(text, TOP)));
    const textrank = docs.map((text) => overlap(ours.textrank.analyze(text).keywords, jieba.textRankExtract(text, TOP)));
    rows.push([name, docs.length, pct(mean(tfidf), 1), pct(mean(textrank), 1)]);
  }
  table(['texts', 'docs', 'TF-IDF overlap@10 (%)', 'TextRank overlap@10 (%)'], rows);
  const seed = sets[0][1][0];
  console.log('\nSeed article, top 10 side by side (zh-analyze tfidf | nodejieba.extract):\n');
  const a = ours.tfidf.analyze(seed).keywords;
  const b = jieba.extract(seed, TOP);
  table(['#', 'zh-analyze', 'nodejieba'], a.map((k, i) => [i + 1, `${k.term}${k.type ? ` (${k.type})` : ''} ${k.weight.toFixed(3)}`, b[i] ? `${b[i].word} ${(b[i].weight).toFixed(1)}` : '']));
  console.log('\noverlap@10: the share of nodejieba\'s top 10 words that are also among zh-analyze\'s top 10 (term or first surface), averaged over documents.');
}

function documents(lines) {
  const docs = [];
  for (let i = 0; i + LINES_PER_DOC <= lines.length && docs.length < MAX_DOCS; i += LINES_PER_DOC) {
    docs.push(lines.slice(i, i + LINES_PER_DOC).join('\n'));
  }
  return docs;
}

function overlap(keywords, theirs) {
  if (theirs.length === 0) return keywords.length === 0 ? 1 : 0;
  const mine = new Set();
  for (const k of keywords) {
    mine.add(k.term);
    mine.add(k.text);
  }
  return theirs.filter((w) => mine.has(w.word)).length / theirs.length;
}

const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
