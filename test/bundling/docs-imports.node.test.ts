// The docs' code, on the BUILT package (`npm test` builds before Vitest runs): every
// `import { … } from 'react-cognito-security…'` in a code block of the README, the example app's
// README and the Storybook docs pages names an entry of the `exports` map, and every value it
// imports is exported by that entry. A reader copies these lines first; a name that moved to
// another entry fails there as "does not provide an export named …".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string | { default: string }>;
};

/** The JavaScript entries of the exports map: the import specifier, its source and its built file. */
const entries = new Map(
  Object.entries(pkg.exports).flatMap(([subpath, target]) =>
    typeof target === 'object'
      ? [
          [
            subpath === '.' ? pkg.name : `${pkg.name}${subpath.slice(1)}`,
            { source: target.default.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts'), built: target.default },
          ] as const,
        ]
      : [],
  ),
);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : [],
  );
}

const docs = [join(root, 'README.md'), join(root, 'examples/vite-app/README.md'), ...mdxFiles(join(root, 'stories'))];

/** One `import { … } from 'react-cognito-security…'` of a code block. */
interface DocImport {
  file: string;
  line: number;
  statement: string;
  specifier: string;
  /** The imported values (`type` specifiers and `import type` left out), by the name the entry exports. */
  names: string[];
}

const FENCE = /^(\s*)(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1\2[ \t]*$/gm;
const IMPORT = new RegExp(String.raw`import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](${pkg.name}(?:/[^'"]*)?)['"]`, 'g');

/** The package imports of the fenced code blocks of a Markdown or MDX file. */
function docImports(file: string, text: string): DocImport[] {
  const found: DocImport[] = [];
  for (const block of text.matchAll(FENCE)) {
    const [whole, , , body = ''] = block;
    const bodyStart = block.index + whole.indexOf(body);
    for (const match of body.matchAll(IMPORT)) {
      const [statement, typeOnly, list = '', specifier = ''] = match;
      if (typeOnly) continue;
      const names = list
        .split(',')
        .map((part) => part.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim())
        .filter((part) => part && !part.startsWith('type '))
        .map((part) => part.replace(/\s+as\s+.*$/, ''));
      const offset = bodyStart + match.index;
      found.push({
        file: relative(root, file),
        line: text.slice(0, offset).split('\n').length,
        statement: statement.replace(/\s+/g, ' '),
        specifier,
        names,
      });
    }
  }
  return found;
}

const imports = docs.flatMap((file) => docImports(file, readFileSync(file, 'utf8')));
const built = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  for (const specifier of new Set(imports.map((entry) => entry.specifier))) {
    const entry = entries.get(specifier);
    if (entry) built.set(specifier, (await import(pathToFileURL(join(root, entry.built)).href)) as Record<string, unknown>);
  }
  // The first import of the SDK, MSW and every module takes seconds on a busy two-core machine.
}, 60_000);

describe('the imports in the docs’ code', () => {
  it('are read from the README, the example app’s README and every Storybook docs page', () => {
    expect(docs.map((file) => relative(root, file))).toEqual(expect.arrayContaining(['README.md', 'examples/vite-app/README.md', 'stories/GettingStarted.mdx']));
    // The example app's README has no package imports in its code today; the others all do.
    const files = new Set(imports.map((entry) => entry.file));
    for (const file of docs.filter((file) => !file.includes('examples/'))) expect(files).toContain(relative(root, file));
  });

  it('name an entry of the package and only values that entry exports', () => {
    const wrong = imports.flatMap(({ file, line, statement, specifier, names }) => {
      const entry = entries.get(specifier);
      const where = `${file}:${line}: ${statement}`;
      if (!entry) return [`${where}: '${specifier}' is no entry of package.json "exports"`];
      const exported = built.get(specifier) ?? {};
      return names.filter((name) => !(name in exported)).map((name) => `${where}: ${name} is not exported by '${specifier}' (${entry.source})`);
    });
    expect(imports.length).toBeGreaterThan(10);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('docImports', () => {
  it('reads multi-line imports in fenced blocks and leaves out types, `import type` and prose', () => {
    const text = [
      'Prose: import { Outside } from "react-cognito-security";',
      '```tsx',
      "import type { OnlyType } from 'react-cognito-security';",
      'import {',
      '  CognitoSecurityProvider,',
      '  type CognitoSecurityProviderProps,',
      '  MfaToggleList as Toggles, // a comment',
      "} from 'react-cognito-security/mfa';",
      "import { QueryClient } from '@tanstack/react-query';",
      '```',
    ].join('\n');
    expect(docImports(join(root, 'x.md'), text)).toEqual([
      {
        file: 'x.md',
        line: 4,
        statement: "import { CognitoSecurityProvider, type CognitoSecurityProviderProps, MfaToggleList as Toggles, // a comment } from 'react-cognito-security/mfa'",
        specifier: 'react-cognito-security/mfa',
        names: ['CognitoSecurityProvider', 'MfaToggleList'],
      },
    ]);
  });
});
