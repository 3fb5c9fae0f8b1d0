import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/index.js';
import { expectInvariants } from '../helpers/invariants.js';
import { relinkFacts } from './json-result.js';
import { CLI, root, runCli } from './run-cli.js';

const exec = promisify(execFile);
const here = '[cli] ';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const texts = join(root, 'examples', 'texts');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zh-analyze-cli-'));
});

describe('zh-analyze: help, version and bad options', () => {
  it(`${here}--help prints the usage and exits 0`, async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: zh-analyze \[options\] \[file \.\.\.\]/);
    for (const option of ['--jsonl', '--format', '--jobs', '--html', '--dict']) expect(run.stdout).toContain(option);
  });

  it(`${here}--version prints the package version`, async () => {
    const run = await runCli(['-v']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--format', 'xml'], /--format must be one of json, jsonl, table, facts; got "xml"/],
    [['--jobs', 'two'], /--jobs must be a whole number/],
    [['--jobs', '0'], /--jobs must be a whole number/],
    [['--jsonl', '--html', 'x.html'], /cannot be combined with --jsonl/],
    [['--format'], /argument missing/],
  ])(`${here}rejects %j with exit code 2 and a hint`, async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Try 'zh-analyze --help'");
  });
});

describe('zh-analyze: whole documents', () => {
  it(`${here}prints one Analysis for a file, spans pointing into it`, async () => {
    const file = join(texts, 'taiwan-traditional.txt');
    const run = await runCli([file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as Analysis;
    expect(result.facts.length).toBeGreaterThan(0);
    expectInvariants(relinkFacts(result), readFileSync(file, 'utf8'));
  });

  it(`${here}reads stdin when no file (or -) is given`, async () => {
    const input = '２０２４年，陝西省完成投資１２３億元。\r\n';
    for (const args of [[], ['-']]) {
      const run = await runCli(args, input);
      expect(run.code).toBe(0);
      expectInvariants(relinkFacts(JSON.parse(run.stdout) as Analysis), input);
    }
  });

  it(`${here}prints an array in argument order for several files, also with --jobs 2`, async () => {
    const files = ['henan-agriculture.txt', 'guangdong-trade.txt'].map((f) => join(texts, f));
    const run = await runCli(files);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Analysis[];
    expect(results.map((r) => r.text)).toEqual(files.map((f) => readFileSync(f, 'utf8')));
    expect(await runCli(['--jobs', '2', ...files])).toEqual(run);
  });

  it(`${here}--format table prints a summary per document`, async () => {
    const file = join(texts, 'sichuan-industry.txt');
    const run = await runCli(['--format', 'table', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^== ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · \\d+ characters · \\d+ tokens\n`));
    expect(run.stdout).toMatch(/\nEntities \(\d+\)\n/);
    expect(run.stdout).toMatch(/\nQuantities \(\d+\)\n/);
    expect(run.stdout).toMatch(/\n  money +约4870亿元 +≈ 487,000,000,000 CNY\n/);
    expect(run.stdout).toMatch(/\n  pp +0\.9个百分点 +0\.9 pp\n/);
    expect(run.stdout).toMatch(/\n  zone \d+ +.*四川天府新区/);
  });

  it(`${here}a missing file, a directory or non-UTF-8 bytes: a clear message, exit 1, no output`, async () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0x00]));
    const cases: [string[], RegExp][] = [
      [[join(texts, 'sichuan-industry.txt'), 'no-such-file.txt'], /cannot read no-such-file\.txt: no such file/],
      [[dir], /cannot read .*: is a directory/],
      [[binary], /cannot read .*binary\.txt: not UTF-8 text \(byte 3\)/],
      [['-d', 'no-such-dict.tsv', join(texts, 'sichuan-industry.txt')], /cannot read dictionary no-such-dict\.tsv: no such file/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });

  it(`${here}--html writes a page and keeps stdout quiet; --html - writes it to stdout`, async () => {
    const file = join(texts, 'henan-agriculture.txt');
    const page = join(dir, 'view.html');
    const run = await runCli(['--html', page, file]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>zh-analyze · ');
    const toStdout = await runCli(['--html', '-', file]);
    expect(toStdout.stdout).toBe(html);
    const both = await runCli(['--html', page, '--format', 'jsonl', file]);
    expect(JSON.parse(both.stdout).text).toBe(readFileSync(file, 'utf8'));
  });

  it(`${here}--html to a folder that does not exist fails with exit 1`, async () => {
    const run = await runCli(['--html', join(dir, 'no', 'such', 'dir', 'x.html'), join(texts, 'henan-agriculture.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write .*x\.html: no such file/);
  });
});

describe('zh-analyze --jsonl', () => {
  const lines = [
    '"2024年，湖北省新增市场主体58万户。"',
    '{"id":"a-2","text":"江苏省完成进出口5.26万亿元。"}',
    '',
    'not json at all',
    '{"id":4}',
    '[1,2]',
    '{"text":"浙江省数字经济核心产业增加值增长7.1%。","id":5,"extra":true}',
  ];

  it(`${here}one result per line, ids echoed, broken lines reported by number and skipped`, async () => {
    const run = await runCli(['--jsonl'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(1);
    const out = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis & { id?: unknown });
    expect(out.map((r) => r.id)).toEqual([undefined, 'a-2', 5]);
    expect(out[0]!.text).toBe('2024年，湖北省新增市场主体58万户。');
    for (const r of out) expectInvariants(relinkFacts({ text: r.text, tokens: r.tokens, quantities: r.quantities, entities: r.entities, facts: r.facts }), r.text);
    expect(run.stderr).toContain('stdin:4: not valid JSON');
    expect(run.stderr).toContain('stdin:5: expected an object with a string "text" field, got no "text" field');
    expect(run.stderr).toContain('stdin:6: expected a JSON string or an object with "text", got an array');
    expect(run.stderr).toContain('3 input lines were skipped, 3 processed');
  });

  it(`${here}accepts CRLF line ends and a BOM, names the file in messages`, async () => {
    const file = join(dir, 'crlf.jsonl');
    writeFileSync(file, `\ufeff"第一行"\r\n{"text":"第二行"\r\n"第三行"\r\n`);
    const run = await runCli(['--jsonl', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual(['第一行', '第三行']);
    expect(run.stderr).toContain(`${file}:2: not valid JSON`);
  });

  it(`${here}a line that is not UTF-8 (a GBK file) is refused with file:line, the others still read; exit 1`, async () => {
    const file = join(dir, 'gbk.jsonl');
    const gbk = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]); // 中国 in GBK
    writeFileSync(file, Buffer.concat([Buffer.from('"第一行"\n{"text":"'), gbk, Buffer.from('"}\n"第三行"\n')]));
    const run = await runCli(['--jsonl', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual(['第一行', '第三行']);
    expect(run.stderr).toContain(`zh-analyze: ${file}:2: not UTF-8 text (byte 9 of the line)\n`);
    expect(run.stderr).not.toContain('\ufffd');
  });

  it(`${here}only LF (or CRLF) ends a line: a lone CR is JSON whitespace and keeps the numbering`, async () => {
    const run = await runCli(['--jsonl'], '{"id":1,\r"text":"甲"}\nnot json\n');
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual([1]);
    expect(run.stderr).toContain('stdin:2: not valid JSON');
  });

  it(`${here}--format json streams a JSON array; --format table a summary per line`, async () => {
    const input = `${lines.filter((l) => l.startsWith('"') || l.includes('"text"')).join('\n')}\n`;
    const json = await runCli(['--jsonl', '--format', 'json'], input);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(3);
    const empty = await runCli(['--jsonl', '--format', 'json'], '');
    expect(JSON.parse(empty.stdout)).toEqual([]);
    const table = await runCli(['--jsonl', '--format', 'table'], input);
    expect([...table.stdout.matchAll(/^== (stdin:.*?) · /gm)].map((m) => `== ${m[1]}`)).toEqual(['== stdin:1', '== stdin:2 id="a-2"', '== stdin:3 id=5']);
  });

  it(`${here}--jobs 2 gives the same output as --jobs 1, in input order, over many chunks`, async () => {
    const provinces = ['山西', '吉林', '江西', '湖南', '贵州', '云南', '青海', '宁夏'];
    const input = Array.from({ length: 700 }, (_, i) =>
      JSON.stringify({ id: i, text: `第${i + 1}条：${provinces[i % 8]}省${2000 + (i % 25)}年新增就业${i * 37}人，增长${(i % 90) / 10}%。` }),
    ).join('\n');
    const one = await runCli(['--jsonl', '--jobs', '1'], input);
    const two = await runCli(['--jsonl', '--jobs', '2'], input);
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    expect(two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(Array.from({ length: 700 }, (_, i) => i));
  });

  it(`${here}stderr stays silent when it is not a terminal (no progress bar)`, async () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify(`第${i}段：西藏自治区清洁能源装机容量达到${i}万千瓦。`)).join('\n');
    const run = await runCli(['--jsonl', '--jobs', '2'], input);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/script'))(`${here}draws a progress bar on stderr when it is a terminal, and erases it`, async () => {
    const input = join(dir, 'progress.jsonl');
    const line = JSON.stringify('2024年，内蒙古自治区风电装机容量突破5000万千瓦，新能源发电量同比增长25%。'.repeat(4));
    writeFileSync(input, `${Array.from({ length: 12000 }, () => line).join('\n')}\n`);
    const output = join(dir, 'progress.out');
    // script(1) gives the command a pseudo-terminal; stdout goes to a file, stderr to the terminal.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --jsonl ${JSON.stringify(input)} > ${JSON.stringify(output)}`;
    const { stdout: terminal } = await exec('/usr/bin/script', ['-qec', command, '/dev/null'], { maxBuffer: 16 << 20 });
    expect(terminal).toMatch(/\r\[[#-]+\] +\d+%  [\d.]+\/[\d.]+ MB  [\d.]+ MB\/s  ETA \d+:\d\d\x1b\[K/);
    expect(terminal.endsWith('\r\x1b[K')).toBe(true);
    expect(readFileSync(output, 'utf8').trimEnd().split('\n')).toHaveLength(12000);
  });

  it(`${here}stops quietly when the reader of stdout goes away`, async () => {
    const input = Array.from({ length: 5000 }, (_, i) => JSON.stringify(`第${i}段：海南自由贸易港新增外资企业${i}家。`)).join('\n');
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, '--jsonl'], { cwd: root });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (c) => resolve({ code: c, stderr: err }));
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
