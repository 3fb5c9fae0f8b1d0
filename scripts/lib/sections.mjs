// What `npm run eval` and `npm run bench` share: their command-line options, and running the
// sections of a folder (each a module exporting `title` and `run(context)`) in a fixed order.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** --corpora DIR (or ZH_ANALYZE_CORPORA; default ../shared/corpora), --only a,b and `extra` options. */
export function parseOptions(extra = {}) {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: process.env.ZH_ANALYZE_CORPORA ?? join(root, '..', 'shared', 'corpora') },
      only: { type: 'string' },
      ...extra,
    },
  });
  return { ...values, corpora: resolve(values.corpora), only: values.only ? new Set(values.only.split(',')) : null };
}

/** Runs scripts/<folder>/<name>.mjs for each name (those in `only`, when given); false if one threw. */
export async function runSections(folder, names, only, context) {
  let ok = true;
  for (const name of names) {
    if (only && !only.has(name)) continue;
    const file = join(root, 'scripts', folder, `${name}.mjs`);
    if (!existsSync(file)) continue;
    const section = await import(file);
    console.log(`\n## ${section.title}\n`);
    try {
      await section.run(context);
    } catch (error) {
      ok = false;
      console.error(`${folder} ${name} failed:`, error);
    }
  }
  return ok;
}
