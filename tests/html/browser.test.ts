// The HTML view in a real browser: headless Chromium driven by playwright-core. Screenshots are
// written to tests/.artifacts/ as test output. Without a chromium this suite is skipped locally
// and fails in CI (CI installs Debian's chromium).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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
type Win = { getComputedStyle(el: unknown, pseudo?: string): Record<'backgroundColor' | 'borderBottomColor' | 'content', string> };

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

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
    const money = page.locator('mark.qty[data-type="money"]').first();
    const target = (await money.count()) > 0 ? money : page.locator('mark.hl').first();
    if ((await target.count()) > 0) await target.hover();
    await page.screenshot({ path: join(artifacts, 'html-view.png'), fullPage: true });
  });
});
