import type { EntityType } from '../types.js';
import type { CongressTables } from './congress-words.js';
import type { NameTrie } from './name-trie.js';
import type { PlacePairTables } from './place-pairs.js';
import type { UnitBits } from './unit-bits.js';
import type { WordFlags } from './word-flags.js';

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
  /**
   * needs=holding: …控股 names a company only right after a brand the dictionaries do not name, not after a preposition
   * (富嘉控股, 安徽鼎晟控股; 由比亚迪控股 and 国有控股 are a verb and a kind).
   */
  readonly holding: boolean;
  /** needs=place: an area's ending (…片区, …生态区, …商务区) that names a zone only with a place or a name in it (老城片区 is none). */
  readonly needsPlace: boolean;
}

/** The word lists the entity rules read (dict/entities/rules/*.tsv). */
/**
 * The flags of EntityRuleTables.notNames: any word of its lists has Listed or another bit; break and
 * generic words have BreakOrGeneric, break words Break as well (read by breakOrGeneric and breakWords,
 * and by callers that look a word up in place, off the text, with getRange).
 */
export const NotName = Object.freeze({ Listed: 1, BreakOrGeneric: 2, Break: 4 });

export interface EntityRuleTables {
  /** Name endings, by their text. */
  readonly suffixes: ReadonlyMap<string, SuffixRule>;
  /** The suffixes reversed, each stored as a one-element list, to find the one that ends at an offset. */
  readonly suffixTrie: NameTrie<readonly SuffixRule[]>;
  readonly longestSuffix: number;
  /** Words that end a name when met walking left (verbs, function words, adverbs); read off the flags of notNames. */
  readonly breakWords: { has(word: string): boolean };
  /** Verbs of break-words.tsv that keep-words.tsv lets stand inside names (引导, 建设): still verbs to a kind's test. */
  readonly nameVerbs: ReadonlySet<string>;
  /**
   * breakWords and genericWords as one: where either ends a name or keeps a word out of one, one
   * lookup answers (most words are in neither, and two failed lookups cost twice one). Read off the
   * flags of notNames, which holds both lists: a word of one or two units is looked up in typed arrays.
   */
  readonly breakOrGeneric: { has(word: string): boolean };
  /** Words that are never names on their own and do not start one (国家, 全省, 企业, 相关 …). */
  readonly genericWords: ReadonlySet<string>;
  /** Common words that merely end like a name (部署, 建厂, 西部): never the end of one. */
  readonly lookalikes: ReadonlySet<string>;
  /** Nouns that name a kind of plant (水泥厂, 晶圆厂): alone they name no company. */
  readonly plantWords: ReadonlySet<string>;
  /** Kinds of village or community (示范村, 城中村, 安置社区): no village's name. */
  readonly villageWords: ReadonlySet<string>;
  /** Taiwan's districts without their level (淡水) by the city or county they belong to (district-short-forms.tsv). */
  readonly districtShortForms: ReadonlyMap<string, readonly string[]>;
  /** The cities and counties of districtShortForms' lists: a place that is none of them has no such district after it. */
  readonly districtParents: ReadonlySet<string>;
  /**
   * The townships of China (兴隆镇, 城郊乡, 转塘街道: towns.tsv), found where a word ends in 镇, 乡, 街道 or 苏木;
   * read on the first question and searched over the file's bytes (SortedWords).
   */
  readonly towns: { has(word: string): boolean };
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
  /**
   * Tokens that glue a company's or project's ending to a word after it (银行行长, 工程进度), with where they are cut
   * (company-glued.tsv, project-glued.tsv).
   */
  readonly companyGlued: ReadonlyMap<string, number>;
  readonly longestTitle: number;
  readonly surnames: ReadonlySet<string>;
  /** Words of 2–3 characters opening with a surname that are common words or places, never a name (高速, 金融): surname-words.tsv, searched over its bytes (SortedWords). */
  readonly surnameWords: { has(word: string): boolean };
  /**
   * Words no person's name is: surname words, break, generic and common words, titles (one lookup), as
   * flags (NotName: non-zero for each; break and generic words have bits of their own, read by breakWords and breakOrGeneric):
   * most words asked about have two units, looked up in typed arrays without hashing a string or
   * reading a set of 30,000 strings.
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
  /** Verbs that stand inside a zone's name after a place (新旧动能 + 转换 + 创新示范区: zone-inner-words.tsv). */
  readonly zoneInnerWords: ReadonlySet<string>;
  /**
   * Break words of two or three characters that jieba tags as no verb (正定, 大足, 定远: adverbs, pronouns): a county's short
   * form among them does not end a name's walk (石家庄 + 正定 + 数字经济产业园).
   */
  readonly countyLookalikes: ReadonlySet<string>;
  /** Units after a number that open a project name (万吨, GWh). */
  readonly capacityUnits: ReadonlySet<string>;
  /** Built works that make a project name specific after a name part (大桥, 隧道). */
  readonly facilityWords: ReadonlySet<string>;
  /** Verbs and words inside project names that do not end the walk (输电, 改造, 厂房). */
  readonly projectWords: ReadonlySet<string>;
  /** Verbs inside organization names that do not end the walk (洱海 + 保护 + 基金会, 中西医 + 结合 + 学会). */
  readonly organizationWords: ReadonlySet<string>;
  /** Words of a category of projects (重点, 省列, 第三批): a place followed only by them names no project. */
  readonly categoryWords: ReadonlySet<string>;
  /** Works that run between two ends (高速公路, 铁路, 连接路): a route before one names a project (project-route rule). */
  readonly lineWorks: ReadonlySet<string>;
  /** The last UTF-16 units of lineWorks: a unit ending with none ends no such work. */
  readonly lineWorkLast: UnitBits;
  /**
   * The first characters of the cities and counties of China (places-cn.tsv names ending in 市, 县, 州, 盟, 旗) and the
   * provinces' one-character short forms: a line named by its ends' initials is written with them (渝昆高铁, 蘇花公路).
   */
  readonly lineInitials: ReadonlySet<string>;
  /** Parts of Tibetan, Mongolian and Uyghur names (扎西, 巴特尔, 买买提), by people (person-minority rule). */
  readonly minorityNameParts: ReadonlyMap<string, string>;
  /** The longest part of minorityNameParts, in characters. */
  readonly longestMinorityPart: number;
  /** The first UTF-16 units of the parts of minorityNameParts: a unit opening with none starts no such name. */
  readonly minorityFirst: ReadonlySet<number>;
  /** minorityNameParts as a trie: does a part start at a position (read without slicing the text)? */
  readonly minorityTrie: NameTrie<string>;
  /** Kinds of plant named by the work done there (加工厂, 封测厂): after products alone no name (plant-kinds.tsv). */
  readonly plantKinds: ReadonlySet<string>;
  /** Plants of public works (污水处理厂, 海水化淡厂, 自来水厂): facilities, never a company (utility-plants.tsv). */
  readonly utilityPlants: ReadonlySet<string>;
  /** Words right after ('after') or before ('before') a newspaper's name in a byline (记者, 讯; 据): press-name rule. */
  readonly pressCues: ReadonlyMap<string, string>;
  /** Short forms of places that news pairs (中美, 港澳台) and the words after a pair (place-pairs rule). */
  readonly placePairs: PlacePairTables;
  /** Level words (省, 市, 县 …) that open an institution's short form, true for those that always open a name. */
  readonly levelWords: ReadonlyMap<string, boolean>;
  /** Party congresses and terms of the people's congresses (congress rule). */
  readonly congress: CongressTables;
  /**
   * What the words of the tables may do at UTF-16 unit c, as bits (TITLE_LAST, SPEECH_FIRST,
   * ANCHOR_UNIT, SUFFIX_LAST, ANCHOR_FIRST, SURNAME_FIRST, PERSON_CUE_FIRST, PREPOSITION_FIRST, GIVEN_CHAR, DOUBLE_SURNAME_FIRST, COMMON_SURNAME, FREQUENT_GIVEN, ROLE_LAST, SINGLE_SURNAME, FUNCTION_SURNAME,
   * JOINER_UNIT, SHORT_FORM, HEAD_ALONE, HEAD_LAST, HEAD_FIRST, CONGRESS_LAST, BRAND_CUE_FIRST, BRAND_JOINER_FIRST, BRAND_CUE_LAST,
   * GLUED_COMPANY_FIRST): one small table read for every unit, instead of one a question.
   * One table for every rule, not one each: the rules read it unit after unit, and a table of their own
   * each (64 KB apiece) would push the others out of the CPU's caches.
   */
  readonly charFlags: Uint32Array;
  /** Words before ('before') or after ('after') a quoted name, or ending it ('end'), that make it a name of `type`. */
  readonly quoteCues: readonly { readonly word: string; readonly side: 'before' | 'after' | 'end'; readonly type: EntityType }[];
}
