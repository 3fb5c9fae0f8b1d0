// Issue #12, item 7: a JSONL line's id comes back exactly as it was written. JSON.parse rounds an
// integer above 2^53 and makes 1e400 Infinity (JSON.stringify: null), so the CLI echoes the id's text.
import { describe, expect, it } from 'vitest';
import { memberText } from '../../src/cli/json-member.js';
import { runCli } from '../cli/run-cli.js';

const here = '[robustness/jsonl-ids] ';

/** Ids as written in the input, and as they must come back (whitespace between tokens dropped). */
const IDS: readonly [string, string][] = [
  ['9007199254740993', '9007199254740993'],
  ['123456789012345678901234567890', '123456789012345678901234567890'],
  ['1e400', '1e400'],
  ['-0', '-0'],
  ['1.50', '1.50'],
  ['2E+3', '2E+3'],
  ['"\\u4e00号"', '"\\u4e00号"'],
  ['{ "doc" : 18446744073709551616, "part": [ 1 , 2 ] }', '{"doc":18446744073709551616,"part":[1,2]}'],
  ['[ "a b", 9007199254740993 ]', '["a b",9007199254740993]'],
  ['null', 'null'],
];

describe('memberText()', () => {
  it.each(IDS)(`${here}reads the id %s as written`, (written, echoed) => {
    expect(memberText(`{"text":"一","id":${written}}`, 'id')).toBe(echoed);
    expect(memberText(`{ "id" :\t${written} ,\r"text": "}\\"{"}`, 'id')).toBe(echoed);
  });

  it(`${here}takes the last of duplicate members, as JSON.parse does, and a key written with escapes`, () => {
    expect(memberText('{"id":1,"text":"x","id":99999999999999999999}', 'id')).toBe('99999999999999999999');
    expect(memberText('{"\\u0069d":12345678901234567890,"text":"x"}', 'id')).toBe('12345678901234567890');
    expect(memberText('{"ids":1,"text":{"id":2}}', 'id')).toBeUndefined();
  });
});

describe('zh-analyze --jsonl', () => {
  const input = IDS.map(([written], i) => `{"id": ${written}, "text": "第${i}行：新增企业12家。"}`).join('\n');

  it(`${here}echoes every id exactly as written, in JSONL output`, async () => {
    const run = await runCli(['--jsonl'], input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => /^\{"id":(.*),"text":"第\d+行/.exec(l)?.[1])).toEqual(IDS.map(([, echoed]) => echoed));
    expect(JSON.parse(lines[0] as string).text).toBe('第0行：新增企业12家。');
  }, 180_000);

  it(`${here}and in --format json, table headings and the facts document column`, async () => {
    const json = await runCli(['--jsonl', '--format', 'json'], input);
    expect(json.code).toBe(0);
    expect([...json.stdout.matchAll(/^ {2}"id": (.*),$/gm)].map((m) => m[1])).toEqual(IDS.map(([, echoed]) => echoed));
    const table = await runCli(['--jsonl', '--format', 'table'], input);
    expect(table.stdout).toContain('stdin:1 id=9007199254740993');
    expect(table.stdout).toContain('stdin:3 id=1e400');
    const facts = await runCli(['--jsonl', '--format', 'facts'], input);
    expect(facts.stdout).toMatch(/^9007199254740993,/m);
    expect(facts.stdout).toMatch(/^"\{""doc"":18446744073709551616,""part"":\[1,2\]\}",/m);
  }, 300_000);
});
