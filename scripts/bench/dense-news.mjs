// Dense development news for the benchmark: paragraphs in the genre zh-analyze is for, with names
// and figures in every sentence. The sentence frames are the project's own; the names come from the
// project's dictionaries (dict/entities) and from invented company and project names, so the
// dictionary scan and the name rules both work; the figures are drawn from a seeded generator, so
// every run measures the same text and no paragraph repeats another.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FRAMES = [
  '{Y}，{Z}完成{I}{M}，同比增长{R}，增速比上年加快{Q}。',
  '{D}，{P}{I}达到{M}，比上年同期增长{R}，占全省的比重提高{Q}。',
  '据{A}介绍，{P}今年共实施{PJ}等重点项目{C}个，完成投资{M}，超年度计划{R}。',
  '{E}与{Z}签订合作协议，计划投资{M}建设{PJ}，建成后年产值可达{M}。',
  '{N}落户{Z}，一期占地{W}，预计{Y}底前投产，可新增就业岗位{C}个。',
  '{A}负责人表示，{D}全市新登记市场主体{C}户，其中企业{C}户，同比增长{R}。',
  '在{Z}，{N}的{PJ}已完成主体工程，设计产能为{T}，总投资约{M}。',
  '{P}{Y}{I}为{M}，下降{R}；{I}增长{R}，增速回落{Q}。',
  '{E}、{E}、{N}等企业{D}实现营业收入{M}，分别增长{R}、{R}和{R}。',
  '记者从{A}获悉，{P}已建成{PJ}，年处理能力达到{T}，服务园区企业{C}家。',
  '{D}{Z}引进项目{C}个，协议投资额{M}，其中亿元以上项目{C}个，到位资金{M}。',
  '{P}提出，到{Y}全市{I}要突破{M}，年均增长{R}以上，{PJ}要在{Y}前全部建成。',
  '{N}董事长介绍，公司研发投入占营业收入的{R}，拥有有效发明专利{C}件，产品出口{C}个国家和地区。',
  '{A}会同{A}下达{Y}第一批资金{M}，支持{Z}建设{PJ}，单个项目最高补助{M}。',
  '{P}{D}完成{I}{M}，比上年增长{R}；{I}{M}，增长{R}，两项指标均居全省第{O}位。',
  '受{E}扩产带动，{Z}{D}工业用电量达到{V}，同比增长{R}。',
  '{N}投资{M}的{PJ}开工，项目用地{W}，建设标准化厂房{S}。',
];

const PRODUCTS = ['高纯硅', '钠离子电池', '汽车轻量化部件', '光伏组件', '氢燃料电池', '锂电正极材料', '精细化工中间体', '冷链物流', '数据中心',
  '生物医药', '碳纤维', '智能装备', '有色金属深加工', '风电装备', '储能电站', '农产品加工', '铜箔', '电子级多晶硅', '再生铝', '中药材提取'];
const PROJECT_ENDS = ['项目', '产业园项目', '生产线项目', '基地建设项目', '改扩建工程', '一期工程'];
const NAME_HEADS = ['瑞德', '天启', '华晟', '金川', '祁连', '陇原', '新丝路', '恒信', '长河', '中科', '银河', '博瑞', '宏达', '景泰', '安宁', '嘉禾'];
const INDUSTRIES = ['新材料科技', '生物科技', '能源', '智能装备', '化工', '物流', '电子科技', '农业发展', '新能源科技', '环保科技'];
const SUFFIXES = ['有限公司', '股份有限公司', '集团有限公司'];
const INDICATORS = ['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入', '进出口总额',
  '工业投资', '实际使用外资', '农村居民人均可支配收入', '营业收入', '工业总产值', '制造业投资'];
const MONEY_UNITS = ['亿元', '万元', '亿美元', '万亿元'];
const MEASURES = ['万吨/年', '万吨', '吉瓦时', '万千瓦', '万平方米'];
const AREAS = ['平方公里', '亩', '公顷'];
const PERIODS = ['1至10月', '上半年', '前三季度', '一季度', '1—11月', '今年以来', '去年'];

/** A small seeded generator (mulberry32), so the bench text is the same in every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function names(root, prefix, type) {
  const out = [];
  for (const file of readdirSync(join(root, 'dict', 'entities')).filter((f) => f.startsWith(prefix) && f.endsWith('.tsv'))) {
    for (const line of readFileSync(join(root, 'dict', 'entities', file), 'utf8').split('\n')) {
      const [name, t] = line.split('\t');
      if (!line.startsWith('#') && t === type && name.length >= 3 && name.length <= 12) out.push(name);
    }
  }
  return out;
}

/** About `mb` megabytes (UTF-8) of dense news, as lines of one paragraph each. */
export function denseNews(root, mb) {
  const next = random(20241129);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const dec = (lo, hi, digits = 1) => (lo + next() * (hi - lo)).toFixed(digits);
  const pools = {
    Z: names(root, 'zones-', 'zone'),
    E: names(root, 'enterprises-', 'enterprise'),
    A: names(root, 'agencies-', 'agency'),
    P: names(root, 'places-cn', 'place').filter((n) => /[市县区州]$/.test(n)),
  };
  // Company names open with a place's short form: 定西, not 定西市.
  pools.place = pools.P.filter((n) => n.length <= 4 && !n.includes('自治')).map((n) => n.slice(0, -1));
  const fill = {
    Z: () => pick(pools.Z),
    E: () => pick(pools.E),
    A: () => pick(pools.A),
    P: () => pick(pools.P),
    N: () => `${pick(pools.place)}${pick(NAME_HEADS)}${pick(INDUSTRIES)}${pick(SUFFIXES)}`,
    PJ: () => `${next() < 0.3 ? `年产${int(2, 50)}万吨` : ''}${pick(PRODUCTS)}${pick(PROJECT_ENDS)}`,
    I: () => pick(INDICATORS),
    M: () => `${dec(1, 999, int(0, 2))}${pick(MONEY_UNITS)}`,
    R: () => (next() < 0.1 ? `百分之${pick(['三', '五点二', '十二', '六点八'])}` : `${dec(0.5, 30)}%`),
    Q: () => `${dec(0.1, 5, 2)}个百分点`,
    C: () => String(int(2, 3000)),
    O: () => String(int(1, 14)),
    Y: () => `${int(2019, 2027)}年`,
    D: () => (next() < 0.5 ? `${int(2021, 2025)}年${pick(PERIODS)}` : pick(PERIODS)),
    T: () => `${dec(1, 80)}${pick(MEASURES)}`,
    W: () => `${dec(1, 900)}${pick(AREAS)}`,
    V: () => `${dec(1, 90, 2)}亿千瓦时`,
    S: () => `${dec(1, 50)}万平方米`,
  };
  const lines = [];
  let bytes = 0;
  while (bytes < mb * 1e6) {
    let paragraph = '';
    for (let i = int(3, 6); i > 0; i--) paragraph += pick(FRAMES).replace(/\{([A-Z]+)\}/g, (_, slot) => fill[slot]());
    lines.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return lines;
}
