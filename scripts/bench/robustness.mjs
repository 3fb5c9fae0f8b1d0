// Pathological inputs (tests/fixtures/pathological.json) at 100 KB and 1 MB: time per MB should not
// grow with size. A 5 MB line with no punctuation, and peak RSS per MB of input for a 20 MB call.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';

export const title = 'Robustness: pathological inputs (time per MB at 100 KB and 1 MB), large input memory';

function build(family, size) {
  if (family.unit !== undefined) return family.unit.repeat(Math.ceil(size / family.unit.length)).slice(0, size);
  return family.open.repeat(family.depth) + '兰州' + family.close.repeat(family.depth);
}

export async function run({ root, pkg }) {
  const families = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'pathological.json'), 'utf8'));
  pkg.analyze('预热：兰州新区2024年投资400亿元。');
  // Best of three runs at 100 KB, one run at 1 MB and above (each call is long enough to time).
  const perMb = (input, runs = 1) => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      pkg.analyze(input);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return best / (Buffer.byteLength(input) / 1e6);
  };
  const rows = [];
  for (const family of families) {
    if (family.depth !== undefined) {
      const input = build(family, 0);
      rows.push([family.name + ` (depth ${family.depth})`, '', perMb(input).toFixed(0), '']);
      continue;
    }
    const small = perMb(build(family, 100_000), 3);
    const large = perMb(build(family, 1_000_000));
    rows.push([family.name, small.toFixed(0), large.toFixed(0), (large / small).toFixed(2)]);
  }
  const line = '兰州新区完成投资四百亿元同比增长六点五个百分点新增企业一千二百家';
  const five = line.repeat(Math.ceil(5_000_000 / 3 / line.length));
  rows.push([`one ${(Buffer.byteLength(five) / 1e6).toFixed(1)} MB line, no punctuation`, '', perMb(five).toFixed(0), '']);
  table(['family', 'ms/MB at 100 KB', 'ms/MB at 1 MB', 'ratio (≈1 = linear)'], rows);

  const dist = JSON.stringify(join(root, 'dist', 'index.js'));
  const probe = (mb) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
    const { analyze } = await import(${dist});
    analyze('预热');
    const unit = '2024年，兰州新区完成地区生产总值400亿元，同比增长6.5%。\\n';
    const input = unit.repeat(Math.ceil(${mb} * 1e6 / Buffer.byteLength(unit)));
    const base = process.resourceUsage().maxRSS / 1024;
    const r = analyze(input);
    console.log(JSON.stringify({ bytes: Buffer.byteLength(input), base, peak: process.resourceUsage().maxRSS / 1024, tokens: r.tokens.length }));
  `], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const big = probe(20);
  console.log('');
  table(['input', 'peak RSS (MB)', 'RSS before the call (MB)', 'peak RSS per MB of input'], [
    [`one call, ${(big.bytes / 1e6).toFixed(1)} MB`, big.peak.toFixed(0), big.base.toFixed(0), ((big.peak - big.base) / (big.bytes / 1e6)).toFixed(1)],
  ]);
}
