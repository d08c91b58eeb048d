// Server rendering, on the BUILT package (`npm test` builds before Vitest runs): React Server
// Components frameworks need `'use client'` on every module that uses React, any entry must import
// in Node without a DOM, and the components render their loading state to a string (no request,
// no token asked for, nothing that only a browser has).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { default: string }>;
};
const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) => (typeof target === 'object' ? [{ subpath, file: target.default }] : []));

const load = (file: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(root, file)).href) as Promise<Record<string, unknown>>;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

beforeAll(() => {
  if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

it("marks every built module that imports React or TanStack Query 'use client', and no other", () => {
  const files = modules(dist);
  const usesReact = (code: string) => /^import[^;]*from "(react|react-dom|@tanstack\/react-query)(\/[^"]*)?";/m.test(code);
  const wrong = files.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    const marked = code.startsWith('"use client";') || code.startsWith("'use client';");
    return marked === usesReact(code) ? [] : [`${relative(dist, file)}: ${marked ? 'marked without React' : "uses React, not marked 'use client'"}`];
  });
  expect(files.length).toBeGreaterThan(50);
  expect(wrong).toEqual([]);
});

describe('in Node without a DOM', () => {
  it('imports every entry', async () => {
    expect(typeof globalThis.document).toBe('undefined');
    for (const { subpath, file } of entries) {
      const exports = await load(file);
      expect(Object.keys(exports).length, subpath).toBeGreaterThan(0);
    }
    // The first import of the SDK, MSW and every module takes seconds on a busy two-core machine.
  }, 60_000);

  it('renders each drop-in component to its loading state, asking for no token', async () => {
    const root = await load('dist/index.js');
    const Provider = root.CognitoSecurityProvider as ComponentType<Record<string, unknown>>;
    const createFetchTransport = root.createFetchTransport as (options: { region: string }) => unknown;
    const components: [string, string][] = [
      ['dist/mfa.js', 'MfaToggleList'],
      ['dist/mfa.js', 'PreferredMfaPicker'],
      ['dist/mfa.js', 'FactorBadges'],
      ['dist/contacts.js', 'ContactDetails'],
      ['dist/passkeys.js', 'PasskeyList'],
      ['dist/account.js', 'ChangePasswordForm'],
      ['dist/devices.js', 'DeviceList'],
    ];
    let tokensAsked = 0;
    const page = (children: ReactNode) =>
        createElement(
          QueryClientProvider,
          { client: new QueryClient() },
          createElement(
            Provider,
            {
              userId: 'sub-1',
              transport: createFetchTransport({ region: 'eu-west-1' }),
              getAccessToken: () => {
                tokensAsked++;
                return Promise.resolve('token');
              },
            },
            children,
          ),
        );
    for (const [file, name] of components) {
      const Component = (await load(file))[name] as ComponentType;
      const html = renderToString(page(createElement(Component)));
      expect(html, name).toMatch(/^<[a-z]+[^>]* data-rcs="[^"]+"/);
      expect(html, name).toContain('aria-busy="true"');
      expect(html, name).toContain('Loading…');
    }
    // The whole page: its title, and each section as it loads.
    const { AccountSecurity } = (await load('dist/account-security.js')) as { AccountSecurity: ComponentType };
    const html = renderToString(page(createElement(AccountSecurity)));
    expect(html).toMatch(/^<section data-rcs="account-security" aria-labelledby="[^"]+"><h2 [^>]*>Security<\/h2>/);
    expect(html.match(/data-rcs="loading">Loading…/g)).toHaveLength(7);
    // DeleteAccount and SignOutEverywhere read nothing first: they render their button.
    const { DeleteAccount } = (await load('dist/account.js')) as { DeleteAccount: ComponentType };
    expect(renderToString(page(createElement(DeleteAccount)))).toMatch(/<button[^>]*>Delete account/);
    const { SignOutEverywhere } = (await load('dist/devices.js')) as { SignOutEverywhere: ComponentType };
    expect(renderToString(page(createElement(SignOutEverywhere)))).toMatch(/<button[^>]*>Sign out everywhere/);
    expect(tokensAsked).toBe(0);
  }, 60_000);
});
