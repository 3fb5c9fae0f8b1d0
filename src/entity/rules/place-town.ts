// A township and the village or community written after it: 兴隆镇, 城郊乡 + 水心村, 转塘街道 + 之江社区,
// 某苏木 + 某嘎查. The township is a name of towns.tsv (NBS 2023 divisions) that ends where a unit ends, the
// segmenter's pieces put together (兴隆 + 镇). The village is two to four Han characters, none of them a
// word that ends a name, followed by 村, 社区 or 嘎查, written right after its township; a kind of village
// (示范村, 城中村: village-words.tsv) is no name.
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';

const TOWN_ENDINGS = ['镇', '乡', '街道', '苏木'];
/** The characters a township's name may end with: 镇, 乡, 道 (街道), 木 (苏木). */
const TOWN_LAST = new Set(TOWN_ENDINGS.map((ending) => ending.charCodeAt(ending.length - 1)));
const MIN_TOWN = 3;
const MAX_TOWN = 8;
const VILLAGE_ENDINGS = ['村', '社区', '嘎查'];
const MIN_VILLAGE_NAME = 2;
const MAX_VILLAGE_NAME = 4;

export const placeTown: EntityRule = {
  name: 'place-town',
  // The first character of each ending.
  marks: TOWN_ENDINGS.map((ending) => ending.charAt(0)).join(''),
  find(ctx, out) {
    const { text, units } = ctx;
    // Most texts name no township: one native scan each, and no walk over the units.
    if (!TOWN_ENDINGS.some((ending) => text.includes(ending))) return out;
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if (!u.han || !TOWN_LAST.has(text.charCodeAt(u.end - 1)) || !endsWithTownEnding(text, u.end)) continue;
      const start = townStart(ctx, k);
      if (start === null) continue;
      out.push(place(start, u.end));
      const end = villageEnd(ctx, k);
      if (end !== null) out.push(place(u.end, end));
    }
    return out;
  },
};

/** Does a township's ending end at `end`? A loop, not a callback: one reading the loop's unit would give each unit a context object. */
function endsWithTownEnding(text: string, end: number): boolean {
  for (let k = 0; k < TOWN_ENDINGS.length; k++) if (text.endsWith(TOWN_ENDINGS[k] as string, end)) return true;
  return false;
}

function place(start: number, end: number): Candidate {
  return { start, end, type: 'place', source: 'rule', rule: 'place-town' };
}

/** Where the longest township of towns.tsv that ends with unit k starts, at a unit's start; null when none does. */
function townStart(ctx: RuleContext, k: number): number | null {
  const { units, text, tables } = ctx;
  const end = (units[k] as Unit).end;
  let found: number | null = null;
  for (let i = k; i >= 0; i--) {
    const u = units[i] as Unit;
    if (!u.han || end - u.start > MAX_TOWN || (i < k && u.end !== (units[i + 1] as Unit).start)) break;
    if (end - u.start >= MIN_TOWN && tables.towns.has(text.slice(u.start, end))) found = u.start;
  }
  return found;
}

/** Where the village written right after the township that ends with unit k ends, or null when none is. */
function villageEnd(ctx: RuleContext, k: number): number | null {
  const { units, tables, text } = ctx;
  const start = (units[k] as Unit).end;
  let at = start;
  for (let i = k + 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.start !== at || !u.han || u.record !== undefined || tables.breakWords.has(u.text)) return null;
    at = u.end;
    const ending = VILLAGE_ENDINGS.find((e) => text.endsWith(e, at));
    if (ending !== undefined) {
      const name = at - ending.length - start;
      const village = text.slice(start, at);
      return name >= MIN_VILLAGE_NAME && name <= MAX_VILLAGE_NAME && !tables.villageWords.has(village) && !tables.villageWords.has(u.text) ? at : null;
    }
    if (at - start >= MAX_VILLAGE_NAME) return null;
  }
  return null;
}
