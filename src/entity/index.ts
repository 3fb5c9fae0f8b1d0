import type { EntityLexicon } from '../lexicon/entities.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { RawToken } from '../segment/index.js';
import type { Entity } from '../types.js';
import { departmentWord } from './department-word.js';
import { matchNames } from './dictionary-match.js';
import { resolveOverlaps } from './resolve.js';
import { RULES } from './rule-list.js';
import type { Candidate, EntityRule, RuleContext, Unit } from './types.js';
import { buildUnits } from './units.js';
import { addUnitBit, hasUnitBit, newUnitBits, type UnitBits } from '../lexicon/unit-bits.js';

/** Every rule's find, read off the rule objects once (each rule is an object of its own shape). */
const FINDS: readonly EntityRule['find'][] = Object.freeze(RULES.map((rule) => rule.find));

/** The rules' marks (EntityRule.marks), each character one bit of a mask: its UTF-16 unit → its bit. */
const MARK_BITS: ReadonlyMap<number, number> = markBits(RULES);
/** The units of MARK_BITS, as a bit set read at every unit of a text. */
const MARK_UNITS: UnitBits = unitsOf(MARK_BITS);
/** By rule, the bits of its marks; 0 for a rule without marks, which is always called. */
const RULE_MARKS: Int32Array = Int32Array.from(RULES, (rule) => maskOf(rule.marks ?? ''));

/** One bit for each UTF-16 unit of the rules' marks (at most 31 of them, the bits of a small integer). */
function markBits(rules: readonly EntityRule[]): Map<number, number> {
  const bits = new Map<number, number>();
  for (const rule of rules) {
    const marks = rule.marks ?? '';
    for (let i = 0; i < marks.length; i++) if (!bits.has(marks.charCodeAt(i))) bits.set(marks.charCodeAt(i), 1 << bits.size);
  }
  if (bits.size > 31) throw new Error(`the entity rules have ${bits.size} mark characters; at most 31 fit a mask`);
  return bits;
}

function unitsOf(bits: ReadonlyMap<number, number>): UnitBits {
  const units = newUnitBits();
  bits.forEach((_bit, unit) => addUnitBit(units, unit));
  return units;
}

function maskOf(marks: string): number {
  let mask = 0;
  for (let i = 0; i < marks.length; i++) mask |= MARK_BITS.get(marks.charCodeAt(i)) as number;
  return mask;
}

/** The bits of the marks that `text` holds (one read of the text for all rules' marks). */
function marksIn(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (hasUnitBit(MARK_UNITS, c)) found |= MARK_BITS.get(c) as number;
  }
  return found;
}

/** The list every rule pushes its candidates to (EntityRule.find), empty when a rule is called. */
const found: Candidate[] = [];

/**
 * Stage 4: entities in normalized offsets, sorted, not overlapping. Dictionary names are found
 * first (user names win over built-in ones); the rules then walk over the tokens, with those names
 * taken whole, to find names the dictionaries lack. The longest name wins; on the same span a
 * dictionary name beats a rule.
 */
export function tagEntities(doc: NormalizedDoc, tokens: readonly RawToken[], lex: EntityLexicon): Entity[] {
  const text = doc.text;
  if (text.length === 0) return [];
  const names = matchNames(text, tokens, lex);
  const units = buildUnits(text, tokens, names, lex.rules);
  const suffixUnits: number[] = [];
  let firstFlags = 0;
  let lastFlags = 0;
  let nameCount = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.suffixes !== null) suffixUnits.push(k);
    if (u.record !== undefined) nameCount++;
    firstFlags |= u.firstFlags;
    lastFlags |= u.lastFlags;
  }
  const ctx: RuleContext = { text, units, tables: lex.rules, suffixUnits, firstFlags, lastFlags, nameCount, isPlace: lex.isPlace, brands: lex.brands };
  let candidates: Candidate[] = names;
  const marks = marksIn(text);
  // Emptied after a rule that found something (most find nothing), and here in case a call before was cut short.
  if (found.length !== 0) found.length = 0;
  for (let r = 0; r < FINDS.length; r++) {
    // A rule whose marks the text lacks would return at once.
    const needs = RULE_MARKS[r] as number;
    if (needs !== 0 && (marks & needs) === 0) continue;
    (FINDS[r] as EntityRule['find'])(ctx, found);
    if (found.length === 0) continue;
    if (candidates === names) candidates = names.slice();
    for (let k = 0; k < found.length; k++) candidates.push(found[k] as Candidate);
    found.length = 0;
  }
  if (holdsDepartmentWord(text, candidates)) candidates = withoutDepartmentWords(text, candidates);
  // Dictionary names alone are sorted and never overlap.
  const resolved = candidates === names ? names : resolveOverlaps(candidates);
  const entities: Entity[] = new Array<Entity>(resolved.length);
  for (let k = 0; k < resolved.length; k++) entities[k] = toEntity(text, resolved[k] as Candidate);
  return entities;
}

/**
 * Is one of the candidates a department word (departmentWord)? A loop in a function of its own: a callback here
 * reading `text` would give every call of tagEntities a context object.
 */
function holdsDepartmentWord(text: string, candidates: readonly Candidate[]): boolean {
  for (let k = 0; k < candidates.length; k++) if (departmentWord(text, candidates[k] as Candidate)) return true;
  return false;
}

function withoutDepartmentWords(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => !departmentWord(text, c));
}

function toEntity(text: string, c: Candidate): Entity {
  const surface = text.slice(c.start, c.end);
  // The canonical name written in the literal, not added after: an added property needs a store of its own.
  if (c.canonical === undefined) return { text: surface, start: c.start, end: c.end, type: c.type, source: c.source, rule: c.rule };
  return { text: surface, start: c.start, end: c.end, type: c.type, source: c.source, rule: c.rule, canonical: c.canonical };
}
