// Scope and pass rules of the peer conformance report (scripts/eval/peers.mjs).
// A case is in scope unless one of HELD_OUT names it; each reason is documented in docs/quantities.md.

const CN_DIGITS = '〇零一二两三四五六七八九';
const YEAR = `(?:\\d{4}|[${CN_DIGITS}]{4})`;
const SMALL = `(?:\\d{1,2}|[一二三四五六七八九十]{1,3})`;
/** Absolute calendar dates as news writes them: 2024年, 2024年3月, 2024年3月8日, 3月8日, 2024-03-08. */
const ABSOLUTE_DATE = new RegExp(`^(?:${YEAR}年(?:${SMALL}月(?:${SMALL}[日号])?)?|${SMALL}月${SMALL}[日号]|\\d{4}([-/.])\\d{1,2}\\1\\d{1,2})$`);

/** [reason, test(record, file)] in order; the first that matches holds the case out of scope. */
export const HELD_OUT = [
  ['marked NotSupported by the reference implementation', (r, f) => f.endsWith('-notsupported.jsonl')],
  ['ages and temperatures: no kind in the result contract (度 is read as kWh only near 电)', (r, f) => /\/(age|temperature)\.jsonl$/.test(f)],
  ['times of day, relative dates, weekdays, lunar dates, periods and two-digit years: they need a reference time',
    (r, f) => /time-(parser|extractor)|date-extractor/.test(f) && r.expected.some((e) => !ABSOLUTE_DATE.test(e.text))],
  ['numerals broken up by spaces (一百 五 十 二): input-method artefacts, not news typography', (r) => texts(r).some((t) => /\S\s+\S/.test(t))],
  ['scientific notation and powers (2e5, 2^5)', (r) => texts(r).some((t) => /\^|\d[eE][-+]?\d/.test(t))],
  ['fractions written with a slash or as mixed numbers (1/2, 三又三分之一); 三分之一 is in scope', (r) => texts(r).some((t) => /[/／]|又/.test(t))],
  ['Latin magnitude letters (40k, 30w, 2.5 M)', (r) => texts(r).some((t) => /\d\s*[kKwWM](?![a-zA-Z])/.test(t))],
  ['halves and dozens (半百, 一吨半, 一打) and discounts (打折, 七五折)', (r) => texts(r).some((t) => /[半打折]/.test(t))],
  ['a number written without its leading zero (.5)', (r) => texts(r).some((t) => /(^|[^\d])\.\d/.test(t))],
  ['archaic tens 廿 卅', (r) => texts(r).some((t) => /[廿卅]/.test(t))],
  ['sub-yuan units 角 分 毛 (rare in news; 分 is also minutes and points)', (r) => texts(r).some((t) => /[角毛]|[元圆块]\S*分/.test(t))],
  ['vague amounts (几十万, 数十亿, 三五百): no single value', (r) => texts(r).some((t) => /[几数][十百千万亿]|三五百|八九/.test(t))],
  ['a currency name without an amount', (r) => r.expected.some((e) => e.kind === 'currency' && e.value === null && !/\d|[一二三四五六七八九十百千万亿两]/.test(e.text))],
  ['an amount with no currency written (三百万 read as yuan): money only when a currency is named',
    (r, f) => /money-parser/.test(f) && r.expected.some((e) => !/[元圆块币¥￥$铢镑]/.test(e.text))],
  ['an amount of money in the number model, which leaves it to the currency model (一美元)',
    (r, f) => /\/number\.jsonl$/.test(f) && r.expected.length === 0 && /[元刀镑]/.test(r.input)],
  ['codes with a leading zero (电话012, 零零三): identifiers, not amounts', (r) => texts(r).some((t) => /^-?0\d/.test(t) || /^负?零零/.test(t))],
  ['clock times and scores (20点, 4时11分, 两千分): no kind in the result contract',
    (r) => r.expected.some((e) => e.kind === 'number' && /^\s*[时点點分秒]/.test(r.input.slice(e.end)))],
  ['a lone numeral character with no unit (一只, 这是五): not a quantity in news text',
    (r) => r.expected.some((e) => e.kind === 'number' && [...e.text].length === 1 && /[一二两三四五六七八九十零〇壹贰叁肆伍陆柒捌玖拾]/.test(e.text))],
];

function texts(r) {
  return r.expected.map((e) => e.text.normalize('NFKC'));
}

export function heldOutReason(record, file) {
  for (const [reason, test] of HELD_OUT) if (test(record, file)) return reason;
  return null;
}

const ISO = { 元: 'CNY', 人民币: 'CNY', 美元: 'USD', 港元: 'HKD', 日元: 'JPY', 新台币: 'TWD', 欧元: 'EUR', 韩元: 'KRW', 澳元: 'AUD', 泰铢: 'THB', 卢布: 'RUB' };
const DIMENSION = { Kilogram: 'kg', Meter: 'm', Kilometer: 'km', Mu: 'mu', Ton: 't', Centimeter: 'cm', Gram: 'g', Microgram: 'ug', Megabyte: 'MB', Kilobyte: 'kB', Jin: 'jin' };

const close = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const overlaps = (q, e) => q.start < e.end && e.start < q.end;

function expectedNumber(e) {
  if (e.value_str !== undefined && typeof e.value_str === 'string' && /^-?[\d.]+(E[-+]?\d+)?$/i.test(e.value_str)) return Number(e.value_str);
  return typeof e.value === 'number' ? e.value : null;
}

/** A date quantity passes a number case when the number is one of its fields (the 1991 of 1991年). */
function numberOf(q) {
  if (q.kind !== 'date') return [q.value];
  return String(q.value).split(/[-/]/).filter(Boolean).map(Number);
}

function sameAs(e, q) {
  const want = expectedNumber(e);
  switch (e.kind) {
    case 'number':
      return want === null || numberOf(q).some((v) => close(v, want)) || (q.upper !== undefined && close(q.upper, want));
    case 'percent': {
      if (q.kind !== 'percent' && q.kind !== 'pp') return false;
      const v = q.unit === '‰' ? q.value / 10 : q.value;
      return want === null || close(v, want);
    }
    case 'currency': {
      if (q.kind !== 'money') return false;
      const iso = e.iso_currency ?? (e.unit === 'CNY' ? 'CNY' : ISO[e.unit]);
      if (iso !== undefined && q.unit !== iso) return false;
      if (Array.isArray(e.value_range)) return close(q.value, e.value_range[0]) && (q.upper === undefined || close(q.upper, e.value_range[1]));
      return want === null || close(q.value, want);
    }
    case 'dimension':
      return q.kind === 'measure' && q.unit === DIMENSION[e.unit] && close(q.value, want);
    case 'temperature':
      return q.kind === 'measure' && q.unit === '°C' && close(q.value, want);
    case 'ordinal':
      return q.kind === 'ordinal' && close(q.value, want);
    case 'date':
    case 'time':
      return q.kind === 'date' && (e.time === undefined || sameDate(q.value, e.time));
    default:
      return false;
  }
}

/**
 * Our ISO value ("2024", "2024-03", "2024-03-08", "--03-08") against the peer's [start, end] datetimes;
 * a period ("2017-08/2017-11") against both: its start and its end.
 */
function sameDate(value, time) {
  const v = String(value);
  const slash = v.indexOf('/');
  if (slash >= 0) return Array.isArray(time) && samePoint(v.slice(0, slash), time[0]) && samePoint(v.slice(slash + 1), time[1]);
  return samePoint(v, Array.isArray(time) ? time[0] : '');
}

function samePoint(v, datetime) {
  const at = String(datetime ?? '');
  return v.startsWith('--') ? at.slice(4, 4 + v.length - 1) === v.slice(1) : at.startsWith(v);
}

/** A negative case of an extractor of one kind fails only on a quantity of that kind. */
const NEGATIVE_KINDS = [
  [/time-extractor|date-extractor/, ['date']],
  [/money-extractor|money-parser|currency/, ['money']],
  [/dimension/, ['measure']],
  [/percent/, ['percent', 'pp']],
  [/ordinal/, ['ordinal']],
];

/** Whether our quantities conform to a case (see docs/quantities.md, "Peer conformance"). */
export function passes(record, file, quantities) {
  if (record.whole_string_invalid) return !quantities.some((q) => q.start === 0 && q.end === record.input.length);
  if (record.expected.length === 0) {
    const kinds = NEGATIVE_KINDS.find(([pattern]) => pattern.test(file))?.[1];
    return !quantities.some((q) => kinds === undefined || kinds.includes(q.kind));
  }
  const used = new Set();
  return record.expected.every((e) => {
    const k = quantities.findIndex((q, j) => !used.has(j) && overlaps(q, e) && sameAs(e, q));
    if (k >= 0 && quantities[k].kind !== 'date' && quantities[k].upper === undefined) used.add(k);
    return k >= 0;
  });
}
