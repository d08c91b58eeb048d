// The published types name only packages an app is sure to have: our dependencies and peers.
// An inferred return type can make TypeScript write `import('@tanstack/query-core')` (a package
// apps never install themselves, and whose types differ across the peer range) into a .d.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const allowed = new Set([pkg.name, ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })]);

/** `react/jsx-runtime` → `react`; `@scope/name/sub` → `@scope/name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

it('the declarations the build emits import only dependencies, peers and Node built-ins', () => {
  const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.build.json`, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.build.json could not be read');
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: `${root}dist-types-check` });
  const declarations = new Map<string, string>();
  program.emit(undefined, (fileName, text) => declarations.set(fileName.slice(root.length), text));
  expect(declarations.size).toBeGreaterThan(10);

  const foreign = [...declarations].flatMap(([file, text]) =>
    [...text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)]
      .map(([, specifier = '']) => specifier)
      .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:') && !allowed.has(packageOf(specifier)))
      .map((specifier) => `${file}: ${specifier}`),
  );
  expect(foreign).toEqual([]);
}, 120_000);
