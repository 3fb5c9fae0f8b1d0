// The `--format table` excerpt in docs/cli.md is the command's real output, cut by excerpt() below.
// When the output changes the test fails; UPDATE_DOCS=1 writes the new excerpt into the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli } from './run-cli.js';

const here = '[cli/docs] ';
const PAGE = join(root, 'docs', 'cli.md');
const BLOCK = /(<!-- table-excerpt: (\S+) -->\n\n```\n)([\s\S]*?)(```\n)/;

/** The heading line, then per section its title and first `keep` lines, `  …` where lines were left out. */
function excerpt(table: string, keep = 3): string {
  const out: string[] = [];
  let kept = 0;
  let cut = false;
  for (const line of table.trimEnd().split('\n')) {
    if (!line.startsWith(' ')) {
      if (cut) out.push('  …');
      out.push(line);
      kept = 0;
      cut = false;
    } else if (kept < keep) {
      out.push(line);
      kept++;
    } else cut = true;
  }
  if (cut) out.push('  …');
  return `${out.join('\n')}\n`;
}

describe('docs/cli.md', () => {
  it(`${here}shows the real --format table output of its example (UPDATE_DOCS=1 rewrites it)`, async () => {
    const page = readFileSync(PAGE, 'utf8');
    const block = BLOCK.exec(page);
    expect(block, 'docs/cli.md has a <!-- table-excerpt: FILE --> block').not.toBeNull();
    const [, open, file, , close] = block as unknown as [string, string, string, string, string];
    const run = await runCli(['-f', 'table', file]);
    expect(run.code).toBe(0);
    const fresh = excerpt(run.stdout);
    const updated = process.env.UPDATE_DOCS ? page.replace(BLOCK, `${open}${fresh}${close}`) : page;
    if (updated !== page) writeFileSync(PAGE, updated);
    expect((BLOCK.exec(updated) as RegExpExecArray)[3], 'the excerpt in docs/cli.md is stale: run UPDATE_DOCS=1 npx vitest run tests/cli/docs.test.ts').toBe(fresh);
  }, 300_000);

  it(`${here}excerpt() keeps the heading, each section's title and first lines`, () => {
    expect(excerpt('== a\nEntities (4)\n  1\n  2\n  3\n  4\nFacts (1)\n  x\n', 2)).toBe('== a\nEntities (4)\n  1\n  2\n  …\nFacts (1)\n  x\n');
  });
});
