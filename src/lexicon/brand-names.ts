import { readFileSync } from 'node:fs';
import { DependencyError, DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';

/** What a word of dict/entities/rules/brand-cues.tsv says about a brand next to it. */
export type BrandCueRole = 'after' | 'title' | 'before' | 'partner' | 'deal' | 'joiner';

/** The company short-name list and the context words that license it (brand-cue and brand-list rules). */
export interface BrandTables {
  /**
   * Is `surface` in the filtered company short-name list (dict/entities/brands/)? The list is read
   * on the first question, once per process: a text with no company context never loads it.
   */
  readonly isBrand: (surface: string) => boolean;
  /** The longest entry of the list, in UTF-16 units. */
  readonly longest: number;
  /**
   * Context words by role: a brand stands before `after` and `title` words, after `before` words,
   * between a `partner` and a `deal` word (与 … 签约), and `joiner` words join the items of a list.
   */
  readonly cues: Readonly<Record<BrandCueRole, ReadonlySet<string>>>;
}

const ROLES: ReadonlySet<string> = new Set(['after', 'title', 'before', 'partner', 'deal', 'joiner']);
const LIST_FILE = ['entities', 'brands', 'company-short-names.tsv'] as const;
/** The longest entry scripts/dict/build-brands.mjs keeps. */
const LONGEST = 8;

/**
 * The sorted list as one string and the offsets of its lines: a binary search needs no Set of
 * 200,000 strings built at start-up (reading the file and indexing its lines takes a few ms).
 */
interface SortedLines {
  readonly text: string;
  readonly starts: Uint32Array;
  readonly count: number;
}

let listMemo: SortedLines | undefined;
let tablesMemo: BrandTables | undefined;

function loadList(): SortedLines {
  if (listMemo) return listMemo;
  const path = dictPath(...LIST_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DependencyError(`the company short-name list ${path} cannot be read`, cause);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    if (end > at && text.charCodeAt(at) !== 0x23 /* # */) {
      if (text.charCodeAt(end - 1) === 0x0d) throw new DictFormatError(path, starts.length + 1, 'a CR at the end of the line: save the file with LF line ends');
      starts.push(at);
    }
    at = end + 1;
  }
  const index = new Uint32Array(starts.length + 1);
  index.set(starts);
  listMemo = { text, starts: index, count: starts.length };
  return listMemo;
}

/** Compares `surface` with line k of the list in code-unit order (the order the file is sorted in). */
function compareLine(list: SortedLines, k: number, surface: string): number {
  const { text } = list;
  let at = list.starts[k] as number;
  for (let i = 0; i < surface.length; i++, at++) {
    const c = at < text.length ? text.charCodeAt(at) : 0x0a;
    if (c === 0x0a) return -1;
    const d = c - surface.charCodeAt(i);
    if (d !== 0) return d;
  }
  return at >= text.length || text.charCodeAt(at) === 0x0a ? 0 : 1;
}

function isBrand(surface: string): boolean {
  if (surface.length < 2 || surface.length > LONGEST) return false;
  const list = loadList();
  let lo = 0;
  let hi = list.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = compareLine(list, mid, surface);
    if (d === 0) return true;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Loads the context words once per process; the list itself waits for its first question. */
export function loadBrandTables(): BrandTables {
  if (tablesMemo) return tablesMemo;
  const file = dictPath('entities', 'rules', 'brand-cues.tsv');
  const cues: Record<BrandCueRole, Set<string>> = { after: new Set(), title: new Set(), before: new Set(), partner: new Set(), deal: new Set(), joiner: new Set() };
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [word, role] = columns as [string, string];
    if (!ROLES.has(role)) throw new DictFormatError(file, line, `the role is one of ${[...ROLES].join(', ')}`);
    cues[role as BrandCueRole].add(word);
  }
  tablesMemo = { isBrand, longest: LONGEST, cues };
  return tablesMemo;
}
