/**
 * The example app (examples/vite-app) end to end: Vite's dev server serving the app, which imports
 * the BUILT kit by its package name, Debian's Chromium driven by Playwright, and a Cognito stand-in
 * behind the dev server's /cognito/ proxy — first the kit's simulator (the whole Security page),
 * then cognito-local 5.3.0 (the page degrades where it lacks operations, without crashing).
 * `npm test` builds the kit before Vitest; run `npm run build` first when running this alone.
 */
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER, startCognitoLocalBackend, startSimulatorBackend, type Backend } from '../../examples/vite-app/scripts/backends.mjs';
import { generateTotpCode } from '../../src/testing/index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const appConfig = fileURLToPath(new URL('../../examples/vite-app/vite.config.ts', import.meta.url));
const NEW_PASSWORD = 'Changed-pass-2';
const PHONE = '+15555550123';
/** `npm test` runs this beside the browser and Storybook projects on two cores: wait generously. */
const POLL = { timeout: 15_000, interval: 100 };

let browser: Browser | undefined;
const cleanups: Array<() => Promise<unknown>> = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The example's dev server for `backend`: its env is read when the config loads. */
async function startApp(backend: Backend): Promise<string> {
  const env = { ...backend.env, COGNITO_PROXY_TARGET: backend.target };
  Object.assign(process.env, env);
  let server: ViteDevServer;
  try {
    const port = await freePort();
    server = await createServer({ configFile: appConfig, logLevel: 'warn', clearScreen: false, server: { port, strictPort: true } });
    await server.listen();
  } finally {
    for (const key of Object.keys(env)) Reflect.deleteProperty(process.env, key);
  }
  cleanups.push(() => server.close());
  const address = server.httpServer?.address();
  if (typeof address !== 'object' || !address) throw new Error('Vite has no address');
  // localhost, not 127.0.0.1: the passkey relying party id must be the page's host.
  return `http://localhost:${address.port}/`;
}

interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page. */
  errors: string[];
  /** Console errors, other than Chromium's line for each HTTP 4xx/5xx answer (expected wherever Cognito refuses). */
  consoleErrors: string[];
  /** Those lines for HTTP 4xx/5xx answers. */
  failedRequests: string[];
}

/** Chromium logs every HTTP error answer as a console error: those are the service's refusals, not the app's faults. */
const FAILED_REQUEST = /^Failed to load resource: the server responded with a status of [45]\d\d\b/;

async function openPage(url: string): Promise<Session> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext();
  cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') (FAILED_REQUEST.test(message.text()) ? failedRequests : consoleErrors).push(message.text());
  });
  await page.goto(url);
  return { context, page, errors, consoleErrors, failedRequests };
}

async function signIn(page: Page, password: string, username = DEMO_USER.username): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The text of the alerts in `part` that say something (the live regions wait empty until they have news). */
const spoken = (part: Locator) => part.getByRole('alert').filter({ hasText: /\S/ }).textContent();

const securityHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Security' });

beforeAll(async () => {
  if (!existsSync(`${repoRoot}dist/index.js`)) {
    throw new Error('The example app uses the built kit and dist/ is missing: run `npm run build` first (`npm test` does).');
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 30_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

afterAll(async () => {
  await browser?.close();
});

describe('the example app (examples/vite-app)', () => {
  it('runs the whole Security page against the simulator: phone + SMS MFA, authenticator app, passkey, password, sign-out, MFA sign-in, refresh, sign out everywhere', async () => {
    const backend = await startSimulatorBackend();
    cleanups.push(() => backend.close());
    const { sim } = backend;
    const { page, context, errors, consoleErrors } = await openPage(await startApp(backend));
    // The token the app sends (kept by the test only, to expire it in the simulator).
    let lastAccessToken: string | undefined;
    page.on('request', (request) => {
      const body = request.method() === 'POST' ? (request.postDataJSON() as { AccessToken?: unknown } | null) : null;
      if (typeof body?.AccessToken === 'string') lastAccessToken = body.AccessToken;
    });

    // A virtual authenticator answers navigator.credentials.create.
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });

    // Sign in: a wrong password first.
    await signIn(page, 'Not-the-password-1');
    await expect.poll(() => page.getByRole('alert').textContent(), POLL).toBe('Incorrect username or password.');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await signIn(page, DEMO_USER.password);
    await securityHeading(page).waitFor();
    await page.getByText('Ways to sign in').waitFor();

    // Phone number from the SMS row, verified with the code the simulator "sent", then SMS on and preferred.
    await page.getByRole('button', { name: 'Add a phone number first.' }).click();
    await page.getByRole('textbox', { name: 'Phone number' }).fill(PHONE);
    await page.getByRole('button', { name: 'Send code' }).click();
    const phoneCode = page.getByRole('textbox', { name: '6-digit code' });
    await phoneCode.waitFor();
    const smsCode = sim.lastCode(DEMO_USER.username, 'phone_number');
    await phoneCode.fill(smsCode);
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Make it my preferred method' }).check();
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await expect.poll(() => page.getByRole('switch', { name: /Text message/ }).isChecked(), POLL).toBe(true);
    await expect.poll(() => sim.getUserState(DEMO_USER.username), POLL).toMatchObject({ enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' });
    expect(sim.getUserState(DEMO_USER.username).attributes).toMatchObject({ phone_number: PHONE, phone_number_verified: 'true' });

    // The authenticator app, with a code computed from the key the page shows; not preferred.
    await page.getByRole('button', { name: 'Set up', exact: true }).click();
    const key = page.locator('[data-rcs="totp-key"] code');
    await key.waitFor();
    const secret = ((await key.textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toBe(sim.getUserState(DEMO_USER.username).pendingTotpSecret);
    await page.getByRole('textbox', { name: '6-digit code from the app' }).fill(await generateTotpCode(secret));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Make it my preferred method' }).uncheck();
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await expect.poll(() => sim.getUserState(DEMO_USER.username), POLL).toMatchObject({
      enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      preferredMfa: 'SMS_MFA',
      totpVerified: true,
    });
    await expect.poll(() => page.getByRole('switch', { name: /Authenticator app/ }).isChecked(), POLL).toBe(true);
    // The key is gone from the page once the setup is done.
    await page.getByRole('button', { name: 'Add a passkey' }).waitFor();
    expect(await page.content()).not.toContain(secret);

    // A passkey, made by the virtual authenticator.
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await expect.poll(() => sim.getUserState(DEMO_USER.username).passkeys.length, POLL).toBe(1);
    await page.getByText('Passkey added').first().waitFor();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);

    // Change the password: a wrong current password is a field error and the session stays.
    const changePassword = async (current: string) => {
      await page.getByLabel('Current password', { exact: true }).fill(current);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Change password' }).click();
    };
    await changePassword('Wrong-current-1');
    await page.getByText('That is not your current password.').waitFor();
    expect(await securityHeading(page).isVisible()).toBe(true);
    await changePassword(DEMO_USER.password);
    await page.getByText('Your password has been changed.').waitFor();

    // Sign out, then in again: the old password no longer works, the new one leads to the SMS challenge.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('You have signed out.').waitFor();
    await signIn(page, DEMO_USER.password);
    await expect.poll(() => page.getByRole('alert').textContent(), POLL).toBe('Incorrect username or password.');
    await signIn(page, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await page.getByText('+*******0123').waitFor();
    const mfaCode = sim.lastCode(DEMO_USER.username, 'phone_number');
    await page.getByLabel('Code').fill(mfaCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await securityHeading(page).waitFor();
    await expect.poll(() => page.getByRole('switch', { name: /Authenticator app/ }).isChecked(), POLL).toBe(true);

    // An expired access token is refreshed (REFRESH_TOKEN_AUTH) and the change replayed, unnoticed.
    expect(lastAccessToken).toBeDefined();
    sim.expireToken(lastAccessToken ?? '');
    await page.getByRole('switch', { name: /^Email/ }).click();
    await expect.poll(() => sim.getUserState(DEMO_USER.username).enabledMfa, POLL).toContain('EMAIL_OTP');
    expect(sim.calls.filter((call) => call.operation === 'InitiateAuth').map((call) => call.input.AuthFlow)).toContain('REFRESH_TOKEN_AUTH');
    expect(await securityHeading(page).isVisible()).toBe(true);

    // Secrets: not in the page, not in the simulator's call log.
    const html = await page.content();
    const log = JSON.stringify(sim.calls);
    // Codes as whole numbers: six digits inside a phone number or a timestamp are no leak.
    const anywhere = (value: string) => new RegExp(`(?<!\\d)${value}(?!\\d)`);
    for (const value of [DEMO_USER.password, NEW_PASSWORD, smsCode, mfaCode, secret]) {
      expect(html).not.toMatch(anywhere(value));
      expect(log).not.toMatch(anywhere(value));
    }
    expect(errors).toEqual([]);

    // Sign out everywhere (GlobalSignOut): every token of the user is revoked, the app is back on
    // its sign-in form, and the revoked refresh token cannot bring the session back.
    await page.getByRole('button', { name: 'Sign out everywhere…' }).click();
    await page.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('You signed out on every device.').waitFor();
    expect(sim.calls.filter((call) => call.operation === 'GlobalSignOut')).toHaveLength(1);
    expect(await page.getByRole('region', { name: 'Security' }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it('signs in against cognito-local 5.3.0 and shows what it lacks instead of crashing', async () => {
    const backend = await startCognitoLocalBackend();
    cleanups.push(() => backend.close());
    const { page, errors, consoleErrors, failedRequests } = await openPage(await startApp(backend));
    const unsupported: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 500) unsupported.push((response.request().headers()['x-amz-target'] ?? response.url()).replace(/^.*\./, ''));
    });
    await signIn(page, DEMO_USER.password, backend.username);
    await securityHeading(page).waitFor();
    // GetUser works: the contact details show the email address.
    await page.getByText(DEMO_USER.email).first().waitFor();
    // ListWebAuthnCredentials answers HTTP 500 "Unsupported": the passkey section says it could not load them.
    const passkeys = page.locator('[data-rcs="passkeys"]');
    await passkeys.getByText('Could not load your security settings. The service is not responding. Try again later.').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Add a passkey' }).count()).toBe(0);
    // GetUserAuthFactors too: the summary keeps to two-step verification (from GetUser) and lists no sign-in methods.
    expect(await page.getByText('Ways to sign in').count()).toBe(0);
    // The parts cognito-local implements keep working: the MFA switches come from GetUser.
    await page.getByRole('switch', { name: /Authenticator app/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out', exact: true }).isVisible()).toBe(true);

    // ListDevices answers HTTP 500 "Unsupported" too: the devices section (found by its place in
    // the page, whatever its title says) keeps its title and says it could not load them.
    const devices = page.locator('[data-rcs="account-security-section"][data-section="devices"]');
    await devices.getByRole('heading', { name: /devices/i }).waitFor();
    await expect.poll(() => spoken(devices), { ...POLL, timeout: 30_000 }).toMatch(/^Could not load .+\. .+/);
    expect(await devices.getByRole('listitem').count()).toBe(0);

    // So does GlobalSignOut: the confirmation says the user is still signed in, and they are.
    const signOutEverywhere = page.locator('[data-rcs="account-security-section"][data-section="signOut"]');
    await signOutEverywhere.getByRole('button', { name: 'Sign out everywhere…' }).click();
    await signOutEverywhere.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await expect.poll(() => spoken(signOutEverywhere), POLL).toMatch(/^You are still signed in\. .+/);
    expect(await securityHeading(page).isVisible()).toBe(true);
    await signOutEverywhere.getByRole('button', { name: 'Cancel' }).click();
    await signOutEverywhere.getByRole('button', { name: 'Sign out everywhere…' }).waitFor();
    // The app's own sign-out still works.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    // Only the operations cognito-local lacks were refused, and Chromium logged those refusals;
    // nothing else in the page failed or logged an error.
    expect([...new Set(unsupported)].sort()).toEqual(['GetUserAuthFactors', 'GlobalSignOut', 'ListDevices', 'ListWebAuthnCredentials']);
    expect(failedRequests.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
