import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { installSoftwareAuthenticator } from '../../../test/authenticator.js';
import { renderWithCognito } from '../../../test/harness.js';
import { cognitoKeys } from '../../queries/keys.js';
import { passkeyKeys } from '../../queries/passkeys/keys.js';
import { SecurityMessagesProvider } from '../messages/context.js';
import { passkeyListDe } from './messages/de.js';
import { PasskeyList } from './PasskeyList.js';
import { PasskeyMfaSwitch } from './PasskeyMfaSwitch.js';

let authenticator: ReturnType<typeof installSoftwareAuthenticator> | undefined;
afterEach(() => {
  authenticator?.restore();
  authenticator = undefined;
});

const MARCH_4 = Date.UTC(2026, 2, 4, 12);
const polite = () => screen.getByRole('status', { name: '' });
const announced = (text: string) =>
  waitFor(() => expect(screen.getAllByRole('status').map((region) => region.textContent).join('\n')).toContain(text));

describe('PasskeyList', () => {
  it('lists each passkey with its service-given name, the date it was added and where it lives', async () => {
    renderWithCognito(<PasskeyList />, {
      user: {
        passkeys: [
          { attachment: 'cross-platform', transports: ['usb', 'nfc'], createdAt: MARCH_4 },
          { attachment: 'platform', transports: ['internal', 'hybrid'], createdAt: MARCH_4 },
        ],
      },
    });
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Roaming passkey');
    expect(items[0]).toHaveTextContent('Added Mar 4, 2026 · On a security key or another device · Connects by USB or NFC');
    expect(items[1]).toHaveTextContent('Passkey');
    expect(items[1]).toHaveTextContent('Saved on a device · Connects by the device itself or a nearby phone');
    expect(screen.queryByRole('button', { name: /rename/i })).not.toBeInTheDocument();
  });

  it('writes dates in the catalogue’s locale', async () => {
    renderWithCognito(
      <SecurityMessagesProvider messages={passkeyListDe}>
        <PasskeyList />
      </SecurityMessagesProvider>,
      { user: { passkeys: [{ createdAt: MARCH_4 }] } },
    );
    expect(await screen.findByText(/Hinzugefügt am 04\.03\.2026/)).toBeInTheDocument();
  });

  it('says there are none yet, and why it cannot add one in a browser without WebAuthn', async () => {
    renderWithCognito(<PasskeyList />);
    expect(await screen.findByText('You have no passkeys yet.')).toBeInTheDocument();
    expect(screen.getByText('This browser cannot create passkeys. To add one, use a current browser.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument();
  });

  it('adds a passkey: the flow loads on the click, the new passkey is listed and announced, focus stays on "Add a passkey"', async () => {
    authenticator = installSoftwareAuthenticator({ attachment: 'cross-platform', transports: ['usb'] });
    const { sim } = renderWithCognito(<PasskeyList />);
    const add = await screen.findByRole('button', { name: 'Add a passkey' });
    sim.setLatency('CompleteWebAuthnRegistration', 300);
    await userEvent.click(add);

    expect(await screen.findByText('Saving your passkey…')).toBeInTheDocument();
    expect(add).toHaveAttribute('aria-disabled', 'true');
    await announced('Passkey added');
    expect(await screen.findByText('Roaming passkey')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Add a passkey' })).not.toBeInTheDocument();
    expect(add).toHaveFocus();
    expect(add).not.toHaveAttribute('aria-disabled');
    expect(sim.getUserState('ada').passkeys).toHaveLength(1);
  });

  it('returns to the list quietly when the user dismisses the browser prompt', async () => {
    authenticator = installSoftwareAuthenticator();
    authenticator.queue('cancel');
    const { sim } = renderWithCognito(<PasskeyList />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Add a passkey' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toHaveFocus();
    expect(screen.queryByRole('alert', { name: '' })).toBeEmptyDOMElement();
    expect(polite()).toBeEmptyDOMElement();
    expect(sim.getUserState('ada').passkeys).toEqual([]);
  });

  it('returns to the list quietly when the browser aborts the ceremony (AbortError), not as a connection failure', async () => {
    authenticator = installSoftwareAuthenticator();
    // Another ceremony on the page took over: create() rejects without our signal being aborted.
    authenticator.create.mockRejectedValueOnce(new DOMException('The operation was aborted.', 'AbortError'));
    const { sim } = renderWithCognito(<PasskeyList />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    await waitFor(() => expect(authenticator?.create).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Add a passkey' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toHaveFocus();
    expect(screen.queryByRole('alert', { name: '' })).toBeEmptyDOMElement();
    expect(polite()).toBeEmptyDOMElement();
    expect(sim.calls.map((call) => call.operation)).not.toContain('CompleteWebAuthnRegistration');
  });

  it('says when this authenticator already has a passkey, and lets the user try another', async () => {
    authenticator = installSoftwareAuthenticator();
    renderWithCognito(<PasskeyList />);
    const add = await screen.findByRole('button', { name: 'Add a passkey' });
    await userEvent.click(add);
    await announced('Passkey added');
    await userEvent.click(add);
    const alert = await screen.findByText(/already has a passkey for your account/);
    expect(alert).toHaveTextContent('The passkey was not added. This device or security key already has a passkey for your account.');
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(tryAgain).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/already has a passkey/)).not.toBeInTheDocument();
    expect(add).toHaveFocus();
  });

  it.each([
    ['StartWebAuthnRegistration', 'WebAuthnNotEnabledException', 'Passkeys are not turned on for this app.'],
    ['StartWebAuthnRegistration', 'WebAuthnConfigurationMissingException', 'Passkeys are not set up for this app yet. Contact support.'],
    ['CompleteWebAuthnRegistration', 'WebAuthnChallengeNotFoundException', 'The request expired. Start again.'],
    ['CompleteWebAuthnRegistration', 'WebAuthnOriginNotAllowedException', 'Passkeys cannot be added from this website address.'],
    ['CompleteWebAuthnRegistration', 'WebAuthnRelyingPartyMismatchException', 'The passkey was made for another website'],
    ['CompleteWebAuthnRegistration', 'WebAuthnClientMismatchException', 'The passkey request came from another app session. Start again.'],
    ['CompleteWebAuthnRegistration', 'WebAuthnCredentialNotSupportedException', 'This kind of passkey is not supported.'],
  ] as const)('explains %s → %s in its own words', async (operation, code, text) => {
    authenticator = installSoftwareAuthenticator();
    const { sim } = renderWithCognito(<PasskeyList />);
    sim.failNext(operation, { code });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    const message = await screen.findByText(text, { exact: false }, { timeout: 3000 });
    expect(message.textContent).toMatch(/^The passkey was not added\./);
  });

  it('says when to retry after LimitExceededException', async () => {
    authenticator = installSoftwareAuthenticator();
    const { sim } = renderWithCognito(<PasskeyList />);
    // The transport retries throttling twice before giving up.
    [1, 2, 3].forEach(() => sim.failNext('StartWebAuthnRegistration', { code: 'LimitExceededException' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    expect(await screen.findByText(/Too many attempts\. Wait a few minutes, then try again\./)).toBeInTheDocument();
  });

  describe('removing', () => {
    it('asks first, naming the passkey; "Keep it" returns to Remove and changes nothing', async () => {
      const { sim } = renderWithCognito(<PasskeyList />, { user: { passkeys: [{ attachment: 'cross-platform' }, {}] } });
      const remove = await screen.findByRole('button', { name: 'Remove Roaming passkey' });
      await userEvent.click(remove);
      const question = screen.getByText('Remove “Roaming passkey”?');
      expect(question).toHaveFocus();
      expect(screen.getByRole('group', { name: 'Remove “Roaming passkey”?' })).toHaveTextContent('You will no longer be able to sign in with it.');
      expect(remove).toHaveAttribute('aria-expanded', 'true');
      await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
      expect(remove).toHaveFocus();
      expect(sim.calls.map((call) => call.operation)).not.toContain('DeleteWebAuthnCredential');
    });

    it('removes at once on confirmation, keeps focus in the list and announces it', async () => {
      const { sim } = renderWithCognito(<PasskeyList />, { user: { passkeys: [{ credentialId: 'AAAA' }, { credentialId: 'BBBB', attachment: 'cross-platform' }] } });
      sim.setLatency('DeleteWebAuthnCredential', 300);
      await userEvent.click(await screen.findByRole('button', { name: 'Remove Roaming passkey' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove passkey' }));
      await waitFor(() => expect(screen.queryByText('Roaming passkey')).not.toBeInTheDocument());
      expect(screen.getByRole('heading', { name: 'Passkeys' })).toHaveFocus();
      expect(sim.getUserState('ada').passkeys).toHaveLength(2);
      await announced('“Roaming passkey” removed');
      expect(sim.getUserState('ada').passkeys.map((p) => p.credentialId)).toEqual(['AAAA']);
    });

    it('brings the passkey back with the reason when Cognito refuses', async () => {
      const { sim } = renderWithCognito(<PasskeyList />, { user: { passkeys: [{}, { attachment: 'cross-platform' }] } });
      sim.failNext('DeleteWebAuthnCredential', { code: 'ForbiddenException' });
      await userEvent.click(await screen.findByRole('button', { name: 'Remove Roaming passkey' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove passkey' }));
      await waitFor(() =>
        expect(screen.getByRole('alert', { name: '' })).toHaveTextContent("Couldn't remove “Roaming passkey”: This change is not allowed for your account."),
      );
      const row = screen.getByText('Roaming passkey').closest('li');
      expect(row).toHaveAttribute('data-invalid', 'true');
      expect(within(row as HTMLElement).getByRole('button', { name: 'Remove Roaming passkey' })).toHaveAccessibleDescription(
        /Couldn't remove “Roaming passkey”/,
      );
    });

    it('leaves a passkey removed elsewhere out of the list and announces it as removed (ResourceNotFoundException)', async () => {
      const { sim, queryClient, user } = renderWithCognito(<PasskeyList />, {
        user: { passkeys: [{ credentialId: 'AAAA' }, { credentialId: 'BBBB', attachment: 'cross-platform' }] },
      });
      const remove = await screen.findByRole('button', { name: 'Remove Roaming passkey' });
      // Another tab removes it meanwhile: the service answers ResourceNotFoundException.
      sim.updateUser('ada', { passkeys: [{ credentialId: 'AAAA' }] });
      const listed: string[][] = [];
      const unsubscribe = queryClient.getQueryCache().subscribe(() => {
        const list = queryClient.getQueryData<{ id: string }[]>(passkeyKeys.list(user.sub));
        if (list) listed.push(list.map((passkey) => passkey.id));
      });
      await userEvent.click(remove);
      await userEvent.click(screen.getByRole('button', { name: 'Remove passkey' }));

      await announced('“Roaming passkey” removed');
      unsubscribe();
      expect(sim.calls.find((call) => call.operation === 'DeleteWebAuthnCredential')).toMatchObject({ errorCode: 'ResourceNotFoundException' });
      expect(listed.some((ids) => ids.includes('BBBB'))).toBe(false);
      expect(screen.queryByText('Roaming passkey')).not.toBeInTheDocument();
      expect(screen.getByRole('alert', { name: '' })).toBeEmptyDOMElement();
    });

    it('warns when the last passkey is the only way to sign in without a password', async () => {
      renderWithCognito(<PasskeyList />, { user: { configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } });
      await userEvent.click(await screen.findByRole('button', { name: 'Remove Passkey' }));
      expect(screen.getByText('This is your only passkey: without it you can sign in only with your password.')).toBeInTheDocument();
    });

    it('warns harder when it is the only way to sign in at all, and not when email codes remain', async () => {
      const { unmount } = renderWithCognito(<PasskeyList />, { user: { configuredAuthFactors: ['WEB_AUTHN'] } });
      await userEvent.click(await screen.findByRole('button', { name: 'Remove Passkey' }));
      await waitFor(() =>
        expect(screen.getByText('This is your only way to sign in: without it you cannot sign in to your account.')).toBeInTheDocument(),
      );
      unmount();

      const { queryClient, user } = renderWithCognito(<PasskeyList />, { user: { configuredAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] } });
      await screen.findByRole('button', { name: 'Remove Passkey' });
      // Until GetUserAuthFactors answers the list warns, to be safe: ask once it has.
      await waitFor(() => expect(queryClient.getQueryData(cognitoKeys.authFactors(user.sub))).toBeDefined());
      await userEvent.click(screen.getByRole('button', { name: 'Remove Passkey' }));
      expect(screen.getByText('Remove “Passkey”?')).toBeInTheDocument();
      expect(screen.queryByText(/This is your only/)).not.toBeInTheDocument();
    });
  });

  describe('PasskeyMfaSwitch', () => {
    it('renders nothing unless the pool allows passkey MFA', () => {
      const { container } = renderWithCognito(<PasskeyMfaSwitch />, { user: { passkeys: [{}], enabledMfa: ['SMS_MFA'] } });
      expect(container).toBeEmptyDOMElement();
    });

    it('explains before the click why it cannot be turned on', async () => {
      renderWithCognito(<PasskeyMfaSwitch />, { pool: { passkeyMfa: true }, user: { enabledMfa: ['SMS_MFA'] } });
      const toggle = await screen.findByRole('switch', { name: 'Passkey as two-step verification' });
      await waitFor(() => expect(toggle).toHaveAccessibleDescription(/Add a passkey first\./));
      expect(toggle).toHaveAttribute('aria-disabled', 'true');
    });

    it('turns on, re-sending the enabled factors, and announces it', async () => {
      const { sim } = renderWithCognito(<PasskeyMfaSwitch />, { pool: { passkeyMfa: true }, user: { enabledMfa: ['SMS_MFA'], passkeys: [{}] } });
      const toggle = await screen.findByRole('switch', { name: 'Passkey as two-step verification' });
      await waitFor(() => expect(toggle).not.toHaveAttribute('aria-disabled'));
      await userEvent.click(toggle);
      await announced('Passkey as two-step verification turned on');
      expect(toggle).toBeChecked();
      expect(sim.getUserState('ada').webAuthnMfa).toBe(true);
    });
  });
});
