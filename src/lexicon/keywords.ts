import { readFileSync } from 'node:fs';
import { DependencyError, DictFormatError } from '../errors.js';
import { jiebaDictPath } from './paths.js';

/** What the keywords stage reads: jieba's IDF table and stop words (both from nodejieba's package, MIT). */
export interface KeywordLexicon {
  /** Inverse document frequency of a word (`idf.utf8`: `word idf` a line). */
  readonly idf: ReadonlyMap<string, number>;
  /** The IDF of a word the table lacks: the table's median, as jieba's TF-IDF takes it. */
  readonly unknownIdf: number;
  /** jieba's stop words (`stop_words.utf8`), and their lower-case forms. */
  readonly stopWords: ReadonlySet<string>;
}

const IDF_FILE = 'idf.utf8';
const STOP_WORDS_FILE = 'stop_words.utf8';

let memo: KeywordLexicon | undefined;

/** Loads jieba's IDF table and stop words once per process (only analyzers with the keywords option ask). */
export function loadKeywordLexicon(): KeywordLexicon {
  if (memo) return memo;
  const { idf, values } = parseIdf(readJiebaFile(IDF_FILE), IDF_FILE);
  const stopWords = new Set<string>();
  for (const raw of readJiebaFile(STOP_WORDS_FILE).split('\n')) {
    const word = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (word.trim() === '') continue;
    stopWords.add(word);
    stopWords.add(word.toLowerCase());
  }
  memo = { idf, unknownIdf: median(values), stopWords };
  return memo;
}

function readJiebaFile(file: string): string {
  const path = jiebaDictPath(file);
  try {
    const text = readFileSync(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    throw new DependencyError(`jieba's ${file} cannot be read from ${path}`, cause);
  }
}

/** `word idf` lines (the word may not hold a space); a bad line throws DictFormatError. */
function parseIdf(content: string, file: string): { idf: Map<string, number>; values: Float64Array } {
  const idf = new Map<string, number>();
  const lines = content.split('\n');
  const values = new Float64Array(lines.length);
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const space = line.lastIndexOf(' ');
    const value = Number(line.slice(space + 1));
    if (space <= 0 || !Number.isFinite(value) || value < 0) throw new DictFormatError(file, i + 1, `expected "word idf", got ${JSON.stringify(line)}`);
    idf.set(line.slice(0, space), value);
    values[n++] = value;
  }
  if (n === 0) throw new DictFormatError(file, 1, 'the IDF table is empty');
  return { idf, values: values.subarray(0, n) };
}

/** The middle value (the upper one of an even count), as jieba's `sorted(idf.values())[len // 2]`. */
function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1] as number;
}
