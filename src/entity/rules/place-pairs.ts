// Places written as a pair or list of one-character short forms: 中美, 中俄关系, 中日韩, 台港澳同胞, 川渝,
// 陕甘宁. Provinces a pair word takes together become one place (川渝地区, 粤港澳合作: the area they make up);
// the others a place a character (中 → 中国, 美 → 美国; 澳 → 澳门 beside 港, 澳大利亚 beside 中). The short forms and the words that license a pair are in dict/entities/rules/
// place-abbreviations.tsv and pair-words.tsv. A run of distinct short forms starts on a token and covers
// whole tokens (中美, 台 + 港澳), or ends inside its last token before a pair word (中俄 + 关系). It is taken
// when a pair word follows (中巴 + 两国, 川渝 + 地区), or when its characters pair freely: two or more countries
// with 中 among them (中美, not 美德), three or more provinces (港澳台, 云贵川). Ordinary words made of such characters (美德, 加以, 新老, 中意)
// are neither.
import { SHORT_FORM } from '../../lexicon/entity-char-flags.js';
import type { PlacePairTables, ShortForm } from '../../lexicon/place-pairs.js';
import type { EntityRule, RuleContext, Unit } from '../types.js';

/** The longest pair or list read (中美日俄). */
const MAX_RUN = 4;
/** The longest token a run may end inside (中日 + 关系). */
const MAX_TOKEN = 8;
const CHINA = '中';
/** The regions outside the mainland: written together (港澳台) they stay three places. */
const SEPARATE_REGIONS: ReadonlySet<string> = new Set(['香港', '澳门', '台湾']);
/** Pair words of a border between the places (陕甘宁边区, 中越边境): the places stay apart. */
const BORDER_WORDS: ReadonlySet<string> = new Set(['边区', '边境', '边界']);

/** A run of short forms from the start of a unit. */
interface Run {
  readonly end: number;
  /** The index of the first unit after the run. */
  readonly next: number;
  /** The run ends inside its last token, before a pair word (中日 + 关系). */
  readonly inside: boolean;
}

/** The readings of the run's characters in one table, or null when one has none there. */
function readings(text: string, start: number, end: number, table: ReadonlyMap<string, ShortForm>): ShortForm[] | null {
  const out: ShortForm[] = [];
  for (let i = start; i < end; i++) {
    const form = table.get(text.charAt(i));
    if (form === undefined) return null;
    out.push(form);
  }
  return out;
}

/** May the run pair with no cue after it? All free (one of three or more may not be: 陕甘 + 宁). */
function pairsFreely(forms: readonly ShortForm[]): boolean {
  let bound = 0;
  for (const f of forms) if (!f.free) bound++;
  return bound === 0 || (forms.length >= 3 && bound === 1);
}

/** The pair word written right after the run: inside its last token, or as the next token (两国关系); or ''. */
function cueAfter(ctx: RuleContext, run: Run, t: PlacePairTables): string {
  const { text, units } = ctx;
  if (run.inside) return text.slice(run.end, (units[run.next - 1] as Unit).end);
  const next = units[run.next];
  if (next === undefined || next.start !== run.end || !next.han) return '';
  if (t.pairWords.has(next.text)) return next.text;
  return next.text.length > 2 && t.pairWords.has(next.text.slice(0, 2)) ? next.text.slice(0, 2) : '';
}

/** The run of distinct short forms that starts with unit k. */
function runAt(ctx: RuleContext, k: number, t: PlacePairTables): Run {
  const { text, units } = ctx;
  const flags = ctx.tables.charFlags;
  const start = (units[k] as Unit).start;
  let end = start;
  let j = k;
  for (; j < units.length; j++) {
    const v = units[j] as Unit;
    if (v.start !== end || !v.han || v.record !== undefined) break;
    let e = v.start;
    while (e < v.end && e - start < MAX_RUN && ((flags[text.charCodeAt(e)] as number) & SHORT_FORM) !== 0 && text.indexOf(text.charAt(e), start) === e) e++;
    if (e === v.end) {
      end = e;
      continue;
    }
    if (e - start >= 2 && e > v.start && v.end - v.start <= MAX_TOKEN && t.pairWords.has(text.slice(e, v.end))) return { end: e, next: j + 1, inside: true };
    break;
  }
  return { end, next: j, inside: false };
}

export const placePairs: EntityRule = {
  name: 'place-pairs',
  find(ctx, out) {
    const { text, units } = ctx;
    const t = ctx.tables.placePairs;
    const flags = ctx.tables.charFlags;
    if ((ctx.firstFlags & SHORT_FORM) === 0) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if ((u.firstFlags & SHORT_FORM) === 0 || u.end - u.start > MAX_TOKEN || !u.han || u.record !== undefined) continue;
      // Most such tokens go on with another character (中国, 美元): one more read rules them out.
      if (u.end - u.start >= 2 && ((flags[text.charCodeAt(u.start + 1)] as number) & SHORT_FORM) === 0) continue;
      const run = runAt(ctx, k, t);
      if (run.end - u.start < 2) continue;
      const word = cueAfter(ctx, run, t);
      const cue = word !== '';
      const regions = readings(text, u.start, run.end, t.regions);
      const countries = readings(text, u.start, run.end, t.countries);
      let forms: ShortForm[] | null = null;
      // Two provinces need a cue (川渝 + 地区; 甘沪 + 企业 is a phrase); three pair freely (港澳台, 云贵川).
      if (regions !== null && (cue || (regions.length >= 3 && pairsFreely(regions)))) forms = regions;
      else if (countries !== null && (cue || (pairsFreely(countries) && text.slice(u.start, run.end).includes(CHINA)))) forms = countries;
      k = run.next - 1;
      if (forms === null) continue;
      // Provinces that a pair word takes together name one area (川渝 + 地区, 粤港澳 + 合作, 云贵川 + 三省): one place.
      // Listed without one (云贵川的), across a border (陕甘宁 + 边区), Hong Kong, Macao and Taiwan alone (港澳,
      // 港澳台) and countries (中美) stand side by side: a place a character.
      if (forms === regions && cue && !BORDER_WORDS.has(word) && !regions.every((f) => SEPARATE_REGIONS.has(f.canonical))) {
        out.push({ start: u.start, end: run.end, type: 'place', source: 'rule', rule: 'place-pairs' });
        continue;
      }
      for (let i = 0; i < forms.length; i++) {
        out.push({ start: u.start + i, end: u.start + i + 1, type: 'place', source: 'rule', rule: 'place-pairs', canonical: (forms[i] as ShortForm).canonical });
      }
    }
    return out;
  },
};
