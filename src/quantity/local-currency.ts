import type { QuantityLexicon } from '../lexicon/quantities.js';
import { hasUnitBit } from '../lexicon/unit-bits.js';
import type { NormalizedDoc } from '../normalize/index.js';
import type { Entity } from '../types.js';
import type { Draft } from './draft.js';
import type { WordBoundaries } from './words.js';
import { isNumeralAt } from './numeral-chars.js';

const TAIWAN_DOLLAR = 'TWD';
const MAINLAND_CURRENCY = 'CNY';
/** Year 0 of the Republic of China era (民国113年 = 2024). */
const ROC_YEAR_ZERO = 1911;
/** ROC years news writes without 民国: 100 (2011) to 150; smaller three-digit counts of years stay counts. */
const ROC_FIRST = 100;
const ROC_LAST = 150;
const YEARS = '年';
const GOVERNMENT = '政府';
const FISCAL = 0x5ea6; // 度 of 113年度
/** After N年 these make it a length of time (100年来, 100年间, 100年后, 100年以上, 100年内, 100年前). */
const SPAN_AFTER = new Set([...'来间后以内前'].map((c) => c.charCodeAt(0)));
/** Marks before which a clause starts: ，。；：、 and spaces (full-width ，；：（ arrive folded to , ; : (). */
const CLAUSE_MARKS = new Set([...'，。；：、 \n(（「“,;:'].map((c) => c.charCodeAt(0)));
/** 兆 before 元: Taiwan's word for 10^12 (the mainland writes 万亿), evidence of a Taiwan text. */
const TRILLION = '兆';

/** Dictionary files of the mainland: a name from them makes a text a mainland text (a plain 元 stays CNY). */
const MAINLAND_FILES = new Set([
  'places-cn.tsv', 'agencies-national.tsv', 'agencies-gansu.tsv', 'zones-national.tsv', 'zones-nbs.tsv',
  'zones-free-trade.tsv', 'zones-gansu.tsv', 'enterprises-central.tsv',
]);

/**
 * Which currency a plain 元 (a `local` money draft) is, decided once for the whole text:
 * - the text names one currency of CNY, TWD, HKD, MOP (新台币, 港元, 澳门元, 人民币, with or without an
 *   amount): every plain 元 is that currency; TWD, HKD or MOP only in a text with no name from a
 *   mainland dictionary, or with a name of that currency's region (广东省…2600万港元 keeps CNY);
 * - it names several: a plain 元 is the currency named last before it (CNY before any);
 * - it names none: the region its entities point to (dict/quantity/local-currencies.tsv: 台中市, 主计总处
 *   -> TWD, 香港 -> HKD), when they point to one region only and no name is from a mainland dictionary.
 * In a text so found to be about Taiwan as a whole (not only after a mention), 113年 is the ROC year 2024.
 */
export function localCurrency(
  doc: NormalizedDoc, drafts: Draft[], lex: QuantityLexicon, names: readonly Entity[], words: WordBoundaries,
): void {
  const text = doc.text;
  let local = false;
  let years = false;
  for (const d of drafts) {
    if (d.kind === 'money' && d.local === true) local = true;
    else if (isRocCandidate(d)) years = true;
  }
  if (!local && !years) return;
  const named = namedMentions(text, drafts, lex, words);
  // With no currency named, one name from a mainland dictionary settles it: no region's currency, no
  // ROC year (regionalCurrency, rocDated and traditionalUsage all give way to it).
  if (named.length === 0 && namesMainland(text, names, lex)) return;
  const regions = regionsOf(text, names, lex);
  // A mainland text that quotes an amount in 港元 keeps its plain 元 in CNY: a currency named counts
  // only in a text without mainland names, or with a name of that currency's region.
  const mentions = named.filter((m) => m.currency === MAINLAND_CURRENCY || !regions.mainland || regions.currencies.has(m.currency));
  let currency: string | null = null;
  const first = mentions[0];
  if (first !== undefined && mentions.every((m) => m.currency === first.currency)) currency = first.currency;
  else if (first === undefined) currency = regionalCurrency(doc, drafts, regions) ?? rocDated(text, drafts, lex, regions);
  else {
    for (const d of drafts) if (d.kind === 'money' && d.local === true) d.unit = lastBefore(mentions, d.start) ?? d.unit;
    return;
  }
  // A Traditional text with no evidence at all is not about the mainland: its region's words, or Taiwan.
  if (currency === null && first === undefined && local) {
    const usage = traditionalUsage(doc, lex, regions, names);
    if (usage !== null) for (const d of drafts) if (d.kind === 'money' && d.local === true) d.unit = usage;
    return;
  }
  if (currency === null) return;
  for (const d of drafts) if (d.kind === 'money' && d.local === true) d.unit = currency;
  if (currency === TAIWAN_DOLLAR && years) rocYears(text, drafts, lex, names);
}

/**
 * The one region a text's names point to, when the text is about it: written in Traditional script,
 * naming a body, park or company of the region (not only a place), naming two of its places, or
 * (Taiwan) writing 兆元. A Simplified text that only mentions 香港 or 台湾 keeps its 元 in CNY.
 */
function regionalCurrency(doc: NormalizedDoc, drafts: readonly Draft[], regions: Regions): string | null {
  if (regions.mainland || regions.currencies.size !== 1) return null;
  const currency = [...regions.currencies][0] as string;
  if (regions.bodies || regions.names >= 2 || writtenTraditional(doc)) return currency;
  const trillion = drafts.some((d) => d.kind === 'money' && d.local === true && doc.text.slice(d.start, d.end).includes(TRILLION));
  return currency === TAIWAN_DOLLAR && trillion ? currency : null;
}

/**
 * The currency of a text written in Traditional script that names no currency, no name of a region
 * and nothing of the mainland (no body or company from the dictionary): that of the first word of one
 * region's usage (region-words.tsv: 按年 -> HKD; 万亿 -> CNY, no decision), or with none, TWD. Null for
 * any other text. Dates are not touched (113年 stays a count).
 */
function traditionalUsage(doc: NormalizedDoc, lex: QuantityLexicon, regions: Regions, names: readonly Entity[]): string | null {
  // Two Traditional characters of running text at least: a cheque's 萬 or a quoted 億 alone is no evidence.
  if (regions.mainland || regions.currencies.size > 0 || !writtenTraditional(doc, 2, lex)) return null;
  // 贵州茅台, 中国银行: a body or company the dictionary knows and no region claims is the mainland's.
  if (names.some((e) => e.source === 'dictionary' && e.type !== 'place' && e.type !== 'person')) return null;
  let at = doc.text.length;
  let found = TAIWAN_DOLLAR;
  for (const { surface, currency } of lex.regionWords) {
    const k = doc.text.indexOf(surface);
    if (k >= 0 && k < at) {
      at = k;
      found = currency;
    }
  }
  return found === MAINLAND_CURRENCY ? null : found;
}

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * The input was (partly) written in Traditional script: normalization changed `least` characters (one by
 * default) besides folding width; with `lex`, characters of numerals and amounts (萬, 億, 圓 of 肆佰叁拾萬圓,
 * which mainland cheques write too) do not count.
 */
function writtenTraditional(doc: NormalizedDoc, least = 1, lex?: QuantityLexicon): boolean {
  const { original, text } = doc;
  if (original === text) return false;
  if (original.length !== text.length) return true;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = original.charCodeAt(i);
    if (c === text.charCodeAt(i) || (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) || c === IDEOGRAPHIC_SPACE) continue;
    if (lex !== undefined && (isNumeralAt(text, i, lex) || AMOUNT_CHARS.has(text.charCodeAt(i)))) continue;
    if (++changed >= least) return true;
  }
  return false;
}

/** 元 and 圆 after a numeral: the characters of an amount, not of running text. */
const AMOUNT_CHARS = new Set([0x5143, 0x5706]);

interface Mention {
  readonly at: number;
  readonly currency: string;
}

/** Named amounts (新台币3000元) and currency words standing as words of their own (新台币升值), in text order. */
function namedMentions(text: string, drafts: readonly Draft[], lex: QuantityLexicon, words: WordBoundaries): Mention[] {
  const out: Mention[] = [];
  for (const d of drafts) {
    const unit = d.unit;
    if (d.kind === 'money' && d.local !== true && unit !== null && lex.localCurrencyNames.some((e) => e.currency === unit)) out.push({ at: d.start, currency: unit });
  }
  // One pass over the text: at each offset, the names in list order (the order the sort keeps for ties).
  const first = lex.localCurrencyFirst;
  const starts = lex.localCurrencyStarts;
  const byStart = lex.localCurrencyByStart;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!hasUnitBit(first, c)) continue;
    const group = starts[c] as number;
    if (group === 0) continue;
    for (const { surface, currency } of byStart[group - 1] as (typeof byStart)[number]) {
      if (!text.startsWith(surface, at)) continue;
      if (c < 0x80 || (words.startsAt(at) && words.endsAt(at + surface.length))) out.push({ at, currency });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.at - b.at) : out;
}

function lastBefore(mentions: readonly Mention[], at: number): string | null {
  let found: string | null = null;
  for (const m of mentions) {
    if (m.at >= at) break;
    found = m.currency;
  }
  return found;
}

interface Regions {
  /** A name of the text comes from a mainland dictionary. */
  readonly mainland: boolean;
  /** The currencies of the Hong Kong, Macao and Taiwan names of the text. */
  readonly currencies: ReadonlySet<string>;
  /** How many distinct such names the text has. */
  readonly names: number;
  /** One of them is no place: a body, park or company of the region. */
  readonly bodies: boolean;
}

/** Where the text's names point: the mainland, and which of the regions of local-currencies.tsv. A
 * government named after its place (台中市政府) points where the place does. */
function regionsOf(text: string, names: readonly Entity[], lex: QuantityLexicon): Regions {
  let mainland = false;
  let bodies = false;
  const currencies = new Set<string>();
  const regional = new Set<string>();
  for (const e of names) {
    const written = text.slice(e.start, e.end);
    const fromDictionary = isMainlandFile(e);
    const currency = namedRegion(e, written, lex) ?? (fromDictionary ? undefined : placeOpening(written, lex));
    if (currency !== undefined) {
      currencies.add(currency);
      regional.add(e.canonical ?? written);
      if (e.type !== 'place') bodies = true;
    } else if (fromDictionary) {
      mainland = true;
    }
  }
  return { mainland, currencies, names: regional.size, bodies };
}

/** Is the name from a mainland dictionary file? */
function isMainlandFile(e: Entity): boolean {
  return e.rule !== undefined && MAINLAND_FILES.has(e.rule);
}

/** The currency local-currencies.tsv gives the name (or its place, without 政府), if any. */
function namedRegion(e: Entity, written: string, lex: QuantityLexicon): string | undefined {
  const place = written.endsWith(GOVERNMENT) ? written.slice(0, -GOVERNMENT.length) : written;
  return lex.regionCurrencies.get(e.canonical ?? written) ?? lex.regionCurrencies.get(place);
}

/** regionsOf(…).mainland without the rest: a name from a mainland dictionary that no region claims. */
function namesMainland(text: string, names: readonly Entity[], lex: QuantityLexicon): boolean {
  for (const e of names) if (isMainlandFile(e) && namedRegion(e, text.slice(e.start, e.end), lex) === undefined) return true;
  return false;
}

/** Region-level divisions a name may open with in their short form: 香港 (香港特别行政区), 台湾 (台湾省). */
const REGION_LEVELS = ['\u7279\u522b\u884c\u653f\u533a', '\u7701'];
/** City and county levels a name may drop from its opening place (台南 of 台南市, 苗栗 of 苗栗县). */
const CITY_LEVELS = ['\u5e02', '\u53bf'];

/**
 * The currency of the place a rule-made name opens with (沙田区 + 议会, 台北市 + 政府主计处, 香港 + 科技园公司):
 * a place of three characters or more, a region's own short form (香港, 澳门, 台湾), or a city or
 * county of the region without its level (台南 + 科学园区); 九龙 alone would also open 九龙坡区.
 */
function placeOpening(name: string, lex: QuantityLexicon): string | undefined {
  for (let cut = Math.min(name.length - 1, 8); cut >= 2; cut--) {
    const head = name.slice(0, cut);
    const currency = lex.regionCurrencies.get(head);
    if (currency === undefined) {
      // 台南 + 科学园区: a city or county of the region named without its level.
      if (cut === 2) for (const level of CITY_LEVELS) {
        const city = lex.regionCurrencies.get(head + level);
        if (city !== undefined) return city;
      }
      continue;
    }
    if (cut >= 3 || REGION_LEVELS.some((level) => lex.regionCurrencies.has(head + level))) return currency;
  }
  return undefined;
}

/**
 * A text with no other evidence of a region that writes an ROC year before a month or a period
 * (114年第1季, 113年8月; never a count of years) and no name of the mainland is about Taiwan.
 */
function rocDated(text: string, drafts: readonly Draft[], lex: QuantityLexicon, regions: Regions): string | null {
  if (regions.mainland || regions.currencies.size > 0) return null;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    if (isRocCandidate(d) && datedAfter(drafts, k) && lex.spanLeads.find(text, d.start) === 0) return TAIWAN_DOLLAR;
  }
  return null;
}

/** Is draft k followed, with nothing between, by a date (113年 + 8月, 113年 + 前三季)? */
function datedAfter(drafts: readonly Draft[], k: number): boolean {
  const following = drafts[k + 1];
  return following !== undefined && following.kind === 'date' && following.start === (drafts[k] as Draft).end;
}

/** 113年 (three Arabic digits, no qualifier, range or rate) in a count of years. */
function isRocCandidate(d: Draft): boolean {
  if (d.kind !== 'count' || d.unit !== YEARS || d.approx !== undefined || d.upper !== undefined || d.per !== undefined) return false;
  const digits = d.numeral.plainDigits;
  if (digits === null || digits.length !== 3 || d.end !== d.numeral.end + 1) return false;
  const n = Number(digits);
  return n >= ROC_FIRST && n <= ROC_LAST;
}

/**
 * In a Taiwan text, 113年 and 112年度 are ROC years (2024, 2023), not 113 years: when a month or period
 * follows (113年8月, 113年前三季), or 度, or the year opens a clause, follows a name (竹科113年营收) or a
 * word that leads a year (较112年, 于113年; date-words.tsv), or a verb links it to a figure (观光人次113年达到…;
 * year-link in date-words.tsv). 已有120年历史, 100年来, 100年前 and a length
 * after a founding word (成立100年, 建校100年; span-lead in date-words.tsv) stay counts.
 */
function rocYears(text: string, drafts: Draft[], lex: QuantityLexicon, names: readonly Entity[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    if (!isRocCandidate(d)) continue;
    const next = text.charCodeAt(d.end);
    const joined = datedAfter(drafts, k);
    if (lex.spanLeads.find(text, d.start) !== 0) continue; // 成立100年: a length of time
    if (!joined && (SPAN_AFTER.has(next) || (next !== FISCAL && !opensYear(text, d.start, lex, names) && lex.yearLinks.find(text, d.end) === 0))) continue;
    d.kind = 'date';
    d.value = String(Number(d.numeral.plainDigits) + ROC_YEAR_ZERO);
    d.unit = null;
  }
}

/** The number at `start` opens a clause, follows a name the entities stage found, or a year-leading word. */
function opensYear(text: string, start: number, lex: QuantityLexicon, names: readonly Entity[]): boolean {
  const c = text.charCodeAt(start - 1);
  if (start === 0 || CLAUSE_MARKS.has(c)) return true;
  if (lex.yearLeads.find(text, start) !== 0) return true;
  return names.some((e) => e.end === start);
}
