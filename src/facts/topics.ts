import { WordRole } from '../lexicon/facts.js';
import type { Entity } from '../types.js';
import { hasRole, UnitKind, type Unit } from './units.js';
import { reportedHolder, reportedPlace, type PlaceTest } from './reported-place.js';
import { isOriginPlace } from './origin-place.js';

/** A holder that is no entity (全省, 全国, 我市): figures of it have no subject. */
export const GENERIC = 'generic';
export type Topic = Entity | typeof GENERIC;

/** From unit `at` on, within its sentence, figures are `topic`'s unless a later event says otherwise. */
export interface TopicEvent {
  readonly at: number;
  readonly sentence: number;
  readonly topic: Topic;
}

export interface Topics {
  /** Clause topics and pivots, in order of `at`. */
  readonly events: readonly TopicEvent[];
  /** By sentence index: the topic carried into the sentence from the paragraph before it (null: none is). */
  readonly carried: ReadonlyMap<number, Entity> | null;
}

/**
 * Is the unit an entity of a type that may own a figure: zone, enterprise, agency, place, project or
 * organization? Compared type by type (asked for most units a figure's owner search passes).
 */
export function isOwner(unit: Unit | undefined): unit is Unit & { entity: Entity } {
  if (unit === undefined || unit.entity === null) return false;
  const type = unit.entity.type;
  return type === 'zone' || type === 'enterprise' || type === 'agency' || type === 'place' || type === 'project' || type === 'organization';
}

/** Units that may open a clause before its topic: dates, connectors (其中, 同时), quotation marks. */
function isPrefix(unit: Unit): boolean {
  if (unit.kind === UnitKind.Quantity) return unit.quantity?.kind === 'date';
  if (unit.kind === UnitKind.Punct) return unit.text === '“' || unit.text === '"' || unit.text === '（' || unit.text === '(' || unit.text === '「';
  return hasRole(unit, WordRole.Connector) && !hasRole(unit, WordRole.Anaphora | WordRole.Generic | WordRole.ModifierPrep);
}

/**
 * One pass over the clauses. A clause's topic is the entity that opens it (after dates and
 * connectors; not a speaker's organization: 某厅负责人表示), a generic holder (全省), the topic
 * named before for an anaphora (该公司, 这一联合体, 我们), or the entity after a modifier
 * (位于甲区的乙公司). An entity after a pivot verb and before a verb (支持甲区建设) takes over for
 * the rest of the sentence. The first clause with content gives the topic the next sentences carry.
 * Clauses that open after unit `last` (the last figure's) are not read.
 */
export function trackTopics(units: readonly Unit[], isPlace: PlaceTest, last: number): Topics {
  const events: TopicEvent[] = [];
  let carried: Map<number, Entity> | null = null;
  let paragraphTopic: Entity | null = null;
  let sentence = -1;
  let paragraph = -1;
  let firstTopic: Topic | null | undefined;
  // Whether each agency's name opens with a place, made at the first report frame.
  let agencies: Map<string, boolean> | undefined;
  let a = 0;
  // A figure reads the events before it and what its sentence carried in: the clauses after the last one's start are not read.
  while (a < units.length && a <= last) {
    const first = units[a] as Unit;
    let b = a + 1;
    while (b < units.length && (units[b] as Unit).clause === first.clause) b++;
    if (first.sentence !== sentence) {
      if (firstTopic !== undefined && firstTopic !== null && firstTopic !== GENERIC) paragraphTopic = firstTopic;
      if (first.paragraph !== paragraph) paragraphTopic = null;
      sentence = first.sentence;
      paragraph = first.paragraph;
      firstTopic = undefined;
      if (paragraphTopic !== null) (carried ??= new Map()).set(sentence, paragraphTopic);
    }
    let i = a;
    while (i < b && isPrefix(units[i] as Unit)) i++;
    const opener = units[i];
    // A clause that only says who reports (据甲厅介绍, 某厅负责人表示, 统计局公布) frames the next ones.
    const report = i < b && isReport(units, a, i, b);
    const located = report ? reportedPlace(units, i, b, isPlace, (agencies ??= new Map())) : null;
    if (located !== null) {
      events.push({ at: i, sentence, topic: located });
      if (firstTopic === undefined) firstTopic = located;
      const holder = reportedHolder(units, i, b);
      if (holder !== null) events.push({ at: holder.at, sentence, topic: holder.topic });
    }
    if (i < b && opener !== undefined && opener.kind !== UnitKind.Punct && !report) {
      // An entity after a preposition (在甲区建设…) opens no topic.
      const topic = i > a && hasRole(units[i - 1], WordRole.Prep) ? null : clauseTopic(units, i, b, paragraphTopic);
      if (topic !== null) events.push({ at: i, sentence, topic });
      if (firstTopic === undefined) firstTopic = topic;
    }
    const created = createdAtEnd(units, i, b);
    if (created !== null && b < units.length && (units[b] as Unit).sentence === sentence) events.push({ at: b, sentence, topic: created });
    for (let k = i; k + 2 < b; k++) {
      const next = units[k + 1];
      if (hasRole(units[k], WordRole.Pivot) && isOwner(next) && hasRole(units[k + 2], WordRole.Verb)) {
        events.push({ at: k + 1, sentence, topic: next.entity });
      }
    }
    a = b;
  }
  return { events, carried };
}

/** The entity a creation verb brings about at the end of the clause [i, end) (…合作共建“甲飞地”, 批复了甲项目), or null. */
function createdAtEnd(units: readonly Unit[], i: number, end: number): Entity | null {
  let k = end - 1;
  while (k > i && (units[k] as Unit).kind === UnitKind.Punct) k--;
  const created = units[k];
  if (!isOwner(created)) return null;
  let v = k - 1;
  while (v > i && (units[v] as Unit).kind === UnitKind.Punct) v--;
  if (v > i && (units[v] as Unit).text === '了') v--;
  return hasRole(units[v], WordRole.Create) ? created.entity : null;
}

/**
 * The organization of a speaker (某厅负责人表示), a government body that reports (统计局公布，…) and a
 * body that is no government speaking (证券交易所表示, 汽车工业协会称) state figures that are not their own.
 */
function isSpeaker(entity: Entity, next: Unit | undefined): boolean {
  return hasRole(next, WordRole.Head) || ((entity.type === 'agency' || entity.type === 'organization') && hasRole(next, WordRole.Speech));
}

/** How many words a name the entity stage left in pieces may have after its place (台湾|区|电机|电子|工业|同业公会). */
const NAME_PIECES = 8;

/**
 * A place that opens the name of a speaking body the entity stage left in pieces (香港|联合|交易所|表示,
 * 中国|物流|与|采购|联合会|表示): words up to a body's head (交易所, 协会) right before a verb of saying.
 */
function opensBodyName(units: readonly Unit[], i: number, end: number): boolean {
  if ((units[i] as Unit).entity?.type !== 'place') return false;
  for (let k = i + 1; k + 1 < end && k <= i + NAME_PIECES; k++) {
    const unit = units[k] as Unit;
    if (unit.kind !== UnitKind.Word) return false;
    if (hasRole(unit, WordRole.Body)) return saysLater(units, k, end);
  }
  return false;
}

/** How far after a body or an agency a verb of saying is looked for in its clause, in units. */
const SAYING_REACH = 16;

/** Is there a verb of saying after unit `k` in the clause that ends at `end` (海关1月15日发布的数据显示)? */
function saysLater(units: readonly Unit[], k: number, end: number): boolean {
  for (let m = k + 1; m < end && m < k + SAYING_REACH; m++) if (hasRole(units[m], WordRole.Speech)) return true;
  return false;
}

/** Words that open a report frame (据省统计局介绍, 根据澳门统计暨普查局资料). */
const REPORT_OPENERS: readonly string[] = ['据', '根据'];

/**
 * Is the clause [a, end) with its opener at `i` a report frame: 据… (介绍), a speaker, or a government
 * body with a verb of saying or publishing later in the clause (海关1月15日发布的数据显示)?
 */
function isReport(units: readonly Unit[], a: number, i: number, end: number): boolean {
  if (REPORT_OPENERS.includes((units[a] as Unit).text)) return true;
  const opener = units[i] as Unit;
  if (!isOwner(opener)) return false;
  if (isSpeaker(opener.entity, units[i + 1]) || opensBodyName(units, i, end)) return true;
  // A government body or a body that is no government, with a verb of saying later (协会最新统计显示).
  return (opener.entity.type === 'agency' || opener.entity.type === 'organization') && saysLater(units, i, end);
}

function clauseTopic(units: readonly Unit[], i: number, end: number, paragraphTopic: Entity | null): Topic | null {
  let unit = units[i] as Unit;
  // A place written right before the name it locates (内蒙古鄂尔多斯市, 陕西省西咸新区): the name is the topic.
  for (let k = i + 1; k < end && isOwner(unit) && unit.entity.type === 'place'; k++) {
    const next = units[k] as Unit;
    if (!isOwner(next) || next.start !== unit.end) break;
    unit = next;
    i = k;
  }
  // 其中日本旅客…: where the visitors come from is no topic.
  if (isOriginPlace(units, i)) return null;
  if (isOwner(unit)) return isSpeaker(unit.entity, units[i + 1]) ? null : (relativeHead(units, i + 1, end, unit.entity.type === 'place') ?? unit.entity);
  if (hasRole(unit, WordRole.Generic)) return GENERIC;
  if (hasRole(unit, WordRole.Anaphora)) return paragraphTopic;
  return modifiedTopic(units, i, end);
}

/**
 * The entity after a modifier that opens the clause: 位于甲区的乙公司…, 由甲厅批准组建的“乙联合体”…,
 * 总投资26亿元的甲项目…. Before 的 there may be no verb unless a modifier preposition opened it.
 */
function modifiedTopic(units: readonly Unit[], i: number, end: number): Entity | null {
  const opened = hasRole(units[i], WordRole.ModifierPrep);
  for (let k = i; k + 1 < end && k - i < 16; k++) {
    const unit = units[k] as Unit;
    if (hasRole(unit, WordRole.De)) {
      let m = k + 1;
      while (m < end && (units[m] as Unit).kind === UnitKind.Punct) m++;
      const owner = units[m];
      return isOwner(owner) ? owner.entity : null;
    }
    if (unit.kind === UnitKind.Punct || (!opened && unit.kind === UnitKind.Word && unit.flags & WordRole.Verb)) return null;
  }
  return null;
}

/**
 * The entity an opening name's relative clause describes: 甲公司承建的乙工程…, 甲集团在丙市投资建设的乙项目…
 * (a verb, then 的, then the name). 甲公司的乙 has no verb: 甲公司 stays the topic; but a place only locates the
 * name after its 的 (甲市的乙园区, 甘肃的兰州新区): that name is the topic.
 */
function relativeHead(units: readonly Unit[], k: number, end: number, place: boolean): Entity | null {
  let verb = place && hasRole(units[k], WordRole.De);
  for (let m = k; m + 1 < end && m - k < 10; m++) {
    const unit = units[m] as Unit;
    if (unit.kind === UnitKind.Punct) return null;
    if (hasRole(unit, WordRole.De)) {
      const head = units[m + 1];
      return verb && isOwner(head) ? head.entity : null;
    }
    if (unit.kind === UnitKind.Word && unit.flags & WordRole.Verb) verb = true;
  }
  return null;
}

/** The latest event before unit `u` in its sentence, or the topic the sentence carried in. */
export function currentTopic(topics: Topics, extra: readonly TopicEvent[], u: number, sentence: number): Topic | null {
  const a = lastBefore(topics.events, u, sentence);
  const b = lastBefore(extra, u, sentence);
  const event = a === null ? b : b === null ? a : a.at > b.at ? a : b;
  return event !== null ? event.topic : (topics.carried?.get(sentence) ?? null);
}

function lastBefore(events: readonly TopicEvent[], u: number, sentence: number): TopicEvent | null {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid] as TopicEvent).at < u) lo = mid + 1;
    else hi = mid;
  }
  const event = events[lo - 1];
  return event !== undefined && event.sentence === sentence ? event : null;
}
