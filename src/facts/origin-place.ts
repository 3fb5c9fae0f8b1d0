// 其中日本旅客为134万人次: a place right before a word for visitors or passengers says where they come from; it
// qualifies what is counted and owns nothing.
import { UnitKind, type Unit } from './units.js';

/** The last character of the words for people who travel or visit (旅客, 游客, 访客, 乘客). */
const VISITOR_END = '客';

/** Is unit `k` a place that names where the visitors after it come from (日本|旅客, 内地|游客)? */
export function isOriginPlace(units: readonly Unit[], k: number): boolean {
  const place = units[k];
  const next = units[k + 1];
  return (
    place?.entity?.type === 'place' &&
    next !== undefined &&
    next.kind === UnitKind.Word &&
    next.start === place.end &&
    next.text.length >= 2 &&
    next.text.endsWith(VISITOR_END)
  );
}

/** Verbs of coming that the segmenter cuts off a place's one-character name before visitors (来|台|旅客, 赴|港|游客). */
const COMING: readonly string[] = ['来', '访', '赴', '抵'];

/**
 * Is unit `j` a verb of coming before a place's one-character name and a word for visitors (来|台|旅客, 访|澳|游客)?
 * Where the visitors go belongs to what is counted.
 */
export function isVisitVerb(units: readonly Unit[], j: number): boolean {
  const verb = units[j];
  const place = units[j + 1];
  const visitors = units[j + 2];
  return (
    verb !== undefined &&
    COMING.includes(verb.text) &&
    place?.kind === UnitKind.Word &&
    place.text.length === 1 &&
    visitors?.kind === UnitKind.Word &&
    visitors.text.length >= 2 &&
    visitors.text.endsWith(VISITOR_END)
  );
}
