// README's "Size" table is written by `npm run size:table` from size-limit's figures; this checks
// it was written for the budgets as they are: one row per entry, in order, with its budget and a
// figure for each bundler (the figures themselves are checked against the budgets by size-limit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../../scripts/size-entries.mjs';
import { TABLE_HEADER, tableRows, withTable } from '../../scripts/size-table.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function readmeRows(): string[][] {
  const lines = readme.split('\n');
  const start = lines.indexOf(TABLE_HEADER);
  const rows: string[][] = [];
  for (let line = start + 2; lines[line]?.startsWith('|'); line++) {
    rows.push((lines[line] ?? '').split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

describe('README size table', () => {
  it('has one row per size-limit entry, in order, with its budget and every bundler’s figure', () => {
    const rows = readmeRows();
    expect(rows.map(([label, , , , budget]) => [label?.replace(/`/g, ''), budget])).toEqual(entries.map(({ name, limit }) => [name, limit]));
    for (const [index, [, ...figures]] of rows.entries()) {
      const measured = entries[index]?.file ? figures.slice(0, 1) : figures.slice(0, 3);
      expect(measured, rows[index]?.[0]).toEqual(measured.map(() => expect.stringMatching(/^\d+\.\d\d kB$/) as unknown));
    }
  });

  it('is regenerated from size-limit’s JSON by scripts/size-table.mjs', () => {
    const results = [
      { name: 'a [rolldown]', size: 1234 },
      { name: 'a [esbuild]', size: 1300 },
      { name: 'a [webpack]', size: 1290 },
      { name: 'styles.css', size: 2580 },
    ];
    const rows = tableRows(results, new Map([['a', '1.5 kB'], ['styles.css', '2.75 kB']]));
    expect(rows).toEqual(['| a | 1.23 kB | 1.30 kB | 1.29 kB | 1.5 kB |', '| `styles.css` | 2.58 kB |  |  | 2.75 kB |']);
    const readmeBefore = ['# x', TABLE_HEADER, '|---|', '| old |', '', 'after'].join('\n');
    expect(withTable(readmeBefore, rows)).toBe(['# x', TABLE_HEADER, '|---|', ...rows, '', 'after'].join('\n'));
  });
});
