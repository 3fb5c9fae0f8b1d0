import { existsSync } from 'node:fs';
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
/** A line break (always a word of its own) and the sentinel, cut after every text. */
const GUARD = `\n${SENTINEL}`;

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
  // Other code in this thread that calls nodejieba.load() replaces the segmenter. Each call cuts
  // the sentinel after the text, in the same native call: when it no longer comes back whole, our
  // dictionary is loaded again and the text cut anew.
  const reload = (): void => {
    process.emitWarning(
      'nodejieba was reloaded by other code in this thread; zh-analyze loaded its own dictionary again. ' +
        'Keep other nodejieba users in another worker thread.',
      { code: 'ZH_ANALYZE_JIEBA_RELOADED' },
    );
    loadDictionaries(binding, words);
  };
  const segmenter: Segmenter = {
    cut: (text) => {
      let out = binding.cut(text + GUARD, true);
      if (out[out.length - 1] !== SENTINEL) {
        reload();
        out = binding.cut(text + GUARD, true);
      }
      out.pop();
      dropGuardBreak(out, out.length - 1, (w) => w, (w) => (out[out.length - 1] = w));
      return out;
    },
    tag: (text) => {
      let out = binding.tag(text + GUARD);
      if (out[out.length - 1]?.word !== SENTINEL) {
        reload();
        out = binding.tag(text + GUARD);
      }
      out.pop();
      const last = out[out.length - 1];
      dropGuardBreak(out, out.length - 1, (w) => w.word, (w) => last && (out[out.length - 1] = { word: w, tag: last.tag }));
      return out;
    },
  };
  loaded = { segmenter, words };
  return segmenter;
}

/** Removes the guard's line break from the last word (it may have been joined to a \r before it). */
function dropGuardBreak<T>(out: T[], last: number, word: (item: T) => string, set: (word: string) => void): void {
  const item = out[last];
  if (item === undefined) return;
  const text = word(item);
  if (text === '\n') out.pop();
  else if (text.endsWith('\n')) set(text.slice(0, -1));
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

function loadDictionaries(binding: JiebaBinding, words: readonly string[]): void {
  const dir = join(packageDir(), 'submodules', 'cppjieba', 'dict');
  const ok = binding.load(
    join(dir, 'jieba.dict.utf8'),
    join(dir, 'hmm_model.utf8'),
    join(dir, 'user.dict.utf8'),
    idfPath(dir),
    join(dir, 'stop_words.utf8'),
  );
  if (!ok) throw new DependencyError(`nodejieba could not load its dictionaries from ${dir}`, undefined);
  binding.insertWord(SENTINEL, 'x');
  for (const word of words) binding.insertWord(word, 'nz');
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
