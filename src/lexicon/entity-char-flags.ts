// The bits of the entity rules' one table of character flags (EntityRuleTables.charFlags): what words
// of the rule lists open or end with each UTF-16 unit, so that most units need no lookup.

/** Some title ends with the unit. */
export const TITLE_LAST = 1;
/** Some verb of saying starts with the unit. */
export const SPEECH_FIRST = 2;
/** The unit alone is an anchor word (省, 市, 县 …). */
export const ANCHOR_UNIT = 4;
/** Some name suffix ends with the unit. */
export const SUFFIX_LAST = 8;
/** Some anchor word starts with the unit. */
export const ANCHOR_FIRST = 16;
/** Some surname starts with the unit. */
export const SURNAME_FIRST = 32;
/** Some word written after a person's name (person-cues.tsv: after, honorific) starts with the unit. */
export const PERSON_CUE_FIRST = 64;
/** Some preposition the segmenter glues to a name (prepositions.tsv) starts with the unit. */
export const PREPOSITION_FIRST = 128;
/** The unit is a character of given names (given-name-chars.tsv). */
export const GIVEN_CHAR = 256;
/** Some double surname (欧阳, 司马) starts with the unit. */
export const DOUBLE_SURNAME_FIRST = 512;
/** The unit is one of the hundred or so most frequent surnames. */
export const COMMON_SURNAME = 1024;
/** The unit stands in at least FREQUENT_GIVEN_COUNT of jieba's names (given-name-chars.tsv). */
export const FREQUENT_GIVEN = 2048;
/** Some title or role written before a name (titles.tsv, person-cues.tsv: before) ends with the unit. */
export const ROLE_LAST = 4096;
/** The unit alone is a surname (王, 李 …). */
export const SINGLE_SURNAME = 8192;
/** The unit is a function word that never opens a name though it is a surname (向, 由, 和 …). */
export const FUNCTION_SURNAME = 16384;
/** The unit alone is a joiner (及, 和, 与: joiners.tsv), for the dictionary match's cuts inside a token. */
export const JOINER_UNIT = 1 << 15;
/** The unit is a place's one-character short form (中, 美, 川: place-abbreviations.tsv). */
export const SHORT_FORM = 1 << 16;
/** The unit alone is a word glued to the end of a place (人: place-heads.tsv). */
export const HEAD_ALONE = 1 << 17;
/** Some longer such word (地区, 民族) ends with the unit. */
export const HEAD_LAST = 1 << 18;
/** Some longer such word opens with the unit. */
export const HEAD_FIRST = 1 << 19;
/** Some congress body or short form (全国代表大会, 十五大: congress-words.tsv) ends with the unit. */
export const CONGRESS_LAST = 1 << 20;
/**
 * Some context word of a company short name (brand-cues.tsv) that the brand-cue rule starts from (its roles
 * after, title, before, partner) opens with the unit.
 */
export const BRAND_CUE_FIRST = 1 << 21;
/** Some joiner of such a list (、, 和: brand-cues.tsv joiner) opens with the unit. */
export const BRAND_JOINER_FIRST = 1 << 22;
/** Some such context word (after, title, before, partner) ends with the unit. */
export const BRAND_CUE_LAST = 1 << 23;
/** Some word that glues a company's ending to a word after it (company-glued.tsv: 银行行长) opens with the unit. */
export const GLUED_COMPANY_FIRST = 1 << 24;
/** Some word that joins two places inside a project's name (至, —: project-cues.tsv route) opens with the unit. */
export const ROUTE_FIRST = 1 << 25;
/** Some minority name part (minority-name-parts.tsv) opens with the unit. */
export const MINORITY_FIRST = 1 << 26;
/**
 * The unit alone is a verb or preposition the segmenter glues to the first character of a place it does
 * not know (place-glued-openers.tsv: 指 + 观塘, 赴 + 鸭脷洲), for the dictionary match's cuts inside a token.
 */
export const PLACE_OPENER_UNIT = 1 << 27;
/* Bits 28 and up are each analyzer's own: where its dictionaries' names start (NAME_START … in entities.ts). */
/** The least count of a frequent given-name character. */
export const FREQUENT_GIVEN_COUNT = 20;

/** The flags table: each bit set at the unit `at` picks from each word of its list. */
export function charFlags(marks: readonly [number, Iterable<string>, (word: string) => number][]): Uint32Array {
  const flags = new Uint32Array(0x10000);
  for (const [bit, list, at] of marks) {
    for (const word of list) if (word.length > 0) flags[at(word)] = (flags[at(word)] as number) | bit;
  }
  return flags;
}
