import { WordRole } from '../lexicon/facts.js';
import type { Entity, Quantity } from '../types.js';
import { PLACE_UNITS } from './choose-indicator.js';
import { isOriginPlace } from './origin-place.js';
import { skipBetween } from './indicator.js';
import { currentTopic, GENERIC, isOwner, type TopicEvent, type Topics } from './topics.js';
import { inRespectiveSentence, isListSeparator, listEndingAt, pairClauses, respectivelyIn, sentencePairs } from './respective.js';
import { hasRole, isMark, isNominal, UnitKind, type Unit } from './units.js';

export interface OwnerContext {
  readonly units: readonly Unit[];
  readonly topics: Topics;
  /** Owners written right before their figures, as topic events (they carry to the next clauses). */
  readonly possessors: TopicEvent[];
  /** By sentence: the owners a 分别 list gives its figures (made at the first figure of such a sentence). */
  pairs: Map<number, Map<Quantity, Entity>> | undefined;
  /** The sentences that hold 分别 (respectiveSentences): only in one may a 分别 list pair figures with owners. */
  readonly respectively: Uint8Array | null;
}

/**
 * The subject of the figure at unit `u`: the owner a 分别 list pairs it with, or that of the level
 * before 分别 it pairs with (`level`: 甲X，乙Y，分别增长a和b); the entity written
 * right before it or before its indicator (兰州新区400亿元); the entity after it (总投资50亿元的甲项目);
 * else the clause's or sentence's topic. None for a generic holder (全省, 在全国178家) and for counts
 * of the places themselves (兰州、白银两市).
 */
export function ownerOf(context: OwnerContext, u: number, from: number, level?: Entity | null): Entity | null {
  const units = context.units;
  const unit = units[u] as Unit;
  const figure = unit.quantity as Quantity;
  const paired = inRespectiveSentence(context.respectively, units, u) ? pairsOf(context, u).get(figure) : undefined;
  if (paired !== undefined) return paired;
  // 甲X，乙Y，分别增长a和b: the owner of the level the figure pairs with (none when the level has none).
  if (level !== undefined) return level;
  if (figure.kind === 'count' && ((figure.unit !== null && PLACE_UNITS.has(figure.unit)) || afterList(units, u))) return null;
  const possessor = possessorOf(units, u, from, figure);
  if (possessor !== null) {
    context.possessors.push({ at: u, sentence: unit.sentence, topic: possessor });
    return possessor;
  }
  const after = units[u + 2];
  if (hasRole(units[u + 1], WordRole.De) && isOwner(after)) return after.entity;
  if (hasRole(units[u - 1], WordRole.Generic) && hasRole(units[u - 2], WordRole.Prep)) return null;
  const topic = currentTopic(context.topics, context.possessors, u, unit.sentence);
  return topic === GENERIC ? null : topic;
}

/** Does a preposition open the run of names (and up to two other words) that ends at unit `k` (对甲、乙进出口, 对南亚东南亚国家)? */
function afterPreposition(units: readonly Unit[], k: number, from: number): boolean {
  let j = k - 1;
  let words = 0;
  while (j >= from && j > k - 16 && (units[j]?.entity != null || isMark(units[j], '、') || (isNominal(units[j]) && ++words <= 2))) j--;
  return hasRole(units[j], WordRole.Prep);
}

/** 甲、乙两市: the count right after a list of entities counts them. */
function afterList(units: readonly Unit[], u: number): boolean {
  return units[u - 1]?.entity != null && isMark(units[u - 2], '、');
}

/** The entity right before the figure or its indicator, not after a preposition (向甲公司, 在甲区). */
function possessorOf(units: readonly Unit[], u: number, from: number, figure: Quantity): Entity | null {
  const last = skipBetween(units, u, from);
  let k = last;
  while (k >= from && last - k < 8 && isNominal(units[k])) k--;
  const owner = units[k];
  if (k < from || !isOwner(owner) || afterPreposition(units, k, from) || isOriginPlace(units, k)) return null;
  // 甲基金项目66项 counts projects of a funding line: the line owns nothing.
  if (figure.kind === 'count' && k < last && owner.entity.type === 'project') return null;
  return owner.entity;
}

function pairsOf(context: OwnerContext, u: number): Map<Quantity, Entity> {
  return sentencePairs(context.units, u, (context.pairs ??= new Map()), pairSentence);
}

/** 甲、乙分别完成X、Y: each figure list of the sentence after 分别 as long as the list before it. */
function pairSentence(units: readonly Unit[], first: number): Map<Quantity, Entity> {
  const k = respectivelyIn(units, first);
  if (k < 0) return new Map();
  const sentence = (units[first] as Unit).sentence;
  // 甲、乙（两市）（今年1至9月）（城镇居民人均可支配收入）（均）分别…: skip the words between the list and 分别
  // (the phrase may hold words the tables make boundaries: 人均|可|支配), a date, and the count that sums the list up.
  let j = k - 1;
  while (j >= first && hasRole(units[j], WordRole.Link)) j--;
  while (j >= first && k - j < 10 && (isDateUnit(units[j]) || ((units[j] as Unit).kind === UnitKind.Word && !isListSeparator(units, j)))) j--;
  if (j > first && (units[j] as Unit).quantity?.kind === 'count' && isOwner(units[j - 1])) j--;
  if (hasRole(units[j], WordRole.De)) j--;
  const owners = listEndingAt(units, j, (unit) => (isOwner(unit) && unit.sentence === sentence ? unit.entity : null));
  return owners.length < 2 ? new Map() : pairClauses(units, k, owners);
}

/** Is the unit a date or period (甲、乙今年1至9月…分别: the date between the list and its phrase)? */
function isDateUnit(unit: Unit | undefined): boolean {
  return unit?.quantity?.kind === 'date';
}
