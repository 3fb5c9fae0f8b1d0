// A route written before a work that runs between its ends (鹤岗至嘉荫高速公路, 杭州至温州铁路, 屯门至赤鱲角连接路)
// is a project's name without 项目 or 工程; a section of it written right after (…高速公路 + 鲍峡至溢水段) belongs
// to it. With 项目 or 工程 after the work, project-suffix finds the longer name, which wins.
import type { Candidate, EntityRule, RuleContext, Unit } from '../types.js';
import { betweenEnds } from '../route-ends.js';
import { adjacentGap } from '../walk.js';
import { ROUTE_FIRST } from '../../lexicon/entity-char-flags.js';

/** How many name words may stand between the route word and the work (尉犁 + 高速公路, 天府 + 国际 + 机场 + 高速). */
const FAR_WORDS = 4;
/** How many units a section may take after the work (鲍峡 + 至 + 溢水 + 段). */
const SECTION_UNITS = 5;
const SECTION = '\u6bb5';

function find(ctx: RuleContext, out: Candidate[]): Candidate[] {
  const { units, tables } = ctx;
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i] as Unit;
    // Most units open with no route word's first character: their flags rule them out without a lookup.
    if ((u.firstFlags & ROUTE_FIRST) === 0 || !tables.routeWords.has(u.text) || !betweenEnds(ctx, i)) continue;
    const work = workAfter(ctx, i + 1);
    if (work < 0) continue;
    const near = nearStart(ctx, i - 1);
    out.push({ start: (units[near] as Unit).start, end: (units[sectionEnd(ctx, work)] as Unit).end, type: 'project', source: 'rule', rule: 'project-route' });
  }
  return out;
}

/** The unit of the work a few name words from unit j on (嘉荫 + 高速公路), or -1. */
function workAfter(ctx: RuleContext, j: number): number {
  const { units, tables } = ctx;
  for (let k = j; k < j + FAR_WORDS && k < units.length; k++) {
    const u = units[k] as Unit;
    if (k > j && tables.lineWorks.has(u.text)) return k;
    if (k > j && adjacentGap(ctx, k - 1)) return -1;
    if (!u.han || tables.breakOrGeneric.has(u.text) || tables.routeWords.has(u.text)) return -1;
    if (u.record !== undefined && u.record.type !== 'place' && u.record.type !== 'zone') return -1;
  }
  return -1;
}

/** The near end's first unit: a place before an end word (广州 + 南站) or the unit before the route word. */
function nearStart(ctx: RuleContext, j: number): number {
  const { units, tables } = ctx;
  const u = units[j] as Unit;
  const before = units[j - 1];
  if (before !== undefined && u.record === undefined && tables.routeEnds.has(u.text) && !adjacentGap(ctx, j - 1) && before.record?.type === 'place') return j - 1;
  return j;
}

/** The last unit of a section written right after the work (鲍峡 + 至 + 溢水 + 段, 义乌至温州段), or the work's. */
function sectionEnd(ctx: RuleContext, work: number): number {
  const { units, tables } = ctx;
  let route = false;
  for (let k = work + 1; k <= work + SECTION_UNITS && k < units.length; k++) {
    const u = units[k] as Unit;
    if (adjacentGap(ctx, k - 1) || !u.han) return work;
    if (tables.routeWords.has(u.text)) {
      route = true;
      continue;
    }
    if (u.text.endsWith(SECTION)) return route && u.text.length <= 3 ? k : work;
    if (tables.breakOrGeneric.has(u.text) || (u.record !== undefined && u.record.type !== 'place')) return work;
  }
  return work;
}

export const projectRoute: EntityRule = { name: 'project-route', find };
