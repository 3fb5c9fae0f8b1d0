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

/** A loaded jieba: one per process (per worker thread), shared by every analyzer. */
export interface Segmenter {
  /** Words of `text` (HMM on); their lengths add up to `text.length`. */
  cut(text: string): string[];
  tag(text: string): { word: string; tag: string }[];
}

let loaded: { segmenter: Segmenter; words: readonly string[] } | undefined;

/**
 * A word only zh-analyze teaches jieba (four rare characters): while it comes back whole, the
 * process-wide segmenter is still the one zh-analyze loaded.
 */
const SENTINEL = '\u9f98\u9750\u9f49\u9ea4';

/**
 * nodejieba holds a single dictionary per process. zh-analyze loads it once with jieba's own
 * dictionaries plus `words` (the built-in domain names), and never changes it afterwards: what
 * differs between analyzers (user dictionaries) is applied in JavaScript, after segmentation, so
 * that analyzers in one process cannot change each other's results.
 */
export function loadSegmenter(words: readonly string[]): Segmenter {
  if (loaded) {
    if (loaded.words !== words) throw new Error('the segmenter is process-wide and was loaded with other words');
    return loaded.segmenter;
  }
  const binding = requireBinding();
  loadDictionaries(binding, words);
  // Other code in this thread that calls nodejieba.load() replaces the segmenter. Each cut is
  // followed by a cut of the sentinel, with no JavaScript between the two calls: when it no longer
  // comes back whole, the text was cut with another dictionary, so ours is loaded again and the text
  // cut anew. (Two calls rather than one over text + sentinel: the joined string would be copied
  // whole for the native call, and jieba would return the sentinel's words as well.)
  const reload = (): void => {
    process.emitWarning(
      'nodejieba was reloaded by other code in this thread; zh-analyze loaded its own dictionary again. ' +
        'Keep other nodejieba users in another worker thread.',
      { code: 'ZH_ANALYZE_JIEBA_RELOADED' },
    );
    loadDictionaries(binding, words);
  };
  // Without HMM: a dictionary word either way, and the check skips jieba's HMM pass.
  const ours = (): boolean => {
    const check = binding.cut(SENTINEL, false);
    return check.length === 1 && check[0] === SENTINEL;
  };
  const segmenter: Segmenter = {
    cut: (text) => {
      const out = binding.cut(text, true);
      if (ours()) return out;
      reload();
      return binding.cut(text, true);
    },
    tag: (text) => {
      const out = binding.tag(text);
      if (ours()) return out;
      reload();
      return binding.tag(text);
    },
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
  binding.insertWord(SENTINEL, 'x');
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

function requireBinding(): JiebaBinding {
  const path = join(packageDir(), 'build', 'Release', 'nodejieba.node');
  try {
    return localRequire(path) as JiebaBinding;
  } catch (cause) {
    throw new DependencyError(
      `nodejieba's native addon could not be loaded from ${path}. It is compiled when nodejieba installs: ` +
        'make sure a C++ toolchain and Python are present and, with npm 11, that package.json allowScripts ' +
        'approves nodejieba, then run `npm rebuild nodejieba --foreground-scripts`.',
      cause,
    );
  }
}
