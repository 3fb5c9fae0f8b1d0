import type { EntityType } from '../types.js';
import { ENTITY_TYPES } from './entity-dict.js';
import { dictPath } from './paths.js';
import { NameTrie } from './name-trie.js';
import { loadBrandTables } from './brand-names.js';
import { readCongressTables, type CongressTables } from './congress-words.js';
import { readPlacePairTables, type PlacePairTables } from './place-pairs.js';
import { readTsv } from './tsv.js';
import { WordFlags } from './word-flags.js';
import { DictFormatError } from '../errors.js';

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
/** Some context word of a company short name (brand-cues.tsv) opens with the unit. */
export const BRAND_CUE_FIRST = 1 << 21;
/** Some joiner of such a list (、, 和: brand-cues.tsv joiner) opens with the unit. */
export const BRAND_JOINER_FIRST = 1 << 22;
/** Some context word of a company short name ends with the unit. */
export const BRAND_CUE_LAST = 1 << 23;
/* Bits 28 and up are each analyzer's own: where its dictionaries' names start (NAME_START … in entities.ts). */
/** The least count of a frequent given-name character. */
export const FREQUENT_GIVEN_COUNT = 20;

/** A name ending (有限公司, 高新区, 管委会 …) and the type of the names it ends. */
export interface SuffixRule {
  readonly suffix: string;
  readonly type: EntityType;
  /** The name must contain a name of the same type, its parent (省科技厅 + 兰白工作处). */
  readonly needsParent: boolean;
  /** A distinctive name before the ending is enough (…水电站, …数据中心): no place or company needed. */
  readonly named: boolean;
  /** A trade ending (…地产, …证券): a brand before it is needed, a place alone is not enough (北京地产). */
  readonly needsBrand: boolean;
  /** A licensed trade (…证券, …信托, …期货): a province, city or county before it is enough too (湖南信托). */
  readonly placeEnough: boolean;
}

/** The word lists the entity rules read (dict/entities/rules/*.tsv). */
export interface EntityRuleTables {
  /** Name endings, by their text. */
  readonly suffixes: ReadonlyMap<string, SuffixRule>;
  /** The suffixes reversed, each stored as a one-element list, to find the one that ends at an offset. */
  readonly suffixTrie: NameTrie<readonly SuffixRule[]>;
  readonly longestSuffix: number;
  /** Words that end a name when met walking left (verbs, function words, adverbs). */
  readonly breakWords: ReadonlySet<string>;
  /** Words that are never names on their own and do not start one (国家, 全省, 企业, 相关 …). */
  readonly genericWords: ReadonlySet<string>;
  /** Common words that merely end like a name (部署, 建厂, 西部): never the end of one. */
  readonly lookalikes: ReadonlySet<string>;
  /** Nouns that name a kind of plant (水泥厂, 晶圆厂): alone they name no company. */
  readonly plantWords: ReadonlySet<string>;
  /** Ownership and origin (外资, 民营, 跨国): with a place alone before a company's ending, a kind of company. */
  readonly ownershipWords: ReadonlySet<string>;
  /** Words that may join the parts of an agency name (经济和信息化厅). */
  readonly joiners: ReadonlySet<string>;
  /** Common vocabulary (economy, industry) and kind words (国有, 大型): a name needs something else before its suffix. */
  readonly commonWords: ReadonlySet<string>;
  /** Numerals (besides digits) and classifiers of a count that follows a project name (…项目69个). */
  readonly numerals: ReadonlySet<string>;
  readonly countClassifiers: ReadonlySet<string>;
  /** Characters before numerals or a classifier that make a count of them (多座, 第二座, 另一处). */
  readonly countDeterminers: ReadonlySet<string>;
  /** Classifiers between 等 and the head of a list (等29个项目). */
  readonly listCounters: ReadonlySet<string>;
  /** Heads that make the items of a list before 等 names (项目, 重点项目). */
  readonly listHeads: ReadonlySet<string>;
  /** Heads that make the items of a list before 等 companies (企业, 龙头企业). */
  readonly companyHeads: ReadonlySet<string>;
  /** Words that may open an agency name before its department (省, 市, 县, 国家 …). */
  readonly anchors: ReadonlySet<string>;
  /** Titles and roles written right before a person's name. */
  readonly titles: ReadonlySet<string>;
  /** Prepositions the segmenter glues to a company's first characters (glued-prepositions.tsv: 由 + 林达). */
  readonly gluedPrepositions: ReadonlySet<string>;
  /** Words around a stock code after a company's name, by role: prefix (股票代码), market (SH, HK), special (ST, *ST). */
  readonly stockCodeWords: ReadonlyMap<string, string>;
  /** The first UTF-16 units of the special marks (S of ST, * of *ST), to skip most units without a lookup. */
  readonly stockSpecialFirst: ReadonlySet<number>;
  /** Tokens that glue a company's ending to a word after it (银行行长), with where they are cut (company-glued.tsv). */
  readonly companyGlued: ReadonlyMap<string, number>;
  readonly longestTitle: number;
  readonly surnames: ReadonlySet<string>;
  /** Words of 2–3 characters opening with a surname that are common words or places, never a name (高速, 金融). */
  readonly surnameWords: ReadonlySet<string>;
  /**
   * Words no person's name is: surname words, break, generic and common words, titles (one lookup), as
   * flags (1 for each): most words asked about have two units, looked up in typed arrays without
   * hashing a string or reading a set of 30,000 strings.
   */
  readonly notNames: WordFlags;
  /** Words no given name is: honorifics, verbs of saying, generic and common words, titles (one lookup). */
  readonly notGivenNames: ReadonlySet<string>;
  /** The hundred or so most frequent surnames (王, 李 …). */
  readonly commonSurnames: ReadonlySet<string>;
  /** Two-character words opening with a surname that jieba knows as names, many of them common words (明白): need a cue. */
  readonly surnamePairs: ReadonlySet<string>;
  /** Frequent common words made of two given-name characters (水平): after a surname, a phrase more often than a name. */
  readonly givenLookalikes: ReadonlySet<string>;
  /** Characters chiefly used to write foreign names (斯, 尔 …) or function words (向, 由 …): a surname among them needs a cue. */
  readonly weakSurnames: ReadonlySet<string>;
  /** Words written right after a person's name (说, 等人, 率队, 先生 …), by their first character, longest first. */
  readonly personCuesAfter: ReadonlyMap<string, readonly string[]>;
  /** Characters that are never a one-character given name and end common words (中, 姓, 某, 人, 感: name-stops.tsv). */
  readonly givenStops: ReadonlySet<string>;
  /** Materials written as one character (硅, 钢, 锂: name-stops.tsv after): a name right before one is the front of a product's name (高纯晶 + 硅). */
  readonly afterStops: ReadonlySet<string>;
  /** Characters chiefly used to write foreign names (斯, 尔, 娜: not-given-chars.tsv foreign). */
  readonly foreignChars: ReadonlySet<string>;
  /** Numerals and determiners that make a weak surname after them a classifier (一位, 这位: name-stops.tsv). */
  readonly determiners: ReadonlySet<string>;
  /** Words that follow a surname but are no given name (先生, 女士, 总 …). */
  readonly honorifics: ReadonlySet<string>;
  /** Characters the segmenter glues to the end of a three-character name (孙丽华作). */
  readonly gluedToNames: ReadonlySet<string>;
  /** Prepositions the segmenter glues to the first character of a name (据省 + 统计局, 据周 + 海涛). */
  readonly prepositions: ReadonlySet<string>;
  /** Verbs that may stand inside a name but never open one (建设, 投资): taken off its front. */
  readonly leadWords: ReadonlySet<string>;
  /** Verbs of building or launching (投资, 建设, 开工, 共建): inside a project or zone name, the name starts after them. */
  readonly buildWords: ReadonlySet<string>;
  /** Roles written right before a person's name (专家, 作家 …). */
  readonly personCuesBefore: ReadonlySet<string>;
  /** Verbs of saying that follow a person's name (表示, 指出 …). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Words that, followed by a number, make a project name specific (年产 …). */
  readonly capacityWords: ReadonlySet<string>;
  /** Words that join two places inside a project name (至). */
  readonly routeWords: ReadonlySet<string>;
  /** Words that end a route's end that is no place (机场, 南站, 港区, 镇): 白银至中川机场…工程. */
  readonly routeEnds: ReadonlySet<string>;
  /** Places that name no single place (两岸, 沿海): before a zone's or project's ending they distinguish nothing. */
  readonly vaguePlaces: ReadonlySet<string>;
  /** Generic words inside a zone's name between its place and its ending (贵阳 + 国家 + 高新技术产业开发区). */
  readonly zoneWords: ReadonlySet<string>;
  /** Units after a number that open a project name (万吨, GWh). */
  readonly capacityUnits: ReadonlySet<string>;
  /** Built works that make a project name specific after a name part (大桥, 隧道). */
  readonly facilityWords: ReadonlySet<string>;
  /** Verbs and words inside project names that do not end the walk (输电, 改造, 厂房). */
  readonly projectWords: ReadonlySet<string>;
  /** Words of a category of projects (重点, 省列, 第三批): a place followed only by them names no project. */
  readonly categoryWords: ReadonlySet<string>;
  /** Short forms of places that news pairs (中美, 港澳台) and the words after a pair (place-pairs rule). */
  readonly placePairs: PlacePairTables;
  /** Level words (省, 市, 县 …) that open an institution's short form, true for those that always open a name. */
  readonly levelWords: ReadonlyMap<string, boolean>;
  /** Party congresses and terms of the people's congresses (congress rule). */
  readonly congress: CongressTables;
  /**
   * What the words of the tables may do at UTF-16 unit c, as bits (TITLE_LAST, SPEECH_FIRST,
   * ANCHOR_UNIT, SUFFIX_LAST, ANCHOR_FIRST, SURNAME_FIRST, PERSON_CUE_FIRST, PREPOSITION_FIRST, GIVEN_CHAR, DOUBLE_SURNAME_FIRST, COMMON_SURNAME, FREQUENT_GIVEN, ROLE_LAST, SINGLE_SURNAME, FUNCTION_SURNAME,
   * JOINER_UNIT, SHORT_FORM, HEAD_ALONE, HEAD_LAST, HEAD_FIRST, CONGRESS_LAST, BRAND_CUE_FIRST, BRAND_JOINER_FIRST, BRAND_CUE_LAST): one small table read for every unit, instead of one a question.
   * One table for every rule, not one each: the rules read it unit after unit, and a table of their own
   * each (64 KB apiece) would push the others out of the CPU's caches.
   */
  readonly charFlags: Uint32Array;
  /** Words before ('before') or after ('after') a quoted name, or ending it ('end'), that make it a name of `type`. */
  readonly quoteCues: readonly { readonly word: string; readonly side: 'before' | 'after' | 'end'; readonly type: EntityType }[];
}

let memo: EntityRuleTables | undefined;

function words(file: string): string[] {
  return readTsv(dictPath('entities', 'rules', file), 1).map((row) => row.columns[0] as string);
}

/** Loads the rule tables once per process. */
export function loadEntityRuleTables(): EntityRuleTables {
  if (memo) return memo;
  const suffixes = new Map<string, SuffixRule>();
  const suffixTrie = new NameTrie<readonly SuffixRule[]>();
  const suffixFile = dictPath('entities', 'rules', 'suffixes.tsv');
  for (const { columns, line } of readTsv(suffixFile, 2, 3)) {
    const [suffix, type, needs = ''] = columns as [string, string, string?];
    if (!ENTITY_TYPES.has(type)) throw new DictFormatError(suffixFile, line, `unknown entity type ${JSON.stringify(type)}`);
    if (needs !== '' && needs !== 'parent' && needs !== 'named' && needs !== 'brand' && needs !== 'licensed') {
      throw new DictFormatError(suffixFile, line, `the third column is empty, "parent", "named", "brand" or "licensed"`);
    }
    const brand = needs === 'brand' || needs === 'licensed';
    suffixes.set(suffix, { suffix, type: type as EntityType, needsParent: needs === 'parent', named: needs === 'named', needsBrand: brand, placeEnough: needs === 'licensed' });
    suffixTrie.add([...suffix].reverse().join(''), Object.freeze([suffixes.get(suffix) as SuffixRule]));
  }
  const keep = new Set(words('keep-words.tsv'));
  const openingVerbs = readTsv(dictPath('entities', 'rules', 'opening-verbs.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const breakWords = new Set(words('break-words.tsv').filter((w) => !keep.has(w)));
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
  const projectCues = readTsv(dictPath('entities', 'rules', 'project-cues.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const personCues = readTsv(dictPath('entities', 'rules', 'person-cues.tsv'), 2, 2).map((row) => row.columns as [string, string]);
  const cuesAfter = personCues.filter(([, role]) => role === 'after' || role === 'honorific').map(([w]) => w);
  const surnameRows = readTsv(dictPath('entities', 'rules', 'surnames.tsv'), 1, 2).map((row) => row.columns as [string, string?]);
  const surnames = new Set(surnameRows.map(([s]) => s));
  const surnameWords = new Set(words('surname-words.tsv'));
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
  const allBrandCues = Object.values(brandCues).flatMap((set) => [...set]);
  const placeHeads = [...placePairs.placeHeads];
  memo = {
    suffixes,
    suffixTrie,
    longestSuffix: Math.max(0, ...[...suffixes.keys()].map((s) => s.length)),
    breakWords,
    genericWords,
    lookalikes: new Set(words('lookalike-words.tsv')),
    plantWords: new Set(words('plant-words.tsv')),
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
    companyGlued: gluedCuts(words('company-glued.tsv'), suffixes),
    longestTitle: Math.max(0, ...[...titles].map((s) => s.length)),
    surnames,
    surnameWords,
    notNames: new WordFlags(new Map([...surnameWords, ...breakWords, ...genericWords, ...commonWords, ...titles].map((w) => [w, 1]))),
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
      [GIVEN_CHAR, givenRows.map(([ch]) => ch), (w) => w.charCodeAt(0)],
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
      [BRAND_CUE_FIRST, allBrandCues, (w) => w.charCodeAt(0)],
      [BRAND_JOINER_FIRST, brandCues.joiner, (w) => w.charCodeAt(0)],
      [BRAND_CUE_LAST, allBrandCues, (w) => w.charCodeAt(w.length - 1)],
    ]),
    quoteCues,
    capacityWords: new Set(projectCues.filter(([, role]) => role === 'capacity').map(([w]) => w)),
    routeWords: new Set(projectCues.filter(([, role]) => role === 'route').map(([w]) => w)),
    routeEnds: new Set(projectCues.filter(([, role]) => role === 'end').map(([w]) => w)),
    vaguePlaces: new Set(words('vague-places.tsv')),
    zoneWords: new Set(words('zone-keep-words.tsv')),
    capacityUnits: new Set(projectCues.filter(([, role]) => role === 'unit').map(([w]) => w)),
    facilityWords: new Set(projectCues.filter(([, role]) => role === 'facility').map(([w]) => w)),
    projectWords: new Set(projectCues.filter(([, role]) => role === 'keep').map(([w]) => w)),
    categoryWords: new Set(projectCues.filter(([, role]) => role === 'category').map(([w]) => w)),
    placePairs,
    congress,
    levelWords: new Map(readTsv(dictPath('entities', 'rules', 'level-words.tsv'), 2, 2).map(({ columns }) => [columns[0] as string, columns[1] === 'opens'])),
  };
  return memo;
}

/** stock-codes.tsv: each word with its role (prefix, market, special). */
function readStockCodeWords(): ReadonlyMap<string, string> {
  const file = dictPath('entities', 'rules', 'stock-codes.tsv');
  const words = new Map<string, string>();
  for (const { columns, line } of readTsv(file, 2, 2)) {
    const [word, role] = columns as [string, string];
    if (role !== 'prefix' && role !== 'market' && role !== 'special') throw new DictFormatError(file, line, 'the role is prefix, market or special');
    words.set(word, role);
  }
  return words;
}

/** Each word with the length of the longest company ending it opens with (银行行长 → 2); words opening with none are left out. */
function gluedCuts(list: readonly string[], suffixes: ReadonlyMap<string, SuffixRule>): ReadonlyMap<string, number> {
  const cuts = new Map<string, number>();
  for (const word of list) {
    for (let cut = word.length - 1; cut >= 2; cut--) {
      if (suffixes.get(word.slice(0, cut))?.type !== 'enterprise') continue;
      cuts.set(word, cut);
      break;
    }
  }
  return cuts;
}

/** Words grouped by their first character, each group longest first. */
function byFirstChar(list: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const groups = new Map<string, string[]>();
  for (const word of new Set(list)) {
    const group = groups.get(word.charAt(0));
    if (group === undefined) groups.set(word.charAt(0), [word]);
    else group.push(word);
  }
  for (const group of groups.values()) group.sort((a, b) => b.length - a.length);
  return groups;
}

/** The flags table: each bit set at the unit `at` picks from each word of its list. */
function charFlags(marks: readonly [number, Iterable<string>, (word: string) => number][]): Uint32Array {
  const flags = new Uint32Array(0x10000);
  for (const [bit, list, at] of marks) {
    for (const word of list) if (word.length > 0) flags[at(word)] = (flags[at(word)] as number) | bit;
  }
  return flags;
}

