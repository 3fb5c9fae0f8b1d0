import { DictFormatError } from '../errors.js';
import { dictPath } from './paths.js';
import { readTsv } from './tsv.js';

/** The tables of the congress rule (dict/entities/rules/congress-words.tsv). */
export interface CongressTables {
  /** Ordinals of a congress (一 … 二十九), true for those that name a congress alone (十一 … 二十九). */
  readonly ordinals: ReadonlyMap<string, boolean>;
  /** Longest ordinal, in UTF-16 units. */
  readonly longestOrdinal: number;
  /** The last character of a congress's short form (大: 十五大). */
  readonly short: ReadonlySet<string>;
  /** Words that open a congress's name (中共, 中国共产党). */
  readonly parties: ReadonlySet<string>;
  /** Words before a congress that are not part of it (党的). */
  readonly owners: ReadonlySet<string>;
  /** 第. */
  readonly first: ReadonlySet<string>;
  /** 次, 届. */
  readonly terms: ReadonlySet<string>;
  /** The bodies written after a term (全国代表大会 → organization, 全国人民代表大会 → agency). */
  readonly bodies: ReadonlyMap<string, 'organization' | 'agency'>;
  /** Words after a bare congress (以来, 精神, 报告 …). */
  readonly after: ReadonlySet<string>;
}

const ROLES = new Set(['short', 'ordinal', 'bare', 'party', 'owner', 'first', 'term', 'organization', 'agency', 'after']);

/** Reads the table (once per process, with the other rule tables). */
export function readCongressTables(): CongressTables {
  const file = dictPath('entities', 'rules', 'congress-words.tsv');
  const ordinals = new Map<string, boolean>();
  const sets: Record<string, Set<string>> = { short: new Set(), party: new Set(), owner: new Set(), first: new Set(), term: new Set(), after: new Set() };
  const bodies = new Map<string, 'organization' | 'agency'>();
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [word, role] = columns as [string, string];
    if (!ROLES.has(role)) throw new DictFormatError(file, line, `unknown role ${JSON.stringify(role)}`);
    if (role === 'ordinal' || role === 'bare') ordinals.set(word, role === 'bare');
    else if (role === 'organization' || role === 'agency') bodies.set(word, role);
    else (sets[role] as Set<string>).add(word);
  }
  // The last characters of the bodies and short forms are marked in the rules' one table (CONGRESS_LAST in entity-rules.ts).
  return {
    ordinals,
    longestOrdinal: Math.max(0, ...[...ordinals.keys()].map((w) => w.length)),
    short: sets.short as Set<string>,
    parties: sets.party as Set<string>,
    owners: sets.owner as Set<string>,
    first: sets.first as Set<string>,
    terms: sets.term as Set<string>,
    bodies,
    after: sets.after as Set<string>,
  };
}
