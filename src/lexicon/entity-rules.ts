import type { EntityType } from '../types.js';
import { ENTITY_TYPES } from './entity-dict.js';
import { dictPath } from './paths.js';
import { NameTrie } from './name-trie.js';
import { loadBrandTables } from './brand-names.js';
import { readCongressTables } from './congress-words.js';
import { readPlacePairTables } from './place-pairs.js';
import { readTsv, readTsvRows } from './tsv.js';
import { WordFlags } from './word-flags.js';
import { addUnitBit, newUnitBits, type UnitBits } from './unit-bits.js';
import { LazyWordSet } from './lazy-word-set.js';
import { SortedWords } from './sorted-words.js';
import { byFirstChar, gluedCuts, readBreakWords, readDistrictShortForms, readStockCodeWords, words } from './entity-rule-readers.js';
import {
  ANCHOR_FIRST, ANCHOR_UNIT, BRAND_CUE_FIRST, BRAND_CUE_LAST, BRAND_JOINER_FIRST, charFlags, COMMON_SURNAME, CONGRESS_LAST, DOUBLE_SURNAME_FIRST,
  FREQUENT_GIVEN, FREQUENT_GIVEN_COUNT, FUNCTION_SURNAME, GIVEN_CHAR, HEAD_ALONE, HEAD_FIRST, HEAD_LAST, JOINER_UNIT, PERSON_CUE_FIRST,
  GLUED_COMPANY_FIRST, MINORITY_FIRST, PLACE_OPENER_UNIT, PREPOSITION_FIRST, ROLE_LAST, ROUTE_FIRST, SHORT_FORM, SINGLE_SURNAME, SPEECH_FIRST, SUFFIX_LAST, SURNAME_FIRST, TITLE_LAST,
} from './entity-char-flags.js';
import { DictFormatError } from '../errors.js';

import { NotName, type EntityRuleTables, type SuffixRule } from './entity-rule-types.js';

export type { EntityRuleTables, SuffixRule };

let memo: EntityRuleTables | undefined;

/** Loads the rule tables once per process. */
export function loadEntityRuleTables(): EntityRuleTables {
  if (memo) return memo;
  const suffixes = new Map<string, SuffixRule>();
  const suffixTrie = new NameTrie<readonly SuffixRule[]>();
  const suffixFile = dictPath('entities', 'rules', 'suffixes.tsv');
  for (const { columns, line } of readTsv(suffixFile, 2, 3)) {
    const [suffix, type, needs = ''] = columns as [string, string, string?];
    if (!ENTITY_TYPES.has(type)) throw new DictFormatError(suffixFile, line, `unknown entity type ${JSON.stringify(type)}`);
    if (needs !== '' && needs !== 'parent' && needs !== 'named' && needs !== 'brand' && needs !== 'licensed' && needs !== 'place' && needs !== 'holding') {
      throw new DictFormatError(suffixFile, line, `the third column is empty, "parent", "named", "brand", "licensed", "place" or "holding"`);
    }
    const brand = needs === 'brand' || needs === 'licensed' || needs === 'holding';
    suffixes.set(suffix, { suffix, type: type as EntityType, needsParent: needs === 'parent', named: needs === 'named', needsBrand: brand, placeEnough: needs === 'licensed', holding: needs === 'holding', needsPlace: needs === 'place' });
    suffixTrie.add([...suffix].reverse().join(''), Object.freeze([suffixes.get(suffix) as SuffixRule]));
  }
  const keep = new Set(words('keep-words.tsv'));
  const openingVerbs = readTsv(dictPath('entities', 'rules', 'opening-verbs.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const { breakWords, nameVerbs, countyLookalikes } = readBreakWords(keep);
  for (const [word, role] of openingVerbs) if (role === 'break') breakWords.add(word);
  const prepositions = new Set(words('prepositions.tsv'));
  const cueFile = dictPath('entities', 'rules', 'quote-cues.tsv');
  const quoteCues: { word: string; side: 'before' | 'after' | 'end'; type: EntityType }[] = [];
  for (const { columns, line } of readTsv(cueFile, 3, 3)) {
    const [word, side, type] = columns as [string, string, string];
    if ((side !== 'before' && side !== 'after' && side !== 'end') || !ENTITY_TYPES.has(type)) {
      throw new DictFormatError(cueFile, line, 'expected word, before|after|end, entity type');
    }
    quoteCues.push({ word, side, type: type as EntityType });
  }
  const titles = new Set(words('titles.tsv'));
  const anchors = new Set(words('anchors.tsv'));
  const speechVerbs = new Set(words('speech-verbs.tsv'));
  const counts = readTsv(dictPath('entities', 'rules', 'counts.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const minorityNameParts = new Map(readTsv(dictPath('entities', 'rules', 'minority-name-parts.tsv'), 2, 2).map(({ columns }) => [columns[0] as string, columns[1] as string]));
  const projectCues = readTsv(dictPath('entities', 'rules', 'project-cues.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const personCues = readTsv(dictPath('entities', 'rules', 'person-cues.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const cuesAfter = personCues.filter(([, role]) => role === 'after' || role === 'honorific').map(([w]) => w);
  const surnameRows = readTsv(dictPath('entities', 'rules', 'surnames.tsv'), 1, 2).map((row) => row.columns as [string, string?]);
  const surnames = new Set(surnameRows.map(([s]) => s));
  const surnameWordsFile = dictPath('entities', 'rules', 'surname-words.tsv');
  const genericWords = new Set(words('generic-words.tsv'));
  const joiners = words('joiners.tsv');
  const commonWords = new Set([...words('common-words.tsv'), ...words('industry-words.tsv'), ...words('kind-words.tsv')]);
  const personCuesBefore = new Set(personCues.filter(([, role]) => role === 'before').map(([w]) => w));
  const honorifics = new Set(personCues.filter(([, role]) => role === 'honorific').map(([w]) => w));
  const notGiven = readTsv(dictPath('entities', 'rules', 'not-given-chars.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const givenRows = readTsv(dictPath('entities', 'rules', 'given-name-chars.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const nameStops = readTsv(dictPath('entities', 'rules', 'name-stops.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const givenStops = new Set(nameStops.filter(([, role]) => role === 'given').map(([ch]) => ch));
  const stockCodeWords = readStockCodeWords();
  const listCues = readTsv(dictPath('entities', 'rules', 'list-cues.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const placePairs = readPlacePairTables();
  const congress = readCongressTables();
  const brandCues = loadBrandTables().cues;
  // The words the brand-cue rule starts from; the other roles are read around them.
  const startCues = [...brandCues.after, ...brandCues.title, ...brandCues.before, ...brandCues.partner];
  // 银行行长, 公司出品 (company-glued.tsv) and 工程进度, 工程建设 (project-glued.tsv): cut after the ending alike.
  const companyGlued = gluedCuts(words('company-glued.tsv'), suffixes);
  for (const [word, cut] of gluedCuts(words('project-glued.tsv'), suffixes, 'project')) companyGlued.set(word, cut);
  const placeHeads = [...placePairs.placeHeads];
  const districtShortForms = readDistrictShortForms();
  const notNames = new WordFlags(
    flagged(
      [NotName.Listed, firstColumnOf(surnameWordsFile)],
      [NotName.BreakOrGeneric | NotName.Break, breakWords],
      [NotName.BreakOrGeneric, genericWords],
      [NotName.Listed, commonWords],
      [NotName.Listed, titles],
    ),
  );
  const lineWorks = new Set(projectCues.filter(([, role]) => role === 'line').map(([w]) => w));
  memo = {
    suffixes,
    suffixTrie,
    longestSuffix: Math.max(0, ...[...suffixes.keys()].map((s) => s.length)),
    breakWords: { has: (word: string): boolean => (notNames.get(word) & NotName.Break) !== 0 },
    nameVerbs,
    genericWords,
    breakOrGeneric: { has: (word: string): boolean => (notNames.get(word) & NotName.BreakOrGeneric) !== 0 },
    lookalikes: new Set(words('lookalike-words.tsv')),
    plantWords: new Set(words('plant-words.tsv')),
    villageWords: new Set(words('village-words.tsv')),
    districtShortForms,
    districtParents: new Set([...districtShortForms.values()].flat()),
    towns: new SortedWords(dictPath('entities', 'rules', 'towns.tsv')),
    ownershipWords: new Set(words('ownership-words.tsv')),
    joiners: new Set(joiners),
    numerals: new Set(counts.filter(([, role]) => role === 'numeral').map(([w]) => w)),
    countClassifiers: new Set(counts.filter(([, role]) => role === 'classifier').map(([w]) => w)),
    countDeterminers: new Set(counts.filter(([, role]) => role === 'determiner').map(([w]) => w)),
    listCounters: new Set(listCues.filter(([, role]) => role === 'counter').map(([w]) => w)),
    listHeads: new Set(listCues.filter(([, role]) => role === 'head').map(([w]) => w)),
    companyHeads: new Set(listCues.filter(([, role]) => role === 'company').map(([w]) => w)),
    commonWords,
    anchors,
    titles,
    stockCodeWords,
    stockSpecialFirst: new Set([...stockCodeWords].filter(([, role]) => role === 'special').map(([w]) => w.charCodeAt(0))),
    gluedPrepositions: new Set(words('glued-prepositions.tsv')),
    companyGlued,
    longestTitle: Math.max(0, ...[...titles].map((s) => s.length)),
    surnames,
    // Looked up on its own rarely: searched over the file's bytes; its words are otherwise only flags of notNames.
    surnameWords: new SortedWords(surnameWordsFile),
    notNames,
    notGivenNames: new Set([...honorifics, ...speechVerbs, ...genericWords, ...commonWords, ...titles, ...givenStops]),
    givenStops,
    afterStops: new Set(nameStops.filter(([, role]) => role === 'after').map(([ch]) => ch)),
    foreignChars: new Set(notGiven.filter((row) => row[1] === 'foreign').map(([ch]) => ch)),
    determiners: new Set(nameStops.filter(([, role]) => role === 'determiner').map(([ch]) => ch)),
    surnamePairs: new Set(words('surname-pairs.tsv')),
    givenLookalikes: new Set(words('given-lookalikes.tsv')),
    commonSurnames: new Set(surnameRows.filter((row) => row[1] === 'common').map(([s]) => s)),
    weakSurnames: new Set(notGiven.filter((row) => row[1] !== 'noun').map(([ch]) => ch)),
    personCuesAfter: byFirstChar([...cuesAfter, ...speechVerbs]),
    honorifics,
    gluedToNames: new Set(personCues.filter(([, role]) => role === 'glued').map(([w]) => w)),
    prepositions,
    leadWords: new Set(openingVerbs.filter(([, role]) => role === 'lead' || role === 'build').map(([w]) => w)),
    buildWords: new Set(openingVerbs.filter(([, role]) => role === 'build').map(([w]) => w)),
    personCuesBefore,
    speechVerbs,
    charFlags: charFlags([
      [TITLE_LAST, titles, (w) => w.charCodeAt(w.length - 1)],
      [SPEECH_FIRST, speechVerbs, (w) => w.charCodeAt(0)],
      [ANCHOR_UNIT, [...anchors].filter((w) => w.length === 1), (w) => w.charCodeAt(0)],
      [SUFFIX_LAST, suffixes.keys(), (w) => w.charCodeAt(w.length - 1)],
      [ANCHOR_FIRST, anchors, (w) => w.charCodeAt(0)],
      [SURNAME_FIRST, surnames, (w) => w.charCodeAt(0)],
      [PERSON_CUE_FIRST, [...cuesAfter, ...speechVerbs], (w) => w.charCodeAt(0)],
      [PREPOSITION_FIRST, prepositions, (w) => w.charCodeAt(0)],
      [GIVEN_CHAR, [...givenRows.map(([ch]) => ch), ...words('given-name-chars-more.tsv')], (w) => w.charCodeAt(0)],
      [DOUBLE_SURNAME_FIRST, [...surnames].filter((w) => w.length === 2), (w) => w.charCodeAt(0)],
      [COMMON_SURNAME, surnameRows.filter((row) => row[1] === 'common').map(([w]) => w), (w) => w.charCodeAt(0)],
      [FREQUENT_GIVEN, givenRows.filter(([, count]) => Number(count) >= FREQUENT_GIVEN_COUNT).map(([ch]) => ch), (w) => w.charCodeAt(0)],
      [ROLE_LAST, [...titles, ...personCuesBefore], (w) => w.charCodeAt(w.length - 1)],
      [SINGLE_SURNAME, [...surnames].filter((w) => w.length === 1), (w) => w.charCodeAt(0)],
      [FUNCTION_SURNAME, notGiven.filter((row) => row[1] === 'function').map(([ch]) => ch), (w) => w.charCodeAt(0)],
      [JOINER_UNIT, joiners.filter((w) => w.length === 1), (w) => w.charCodeAt(0)],
      [SHORT_FORM, [...placePairs.countries.keys(), ...placePairs.regions.keys()], (w) => w.charCodeAt(0)],
      [HEAD_ALONE, placeHeads.filter((w) => w.length === 1), (w) => w.charCodeAt(0)],
      [HEAD_LAST, placeHeads.filter((w) => w.length > 1), (w) => w.charCodeAt(w.length - 1)],
      [HEAD_FIRST, placeHeads.filter((w) => w.length > 1), (w) => w.charCodeAt(0)],
      [CONGRESS_LAST, [...congress.bodies.keys(), ...congress.short], (w) => w.charCodeAt(w.length - 1)],
      [BRAND_CUE_FIRST, startCues, (w) => w.charCodeAt(0)],
      [BRAND_JOINER_FIRST, brandCues.joiner, (w) => w.charCodeAt(0)],
      [BRAND_CUE_LAST, startCues, (w) => w.charCodeAt(w.length - 1)],
      [GLUED_COMPANY_FIRST, companyGlued.keys(), (w) => w.charCodeAt(0)],
      [ROUTE_FIRST, projectCues.filter(([, role]) => role === 'route').map(([w]) => w), (w) => w.charCodeAt(0)],
      [MINORITY_FIRST, minorityNameParts.keys(), (w) => w.charCodeAt(0)],
      [PLACE_OPENER_UNIT, words('place-glued-openers.tsv').filter((w) => w.length === 1), (w) => w.charCodeAt(0)],
    ]),
    quoteCues,
    capacityWords: new Set(projectCues.filter(([, role]) => role === 'capacity').map(([w]) => w)),
    routeWords: new Set(projectCues.filter(([, role]) => role === 'route').map(([w]) => w)),
    routeEnds: new Set(projectCues.filter(([, role]) => role === 'end').map(([w]) => w)),
    vaguePlaces: new Set(words('vague-places.tsv')),
    zoneWords: new Set(words('zone-keep-words.tsv')),
    zoneInnerWords: new Set(words('zone-inner-words.tsv')),
    countyLookalikes,
    capacityUnits: new Set(projectCues.filter(([, role]) => role === 'unit').map(([w]) => w)),
    facilityWords: new Set(projectCues.filter(([, role]) => role === 'facility').map(([w]) => w)),
    projectWords: new Set(projectCues.filter(([, role]) => role === 'keep').map(([w]) => w)),
    organizationWords: new Set(words('organization-keep-words.tsv')),
    categoryWords: new Set(projectCues.filter(([, role]) => role === 'category').map(([w]) => w)),
    lineWorks,
    lineWorkLast: lastUnitBits(lineWorks),
    // Read from places-cn.tsv only when a line's initials are in question (京沪线, 渝昆高铁).
    lineInitials: new LazyWordSet(() => readLineInitials(placePairs.regions.keys())),
    minorityNameParts,
    longestMinorityPart: Math.max(0, ...[...minorityNameParts.keys()].map((w) => w.length)),
    minorityFirst: new Set([...minorityNameParts.keys()].map((w) => w.charCodeAt(0))),
    minorityTrie: trieOf(minorityNameParts),
    plantKinds: new Set(words('plant-kinds.tsv')),
    utilityPlants: new Set(words('utility-plants.tsv')),
    pressCues: new Map(readTsv(dictPath('entities', 'rules', 'press-cues.tsv'), 2, 2).map(({ columns }) => [columns[0] as string, columns[1] as string])),
    placePairs,
    congress,
    levelWords: new Map(readTsv(dictPath('entities', 'rules', 'level-words.tsv'), 2, 2).map(({ columns }) => [columns[0] as string, columns[1] === 'opens'])),
  };
  return memo;
}

/** The last UTF-16 unit of every word, as bits. */
function lastUnitBits(words: Iterable<string>): UnitBits {
  const bits = newUnitBits();
  for (const word of words) if (word.length > 0) addUnitBit(bits, word.charCodeAt(word.length - 1));
  return bits;
}

/** The words of `map` in a trie, each with its value. */
function trieOf(map: ReadonlyMap<string, string>): NameTrie<string> {
  const trie = new NameTrie<string>();
  map.forEach((value, word) => trie.add(word, value));
  return trie;
}

/** Something that hands each of its words to a visitor: a set, or a file read row by row (firstColumnOf). */
interface WordSource {
  forEach(visit: (word: string) => void): void;
}

/**
 * The first column of a file's rows, read again on each visit rather than kept: WordFlags visits its
 * words twice, and an array of them all would live through the whole build.
 */
function firstColumnOf(path: string): WordSource {
  return { forEach: (visit) => readTsvRows(path, 1, Infinity, (columns) => visit(columns[0] as string)) };
}

/** Every word of each list with the list's flag, for WordFlags (no array of all the words, no pair or map entry for each). */
function flagged(...lists: readonly (readonly [number, WordSource])[]): (visit: (word: string, value: number) => void) => void {
  return (visit) => {
    for (const [flag, list] of lists) list.forEach((word: string) => visit(word, flag));
  };
}

/** The levels whose places' first characters name a line's ends (苏州市, 花莲县, 昌吉回族自治州). */
const LINE_END_LEVELS = '\u5e02\u53bf\u5dde\u76df\u65d7';

/** The first characters of places-cn.tsv's cities and counties, and the provinces' one-character short forms. */
function readLineInitials(regions: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>(regions);
  for (const { columns } of readTsv(dictPath('entities', 'places-cn.tsv'), 2, 4)) {
    const name = columns[0] as string;
    if (name.length >= 2 && LINE_END_LEVELS.includes(name.charAt(name.length - 1))) out.add(name.charAt(0));
  }
  return out;
}
