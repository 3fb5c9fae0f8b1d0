import { UnitFlag, WordRole, type FactLexicon } from '../lexicon/facts.js';
import type { RawToken } from '../segment/index.js';
import type { Entity, Figure, Quantity } from '../types.js';

/** What a unit of the facts stage is: a word, a punctuation mark, an entity or a quantity. */
export const UnitKind = Object.freeze({ Word: 0, Punct: 1, Entity: 2, Quantity: 3 } as const);
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

/**
 * The text as the facts stage reads it: entities and quantities are single units (the tokens inside
 * them are not looked at), every other token is a word with its roles or a punctuation mark.
 */
export interface Unit {
  readonly kind: UnitKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** WordRole flags of a word (0 for a word no table names, which may be part of an indicator). */
  readonly flags: number;
  readonly entity: Entity | null;
  readonly quantity: Quantity | null;
  /** Indices of the clause, sentence and paragraph the unit belongs to (a separator ends its clause). */
  readonly clause: number;
  readonly sentence: number;
  readonly paragraph: number;
}

/** Characters that end a date the segmenter may cut off (10月|份, 9月|底, 年|末, 2023年|度). */
const DATE_TAILS = '份底末初中旬度';

/** The length of a change word the segmenter may glue to the noun before it (下降, 增长). */
const GLUED_CHANGE = 2;

/** Marks of one unit that end a sentence, and a clause (and ……, the one mark of two units). */
const SENTENCE_ENDS = '。！？!?';
const CLAUSE_ENDS = '，,；;：:…';
const LONG_ELLIPSIS = '……';

/** Is the character code a letter, a digit or a Han character (no punctuation mark)? */
function isWordCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c < 0x2000) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xd800 && c <= 0xdbff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * Builds the units of a text from its tokens, entities and quantities (all in normalized offsets,
 * sorted by start; entities do not overlap each other). A quantity inside an entity belongs to the
 * entity's unit.
 */
export function buildUnits(
  text: string,
  tokens: readonly RawToken[],
  entities: readonly Entity[],
  quantities: readonly Quantity[],
  lex: FactLexicon,
): Unit[] {
  const out = new UnitList(text);
  let e = 0;
  let q = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as RawToken;
    let pos = token.start;
    while (pos < token.end) {
      while (e < entities.length && (entities[e] as Entity).end <= pos) e++;
      while (q < quantities.length && (quantities[q] as Quantity).end <= pos) q++;
      const entity = entities[e];
      if (entity !== undefined && entity.start <= pos) {
        if (out.last?.entity !== entity) out.push(UnitKind.Entity, entity.start, entity.end, entity.text, 0, entity, null);
        pos = entity.end;
        continue;
      }
      const quantity = quantities[q];
      if (quantity !== undefined && quantity.start <= pos) {
        if (out.last?.quantity !== quantity) out.push(UnitKind.Quantity, quantity.start, quantity.end, quantity.text, 0, null, quantity);
        pos = quantity.end;
        continue;
      }
      let end = token.end;
      if (entity !== undefined && entity.start < end) end = entity.start;
      if (quantity !== undefined && quantity.start < end) end = quantity.start;
      if (!isWordCode(text.charCodeAt(pos))) out.punctuation(pos, end, pos === token.start && end === token.end ? token.text : null);
      else if (pos === token.start && end === token.end) out.word(pos, end, token.text, lex);
      // What an entity or a quantity left of a token (家中 after 39家) is no word of the tables, but a
      // conjunction left of one (人及 after 285萬: …285萬人及273萬人) still joins the figures.
      // A quantity that took a token's tail (占|约76%, 为|近3000家) leaves a word of the tables before it.
      else out.push(UnitKind.Word, pos, end, text.slice(pos, end), leftFlags(text, pos, end, lex, end === quantity?.start), null, null);
      pos = end;
    }
  }
  return out.units;
}

/**
 * The roles of a piece of a token an entity or a quantity left: all of them before the quantity that took the
 * token's tail, else those of a conjunction, else none.
 */
function leftFlags(text: string, start: number, end: number, lex: FactLexicon, beforeQuantity: boolean): number {
  const flags = rolesAt(text, start, end, lex);
  return beforeQuantity || (flags & WordRole.Prep) !== 0 ? flags : 0;
}

/**
 * The roles of the word text[start, end), 0 for none. A word is looked up only when some word of the tables
 * as long opens with its first unit and ends with its last (most tokens of three units or more are names):
 * the unit flags are a small table that stays cached, the role table is larger. `whole`, when given, is the
 * word's text already made (a longer word is then hashed as it, not sliced).
 */
function rolesAt(text: string, start: number, end: number, lex: FactLexicon, whole: string | null = null): number {
  const { unitFlags } = lex;
  const first = unitFlags[text.charCodeAt(start)] as number;
  const length = end - start;
  if (length === 1) return (first & UnitFlag.OneUnitWord) === 0 ? 0 : lex.roleTable.getRange(text, start, end);
  const opens = length === 2 ? UnitFlag.PairFirst : UnitFlag.LongWordFirst;
  const ends = length === 2 ? UnitFlag.PairLast : UnitFlag.LongWordLast;
  if ((first & opens) === 0 || ((unitFlags[text.charCodeAt(end - 1)] as number) & ends) === 0) return 0;
  return length > 2 && whole !== null ? lex.roleTable.get(whole) : lex.roleTable.getRange(text, start, end);
}

/** Is the UTF-16 unit `code` one of the units of `units`? */
function holdsUnit(units: string, code: number): boolean {
  for (let i = 0; i < units.length; i++) if (units.charCodeAt(i) === code) return true;
  return false;
}

/** The units built so far, and the clause, sentence and paragraph counters. */
class UnitList {
  readonly units: Unit[] = [];
  last: Unit | undefined;
  private clause = 0;
  private sentence = 0;
  private paragraph = 0;
  private newline: number;

  constructor(private readonly text: string) {
    this.newline = text.indexOf('\n');
  }

  push(kind: UnitKind, start: number, end: number, surface: string, flags: number, entity: Entity | null, quantity: Quantity | null): void {
    if (this.newline !== -1 && this.newline < start) {
      // A line break between the previous unit and this one starts a paragraph.
      if (this.last !== undefined) {
        this.paragraph++;
        this.sentence++;
        this.clause++;
      }
      this.newline = this.text.indexOf('\n', start);
    }
    const unit: Unit = { kind, start, end, text: surface, flags, entity, quantity, clause: this.clause, sentence: this.sentence, paragraph: this.paragraph };
    this.units.push(unit);
    this.last = unit;
    if (kind === UnitKind.Punct) {
      // A mark is one unit, or …… (punctuation makes them so): its unit is read from the text, no string compared.
      if (end - start === 1) {
        const mark = this.text.charCodeAt(start);
        if (holdsUnit(SENTENCE_ENDS, mark)) {
          this.sentence++;
          this.clause++;
        } else if (holdsUnit(CLAUSE_ENDS, mark)) this.clause++;
      } else if (surface === LONG_ELLIPSIS) this.clause++;
    }
  }

  /**
   * A whole token as a word with its roles. A word no table knows that ends in a change word
   * (价格下降, 产量增长: the segmenter glued them) becomes the noun and the change word.
   */
  word(start: number, end: number, surface: string, lex: FactLexicon): void {
    // Every word of the tables has at least one role, so 0 means a word no table knows.
    // A date's last character the segmenter cut off (份 of 10月|份, 底 of 9月|底) belongs to the date and
    // ends a phrase; another one (营 of 11月|营|收) starts the phrase.
    const afterDate = this.last?.quantity?.kind === 'date' && this.last.end === start && end - start === 1 && DATE_TAILS.includes(surface);
    // Read from the text, which this pass reads anyway (the token's own string may lie elsewhere in
    // memory); a longer word the unit flags let through is hashed as the token's string (no slice made).
    const roles = rolesAt(this.text, start, end, lex, surface);
    const flags = afterDate && roles === 0 ? WordRole.Boundary : roles;
    const cut = end - GLUED_CHANGE;
    if (flags === 0 && cut - start >= 2) {
      const change = rolesAt(this.text, cut, end, lex);
      if (change & (WordRole.Up | WordRole.Down)) {
        const head = surface.slice(0, cut - start);
        this.push(UnitKind.Word, start, cut, head, lex.roles.get(head) ?? 0, null, null);
        this.push(UnitKind.Word, cut, end, surface.slice(cut - start), change, null, null);
        return;
      }
    }
    if (flags === 0 && end - start >= 2 && this.splitsShare(start, end, surface, lex)) return;
    if (this.joinsDemonstrative(start, surface, lex)) return;
    this.push(UnitKind.Word, start, end, surface, flags, null, null);
  }

  /** 零组件|业占|38.5%: a share word of one character the segmenter glued to the noun before it (业占) is read apart. */
  private splitsShare(start: number, end: number, surface: string, lex: FactLexicon): boolean {
    const share = rolesAt(this.text, end - 1, end, lex);
    if ((share & WordRole.Share) === 0) return false;
    const head = surface.slice(0, -1);
    this.push(UnitKind.Word, start, end - 1, head, lex.roles.get(head) ?? 0, null, null);
    this.push(UnitKind.Word, end - 1, end, surface.slice(-1), share, null, null);
    return true;
  }

  /**
   * 该 + 公司: a demonstrative the segmenter cut off its noun makes with it the word of the tables
   * that refers back (该公司, 该项目), one unit; the noun is then no part of an indicator.
   */
  private joinsDemonstrative(start: number, surface: string, lex: FactLexicon): boolean {
    const last = this.last;
    if (last === undefined || last.kind !== UnitKind.Word || last.end !== start || (last.flags & WordRole.Anaphora) === 0 || last.end - last.start !== 1) return false;
    const joined = last.text + surface;
    const flags = lex.roles.get(joined) ?? 0;
    if ((flags & WordRole.Anaphora) === 0) return false;
    this.units.pop();
    this.last = this.units[this.units.length - 1];
    this.push(UnitKind.Word, last.start, start + surface.length, joined, flags, null, null);
    return true;
  }

  /**
   * Punctuation marks become one unit each (jieba may keep a run such as ”。 in one token). `whole` is the
   * token's text when the marks are a whole token: a mark alone keeps it (no string made for it).
   */
  punctuation(start: number, end: number, whole: string | null): void {
    const text = this.text;
    if (end - start === 1 && whole !== null) {
      this.push(UnitKind.Punct, start, end, whole, 0, null, null);
      return;
    }
    if (end - start === 2 && text.startsWith(LONG_ELLIPSIS, start)) {
      this.push(UnitKind.Punct, start, end, LONG_ELLIPSIS, 0, null, null);
      return;
    }
    for (let i = start; i < end; i++) this.push(UnitKind.Punct, i, i + 1, text[i] as string, 0, null, null);
  }
}

/**
 * Is the quantity a figure: money, percent, pp, measure or count (ordinals, dates and bare numbers are
 * not)? Compared kind by kind, not looked up in a Set: asked for every quantity and unit, and the kinds
 * are few.
 */
export function isFigure(quantity: Quantity | null | undefined): quantity is Figure {
  if (quantity == null) return false;
  const kind = quantity.kind;
  return kind === 'money' || kind === 'percent' || kind === 'pp' || kind === 'measure' || kind === 'count';
}

/** Is the unit a word with any of the roles? */
export function hasRole(unit: Unit | undefined, roles: number): boolean {
  return unit !== undefined && unit.kind === UnitKind.Word && (unit.flags & roles) !== 0;
}

/** May the unit be part of an indicator phrase (a word no table makes a boundary)? */
export function isNominal(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === UnitKind.Word && (unit.flags & WordRole.Boundary) === 0;
}

/** 分别 (and 分别为, 分别是 as jieba may cut them): the figures after it pair with a list before it. */
export function isRespectively(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === UnitKind.Word && unit.text.startsWith(RESPECTIVELY);
}

/** The word of isRespectively: a text without it has no 分别 pairings (one search of the text, not one per figure). */
export const RESPECTIVELY = '分别';

/** Is the unit the punctuation mark `mark`? */
export function isMark(unit: Unit | undefined, mark: string): boolean {
  return unit !== undefined && unit.kind === UnitKind.Punct && unit.text === mark;
}
