// The HTML view in a real browser: headless Chromium driven by playwright-core. Screenshots are
// written to tests/.artifacts/ as test output. Without a chromium this suite is skipped locally
// and fails in CI (CI installs Debian's chromium).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_SWATCHES, QUANTITY_SWATCHES } from '../../src/html/palette.js';
import { renderHtml, type Analysis } from '../../src/index.js';
import { findChromium, launchChromium } from './chromium.js';
import { sampleAnalysis } from './sample.js';

const here = '[html/browser] ';
const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'tests', '.artifacts');
const executable = findChromium();

if (!executable && process.env.CI) {
  throw new Error('No chromium found but CI is set: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
}
if (!executable) {
  console.warn(`${here}SKIPPED: no chromium at /usr/bin/chromium (or CHROMIUM_PATH); install it with apt-get install -y chromium.`);
}

/** The one DOM call made inside the page (the project compiles without lib.dom). */
type Style = 'backgroundColor' | 'borderBottomColor' | 'content' | 'outlineStyle' | 'outlineColor';
type Win = { getComputedStyle(el: unknown, pseudo?: string): Record<Style, string> };


const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** How the page draws the parts of a fact while it is lit (src/html/facts.ts). */
const LIT = {
  indicator: { backgroundColor: rgb('#ffe08a'), outlineColor: rgb('#b9770e'), outlineStyle: 'solid' },
  subject: { outlineColor: rgb('#1f5fa8'), outlineStyle: 'solid' },
  time: { outlineColor: rgb('#6c3483'), outlineStyle: 'dashed' },
  figure: { outlineColor: rgb('#1d1d1f'), outlineStyle: 'solid' },
  row: { backgroundColor: rgb('#fff3c4') },
};

/** Width and height of a PNG (its IHDR chunk). */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Every highlight of the page: its id, type, group and text (pieces of a split span joined). */
async function highlights(page: Page): Promise<Map<string, { type: string; group: string; text: string }>> {
  const marks = await page.$$eval('mark.hl', (els) =>
    els.map((el) => {
      const text = el.textContent ?? '';
      return { id: el.getAttribute('data-span') ?? '', type: el.getAttribute('data-type') ?? '', group: el.classList.contains('ent') ? 'ent' : 'qty', text };
    }),
  );
  const byId = new Map<string, { type: string; group: string; text: string }>();
  for (const m of marks) {
    const seen = byId.get(m.id);
    if (seen) seen.text += m.text;
    else byId.set(m.id, { type: m.type, group: m.group, text: m.text });
  }
  return byId;
}

describe.skipIf(!executable)('HTML view in headless Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launchChromium(executable as string);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string): Promise<void> {
    const file = join(artifacts, name);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
  }

  it(`${here}highlights every entity and quantity with its text, colour by type`, async () => {
    const analysis = sampleAnalysis();
    await open(renderHtml(analysis, { title: 'zh-analyze · sample' }), 'sample-view.html');
    const byId = await highlights(page);
    expect(byId.size).toBe(analysis.entities.length + analysis.quantities.length);
    analysis.entities.forEach((e, i) => expect(byId.get(`d0-e${i}`)).toEqual({ type: e.type, group: 'ent', text: e.text }));
    analysis.quantities.forEach((q, i) => expect(byId.get(`d0-q${i}`)).toEqual({ type: q.kind, group: 'qty', text: q.text }));

    const zone = await page.$eval('mark.ent[data-type="zone"]', (el) => (globalThis as unknown as Win).getComputedStyle(el).backgroundColor);
    const agency = await page.$eval('mark.ent[data-type="agency"]', (el) => (globalThis as unknown as Win).getComputedStyle(el).backgroundColor);
    expect(zone).toBe(rgb(ENTITY_SWATCHES.zone.colour));
    expect(agency).toBe(rgb(ENTITY_SWATCHES.agency.colour));
    const money = await page.$eval('mark.qty[data-type="money"]', (el) => (globalThis as unknown as Win).getComputedStyle(el).borderBottomColor);
    expect(money).toBe(rgb(QUANTITY_SWATCHES.money.colour));
    const legend = await page.$$eval('.legend li', (els) => els.map((el) => el.textContent?.trim()));
    expect(legend).toContain('zone 1');
    expect(legend).toContain('money 1');
  });

  it(`${here}shows the normalized value and unit on hover, with the summary beside the text`, async () => {
    await open(renderHtml(sampleAnalysis(), { title: 'zh-analyze · sample' }), 'sample-view.html');
    const mark = page.locator('mark.qty[data-type="money"]');
    const before = await mark.evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el, '::after').content);
    expect(before).toBe('none');
    await mark.hover();
    const tip = await mark.evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el, '::after').content);
    expect(tip).toContain('money: ≈ 143,600,000,000 CNY');
    expect(tip).toContain('unit: CNY');
    const text = await page.locator('p.text').boundingBox();
    const aside = await page.locator('aside').boundingBox();
    expect(aside!.x).toBeGreaterThan(text!.x + text!.width - 1);
    await page.screenshot({ path: join(artifacts, 'html-view-sample.png'), fullPage: true });
  });

  /** The computed outline and background of the element `selector` names. */
  const look = (selector: string): Promise<Record<Style, string>> =>
    page.$eval(selector, (el) => {
      const style = (globalThis as unknown as Win).getComputedStyle(el);
      return { backgroundColor: style.backgroundColor, outlineStyle: style.outlineStyle, outlineColor: style.outlineColor } as Record<Style, string>;
    });
  const mark = (id: string): string => `mark[data-span="${id}"]`;
  const row = (fact: string): string => `tr[data-fact="${fact}"]`;
  const unlit = { outlineStyle: 'none', backgroundColor: 'rgba(0, 0, 0, 0)' };

  it(`${here}hovering a figure marks its indicator, subject and time in the text, and its row`, async () => {
    await open(renderHtml(sampleAnalysis(), { title: 'zh-analyze · sample' }), 'sample-view.html');
    // 约1436亿元 (d0-q1) is fact f0-0: indicator 固定资产投资 (d0-i0), subject 成都高新区 (d0-e0), time 2024年 (d0-q0).
    expect(await look(mark('d0-i0'))).toMatchObject(unlit);
    expect(await look(mark('d0-e0'))).toMatchObject({ outlineStyle: 'none' });
    expect(await look(row('f0-0'))).toMatchObject({ backgroundColor: 'rgba(0, 0, 0, 0)' });
    await page.locator(mark('d0-q1')).hover();
    expect(await look(mark('d0-i0'))).toMatchObject(LIT.indicator);
    expect(await look(mark('d0-e0'))).toMatchObject(LIT.subject);
    expect(await look(mark('d0-q0'))).toMatchObject(LIT.time);
    expect(await look(row('f0-0'))).toMatchObject(LIT.row);
    // The parts of other facts stay as they were.
    expect(await look(mark('d0-i1'))).toMatchObject(unlit);
    expect(await look(mark('d0-e4'))).toMatchObject({ outlineStyle: 'none' });
    expect(await look(row('f0-3'))).toMatchObject({ backgroundColor: 'rgba(0, 0, 0, 0)' });
    await page.screenshot({ path: join(artifacts, 'html-view-fact.png'), fullPage: true });
    await page.mouse.move(1, 1);
    expect(await look(mark('d0-i0'))).toMatchObject(unlit);
    // Hovering a row of the facts table marks its figure and parts in the text.
    await page.locator(row('f0-4')).hover();
    expect(await look(mark('d0-q5'))).toMatchObject(LIT.figure);
    expect(await look(mark('d0-i2'))).toMatchObject(LIT.indicator);
    expect(await look(mark('d0-i0'))).toMatchObject(unlit);
    await page.mouse.move(1, 1);
  });

  it(`${here}keyboard focus on a figure (Tab) or a row marks the same parts`, async () => {
    await open(renderHtml(sampleAnalysis(), { title: 'zh-analyze · sample' }), 'sample-view.html');
    const focused = (): Promise<string | null> =>
      page.evaluate(() => {
        const active = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement;
        return active?.getAttribute('data-span') ?? active?.getAttribute('data-fact') ?? null;
      });
    const tabTo = async (id: string): Promise<void> => {
      for (let i = 0; i < 30 && (await focused()) !== id; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(id);
    };
    await tabTo('d0-q1');
    expect(await look(mark('d0-i0'))).toMatchObject(LIT.indicator);
    expect(await look(mark('d0-e0'))).toMatchObject(LIT.subject);
    // The sixth figure, 年产3.5万吨 (d0-q6): indicator 电池材料 (d0-i3), subject 通川集团 (d0-e4), no time.
    await tabTo('d0-q6');
    expect(await look(mark('d0-i3'))).toMatchObject(LIT.indicator);
    expect(await look(mark('d0-e4'))).toMatchObject(LIT.subject);
    expect(await look(mark('d0-i0'))).toMatchObject(unlit);
    expect(await look(mark('d0-e0'))).toMatchObject({ outlineStyle: 'none' });
    expect(await look(mark('d0-q0'))).toMatchObject({ outlineStyle: 'none' });
    // Next stops are the rows of the facts table.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('f0-0');
    expect(await look(mark('d0-q1'))).toMatchObject(LIT.figure);
    expect(await look(mark('d0-q0'))).toMatchObject(LIT.time);
  });

  it(`${here}Tab reaches every highlight in text order, then the rows; focus shows the tooltip`, async () => {
    const analysis = sampleAnalysis();
    await open(renderHtml(analysis, { title: 'zh-analyze · sample' }), 'sample-view.html');
    const order = await page.$$eval('mark.hl[tabindex]', (els) => els.map((el) => el.getAttribute('data-span')));
    expect(new Set(order).size).toBe(analysis.entities.length + analysis.quantities.length);
    const reached: (string | null)[] = [];
    for (let i = 0; i < order.length + analysis.facts.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const active = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement;
          return active?.getAttribute('data-span') ?? active?.getAttribute('data-fact') ?? null;
        }),
      );
    }
    expect(reached).toEqual([...order, ...analysis.facts.map((_, n) => `f0-${n}`)]);
    const zone = page.locator(mark('d0-e0'));
    await zone.focus();
    expect(await zone.evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el, '::after').content)).toContain('zone: 成都高新区');
  });

  it(`${here}a tap on a highlight (touch) focuses it and shows its tooltip`, async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    const file = join(artifacts, 'sample-touch.html');
    writeFileSync(file, renderHtml(sampleAnalysis(), { title: 'zh-analyze · sample' }));
    await phone.goto(pathToFileURL(file).href);
    const money = phone.locator('mark.qty[data-type="money"]');
    await money.tap();
    expect(await money.evaluate((el) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el)).toBe(true);
    expect(await money.evaluate((el) => (globalThis as unknown as Win).getComputedStyle(el, '::after').content)).toContain('money: ≈ 143,600,000,000 CNY');
    await context.close();
  });

  it(`${here}renders the page the built CLI writes for an example text`, async () => {
    const input = 'examples/texts/sichuan-industry.txt';
    const pagePath = join(artifacts, 'cli-view.html');
    const cli = join(root, 'dist', 'cli.js');
    execFileSync(process.execPath, [cli, '--html', pagePath, input], { cwd: root });
    const analysis = JSON.parse(execFileSync(process.execPath, [cli, input], { cwd: root, encoding: 'utf8' })) as Analysis;
    expect(analysis.entities.length).toBeGreaterThan(0);
    expect(analysis.quantities.length).toBeGreaterThan(0);
    await page.goto(pathToFileURL(pagePath).href);
    const byId = await highlights(page);
    expect(byId.size).toBe(analysis.entities.length + analysis.quantities.length);
    for (const [i, e] of analysis.entities.entries()) expect(byId.get(`d0-e${i}`)?.text).toBe(e.text);
    for (const [i, q] of analysis.quantities.entries()) expect(byId.get(`d0-q${i}`)?.text).toBe(q.text);
    expect(await page.locator('p.text').textContent()).toBe(analysis.text);
    // A figure with a subject, an indicator and a time: hovering it marks all three.
    const n = analysis.facts.findIndex((f) => f.subject && f.indicator && f.time);
    expect(n).toBeGreaterThanOrEqual(0);
    const fact = analysis.facts[n]!;
    expect(await page.locator('table.facts tbody tr').count()).toBe(analysis.facts.length);
    await page.locator(`mark.fig.f0-${n}`).first().hover();
    expect(await look(`mark.subj.f0-${n}`)).toMatchObject(LIT.subject);
    expect(await look(`mark.when.f0-${n}`)).toMatchObject(LIT.time);
    expect(await look(`mark.ind.f0-${n}`)).toMatchObject(LIT.indicator);
    expect(await page.locator(`mark.subj.f0-${n}`).first().textContent()).toBe(fact.subject!.text);
    expect(await page.locator(`mark.ind.f0-${n}`).first().textContent()).toBe(fact.indicator!.text);
    await page.screenshot({ path: join(artifacts, 'html-view.png'), fullPage: true });
    // docs/html-view.png is this screenshot. docs/html-view.json records the page it shows (a hash
    // of its HTML: text, highlights, facts and styles); when the page changes, the picture is stale.
    const shown = { source: input, hovered: `f0-${n}`, html: createHash('sha256').update(readFileSync(pagePath)).digest('hex') };
    const docsPng = join(root, 'docs', 'html-view.png');
    const docsJson = join(root, 'docs', 'html-view.json');
    if (process.env.UPDATE_DOCS) {
      copyFileSync(join(artifacts, 'html-view.png'), docsPng);
      writeFileSync(docsJson, `${JSON.stringify(shown, null, 2)}\n`);
    }
    const recorded = JSON.parse(readFileSync(docsJson, 'utf8')) as typeof shown;
    expect(recorded, 'docs/html-view.png is stale: run UPDATE_DOCS=1 npx vitest run tests/html/browser.test.ts').toEqual(shown);
    expect(pngSize(readFileSync(docsPng))[0]).toBe(pngSize(readFileSync(join(artifacts, 'html-view.png')))[0]);
  });
});
