import { afterEach, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { renderWithCognito } from '../../../test/harness.js';
import { toBase64Url } from '../../cognito/webauthn.js';
import { PasskeyList } from './PasskeyList.js';

// A real WebAuthn ceremony: Chromium's virtual authenticator (CDP WebAuthn domain) answers
// navigator.credentials.create, and the simulator verifies what it made. Vitest serves the page
// on http://localhost:<port>, a valid relying-party id, and runs the test in a same-origin frame,
// which `publickey-credentials-create` allows by default, so no custom browser command is needed.

interface VirtualAuthenticatorOptions {
  automaticPresenceSimulation?: boolean;
}

let authenticatorId: string | undefined;

async function addVirtualAuthenticator(options: VirtualAuthenticatorOptions = {}) {
  const session = cdp();
  await session.send('WebAuthn.enable', { enableUI: false });
  const added = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      ...options,
    },
  });
  authenticatorId = added.authenticatorId;
  return {
    credentials: async () => (await session.send('WebAuthn.getCredentials', { authenticatorId: added.authenticatorId })).credentials,
  };
}

afterEach(async () => {
  if (authenticatorId) await cdp().send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  authenticatorId = undefined;
  await cdp().send('WebAuthn.disable');
});

const announced = () => page.getByRole('status').elements().map((element) => element.textContent).join('\n');
const add = () => page.getByRole('button', { name: 'Add a passkey' });

it('adds a passkey end to end with the keyboard, then removes it', async () => {
  const authenticator = await addVirtualAuthenticator();
  const { sim } = renderWithCognito(<PasskeyList />);
  await expect.element(add()).toBeVisible();
  expect(location.hostname).toBe('localhost');

  await userEvent.keyboard('{Tab}');
  await expect.element(add()).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(announced, { timeout: 10_000 }).toContain('Passkey added');
  await expect.element(page.getByText('Saved on a device · Connects by the device itself', { exact: false })).toBeVisible();
  await expect.element(add()).toHaveFocus();

  const [stored] = sim.getUserState('ada').passkeys;
  const [made] = await authenticator.credentials();
  expect(stored).toMatchObject({ name: 'Passkey', attachment: 'platform', transports: ['internal'], relyingPartyId: 'localhost' });
  // The CDP credential id is standard base64; Cognito's is base64url.
  expect(stored?.credentialId).toBe(toBase64Url(Uint8Array.from(atob(made?.credentialId ?? ''), (c) => c.charCodeAt(0))));
  expect(made?.rpId).toBe('localhost');
  expect(sim.getUserState('ada').configuredAuthFactors).toContain('WEB_AUTHN');

  await userEvent.click(page.getByRole('button', { name: 'Remove Passkey' }));
  await expect.element(page.getByText('Remove “Passkey”?')).toHaveFocus();
  await expect.element(page.getByText('This is your only passkey', { exact: false })).toBeVisible();
  await userEvent.click(page.getByRole('button', { name: 'Remove passkey' }));
  await expect.poll(announced).toContain('“Passkey” removed');
  await expect.element(page.getByText('You have no passkeys yet.')).toBeVisible();
  expect(sim.getUserState('ada').passkeys).toEqual([]);
});

it('says so when the authenticator already holds a passkey for the account (InvalidStateError)', async () => {
  await addVirtualAuthenticator();
  const { sim } = renderWithCognito(<PasskeyList />);
  await userEvent.click(add());
  await expect.poll(announced, { timeout: 10_000 }).toContain('Passkey added');
  await userEvent.click(add());
  await expect
    .element(page.getByText('This device or security key already has a passkey for your account.', { exact: false }), { timeout: 10_000 })
    .toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Try again' })).toHaveFocus();
  expect(sim.getUserState('ada').passkeys).toHaveLength(1);
});

it('returns to the list quietly when the prompt times out (NotAllowedError), with nothing stored', async () => {
  // No user presence: the ceremony waits until the options' timeout, then rejects.
  await addVirtualAuthenticator({ automaticPresenceSimulation: false });
  const { sim } = renderWithCognito(<PasskeyList />, { pool: { webAuthnTimeout: 1000 } });
  await userEvent.click(add());
  await expect.element(page.getByText('Follow the steps your browser shows to create the passkey.')).toBeVisible();
  await expect.element(page.getByRole('group', { name: 'Add a passkey' }), { timeout: 20_000 }).not.toBeInTheDocument();
  await expect.element(add()).toHaveFocus();
  await expect.element(add()).not.toHaveAttribute('aria-disabled');
  expect(page.getByRole('alert').elements().map((element) => element.textContent).join('')).toBe('');
  expect(sim.calls.map((call) => call.operation)).not.toContain('CompleteWebAuthnRegistration');
  expect(sim.getUserState('ada').passkeys).toEqual([]);
}, 30_000);
