import { readFileSync } from 'node:fs';
import { DependencyError, DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';
import { firstEntry, hasLine, lowerBound, utf8Into } from './utf8-lines.js';

/** What a word of dict/entities/rules/brand-cues.tsv says about a brand next to it. */
export type BrandCueRole = 'after' | 'title' | 'before' | 'partner' | 'deal' | 'joiner' | 'between' | 'part';

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
   * between a `partner` and a `deal` word (与 … 签约), and `joiner` words join the items of a list;
   * `between` words may stand between a brand and its `after` word (宏达 + 近日 + 宣布), `part` words (a department
   * or region of the company) between a brand and a `title` (宏达 + 市场部 + 总监).
   */
  readonly cues: Readonly<Record<BrandCueRole, ReadonlySet<string>>>;
  /**
   * Every context word with its roles as bits (CUE_BITS): one lookup a token. The first and last
   * characters of those the brand-cue rule starts from (after, title, before, partner) are marked in the
   * rules' one table (BRAND_CUE_FIRST, BRAND_CUE_LAST in entity-rules.ts), so that most tokens need no lookup.
   */
  readonly cueBits: ReadonlyMap<string, number>;
}

/** The bit of each role in `cueBits`. */
export const CUE_BITS: Readonly<Record<BrandCueRole, number>> = Object.freeze({ after: 1, title: 2, before: 4, partner: 8, deal: 16, joiner: 32, between: 64, part: 128 });

const ROLES: ReadonlySet<string> = new Set(['after', 'title', 'before', 'partner', 'deal', 'joiner', 'between', 'part']);
const LIST_FILE = ['entities', 'brands', 'company-short-names.tsv'] as const;
/** The longest entry scripts/dict/build-brands.mjs keeps. */
const LONGEST = 8;

/**
 * The sorted list as the file's bytes: UTF-8 orders like code points, so a binary search runs over the
 * bytes themselves, from line to line. Nothing is decoded, split or indexed at load (a Set of 200,000
 * strings would cost a few hundred ms and tens of MB).
 */
interface SortedLines {
  readonly bytes: Buffer;
  /** The offset of the first entry, after the header comments. */
  readonly first: number;
  /**
   * For each UTF-16 unit c, where the lines opening with c lie: bytes [ranges[2c], ranges[2c + 1]),
   * found by two searches over the whole list the first time a surface opening with c is asked about
   * (UNSEEN until then), so that later searches run over a few dozen lines, not all.
   */
  readonly ranges: Int32Array;
}

const UNSEEN = -1;

let listMemo: SortedLines | undefined;
let tablesMemo: BrandTables | undefined;

function loadList(): SortedLines {
  if (listMemo) return listMemo;
  const path = dictPath(...LIST_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new DependencyError(`the company short-name list ${path} cannot be read`, cause);
  }
  listMemo = { bytes, first: firstEntry(bytes), ranges: new Int32Array(2 * 0x10000).fill(UNSEEN) };
  return listMemo;
}

/** The bytes of the surface being looked up: one buffer, rewritten on each question (isBrand never nests). */
const KEY = new Uint8Array(LONGEST * 3);

/** Where the lines opening with UTF-16 unit c lie (SortedLines.ranges), looked up the first time. */
function linesOpeningWith(list: SortedLines, c: number): void {
  const { bytes, first, ranges } = list;
  if (ranges[2 * c] !== UNSEEN) return;
  // The lines from c's bytes up to, not including, those of the next unit (any bytes past U+FFFF sort after every line).
  const from = lowerBound(bytes, first, bytes.length, KEY, utf8Into(String.fromCharCode(c), KEY));
  ranges[2 * c] = from;
  ranges[2 * c + 1] = c === 0xffff ? bytes.length : lowerBound(bytes, from, bytes.length, KEY, utf8Into(String.fromCharCode(c + 1), KEY));
}

function isBrand(surface: string): boolean {
  if (surface.length < 2 || surface.length > LONGEST) return false;
  const list = loadList();
  const { bytes, ranges } = list;
  // Only the lines opening with the surface's first character can be it.
  const c = surface.charCodeAt(0);
  linesOpeningWith(list, c);
  return hasLine(bytes, ranges[2 * c] as number, ranges[2 * c + 1] as number, KEY, utf8Into(surface, KEY));
}

/** Loads the context words once per process; the list itself waits for its first question. */
export function loadBrandTables(): BrandTables {
  if (tablesMemo) return tablesMemo;
  const file = dictPath('entities', 'rules', 'brand-cues.tsv');
  const cueBits = new Map<string, number>();
  const cues: Record<BrandCueRole, Set<string>> = { after: new Set(), title: new Set(), before: new Set(), partner: new Set(), deal: new Set(), joiner: new Set(), between: new Set(), part: new Set() };
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [word, role] = columns as [string, string];
    if (!ROLES.has(role)) throw new DictFormatError(file, line, `the role is one of ${[...ROLES].join(', ')}`);
    cues[role as BrandCueRole].add(word);
    cueBits.set(word, (cueBits.get(word) ?? 0) | CUE_BITS[role as BrandCueRole]);
  }
  tablesMemo = { isBrand, longest: LONGEST, cues, cueBits };
  return tablesMemo;
}
