// The basic call: analyze() one paragraph and print what was found: tokens, quantities, entities, facts.
// Run: npm run example   (builds the package, then runs this file with tsx)
import { analyze } from 'zh-analyze';

const text =
  '2024年，安徽省新能源汽车产量达到168.4万辆，同比增长29.5%。' +
  '合肥经济技术开发区新增规模以上工业企业46家，完成固定资产投资约215亿元。';

const result = analyze(text);

console.log(`text: ${result.text.length} characters, ${result.tokens.length} tokens`);
console.log(`words: ${result.tokens.map((t) => t.text).join(' | ')}`);

console.log(`\nquantities (${result.quantities.length}):`);
for (const q of result.quantities) {
  const unit = q.unit ? ` ${q.unit}${q.per ? `/${q.per}` : ''}` : '';
  console.log(`  [${q.start}, ${q.end}) ${q.text}  ->  ${q.kind} ${q.value}${unit}${q.approx ? ` (${q.approx})` : ''}`);
}

console.log(`\nentities (${result.entities.length}):`);
for (const e of result.entities) {
  const canonical = e.canonical && e.canonical !== e.text ? `, canonical ${e.canonical}` : '';
  console.log(`  [${e.start}, ${e.end}) ${e.text}  ->  ${e.type}${canonical}`);
}

// Facts: each figure with what it measures, whose it is, when, and whether it is a change.
console.log(`\nfacts (${result.facts.length}):`);
for (const f of result.facts) {
  const parts = [
    f.subject ? `subject ${f.subject.text}` : 'no subject',
    f.indicator ? `indicator ${f.indicator.text}${f.indicator.canonical ? ` (${f.indicator.canonical})` : ''}` : 'no indicator',
    f.time ? `time ${f.time.value}` : 'no time',
  ];
  if (f.change) parts.push(`change ${f.change}`);
  console.log(`  ${f.value.text}  ->  ${parts.join(', ')}`);
}

// Every span points into the original text.
for (const span of [...result.tokens, ...result.quantities, ...result.entities, ...result.facts.flatMap((f) => (f.indicator ? [f.indicator] : []))]) {
  if (text.slice(span.start, span.end) !== span.text) throw new Error(`bad offsets for ${span.text}`);
}
console.log('\nall offsets check out');
