// … + 有限公司 / 股份有限公司 / 集团 / 公司 / 厂, parenthesized parts included (海默科技(集团),
// 西门子(中国)有限公司). A company written after its group is a name of its own: the walk stops at
// another enterprise name (兰石集团 + 兰石重装公司), unless what follows the group distinguishes
// nothing (中铁一局集团 + 第五工程有限公司: one subsidiary). A project ending inside is part of the
// company's name (…工程有限公司, …研究院股份有限公司); a registered name goes on through its group
// (酒钢集团宏兴钢铁股份有限公司). A branch needs its parent (内地分行 is none), a trade ending (…地产,
// …期货) a brand (链家地产; 北京地产 is none) after the last verb of building (湛江投资建设 + 钢铁 is none); a licensed trade (…证券, …信托, …期货) a brand or a place of China (湖南信托). A count makes a kind of company of it (中国三大石油公司: no name), and
// a place with an ownership word alone (上海市 + 跨国公司, ownership-words.tsv) and a kind of plant alone (晶圆厂, dict/entities/rules/plant-words.tsv; 芯片 + 厂 written apart) is none.
import type { SuffixRule } from '../../lexicon/entities.js';
import type { EntityType } from '../../types.js';
import { afterBuildVerb, isNamePart, isNamingRecord, isPlant, startWithNamePart, suffixRule } from '../suffix-rule.js';
import type { RuleContext, Unit } from '../types.js';
import { walkLeft, type WalkOptions } from '../walk.js';
import { isCount } from './counts.js';
import { isPlaceUnit } from '../place-unit.js';
import { nameFormAt } from '../person-form.js';

const THROUGH: ReadonlySet<EntityType> = new Set(['place', 'zone']);

function start(ctx: RuleContext, left: number, head: number, before: string, suffix: SuffixRule): number {
  // A branch (…分行, …分公司) is written with its parent company (招行 + 广州分行), never alone.
  if (suffix.needsParent && !hasParent(ctx, left, head)) return -1;
  // …工程 / …研究院 + 有限公司: the walk stopped at a project's or institute's ending written right before the company's.
  if (left === head && before === '' && endsInnerName(ctx, head - 1)) {
    left = walkLeft(ctx, head - 1, OPTIONS);
    // A project ending alone before the company's names none (工程公司).
    if (left === head - 1 && (ctx.units[left] as Unit).suffixes?.[0]?.suffix === (ctx.units[left] as Unit).text) return -1;
  }
  // A verb of building before a trade ending or a kind of plant: what follows it is the trade or the plant, not a
  // brand (湛江投资建设 + 钢铁, 合肥新建 + 晶圆厂). A kind of plant written alone names none; 兰州 + 炼油厂 does.
  const plant = isPlant(ctx, ctx.units[head] as Unit);
  const kind = plantKind(ctx, ctx.units[head] as Unit);
  const walked = left;
  if (suffix.needsBrand || plant || kind) left = afterBuildVerb(ctx, left, head, false);
  if (plant && left === head) return -1;
  // Products and a 厂 after a verb of building are the plant being built (扩建 + 滚珠 + 螺杆 + 厂), unless named.
  const opener = ctx.units[left - 1]?.text ?? '';
  const built = left !== walked || ctx.tables.leadWords.has(opener);
  if (plant && built && (ctx.units[head] as Unit).text.length === 1 && !namedBefore(ctx, left, head)) return -1;
  // A new plant (建新厂, 新厂) is the plant being built; a country before a product's plant (日本 + 车厂) tells whose.
  if (newOrForeignPlant(ctx, left, head)) return -1;
  // A zone alone before a kind of plant tells where the plant stands, not which one (南部科学园区 + 晶圆厂).
  if (plant && left + 1 === head && (ctx.units[left] as Unit).record?.type === 'zone') return -1;
  // A product and a 厂 written apart (这家芯片 + 厂) is a kind of plant too, unless a place or company is written with it.
  if (plant && (ctx.units[head] as Unit).text.length === 1 && head - left < 2 && !namedBefore(ctx, left, head)) return -1;
  // A plant of public works (海水 + 化淡厂, 元朗 + 污水 + 处理厂) is a facility, whatever names it.
  if (utilityPlant(ctx, left, head)) return -1;
  // A kind of plant named by its work after products alone (青稞 + 加工厂, 牛羊肉 + 精深 + 加工厂) names none either.
  if (kind && !namedBefore(ctx, left, head)) return -1;
  // After a count the words name a kind of company, not one (三大 + 石油公司, 两家 + 科技公司).
  for (let i = left; i < head; i++) if (isCount(ctx, (ctx.units[i] as Unit).text)) return -1;
  // A count right before a plant or a company without its registered ending does too (一家 + 日本被动元件厂).
  if (!REGISTERED.has(suffix.suffix) && left > 0 && isCount(ctx, (ctx.units[left - 1] as Unit).text)) return -1;
  if (placeAndOwnership(ctx, left, head, before)) return -1;
  if (suffix.holding && !holdingBrand(ctx, left, head, before)) return -1;
  // A common word that ends like a trade is no name (有价证券, 房地产).
  const word = (ctx.units[head] as Unit).text;
  if (suffix.needsBrand && word !== suffix.suffix && ctx.tables.commonWords.has(word)) return -1;
  if (suffix.needsBrand && !hasBrand(ctx, left, head, before) && !(suffix.placeEnough && hasHomePlace(ctx, left, head))) return -1;
  const found = startWithNamePart(ctx, left, head, before);
  const group = ctx.units[left - 1];
  if (group === undefined || group.record?.type !== 'enterprise' || group.end !== (ctx.units[left] as Unit).start) return found;
  // The walk stopped at a group's name: a registered name goes on through it (酒钢集团 + 宏兴钢铁股份有限公司);
  // otherwise what follows it must distinguish a company of its own.
  if (REGISTERED.has(suffix.suffix) && group.text.endsWith('\u96c6\u56e2')) return left - 1;
  return distinguishes(ctx, left, head, before) && found >= 0 ? found : left - 1;
}

/**
 * Is the name a place and an ownership word alone before the ending (上海市 + 跨国公司, 江苏 + 外资 + 公司)? It tells
 * the kind of the place's companies. A trade or role word makes one company (兰州 + 城投 + 公司). So does a company
 * the dictionaries name before one (大众汽车 + 合资 + 公司: its joint venture), and a verb before a scope word
 * (引导 + 辖区 + 银行: the banks of the area).
 */
function placeAndOwnership(ctx: RuleContext, left: number, head: number, before: string): boolean {
  const { ownershipWords } = ctx.tables;
  let owned = ownershipWords.has(before);
  if (before !== '' && !owned) return false;
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    const next = ctx.units[i + 1] as Unit;
    // 辖 + 内: a scope word the segmenter cut in two.
    if (i + 1 < head && u.text.length === 1 && next.text.length === 1 && ownershipWords.has(u.text + next.text)) {
      owned = true;
      i++;
      continue;
    }
    if (ownershipWords.has(u.text)) owned = true;
    else if (!isPlaceUnit(ctx, u) && u.record?.type !== 'enterprise' && !ctx.tables.breakWords.has(u.text) && !ctx.tables.nameVerbs.has(u.text)) return false;
  }
  return owned;
}

/**
 * …控股 is a company's ending only right after a brand no dictionary names (富嘉 + 控股, 安徽 + 鼎晟 + 控股), not after
 * a preposition (由 + 鼎晟 + 控股: the verb), a company's name or ending (天启集团 + 控股) or a kind word (国有 + 控股).
 */
function holdingBrand(ctx: RuleContext, left: number, head: number, before: string): boolean {
  const brand = ctx.units[head - 1];
  if (before !== '' || brand === undefined || head - 1 < left || brand.record !== undefined || brand.suffixes !== null) return false;
  if (!brand.han || brand.text.length < 2 || ctx.isPlace(brand.text) || !isNamePart(ctx, brand.text)) return false;
  // A preposition glued to the brand (由鼎晟 + 控股) and a person's name (王建国 + 控股) hold a share: the verb.
  if (gluedPreposition(ctx, head - 1) > 0) return false;
  const person = nameFormAt(ctx, head - 1);
  if (person !== null && person.end === brand.end && (person.strong || brand.text.length > 2)) return false;
  // A stock code in brackets after it (星澜控股(02899.HK)) is the stock-code rule's to read.
  const next = ctx.units[head + 1];
  if (next !== undefined && next.start === (ctx.units[head] as Unit).end && BRACKETS.includes(next.text.charAt(0))) return false;
  const opener = ctx.units[left - 1];
  return opener === undefined || !ctx.tables.prepositions.has(opener.text);
}

/**
 * Does the name end with a new plant (兴 + 建新厂, 比亚迪 + 新厂) or places and a numbered plant (嘉兴 + 二厂), or is it a country (a place no Chinese division's list
 * holds) and a product's plant (日本 + 车厂)?
 */
function newOrForeignPlant(ctx: RuleContext, left: number, head: number): boolean {
  const u = ctx.units[head] as Unit;
  if (u.record !== undefined || !u.text.endsWith(PLANT)) return false;
  if (u.text.endsWith(NEW_PLANT)) return true;
  if (u.text.length !== 2 || left === head) return false;
  // A place and a numbered plant (嘉兴 + 二厂, 竹北 + 一厂) is a company's plant there, wherever the place is.
  const numbered = ctx.tables.numerals.has(u.text.charAt(0));
  for (let i = left; i < head; i++) {
    const record = (ctx.units[i] as Unit).record;
    if (record?.type !== 'place' || (record.file === HOME_PLACES && !numbered)) return false;
  }
  return true;
}

const PLANT = '\u5382';
const NEW_PLANT = '\u65b0\u5382';

/** Does unit `u` end with a kind of plant named by its work (加工厂, 深加工厂, 封测厂; plant-kinds.tsv)? */
function plantKind(ctx: RuleContext, u: Unit): boolean {
  for (let cut = 0; cut + PLANT_KIND <= u.text.length; cut++) if (ctx.tables.plantKinds.has(u.text.slice(cut))) return true;
  return false;
}

/** Does the text of units left … head end with a plant of public works (污水 + 处理厂; utility-plants.tsv)? */
function utilityPlant(ctx: RuleContext, left: number, head: number): boolean {
  const end = (ctx.units[head] as Unit).end;
  if (ctx.text.charAt(end - 1) !== PLANT) return false;
  // Every ending of the name's text of two characters or more, looked up once each.
  for (let from = (ctx.units[left] as Unit).start; from < end - 1; from++) if (ctx.tables.utilityPlants.has(ctx.text.slice(from, end))) return true;
  return false;
}

/** The length of the words of plant-kinds.tsv. */
const PLANT_KIND = 3;

/** Is a place, zone or company among units left … head - 1 (兰州 + 助剂 + 厂)? */
function namedBefore(ctx: RuleContext, left: number, head: number): boolean {
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (isNamingRecord(ctx, u) || (u.record === undefined && ctx.isPlace(u.text))) return true;
  }
  return false;
}

/** Is there a brand before a trade ending: a distinctive word that is no place (链家 + 地产, not 北京 + 地产)? */
function hasBrand(ctx: RuleContext, left: number, head: number, before: string): boolean {
  // One character glued to the ending is no brand (房 + 地产, 医 + 药业).
  if (before.length > 1 && isNamePart(ctx, before) && !ctx.isPlace(before)) return true;
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (u.record !== undefined ? u.record.type === 'enterprise' : u.han && isNamePart(ctx, u.text) && !ctx.isPlace(u.text)) return true;
  }
  return false;
}

/** Is there a province, city or county of China (places-cn.tsv) among units left … head - 1 (湖南 + 信托)? */
function hasHomePlace(ctx: RuleContext, left: number, head: number): boolean {
  for (let i = left; i < head; i++) {
    const record = (ctx.units[i] as Unit).record;
    if (record?.type === 'place' && record.file === HOME_PLACES) return true;
  }
  return false;
}

const HOME_PLACES = 'places-cn.tsv';

/** Is there a company among units left … head - 1: a dictionary name or a word ending like one? */
function hasParent(ctx: RuleContext, left: number, head: number): boolean {
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    if (u.record?.type === 'enterprise' || (u.suffixes?.some((r) => r.type === 'enterprise' && !r.needsParent) ?? false)) return true;
  }
  return false;
}

/** The endings of a registered company name. */
const REGISTERED: ReadonlySet<string> = new Set(['\u6709\u9650\u516c\u53f8', '\u80a1\u4efd\u6709\u9650\u516c\u53f8', '\u6709\u9650\u8d23\u4efb\u516c\u53f8']);

/** Does unit i end with a project's or institute's ending (工程, 研究院), written right before the next unit? */
function endsInnerName(ctx: RuleContext, i: number): boolean {
  const u = ctx.units[i];
  if (u === undefined || u.record !== undefined || u.suffixes === null || u.end !== (ctx.units[i + 1] as Unit).start) return false;
  return u.suffixes.some((r) => r.type === 'project' || r.type === 'organization');
}

/** Do units left … head - 1 (and `before`) name something: a word that is no ordinal, generic or common word, no place alone? */
function distinguishes(ctx: RuleContext, left: number, head: number, before: string): boolean {
  if (before !== '' && !isOrdinal(ctx, before) && isNamePart(ctx, before)) return true;
  for (let i = left; i < head; i++) {
    const u = ctx.units[i] as Unit;
    // Brackets around a place distinguish nothing either (中国工商银行 + （亚洲） + 有限公司).
    if (!u.han && BRACKETS.includes(u.text)) continue;
    // A place alone names the group's unit there (荷兰银行 + 中国 + 有限公司: one name).
    if (u.record !== undefined) {
      if (u.record.type !== 'place') return true;
      continue;
    }
    if (u.suffixes === null && !isOrdinal(ctx, u.text) && isNamePart(ctx, u.text)) return true;
  }
  return false;
}

/** Round brackets, full-width and ASCII. */
const BRACKETS = '\uff08\uff09()';

/** 第五, 第三: an ordinal numbers a unit of its parent, it names none. */
function isOrdinal(ctx: RuleContext, text: string): boolean {
  if (text.length < 2 || text.charAt(0) !== '\u7b2c') return false;
  for (let i = 1; i < text.length; i++) if (!ctx.tables.numerals.has(text.charAt(i)) && !(text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)) return false;
  return true;
}

const OPTIONS: WalkOptions = { maxLength: 24, through: THROUGH, joiners: false, fullNamesOf: 'enterprise' };

/** The length of a glued token: a preposition and the name's first two characters (由林达 + 集团). */
const GLUED_TOKEN = 3;

/** Does the name start after a preposition glued to its first token (由林达 + 集团, 在青禾 + 公司)? Then one character later. */
function gluedPreposition(ctx: RuleContext, first: number): number {
  const u = ctx.units[first] as Unit;
  if (u.record !== undefined || !u.han || u.text.length !== GLUED_TOKEN) return 0;
  if (!ctx.tables.gluedPrepositions.has(u.text.charAt(0)) || ctx.tables.commonWords.has(u.text)) return 0;
  return 1;
}

export const enterpriseSuffix = suffixRule('enterprise-suffix', { ...OPTIONS, type: 'enterprise', start, trim: gluedPreposition });
