// The quantities stage beside @microsoft/recognizers-text (Chinese number, percentage, currency and
// dimension models) over the same text, and the stage on pathological inputs, 1 MB each.
//
// How the stage is timed: the built package exposes only analyze(), so the stage's time is the
// difference between an analyzer with quantities on and one with them off (entities off in both),
// over the same lines; both run in this process, alternately, best of several rounds.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { table } from '../eval/lib.mjs';

export const title = 'Quantities: stage throughput vs Recognizers-Text (zh number, percentage, currency, dimension), pathological inputs';

/** Slice of the bench text given to Recognizers-Text (it runs at tens of KB/s). */
const PEER_SLICE_BYTES = 40_000;
const MB = 1_000_000;
const ROUNDS = 9;

/** Best wall times of two functions run alternately, after one warm-up run each. */
function interleaved(a, b, rounds) {
  const time = (fn) => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  time(a);
  time(b);
  let on = Infinity;
  let off = Infinity;
  for (let r = 0; r < rounds; r++) {
    on = Math.min(on, time(a));
    off = Math.min(off, time(b));
  }
  return { on, off };
}

export async function run({ root, pkg, lines, bytes, best, mbps }) {
  const withQ = pkg.createAnalyzer({ entities: false });
  const withoutQ = pkg.createAnalyzer({ entities: false, quantities: false });
  const over = (az, ls) => () => { for (const l of ls) az.analyze(l); };
  // On and off alternate, so that a change of the machine's load hits both alike; best of each.
  const { on: tOn, off: tOff } = interleaved(over(withQ, lines), over(withoutQ, lines), ROUNDS);
  const stage = Math.max(tOn - tOff, 1e-3);
  let count = 0;
  for (const l of lines) count += withQ.analyze(l).quantities.length;

  const peer = loadPeer(root);
  const slice = [];
  let sliceBytes = 0;
  for (const l of lines) {
    if (sliceBytes >= PEER_SLICE_BYTES) break;
    slice.push(l);
    sliceBytes += Buffer.byteLength(l) + 1;
  }
  const tPeer = best(() => { for (const l of slice) for (const m of peer.models) m.parse(l); }, 1);
  let peerCount = 0;
  for (const l of slice) for (const m of peer.models) peerCount += m.parse(l).length;

  const ours = mbps(stage, bytes);
  const theirs = mbps(tPeer, sliceBytes);
  table(['what', 'text', 'ms', 'MB/s', 'results'], [
    ['zh-analyze quantities stage (on − off)', `${(bytes / MB).toFixed(2)} MB`, stage.toFixed(1), ours.toFixed(2), count],
    ['  analyze(), quantities on / off', '', `${tOn.toFixed(0)} / ${tOff.toFixed(0)}`, '', ''],
    [`recognizers-text ${peer.version}, 4 zh models`, `${(sliceBytes / 1000).toFixed(0)} KB slice`, tPeer.toFixed(0), theirs.toFixed(4), peerCount],
  ]);
  console.log(`\nRatio (stage throughput / recognizers-text throughput): ${(ours / theirs).toFixed(0)}× (target >= 300×)\n`);

  const families = [
    ['digits 0-9', (n) => '1234567890'.repeat(n / 10)],
    ['一 run', (n) => '一'.repeat(n / 3)],
    ['万 run', (n) => '万'.repeat(n / 3)],
    ['commas between digits', (n) => '1,'.repeat(n / 2)],
    ['commas', (n) => ','.repeat(n)],
    ['dots between digits', (n) => '1.'.repeat(n / 2)],
    ['dots', (n) => '.'.repeat(n)],
    ['第 run', (n) => '第'.repeat(n / 3)],
    ['第 + digit', (n) => '第1'.repeat(n / 4)],
    ['unclosed brackets', (n) => '（1（二'.repeat(n / 10)],
    ['mixed numerals 十百千万亿', (n) => '十百千万亿'.repeat(n / 15)],
  ];
  const rows = [];
  for (const [name, make] of families) {
    const text = make(MB);
    const size = Buffer.byteLength(text);
    const { on, off } = interleaved(() => withQ.analyze(text), () => withoutQ.analyze(text), 2);
    const q = withQ.analyze(text).quantities;
    const finite = q.every((x) => typeof x.value === 'string' || Number.isFinite(x.value));
    rows.push([name, (size / MB).toFixed(2), (Math.max(on - off, 0) / (size / MB)).toFixed(0), (on / (size / MB)).toFixed(0), q.length, finite ? 'yes' : 'NO']);
  }
  table(['pathological family (1 MB)', 'MB', 'stage ms/MB', 'analyze() ms/MB', 'quantities', 'all finite'], rows);
}

function loadPeer(root) {
  const fromSuite = createRequire(createRequire(join(root, 'package.json')).resolve('@microsoft/recognizers-text-suite'));
  const { Culture } = fromSuite('@microsoft/recognizers-text-suite');
  const number = fromSuite('@microsoft/recognizers-text-number');
  const unit = fromSuite('@microsoft/recognizers-text-number-with-unit');
  const numbers = new number.NumberRecognizer(Culture.Chinese);
  const units = new unit.NumberWithUnitRecognizer(Culture.Chinese);
  const models = [numbers.getNumberModel(), numbers.getPercentageModel(), units.getCurrencyModel(), units.getDimensionModel()];
  const version = fromSuite('@microsoft/recognizers-text-suite/package.json').version;
  return { models, version };
}
