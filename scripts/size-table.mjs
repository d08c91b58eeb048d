// `npm run size:table`: measures every size-limit entry (.size-limit.mjs) and writes the figures
// into README.md's "Size" table, one row per entry and one column per bundler, so the table is
// never edited by hand. `test/bundling/size-table.node.test.ts` checks that its rows and budgets
// match the entries (scripts/size-entries.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { entries } from './size-entries.mjs';

export const TABLE_HEADER = '| what an app imports | rolldown (Vite) | esbuild | webpack 5 | budget |';
const BUNDLERS = ['rolldown', 'esbuild', 'webpack'];

/** `1234` bytes as size-limit prints them: kB with two decimals. */
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The README rows for size-limit's JSON results, in the entries' order. */
export function tableRows(results, limits) {
  const rows = new Map();
  for (const { name, size } of results) {
    const [, base, bundler] = /^(.*) \[(\w+)\]$/.exec(name) ?? [undefined, name, undefined];
    const row = rows.get(base) ?? {};
    row[bundler ?? 'file'] = size;
    rows.set(base, row);
  }
  return [...rows].map(([base, sizes]) => {
    const label = base === 'styles.css' ? '`styles.css`' : base;
    const cells = 'file' in sizes ? [kB(sizes.file), '', ''] : BUNDLERS.map((bundler) => kB(sizes[bundler]));
    return `| ${label} | ${cells.join(' | ')} | ${limits.get(base)} |`;
  });
}

/** README.md with the table after `TABLE_HEADER` replaced by `rows`. */
export function withTable(readme, rows) {
  const lines = readme.split('\n');
  const start = lines.indexOf(TABLE_HEADER);
  if (start === -1) throw new Error(`README.md has no line "${TABLE_HEADER}"`);
  let end = start + 2;
  while (lines[end]?.startsWith('|')) end++;
  lines.splice(start + 2, end - start - 2, ...rows);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limits = new Map(entries.map(({ name, limit }) => [name, limit]));
  const run = spawnSync('npx', ['size-limit', '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const results = JSON.parse(run.stdout.slice(run.stdout.indexOf('[')));
  const failing = results.filter((result) => result.passed === false).map((result) => result.name);
  writeFileSync('README.md', withTable(readFileSync('README.md', 'utf8'), tableRows(results, limits)));
  console.log(`README.md: ${results.length} figures written.${failing.length ? ` Over budget: ${failing.join('; ')}` : ''}`);
}
