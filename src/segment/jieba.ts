import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DependencyError } from '../errors.js';
import { dictPath } from '../lexicon/paths.js';

/** The native nodejieba addon, called directly: its JS wrapper's load() leaks five globals. */
interface JiebaBinding {
  load(dict: string, hmm: string, user: string, idf: string, stopWords: string): boolean;
  cut(sentence: string, hmm: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
}

/** zh-analyze's loaded jieba: one per thread, shared by every analyzer of the thread. */
export interface Segmenter {
  /** Words of `text` (HMM on); their lengths add up to `text.length`. */
  cut(text: string): string[];
  tag(text: string): { word: string; tag: string }[];
}

let loaded: { segmenter: Segmenter; words: readonly string[] } | undefined;

/**
 * zh-analyze's own jieba: an instance of nodejieba's addon that only zh-analyze holds. It loads jieba's
 * dictionaries plus `words` (the built-in domain names) once and never changes them afterwards: what
 * differs between analyzers (user dictionaries) is applied in JavaScript, after segmentation, so that
 * analyzers in one process cannot change each other's results. Other code's nodejieba (its load(),
 * insertWord(), cut()) is another instance and cannot change this one either.
 */
export function loadSegmenter(words: readonly string[]): Segmenter {
  if (loaded) {
    if (loaded.words !== words) throw new Error('the segmenter is loaded once per thread and was loaded with other words');
    return loaded.segmenter;
  }
  const binding = openBinding();
  loadDictionaries(binding, words);
  const segmenter: Segmenter = {
    cut: (text) => binding.cut(text, true),
    tag: (text) => binding.tag(text),
  };
  loaded = { segmenter, words };
  return segmenter;
}

/**
 * jieba's load() also builds its keyword extractor from an IDF table (6 MB, about 8% of the load's
 * CPU time and 20 MB of memory). zh-analyze never calls jieba's extractor (the keywords option reads
 * idf.utf8 itself, see lexicon/keywords.ts), so jieba gets a one-line table instead.
 */
const IDF_PLACEHOLDER = ['segment', 'jieba-idf-placeholder.utf8'];

/** The placeholder, or jieba's own table where dict/ lacks it (jieba aborts the process on a missing file). */
function idfPath(jiebaDir: string): string {
  const placeholder = dictPath(...IDF_PLACEHOLDER);
  return existsSync(placeholder) ? placeholder : join(jiebaDir, 'idf.utf8');
}

/**
 * The built-in names as a user dictionary in jieba's format (`word nz`, one a line), made by
 * scripts/dict/build-taught-words.mjs. jieba reads it with its own dictionaries and builds one trie of
 * them all: it cuts 2-6 % faster with the names loaded so than with each inserted after the load
 * (insertWord), and cuts alike.
 */
const TAUGHT_WORDS = ['segment', 'taught-words.utf8'];
const TAUGHT_TAG = 'nz';

/**
 * Can jieba read `word` from a user dictionary line as it is? It splits the line on spaces and takes a
 * word of one character as a hint for its HMM, which insertWord does not: those go through insertWord.
 */
const fileSafe = (word: string): boolean => !/\s/.test(word) && [...word].length > 1;

/**
 * The taught-words file's path when it holds exactly the file-safe `words` in their order (else
 * undefined: after an edit of dict/entities without the file made anew, every name is inserted).
 */
function taughtWordsFile(words: readonly string[]): string | undefined {
  const path = dictPath(...TAUGHT_WORDS);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const expected = taughtWordsText(words);
  // jieba splits its list of user dictionaries on | and ;.
  return text === expected && !/[|;]/.test(path) ? path : undefined;
}

/** The taught-words file's text for `words`: the file-safe ones, `word nz` a line. */
export function taughtWordsText(words: readonly string[]): string {
  let text = '';
  for (const word of words) if (fileSafe(word)) text += `${word} ${TAUGHT_TAG}\n`;
  return text;
}

function loadDictionaries(binding: JiebaBinding, words: readonly string[]): void {
  const dir = join(packageDir(), 'submodules', 'cppjieba', 'dict');
  const userDict = join(dir, 'user.dict.utf8');
  const taught = /[|;]/.test(userDict) ? undefined : taughtWordsFile(words);
  const ok = binding.load(
    join(dir, 'jieba.dict.utf8'),
    join(dir, 'hmm_model.utf8'),
    taught === undefined ? userDict : `${userDict}|${taught}`,
    idfPath(dir),
    join(dir, 'stop_words.utf8'),
  );
  if (!ok) throw new DependencyError(`nodejieba could not load its dictionaries from ${dir}`, undefined);
  for (const word of words) if (taught === undefined || !fileSafe(word)) binding.insertWord(word, TAUGHT_TAG);
}

const localRequire = createRequire(import.meta.url);

function packageDir(): string {
  try {
    return dirname(localRequire.resolve('nodejieba/package.json'));
  } catch (cause) {
    throw new DependencyError('nodejieba is not installed (npm install nodejieba)', cause);
  }
}

/**
 * A new instance of nodejieba's addon. require() would hand out the one instance Node caches for the
 * file, which other code in the thread shares (nodejieba's own wrapper loads jieba's dictionaries into
 * it at its first cut); process.dlopen runs the addon's initialisation anew, and the instance it makes
 * holds a jieba of its own.
 */
function openBinding(): JiebaBinding {
  const path = join(packageDir(), 'build', 'Release', 'nodejieba.node');
  const addon = { exports: {} as JiebaBinding };
  try {
    process.dlopen(addon, path);
    return addon.exports;
  } catch (cause) {
    throw new DependencyError(
      `nodejieba's native addon could not be loaded from ${path}. It is compiled when nodejieba installs: ` +
        'make sure a C++ toolchain and Python are present and, with npm 11, that package.json allowScripts ' +
        'approves nodejieba, then run `npm rebuild nodejieba --foreground-scripts`.',
      cause,
    );
  }
}
