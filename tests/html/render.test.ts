import { describe, expect, it } from 'vitest';
import { analyze, InputError, renderHtml } from '../../src/index.js';
import { markText } from '../../src/html/marks.js';
import type { Analysis, Fact } from '../../src/index.js';
import { at, sampleAnalysis } from './sample.js';

const here = '[html/render] ';

/** The text of the page's highlighted article with all tags removed and entities decoded. */
function visibleText(html: string): string {
  const article = /<p class="text" lang="zh">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  return article
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text inside each highlight id (pieces of a split span joined), walking the nested marks. */
function markedTexts(html: string): Map<string, string> {
  const article = /<p class="text" lang="zh">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  const texts = new Map<string, string>();
  const open: string[] = [];
  for (const [token, id] of article.matchAll(/<mark [^>]*data-span="([^"]+)"[^>]*>|<\/mark>|[^<]+/g)) {
    if (id) {
      open.push(id);
      texts.set(id, texts.get(id) ?? '');
    } else if (token === '</mark>') open.pop();
    else for (const o of open) texts.set(o, texts.get(o) + visibleText(`<p class="text" lang="zh">${token}</p>`));
  }
  return texts;
}

describe('renderHtml()', () => {
  const analysis = sampleAnalysis();
  const html = renderHtml(analysis);

  it(`${here}is a self-contained page: no scripts, no external resources, a strict CSP`, () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain(`default-src 'none'`);
  });

  it(`${here}keeps the text intact, escaping markup in it`, () => {
    expect(visibleText(html)).toBe(analysis.text);
    expect(html).not.toContain('<b>&"');
    expect(html).toContain('&lt;b&gt;&amp;&quot;试验&quot;&lt;/b&gt;');
  });

  it(`${here}wraps every entity and quantity in one highlight with its type`, () => {
    const ids = [...html.matchAll(/<mark class="hl (ent|qty) ([tk]-[a-z]+)[^"]*" data-span="([^"]+)" data-type="([^"]+)"/g)];
    const unique = new Map(ids.map((m) => [m[3], m]));
    expect(unique.size).toBe(analysis.entities.length + analysis.quantities.length);
    expect(ids.filter((m) => m[1] === 'ent').map((m) => m[4])).toEqual(analysis.entities.map((e) => e.type));
    expect([...unique.values()].filter((m) => m[1] === 'qty').map((m) => m[4])).toEqual(analysis.quantities.map((q) => q.kind));
  });

  it(`${here}each highlight holds exactly its span's text`, () => {
    const marked = markedTexts(html);
    analysis.entities.forEach((e, i) => expect(marked.get(`d0-e${i}`)).toBe(e.text));
    analysis.quantities.forEach((q, i) => expect(marked.get(`d0-q${i}`)).toBe(q.text));
  });

  it(`${here}puts the normalized value, unit, rate and canonical name in the tooltip`, () => {
    expect(html).toContain('data-tip="money: ≈ 143,600,000,000 CNY&#10;value: 143600000000&#10;unit: CNY&#10;approx: about"');
    expect(html).toContain('measure: 35,000 t/year');
    expect(html).toContain('zone: 成都高新区&#10;canonical: 成都高新技术产业开发区&#10;source: dictionary"');
  });

  it(`${here}has a legend with every type and a summary table with counts and readings`, () => {
    for (const type of ['agency', 'zone', 'enterprise', 'project', 'organization', 'place', 'person', 'document']) {
      expect(html).toContain(`key ent t-${type}`);
    }
    expect(html).toMatch(/agency <b>2<\/b>/);
    expect(html).toMatch(/<td>成都高新技术产业开发区<\/td><td class="n">1<\/td>/);
    expect(html).toContain('<caption>Quantities (7)</caption>');
    expect(html).toContain('<td>5.2平方公里</td><td>5.2 km2</td>');
  });

  it(`${here}renders several documents with their headings`, () => {
    const page = renderHtml([analysis, { text: '', tokens: [], entities: [], quantities: [], facts: [] }], { headings: ['a.txt', '<b>.txt'] });
    expect(page).toContain('<h2>a.txt</h2>');
    expect(page).toContain('<h2>&lt;b&gt;.txt</h2>');
    expect(page).toContain('2 documents');
    expect(page).toContain('none found');
  });

  it(`${here}draws analyze() results over Traditional and full-width input at their original offsets`, () => {
    const input = '２０２４年，臺中市精密機械園區引進廠商１５家，投資約２６億元。\n';
    const result = analyze(input);
    const page = renderHtml(result);
    expect(visibleText(page)).toBe(input);
    const marked = markedTexts(page);
    const indicators = [...new Map(result.facts.flatMap((f) => (f.indicator ? [[`${f.indicator.start}:${f.indicator.end}`, f.indicator]] : []))).values()];
    expect(result.facts.length).toBeGreaterThan(0);
    expect(marked.size).toBe(result.entities.length + result.quantities.length + indicators.length);
    result.entities.forEach((e, i) => expect(marked.get(`d0-e${i}`)).toBe(e.text));
    result.quantities.forEach((q, i) => expect(marked.get(`d0-q${i}`)).toBe(q.text));
    indicators.forEach((ind, k) => expect(marked.get(`d0-i${k}`)).toBe(ind.text));
  });

  it(`${here}lists the facts beside the text: value, indicator, subject, time, change`, () => {
    expect(html).toContain('<caption>Facts (6)</caption>');
    const rows = [...html.matchAll(/<tr class="frow (f0-\d+)" tabindex="0" data-fact="\1">(.*?)<\/tr>/g)].map((m) => [m[1], visibleText(`<p class="text" lang="zh">${m[2]!.replace(/<\/td>/g, '|')}</p>`)]);
    expect(rows).toEqual([
      ['f0-0', '约1436亿元|固定资产投资|成都高新区 (成都高新技术产业开发区)|2024年||'],
      ['f0-1', '6.5%|固定资产投资|成都高新区 (成都高新技术产业开发区)|2024年|↑ up|'],
      ['f0-2', '1.2个百分点|固定资产投资|成都高新区 (成都高新技术产业开发区)|2024年|↑ up|'],
      ['f0-3', '836家|企业|—|—||'],
      ['f0-4', '5.2平方公里|厂房|—|—||'],
      ['f0-5', '年产3.5万吨|电池材料 (<b>电池材料</b>)|通川集团|—||'],
    ]);
    expect(html).toContain('(&lt;b&gt;电池材料&lt;/b&gt;)');
    expect(html).toContain('<td title="≈ 143,600,000,000 CNY">');
  });

  it(`${here}gives every part of a fact the fact's class, and a figure a tab stop`, () => {
    const classesOf = (id: string): string[] => [...html.matchAll(/<mark class="([^"]*)" data-span="([^"]+)"/g)].find((m) => m[2] === id)?.[1]?.split(' ') ?? [];
    expect(classesOf('d0-q1')).toEqual(expect.arrayContaining(['fig', 'f0-0']));
    expect(classesOf('d0-q0')).toEqual(expect.arrayContaining(['when', 'f0-0', 'f0-1', 'f0-2']));
    expect(classesOf('d0-e0')).toEqual(expect.arrayContaining(['subj', 'f0-0', 'f0-1', 'f0-2']));
    expect(classesOf('d0-e4')).toEqual(expect.arrayContaining(['subj', 'f0-5']));
    expect(classesOf('d0-e2')).not.toContain('subj'); // 成都高新区管委会 owns no figure
    expect(classesOf('d0-i0')).toEqual(['ind', 'f0-0', 'f0-1', 'f0-2']);
    const marked = markedTexts(html);
    expect([0, 1, 2, 3].map((k) => marked.get(`d0-i${k}`))).toEqual(['固定资产投资', '企业', '厂房', '电池材料']);
    expect(html.match(/<mark class="hl qty[^"]* fig [^"]*"[^>]*tabindex="0">/g)).toHaveLength(6);
    for (let n = 0; n < 6; n++) {
      for (const role of ['fig', 'ind', 'subj', 'when', 'frow']) expect(html).toContain(`.doc:has(.f0-${n}:is(:hover,:focus)) .${role}.f0-${n}`);
    }
  });

  it(`${here}is pure: the same input gives the same page`, () => {
    expect(renderHtml(sampleAnalysis())).toBe(html);
  });

  it(`${here}escapes a hostile title, types and fields`, () => {
    const hostile: Analysis = {
      text: 'x<y',
      tokens: [],
      entities: [{ text: 'x', start: 0, end: 1, type: '"><img onerror=1>' as never, source: 'rule' }],
      quantities: [{ text: 'y', start: 2, end: 3, kind: 'number', value: '"></mark><script>' as never, unit: null }],
      facts: [],
    };
    hostile.facts.push({
      value: hostile.quantities[0] as Fact['value'],
      indicator: { text: 'x', start: 0, end: 1, canonical: '<script>alert(2)</script>' },
      subject: hostile.entities[0]!,
      change: '"><img onerror=1>' as never,
    });
    const page = renderHtml(hostile, { title: '</title><script>alert(1)</script>' });
    expect(page).not.toMatch(/<script|<img/);
  });

  it(`${here}makes every highlight focusable, its tooltip text its accessible description`, () => {
    const opens = [...html.matchAll(/<mark class="hl [^"]*" data-span="([^"]+)" data-type="[^"]*" data-tip="([^"]*)"([^>]*)>/g)];
    const tips = new Map([...html.matchAll(/<span id="tip-([^"]+)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]));
    const first = new Map<string, string[]>();
    for (const m of opens) if (!first.has(m[1]!)) first.set(m[1]!, [m[2]!, m[3]!]);
    expect(first.size).toBe(analysis.entities.length + analysis.quantities.length);
    for (const [id, [tip, rest]] of first) {
      expect(rest, id).toBe(` aria-describedby="tip-${id}" tabindex="0"`);
      expect(tips.get(id), id).toBe(tip!.replace(/&#10;/g, '; '));
    }
    expect(html).toMatch(/<div class="tips" hidden>/);
  });

  it.each([
    ['a string', '2024年'],
    ['null', null],
    ['an object without text', { tokens: [], quantities: [], entities: [] }],
    ['an array holding a number', [42]],
    ['a revoked Proxy', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()],
    ['an object whose getter throws', Object.defineProperty({}, 'text', { get: () => { throw new Error('boom'); } })],
  ])(`${here}throws the typed InputError for %s`, (_name, input) => {
    expect(() => renderHtml(input as never)).toThrow(InputError);
    expect(() => renderHtml(input as never)).toThrow(/^zh-analyze: renderHtml\(\) expects an Analysis/);
  });
});

describe('markText()', () => {
  const tag = (name: string) => (piece: number) => `<mark data-n="${name}${piece ? '+' : ''}">`;

  it(`${here}nests a contained span inside its container`, () => {
    const text = '成都高新区管委会';
    const out = markText(text, [
      { ...at(text, '成都高新区'), open: tag('zone') },
      { ...at(text, '成都高新区管委会'), open: tag('agency') },
    ]);
    expect(out).toBe('<mark data-n="agency"><mark data-n="zone">成都高新区</mark>管委会</mark>');
  });

  it(`${here}splits a crossing span into pieces and stays well nested`, () => {
    const text = 'ABCDEF';
    const out = markText(text, [
      { start: 0, end: 4, open: tag('a') },
      { start: 2, end: 6, open: tag('b') },
    ]);
    expect(out).toBe('<mark data-n="a">AB<mark data-n="b">CD</mark></mark><mark data-n="b+">EF</mark>');
  });

  it(`${here}ignores spans outside the text and escapes the rest`, () => {
    expect(markText('<&>', [{ start: 2, end: 9, open: tag('x') }, { start: -1, end: 1, open: tag('y') }])).toBe('&lt;&amp;&gt;');
    expect(markText('', [])).toBe('');
  });

  it(`${here}handles 100 000 adjacent spans`, () => {
    const text = '一'.repeat(200_000);
    const spans = Array.from({ length: 100_000 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, open: tag('s') }));
    const out = markText(text, spans);
    expect(out.match(/<mark/g)?.length).toBe(100_000);
  });
});
