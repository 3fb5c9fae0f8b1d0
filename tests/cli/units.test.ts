import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';
import { formatJson } from '../../src/cli/json.js';
import { parseJsonlLine } from '../../src/cli/jsonl.js';
import { Readable, Writable } from 'node:stream';
import { cliMessage, runCli, STDIN_HINT } from '../../src/cli/run.js';
import { DependencyError, DictFormatError } from '../../src/index.js';
import { formatDuration, formatProgress, Progress } from '../../src/cli/progress.js';
import { formatTable } from '../../src/cli/table.js';
import { displayWidth, padEnd } from '../../src/cli/width.js';
import { sampleAnalysis } from '../html/sample.js';

const here = '[cli/units] ';

describe('parseJsonlLine()', () => {
  it.each([
    ['"兰州新区"', { ok: true, doc: { text: '兰州新区' } }],
    ['{"text":"一","id":3}', { ok: true, doc: { text: '一', id: { value: 3, json: '3' } } }],
    ['{"id":"x","text":""}', { ok: true, doc: { text: '', id: { value: 'x', json: '"x"' } } }],
    ['\ufeff"二"\r', { ok: true, doc: { text: '二' } }],
    ['  {"text":"三"}  ', { ok: true, doc: { text: '三' } }],
  ])(`${here}reads %j`, (line, expected) => {
    expect(parseJsonlLine(line)).toEqual(expected);
  });

  it(`${here}skips blank lines`, () => {
    for (const line of ['', '   ', '\r', '\t']) expect(parseJsonlLine(line)).toBeNull();
  });

  it.each([
    ['{"text":', /^not valid JSON \(/],
    ['兰州', /^not valid JSON/],
    ['42', /got a number$/],
    ['null', /got null$/],
    ['["a"]', /got an array$/],
    ['{"id":1}', /got no "text" field$/],
    ['{"text":5}', /got "text" of type a number$/],
  ])(`${here}explains why %j is not a document`, (line, message) => {
    const parsed = parseJsonlLine(line);
    expect(parsed?.ok).toBe(false);
    expect(parsed && !parsed.ok && parsed.message).toMatch(message);
  });
});

describe('parseCommandLine()', () => {
  it(`${here}fills defaults; --jsonl makes jsonl the default format`, () => {
    expect(parseCommandLine(['a.txt'])).toMatchObject({ files: ['a.txt'], format: 'json', formatGiven: false, jobs: 1, html: null, jsonl: false });
    expect(parseCommandLine(['--jsonl'])).toMatchObject({ format: 'jsonl', files: [] });
    expect(parseCommandLine(['--jsonl', '-f', 'table', '-j', '2', '-d', 'a.tsv', '-d', 'b.tsv'])).toMatchObject({
      format: 'table',
      formatGiven: true,
      jobs: 2,
      dictionaries: ['a.tsv', 'b.tsv'],
    });
    expect(parseCommandLine(['--jobs', 'auto']).jobs).toBeGreaterThanOrEqual(1);
  });

  it.each([[['--html', '']], [['--jobs', '1.5']], [['--jobs', '-1']], [['--jobs', '999']], [['-x']], [['--format', 'csv']]])(
    `${here}rejects %j`,
    (args) => {
      expect(() => parseCommandLine(args)).toThrow(UsageError);
    },
  );
});

describe('formatJson()', () => {
  it(`${here}is plain JSON with one span a line`, () => {
    const analysis = sampleAnalysis();
    const text = formatJson({ id: 7, ...analysis });
    expect(JSON.parse(text)).toEqual({ id: 7, ...analysis });
    // Braces, six fields, a closing line per non-empty array (tokens, quantities, entities, facts), a line per item.
    const items = analysis.tokens.length + analysis.quantities.length + analysis.entities.length + analysis.facts.length;
    expect(analysis.facts.length).toBeGreaterThan(0);
    expect(text.split('\n')).toHaveLength(2 + 6 + 4 + items);
    expect(formatJson({ text: '', tokens: [] })).toBe('{\n  "text": "",\n  "tokens": []\n}');
  });
});

describe('formatTable()', () => {
  it(`${here}lists entities by type with counts and quantities with their readings`, () => {
    const out = formatTable(sampleAnalysis(), 'sample.txt');
    expect(out.split('\n').slice(0, 8)).toEqual([
      `== sample.txt · ${sampleAnalysis().text.length} characters · ${sampleAnalysis().tokens.length} tokens`,
      'Entities (5)',
      '  agency 2      省经济和信息化厅, 成都高新区管委会',
      '  zone 1        成都高新技术产业开发区',
      '  enterprise 1  通川集团',
      '  document 1    《数字经济合作协议》',
      'Quantities (7)',
      '  date     2024年       2024',
    ]);
    expect(out).toContain('  money    约1436亿元   ≈ 143,600,000,000 CNY\n');
    expect(out).toContain('  measure  年产3.5万吨  35,000 t/year\n');
    expect(out.slice(out.indexOf('Facts (6)'))).toBe(
      [
        'Facts (6)',
        '  value        change  indicator                   subject                              time',
        '  约1436亿元   —       固定资产投资                成都高新区 (成都高新技术产业开发区)  2024年',
        '  6.5%         up      固定资产投资                成都高新区 (成都高新技术产业开发区)  2024年',
        '  1.2个百分点  up      固定资产投资                成都高新区 (成都高新技术产业开发区)  2024年',
        '  836家        —       企业                        —                                    —',
        '  5.2平方公里  —       厂房                        —                                    —',
        '  年产3.5万吨  —       电池材料 (<b>电池材料</b>)  通川集团                             —',
        '',
      ].join('\n'),
    );
  });

  it(`${here}says (none) for an empty analysis`, () => {
    expect(formatTable({ text: '', tokens: [], quantities: [], entities: [], facts: [] }, 'x')).toBe(
      '== x · 0 characters · 0 tokens\nEntities (0)\n  (none)\nQuantities (0)\n  (none)\nFacts (0)\n  (none)\n',
    );
  });
});

describe('display width', () => {
  it(`${here}counts CJK and full-width characters as two columns`, () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('兰州新区')).toBe(8);
    expect(displayWidth('１２３％')).toBe(8);
    expect(displayWidth('𠀀')).toBe(2);
    expect(padEnd('兰州', 6)).toBe('兰州  ');
    expect(padEnd('toolong', 3)).toBe('toolong');
  });
});

describe('progress', () => {
  it(`${here}formats bar, bytes, rate and ETA`, () => {
    expect(formatProgress(25e6, 100e6, 2.5e6, 100)).toBe(`[${'#'.repeat(10)}${'-'.repeat(30)}]  25%  25.0/100.0 MB  2.50 MB/s  ETA 0:30`);
    expect(formatProgress(5e6, null, 2.5e6)).toBe('5.0 MB  2.50 MB/s');
    expect(formatProgress(0, 10, 0)).toContain('ETA --:--');
    expect(formatProgress(1e6, 10e6, null, 100, 'analyzing a.txt')).toMatch(/ 10%  1\.0\/10\.0 MB  starting  ETA --:--  analyzing a\.txt$/);
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(59.6)).toBe('1:00');
  });

  it(`${here}rate and ETA count from the end of start-up, over the bytes done since`, () => {
    const writes: string[] = [];
    let now = 1000;
    const progress = new Progress({ isTTY: true, columns: 100, write: (s) => writes.push(s) }, 100e6, () => now);
    progress.advance(8e6); // the first bytes: the clock starts, nothing drawn yet
    now += 600;
    progress.advance(2e6); // start-up (jieba loading) still running: no rate, no ETA
    expect(writes.at(-1)).toMatch(/ 10%  10\.0\/100\.0 MB  starting  ETA --:--\x1b\[K$/);
    now += 1400;
    progress.ready(); // the first result: 10 MB done at t = 3000
    now += 2000;
    progress.advance(10e6); // 10 MB in the 2 s since: 5 MB/s, 80 MB left: 16 s
    expect(writes.at(-1)).toMatch(/ 20%  20\.0\/100\.0 MB  5\.00 MB\/s  ETA 0:16\x1b\[K$/);
    progress.finish();
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it(`${here}names a large document on the line at once, before its one long analyze() call`, () => {
    const writes: string[] = [];
    const progress = new Progress({ isTTY: true, columns: 120, write: (s) => writes.push(s) }, 30e6, () => 5000);
    progress.working('analyzing big.txt', false);
    expect(writes).toEqual([]);
    progress.working('analyzing big.txt');
    expect(writes).toEqual([expect.stringMatching(/^\r\[-+\]   0%  0\.0\/30\.0 MB  starting  ETA --:--  analyzing big\.txt\x1b\[K$/)]);
  });

  it(`${here}draws nothing on a stream that is not a terminal`, () => {
    const writes: string[] = [];
    const progress = new Progress({ isTTY: false, write: (s) => writes.push(s) }, 100);
    progress.advance(10);
    progress.finish();
    expect(writes).toEqual([]);
  });
});

describe('stdin on a terminal', () => {
  it(`${here}with no file and stdin a terminal, a one-line hint instead of silence (not with --quiet, not for a pipe)`, async () => {
    const io = (tty: boolean) => {
      const err: string[] = [];
      const stdin = Object.assign(Readable.from([Buffer.from('一')]), { isTTY: tty });
      const stdout = new Writable({ write: (_c, _e, done) => done() });
      const stderr = Object.assign(new Writable({ write: (c, _e, done) => (err.push(String(c)), done()) }), { isTTY: false });
      return { io: { stdin, stdout, stderr }, err };
    };
    const tty = io(true);
    expect(await runCli([], tty.io, '0')).toBe(0);
    expect(tty.err).toEqual([`zh-analyze: ${STDIN_HINT}\n`]);
    const quiet = io(true);
    expect(await runCli(['-q'], quiet.io, '0')).toBe(0);
    const pipe = io(false);
    expect(await runCli(['-'], pipe.io, '0')).toBe(0);
    expect([...quiet.err, ...pipe.err]).toEqual([]);
  });
});

describe('cliMessage()', () => {
  it(`${here}one "zh-analyze:" prefix, also for the library's errors that carry one`, () => {
    expect(cliMessage(new DependencyError("nodejieba's native addon could not be loaded", null).message)).toBe(
      "zh-analyze: nodejieba's native addon could not be loaded\n",
    );
    expect(cliMessage(new DictFormatError('a.tsv', 3, 'bad').message)).toBe('zh-analyze: a.tsv:3: bad\n');
  });
});
