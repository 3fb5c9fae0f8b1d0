// Generated documents for the queue tests: sentences of our own, varied in place, indicator,
// figure, unit and script, some with an id and some plain strings.
const PLACES = ['浙江省', '合肥市', '成都高新区', '甘肃省', '青岛西海岸新区', '深圳市', '陝西省', '廣州市', '呼和浩特市', '海南自由贸易港'];
const INDICATORS = ['地区生产总值', '固定资产投资', '社会消费品零售总额', '进出口总额', '规模以上工业增加值', '一般公共预算收入'];
const UNITS = ['亿元', '万亿元', '万元', '亿美元'];
const TAILS = [
  '，同比增长{p}%。',
  '，比上年下降{p}个百分点。',
  '，完成年度目标的{p}%。',
  '，其中第三季度增长{p}%，新签约项目{n}个。',
];
const EXTRA = [
  '全年新增城镇就业{n}万人，粮食产量达到{n}万吨。',
  '截至{y}年底，全市共有高新技术企业{n}家。',
  '该项目总投资约{f}亿元，占地{n}亩，预计{y}年建成投产。',
  '全年接待游客{n}万人次，旅游收入增长{p}%。',
];

/** `count` JSONL lines (deterministic): every third a plain JSON string, the others `{ "id", "text" }`. */
export function corpusLines(count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const pick = <T>(list: readonly T[], salt: number): T => list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length] as T;
    const fill = (s: string): string =>
      s
        .replaceAll('{p}', ((i % 97) / 10 + 0.5).toFixed(1))
        .replaceAll('{n}', String(((i * 37) % 9000) + 12))
        .replaceAll('{f}', String(((i * 13) % 500) + 3))
        .replaceAll('{y}', String(2015 + (i % 11)));
    const sentences = [
      `${2016 + (i % 9)}年，${pick(PLACES, 1)}${pick(INDICATORS, 2)}${(((i * 31) % 9000) / 10 + 1).toFixed(1)}${pick(UNITS, 3)}${fill(pick(TAILS, 4))}`,
      fill(pick(EXTRA, 5)),
      `${pick(PLACES, 6)}${pick(INDICATORS, 7)}占全省的${(i % 60) + 10}.${i % 10}%${fill(pick(TAILS, 8))}`,
    ];
    const text = sentences.join('');
    lines.push(i % 3 === 0 ? JSON.stringify(text) : JSON.stringify({ id: i % 5 === 1 ? `doc-${i}` : i, text }));
  }
  return lines;
}
