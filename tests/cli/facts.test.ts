import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, Fact } from '../../src/index.js';
import { csvObjects, parseCsv } from './csv.js';
import { runCli } from './run-cli.js';

const here = '[cli/facts] ';
const COLUMNS = [
  'subject', 'canonical subject', 'subject type', 'indicator', 'canonical indicator', 'value', 'upper', 'approx', 'unit', 'per', 'kind',
  'change', 'value text', 'time', 'time value', 'value start', 'value end', 'indicator start', 'indicator end', 'subject start',
  'subject end', 'time start', 'time end',
];
const LANZHOU = '2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%。';
const TIANSHUI = '天水经济技术开发区去年签约项目36个，总投资1,250亿元，规上工业增加值下降2.1%。';
const TAICHUNG = '２０２４年，臺中市精密機械園區引進廠商１５家，投資約２６億元。';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zh-analyze-facts-'));
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** What the columns must say of a fact of the JSON result: the expectation, written out once more. */
function expectedRow(f: Fact): Record<string, string> {
  const pos = (s: { start: number; end: number } | undefined, end: boolean): string => (s ? String(end ? s.end : s.start) : '');
  return {
    subject: f.subject?.text ?? '', 'canonical subject': f.subject?.canonical ?? '', 'subject type': f.subject?.type ?? '',
    indicator: f.indicator?.text ?? '', 'canonical indicator': f.indicator?.canonical ?? '',
    value: String(f.value.value), upper: f.value.upper === undefined ? '' : String(f.value.upper), approx: f.value.approx ?? '',
    unit: f.value.unit ?? '', per: f.value.per ?? '', kind: f.value.kind, change: f.change ?? '', 'value text': f.value.text,
    time: f.time?.text ?? '', 'time value': f.time ? String(f.time.value) : '',
    'value start': pos(f.value, false), 'value end': pos(f.value, true),
    'indicator start': pos(f.indicator, false), 'indicator end': pos(f.indicator, true),
    'subject start': pos(f.subject, false), 'subject end': pos(f.subject, true),
    'time start': pos(f.time, false), 'time end': pos(f.time, true),
  };
}

/** Every offset column points at its text in the input. */
function expectOffsets(row: Record<string, string>, input: string): void {
  expect(input.slice(Number(row['value start']), Number(row['value end']))).toBe(row['value text']);
  for (const part of ['indicator', 'subject', 'time']) {
    if (row[part] === '') expect(row[`${part} start`]).toBe('');
    else expect(input.slice(Number(row[`${part} start`]), Number(row[`${part} end`]))).toBe(row[part]);
  }
}

describe('zh-analyze --format facts', () => {
  it(`${here}one header row and a row per figure, with indicator, subject, time and change`, async () => {
    const run = await runCli(['--format', 'facts'], LANZHOU);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\r\n')[0]).toBe(COLUMNS.join(','));
    const { header, rows } = csvObjects(run.stdout);
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(2);
    const common = { subject: '兰州新区', 'subject type': 'zone', indicator: '地区生产总值', 'canonical indicator': '地区生产总值', time: '2024年', 'time value': '2024' };
    expect(rows[0]).toMatchObject({ ...common, 'value text': '400亿元', value: '40000000000', unit: 'CNY', kind: 'money', change: '' });
    expect(rows[1]).toMatchObject({ ...common, 'value text': '6.5%', value: '6.5', unit: '%', kind: 'percent', change: 'up' });
    for (const row of rows) expectOffsets(row, LANZHOU);
  });

  it(`${here}rows say what the JSON result says, offsets into Traditional and full-width input; RFC 4180 quoting`, async () => {
    for (const input of [TIANSHUI, TAICHUNG]) {
      const [csv, json] = await Promise.all([runCli(['-f', 'facts'], input), runCli([], input)]);
      const facts = (JSON.parse(json.stdout) as Analysis).facts;
      expect(facts.length).toBeGreaterThan(1);
      const { rows } = csvObjects(csv.stdout);
      expect(rows).toEqual(facts.map(expectedRow));
      for (const row of rows) expectOffsets(row, input);
      expect(csv.stdout.endsWith('\r\n')).toBe(true);
      expect(csv.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      if (input === TIANSHUI) expect(csv.stdout).toContain(',"1,250亿元",');
    }
  });

  it(`${here}a document without figures gives the header alone`, async () => {
    const run = await runCli(['-f', 'facts'], '兰州新区位于兰州市北部。');
    expect(run).toEqual({ code: 0, stdout: `${COLUMNS.join(',')}\r\n`, stderr: '' });
  });

  it(`${here}several files: a leading document column with the file name; --jobs 2 the same`, async () => {
    const files = [file('lanzhou.txt', LANZHOU), file('empty.txt', '没有数字。'), file('tianshui,"a".txt', TIANSHUI)];
    const run = await runCli(['-f', 'facts', ...files]);
    expect(run.code).toBe(0);
    const { header, rows } = csvObjects(run.stdout);
    expect(header).toEqual(['document', ...COLUMNS]);
    expect(rows.filter((r) => r.document === files[0])).toHaveLength(2);
    expect(rows.filter((r) => r.document === files[1])).toHaveLength(0);
    expect(rows.filter((r) => r.document === files[2]).length).toBeGreaterThan(1);
    expect(rows.map((r) => r.document)).toEqual([...rows.map((r) => r.document)].sort((a, b) => files.indexOf(a as string) - files.indexOf(b as string)));
    expect(await runCli(['-f', 'facts', '--jobs', '2', ...files])).toEqual(run);
  });

  it(`${here}--jsonl: the document column is the id (JSON for non-strings) or file:line; escapes hold`, async () => {
    const lines = [
      JSON.stringify({ id: 'a,"b"\nc', text: LANZHOU }),
      JSON.stringify(TAICHUNG),
      'not json',
      JSON.stringify({ id: 7, text: TIANSHUI }),
      JSON.stringify({ id: { n: 1 }, text: '去年投资120亿元。' }),
    ];
    const run = await runCli(['--jsonl', '-f', 'facts'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stdin:3: not valid JSON');
    const { rows } = csvObjects(run.stdout);
    expect([...new Set(rows.map((r) => r.document))]).toEqual(['a,"b"\nc', 'stdin:2', '7', '{"n":1}']);
    expect(rows.filter((r) => r.document === 'a,"b"\nc').map((r) => r['value text'])).toEqual(['400亿元', '6.5%']);
    expect(run.stdout).toContain('"a,""b""\nc",兰州新区,');
    for (const row of rows.filter((r) => r.document === 'stdin:2')) expectOffsets(row, TAICHUNG);
  });

  it(`${here}--jsonl --jobs 2 gives the same CSV as --jobs 1 over many chunks, in input order, one header`, async () => {
    const places = ['兰州新区', '天水市', '酒泉市', '白银高新区'];
    const input = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({ id: i, text: `${2000 + (i % 25)}年，${places[i % 4]}完成投资${i + 1}亿元，同比增长${(i % 90) / 10 + 1}%。` }),
    ).join('\n');
    const one = await runCli(['--jsonl', '-f', 'facts', '--jobs', '1'], input);
    const two = await runCli(['--jsonl', '-f', 'facts', '--jobs', '2'], input);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    const records = parseCsv(one.stdout);
    expect(records.filter((r) => r[0] === 'document')).toHaveLength(1);
    const { rows } = csvObjects(one.stdout);
    expect(rows).toHaveLength(1200);
    expect(rows.map((r) => Number(r.document))).toEqual(Array.from({ length: 1200 }, (_, k) => Math.floor(k / 2)));
    expect(rows.filter((r) => r.change === 'up')).toHaveLength(600);
  });

  it(`${here}--html with --format facts writes both`, async () => {
    const input = file('both.txt', LANZHOU);
    const page = join(dir, 'both.html');
    const run = await runCli(['--html', page, '-f', 'facts', input]);
    expect(run.code).toBe(0);
    expect(csvObjects(run.stdout).rows.map((r) => r['value text'])).toEqual(['400亿元', '6.5%']);
  });
});

describe('zh-analyze --format table: facts', () => {
  it(`${here}a Facts section with value, change, indicator, subject and time`, async () => {
    const run = await runCli(['--format', 'table'], LANZHOU);
    expect(run.code).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf('\nFacts (2)\n') + 1).split('\n');
    expect(section[0]).toBe('Facts (2)');
    expect(section[1]).toMatch(/^ {2}value +change +indicator +subject +time$/);
    expect(section[2]).toMatch(/^ {2}400亿元 +— +地区生产总值 +兰州新区 +2024年$/);
    expect(section[3]).toMatch(/^ {2}6\.5% +up +地区生产总值 +兰州新区 +2024年$/);
  });
});
