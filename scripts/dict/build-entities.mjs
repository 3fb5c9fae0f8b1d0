#!/usr/bin/env node
// Regenerates the derived entity data in dict/entities/ from public sources:
//   places-cn.tsv    NBS 2023 administrative divisions (modood/Administrative-divisions-of-China, WTFPL),
//                    less the national-level new areas of zones-national.tsv (浦东新区, 滨海新区 are zones)
//   rules/towns.tsv  the townships (…镇, …乡, …街道, …苏木) of the same NBS 2023 divisions
//   zones-nbs.tsv    development zones NBS lists as statistical units (same source)
//   rules/break-words.tsv   verbs, adverbs, prepositions, conjunctions, particles and pronouns of
//                           jieba's dictionary (cppjieba dict/jieba.dict.utf8, MIT)
// Usage: node scripts/dict/build-entities.mjs [--gazetteers DIR]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { gazetteers: { type: 'string', default: join(root, '..', 'shared', 'corpora', 'gazetteers') } } });
const gaz = resolve(values.gazetteers);
const out = (file) => join(root, 'dict', 'entities', file);
const TOWNS_FILE = 'rules/towns.tsv';

const csv = (file) =>
  readFileSync(join(gaz, 'modood-admin-divisions', file), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '')));

const jiebaDict = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
const jieba = new Map();
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  if (word) jieba.set(word, { freq: Number(freq), tag });
}

// ---- places -------------------------------------------------------------------------------
const ETHNIC_GROUPS = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 ' +
  '鄂伦春 赫哲 门巴 珞巴 基诺 各').split(' ').sort((a, b) => b.length - a.length);
function stripEthnic(stem) {
  for (;;) {
    const group = ETHNIC_GROUPS.find((g) => stem.endsWith(g + '族') || stem.endsWith(g));
    if (!group || stem.length <= group.length + 1) return stem;
    stem = stem.endsWith(group + '族') ? stem.slice(0, -group.length - 1) : stem.slice(0, -group.length);
  }
}
function shortForm(name) {
  if (name.endsWith('特别行政区')) return name.slice(0, -5);
  const autonomous = name.match(/^(.+)自治(?:区|州|县|旗)$/);
  if (autonomous) return stripEthnic(autonomous[1]);
  for (const end of ['地区', '林区', '省', '市', '县', '盟', '旗']) if (name.endsWith(end)) return name.slice(0, -end.length);
  return null;
}
const places = new Map(); // surface -> canonical ('' when several divisions share it)
const placeStarts = new Set(); // every surface, also district short forms: used to filter zones
function addPlace(surface, canonical) {
  if (!surface || surface.length < 2) return;
  placeStarts.add(surface);
  if (places.has(surface) && places.get(surface) !== canonical) places.set(surface, places.get(surface) === surface ? surface : '');
  else places.set(surface, canonical);
}
// County short forms. jieba tags many of them as people's names (库尔勒 nrt, 福清 nr, 义乌 nz), so a name
// tag does not make them a person: a county-level city (…市) keeps its short form when jieba knows it as a
// name or a place, or as another word of modest frequency (平度, 集安), and a county of three or more
// characters keeps it always (托克托, 若尔盖). Two-character counties are left out unless jieba tags them
// as places: too many are given names or words (尼玛, 安平, 同心). ORDINARY_WORDS are county-level cities'
// short forms that read as ordinary words or people's names in running text (石狮 stone lion, 尚志).
const COUNTY_NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nz']);
const ORDINARY_WORDS = new Set(('东方 五常 仙桃 乐平 新民 公安 四会 大安 天长 孝义 安达 尚志 常宁 弥勒 怀仁 文昌 新星 无为 明光 ' +
  '海伦 海林 灵宝 玉环 界首 白杨 石狮 磐石 神木 舒兰 合作 同仁 和龙 铁力 钟祥 阳春 高平 高安 龙泉 原平 德惠 兴仁 樟树 海安').split(' '));
function keepCountyShortForm(short, name) {
  if (short.endsWith('族')) return false; // 东乡族自治县: the people, not the place
  const known = jieba.get(short);
  if (!known || known.tag === 'ns') return true;
  if (ORDINARY_WORDS.has(short)) return false;
  if (name.endsWith('市')) return COUNTY_NAME_TAGS.has(known.tag) ? known.freq <= 600 : known.freq <= 150;
  return short.length >= 3 && name.endsWith('县');
}
const SKIP_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
for (const [, name] of csv('provinces.csv')) {
  addPlace(name, name);
  addPlace(shortForm(name), name);
}
// News writes an autonomous prefecture by its short form + 州 (黔东南州, 海南州, 西双版纳州) as often as by the
// bare short form; the 州 form stays distinct where the bare one is another place's (海南 is the province).
const prefectureForms = [];
for (const [, name] of csv('cities.csv')) {
  if (SKIP_CITY.has(name)) continue;
  addPlace(name, name);
  addPlace(shortForm(name), name);
  if (name.endsWith('自治州')) prefectureForms.push([shortForm(name) + '州', name]);
}
for (const [surface, name] of prefectureForms) if (!places.has(surface)) addPlace(surface, name);
for (const [code, name] of csv('areas.csv')) {
  if (code[4] === '7' || name === '市辖区') continue;
  if (!places.has(name)) addPlace(name, name);
  const short = shortForm(name);
  if (short === null) {
    if (name.endsWith('区') && name.length >= 3) placeStarts.add(name.slice(0, -1));
    continue;
  }
  if (short.length >= 2 && !places.has(short) && keepCountyShortForm(short, name)) addPlace(short, name);
}
const hmt = JSON.parse(readFileSync(join(gaz, 'modood-admin-divisions', 'HK-MO-TW.json'), 'utf8'));
for (const [region, parts] of Object.entries(hmt)) {
  addPlace(region, region);
  addPlace(shortForm(region), region);
  if (region === '台湾省') {
    for (const city of Object.keys(parts)) { addPlace(city, city); addPlace(shortForm(city), city); }
    // Taiwan's districts, cities and townships (竹北市, 板桥区), where no place of the mainland has the name.
    for (const districts of Object.values(parts)) for (const name of districts) if (name.length > 2 && !places.has(name)) addPlace(name, name);
  }
  // Hong Kong's three regions and 18 districts, Macao's two parts and its parishes (嘉模堂区（氹仔）: the
  // island's name in brackets is a place too). Their short forms (沙田, 油尖旺) are in places-extra.tsv; a bare
  // direction (北区, 南区) names a part of anything and stays out.
  else for (const [part, districts] of Object.entries(parts)) {
    addPlace(part, part);
    for (const written of districts) {
      const [name, island] = written.replace(/）$/, '').split('（');
      if (name.length > 2 && !places.has(name)) addPlace(name, name);
      if (island && !places.has(island)) addPlace(island, island);
    }
  }
}
// A national-level new area that is also a district (浦东新区, 滨海新区) is a zone: the names and aliases of
// the hand-written zones-national.tsv are left out of the places.
const nationalZones = new Set();
for (const line of readFileSync(out('zones-national.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [name, , , aliases = ''] = line.split('\t');
  for (const surface of [name, ...aliases.split('|')]) if (surface) nationalZones.add(surface);
}
const districtZones = new Set([...nationalZones].filter((surface) => places.delete(surface)));
const rows = [...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, canonical]) => `${name}\tplace${canonical && canonical !== name ? `\t${canonical}` : ''}`);
writeFileSync(out('places-cn.tsv'), [
  '# Administrative divisions of China (provinces, prefectures, counties; Hong Kong, Macao, Taiwan) and their short forms.',
  '# Generated by scripts/dict/build-entities.mjs from NBS 2023 division codes via modood/Administrative-divisions-of-China (WTFPL).',
  '# Edit places-extra.tsv instead of this file.',
  '# columns: name\ttype\t[canonical]\t[aliases]',
  ...rows, ''].join('\n'));

// ---- towns ---------------------------------------------------------------------------------
// The townships (…镇, …乡, …街道, …苏木): a name of three characters or more that no county or zone has,
// less those that read as a phrase: one character before 城镇, 乡镇, 市镇 or 集镇 (小城镇, 新市镇, 五乡镇: small towns,
// new towns, five townships).
const TOWN_ENDING = /(镇|乡|街道|苏木)$/;
const PHRASE_TOWN = /^.(城镇|乡镇|市镇|集镇)$/;
const towns = new Set();
for (const [, name] of csv('streets.csv')) {
  if (name.length < 3 || !TOWN_ENDING.test(name) || PHRASE_TOWN.test(name)) continue;
  if (!places.has(name) && !districtZones.has(name)) towns.add(name);
}
writeFileSync(out(TOWNS_FILE), [
  '# The townships of China (towns …镇, townships …乡, subdistricts …街道, sumu …苏木), names of three characters or more,',
  '# read by rule place-town (a lookup where a word ends in one of the endings, not a dictionary name of their own).',
  '# Generated by scripts/dict/build-entities.mjs from NBS 2023 division codes via modood/Administrative-divisions-of-China (WTFPL).',
  '# columns: name',
  ...[...towns].sort(), ''].join('\n'));

// ---- zones listed by NBS ------------------------------------------------------------------
const ABBREVIATIONS = [['高新技术产业开发区', '高新区'], ['经济技术开发区', '经开区'], ['经济开发区', '经开区']];
const zones = new Map();
const zoneLines = readFileSync(join(gaz, 'derived', 'zones_from_nbs2023.tsv'), 'utf8').trim().split('\n').slice(1);
for (const line of zoneLines) {
  const name = line.split('\t')[2];
  if (!name || places.has(name) || districtZones.has(name)) continue;
  const opensWithPlace = [...Array(Math.min(8, name.length - 2)).keys()].some((k) => placeStarts.has(name.slice(0, k + 2)));
  if (!opensWithPlace) continue;
  zones.set(name, name);
  for (const [long, short] of ABBREVIATIONS) {
    if (name.endsWith(long)) {
      const alias = name.slice(0, -long.length) + short;
      if (!zones.has(alias)) zones.set(alias, name);
      break;
    }
  }
}
const zoneRows = [...zones].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, canonical]) => `${name}\tzone${canonical !== name ? `\t${canonical}` : ''}`);
writeFileSync(out('zones-nbs.tsv'), [
  '# Development zones, parks and new areas that NBS 2023 lists as county- or township-level units (names opening with a place).',
  '# Generated by scripts/dict/build-entities.mjs from modood/Administrative-divisions-of-China (WTFPL); 高新区/经开区 short forms derived mechanically.',
  '# columns: name\ttype\t[canonical]\t[aliases]',
  ...zoneRows, ''].join('\n'));

// ---- words that end a name when met walking left -----------------------------------------
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'r', 'y', 'e', 'd', 'ad', 'o']);
/**
 * Verbs from MIN_VERB_FREQ on; rarer ones down to RARE_VERB_FREQ (得益于, 熟知, 家住) only when they are surely
 * no part of a name: no name of dict/entities/ holds them (包头 and 遵义 are tagged v) …
 */
const MIN_VERB_FREQ = 300;
const RARE_VERB_FREQ = 100;
/** Time words from this frequency on, on the same terms as the rarer verbs (现代 of 现代汽车 opens a noun of jieba's, 未来 is in names). */
const MIN_TIME_FREQ = 1000;
/** 到 after a verb: its result, a place reached (飞到, 搬到). */
const RESULT_TO = '\u5230';
const nameText = readdirSync(join(root, 'dict', 'entities')).filter((f) => f.endsWith('.tsv'))
  .flatMap((f) => readFileSync(out(f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]))
  .join('\n');
// … nor a verb whose role opening-verbs.tsv gives by hand (共建 is a verb of building there).
const roleVerbs = new Set(readFileSync(out('rules/opening-verbs.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]));
// … nor one that opens a noun of jieba's (冷冻 in 冷冻食品, 公诉 in 公诉人): such a verb names a trade or an office (…冷冻食品公司, …公诉处).
const nounOpenings = new Set();
for (const [word, { tag }] of jieba) if (tag.startsWith('n') || tag === 'vn') for (const k of [2, 3]) if (word.length > k) nounOpenings.add(word.slice(0, k));
const suffixRows = readFileSync(out('rules/suffixes.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
const rareBreak = (word) => !nameText.includes(word) && !roleVerbs.has(word) && !nounOpenings.has(word) && !suffixRows.includes(word);
// Time words on the same terms, except that jieba's person-tagged phrases (昨天早上/nr) open no noun.
const commonNounOpenings = new Set();
for (const [word, { tag }] of jieba) if ((tag.startsWith('n') && tag !== 'nr') || tag === 'vn') for (const k of [2, 3]) if (word.length > k) commonNounOpenings.add(word.slice(0, k));
const timeBreak = (word) => !nameText.includes(word) && !roleVerbs.has(word) && !commonNounOpenings.has(word) && !suffixRows.includes(word);
const breakWords = [];
for (const [word, { freq, tag }] of jieba) {
  if (!/^[\u4e00-\u9fff]+$/.test(word)) continue;
  // One-character words only for prepositions, conjunctions and particles: a pronoun or adverb
  // character (什, 其) is as often a piece of a name the segmenter cut up; generic-words.tsv lists the few that matter.
  const oneCharTag = ['p', 'c', 'y', 'e', 'o'].includes(tag) || tag.startsWith('u');
  if ((FUNCTION_TAGS.has(tag) || tag.startsWith('u')) && (word.length > 1 || (freq >= 1000 && oneCharTag))) breakWords.push([word, tag]);
  else if (tag === 'v' && word.length > 1 && (freq >= MIN_VERB_FREQ || (freq >= RARE_VERB_FREQ && rareBreak(word)))) breakWords.push([word, tag]);
  // A verb with its result 到 (飞到, 搬到, 赶到) moves someone to the name after it, whatever its frequency.
  else if (tag === 'v' && word.length === 2 && word.endsWith(RESULT_TO) && rareBreak(word)) breakWords.push([word, tag]);
  // Two-character time words (昨天, 现在, 近期, 目前) stand before names in running text, never inside one unless a name
  // says so (周恩来 is tagged t too: longer words are left out).
  else if (tag === 't' && word.length === 2 && freq >= MIN_TIME_FREQ && timeBreak(word)) breakWords.push([word, tag]);
}
breakWords.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out('rules/break-words.tsv'), [
  '# Words that end an entity name when the rules meet them walking left: verbs (freq >= 300; >= 100 unless a name of dict/entities/,',
  '# a suffix, opening-verbs.tsv or a noun of jieba\'s opening with it holds them; two-character verbs ending in 到, 飞到 搬到, at any frequency on',
  '# the same terms), two-character time words (freq >= 1000, on the same terms), adverbs, prepositions,',
  '# conjunctions, particles and pronouns of jieba\'s dictionary (cppjieba dict/jieba.dict.utf8, MIT), with jieba\'s tag.',
  '# Generated by scripts/dict/build-entities.mjs; words that do occur inside names are listed in keep-words.tsv.',
  '# columns: word\ttag',
  ...breakWords.map(([w, t]) => `${w}\t${t}`), ''].join('\n'));
console.log(`places ${rows.length}, zones ${zoneRows.length}, break words ${breakWords.length}`);

// ---- common economic vocabulary: not enough, alone, to make a name -------------------------
const caijing = readFileSync(join(gaz, 'thuocl', 'THUOCL_caijing.txt'), 'utf8').trim().split('\n').map((l) => l.split('\t')[0]);
// Proper nouns (jieba tags nr, ns, nt, nz, j, or no entry: mostly listed companies such as 中联重科) are
// left out: a brand before 股份有限公司 is exactly what makes a company name.
const PROPER_TAGS = new Set(['nr', 'nrt', 'ns', 'nt', 'nz', 'j']);
const vocabulary = (w) => jieba.has(w) && !PROPER_TAGS.has(jieba.get(w).tag);
const common = [...new Set(caijing.filter((w) => w && /^[\u4e00-\u9fff]+$/.test(w) && !places.has(w) && vocabulary(w)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out('rules/common-words.tsv'), [
  '# Common economic and financial vocabulary: a zone, company or institute needs more than these before its suffix.',
  '# Generated by scripts/dict/build-entities.mjs from THUOCL_caijing (thunlp/THUOCL, MIT), place names and proper nouns removed.',
  '# columns: word',
  ...common, ''].join('\n'));
console.log(`common words ${common.length}`);

// ---- common words that merely end like a name (部署, 建厂, 布局, 干部) ----------------------------
const oneCharSuffixes = new Set(suffixRows.filter((s) => s.length === 1));
const keepWords = new Set(readFileSync(out('rules/keep-words.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
const NAME_TAGS = new Set(['nt', 'ns', 'nz', 'nr', 'nrt', 'nrfg', 'j']);
const lookalikes = [];
for (const [word, { freq, tag }] of jieba) {
  if (word.length !== 2 || !/^[\u4e00-\u9fff]+$/.test(word) || !oneCharSuffixes.has(word[1])) continue;
  if (freq < 20 || NAME_TAGS.has(tag) || keepWords.has(word) || suffixRows.includes(word)) continue;
  lookalikes.push([word, tag]);
}
lookalikes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out('rules/lookalike-words.tsv'), [
  '# Common two-character words that end in a one-character name suffix (部署, 建厂, 布局, 干部): never the end of a name.',
  '# Generated by scripts/dict/build-entities.mjs from jieba\'s dictionary (cppjieba dict/jieba.dict.utf8, MIT): freq >= 20, not tagged',
  '# as a name; words listed in keep-words.tsv are left out.',
  '# columns: word\ttag',
  ...lookalikes.map(([w, t]) => `${w}\t${t}`), ''].join('\n'));
console.log(`lookalike words ${lookalikes.length}`);

// ---- kinds of plant (水泥厂, 晶圆厂, 炼油厂): alone they name no company ---------------------------
const plants = [];
for (const [word, { tag }] of jieba) {
  if (word.length >= 3 && word.endsWith('厂') && tag === 'n' && /^[\u4e00-\u9fff]+$/.test(word)) plants.push(word);
}
plants.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out('rules/plant-words.tsv'), [
  '# Common nouns that name a kind of plant (水泥厂, 晶圆厂, 炼油厂): written alone they name no company; with a name',
  '# before them they end one (兰州炼油厂). Generated by scripts/dict/build-entities.mjs from jieba\'s dictionary',
  '# (cppjieba dict/jieba.dict.utf8, MIT): words of three or more characters ending in 厂, tagged n.',
  '# columns: word',
  ...plants, ''].join('\n'));
console.log(`plant words ${plants.length}`);
