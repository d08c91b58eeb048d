import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { generateTotpCode, type CognitoSimulator } from '../../testing/index.js';
import { MfaToggleList } from './MfaToggleList.js';

type User = ReturnType<typeof userEvent.setup>;

/** Opens the inline flow from the authenticator row and waits for the QR code step. */
async function openSetup(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Set up' }));
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Scan the QR code' })).toHaveFocus());
}

/** Types the code the simulated authenticator app shows now, and verifies it. */
async function verifyCode(user: User, sim: CognitoSimulator) {
  const code = await generateTotpCode(sim.getUserState('ada').pendingTotpSecret ?? '');
  await user.type(screen.getByRole('textbox', { name: '6-digit code from the app' }), code);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
}

describe('MfaToggleList', () => {
  it('turns a factor on at once, shows it saving, and announces it once Cognito agrees', async () => {
    const { sim } = renderWithCognito(<MfaToggleList />);
    // Long enough that a loaded CI machine still sees the pending state before the answer.
    sim.setLatency('SetUserMFAPreference', 400);
    const sms = await screen.findByRole('switch', { name: 'Text message (SMS)' });
    await userEvent.click(sms);

    expect(sms).toBeChecked();
    expect(sms).toHaveAccessibleDescription(/Saving…/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Text message (SMS) turned on'), { timeout: 3000 });
    expect(sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);
  });

  it('rolls the switch back and announces the reason when Cognito fails', async () => {
    const { sim } = renderWithCognito(<MfaToggleList />);
    sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
    const email = await screen.findByRole('switch', { name: 'Email' });
    await userEvent.click(email);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Couldn't turn on Email: The service is not responding."));
    expect(email).not.toBeChecked();
    // A 5xx leaves the outcome unknown: the row says so, and the re-read switch shows the truth.
    expect(email).toHaveAccessibleDescription(/Could not confirm the change\. The service is not responding\./);
    expect(sim.getUserState('ada').enabledMfa).toEqual([]);
  });

  it('explains before the click that SMS needs a phone number and the app needs setting up', async () => {
    renderWithCognito(<MfaToggleList />, { user: { attributes: { email: 'ada@example.com' } } });
    const sms = await screen.findByRole('switch', { name: 'Text message (SMS)' });
    expect(sms).toHaveAccessibleDescription(/Add a phone number first\./);
    expect(screen.getByRole('switch', { name: 'Authenticator app' })).toHaveAccessibleDescription(
      /Set up an authenticator app first\./,
    );
  });

  it('locks every enabled factor when the pool requires MFA', async () => {
    const { sim } = renderWithCognito(<MfaToggleList />, { pool: { mfa: 'ON' }, user: { enabledMfa: ['SMS_MFA'] } });
    const sms = await screen.findByRole('switch', { name: 'Text message (SMS)' });
    await userEvent.click(sms);
    expect(sms).toBeChecked();
    expect(sms).toHaveAttribute('aria-disabled', 'true');
    expect(sim.calls.map((call) => call.operation)).not.toContain('SetUserMFAPreference');
  });

  it('shows only the factors asked for, in the order given', async () => {
    renderWithCognito(<MfaToggleList show={['EMAIL_OTP', 'SMS_MFA']} />);
    const email = await screen.findByRole('switch', { name: 'Email' });
    expect(screen.getAllByRole('switch')).toEqual([email, screen.getByRole('switch', { name: 'Text message (SMS)' })]);
  });

  it('asks the user to sign in again instead of showing stale settings when the session is revoked', async () => {
    renderWithCognito(<MfaToggleList />, { provider: ({ sim, user }) => (sim.revokeTokens(user.username), {}) });
    expect(await screen.findByText('Your session has expired. Sign in again.')).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  describe('"Set up" on the authenticator row', () => {
    it('opens the setup flow below the switches and ends with the app on and preferred', async () => {
      const user = userEvent.setup();
      const { sim } = renderWithCognito(<MfaToggleList totpSetup={{ issuer: 'Acme' }} />, { user: { enabledMfa: ['SMS_MFA'] } });
      await openSetup(user);
      expect(screen.getByRole('img', { name: /QR code for your authenticator app/ })).toBeInTheDocument();
      await verifyCode(user, sim);
      await user.click(await screen.findByRole('button', { name: 'Turn on' }));

      const done = await screen.findByRole('heading', { name: 'Authenticator app is on' });
      await waitFor(() => expect(done).toHaveFocus());
      await waitFor(() => expect(screen.getByRole('switch', { name: 'Authenticator app' })).toBeChecked());
      expect(screen.queryByRole('button', { name: 'Set up' })).not.toBeInTheDocument();
      expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' });

      // Turning the app off afterwards retires the "is on" confirmation.
      await user.click(screen.getByRole('switch', { name: 'Authenticator app' }));
      expect(screen.queryByRole('heading', { name: 'Authenticator app is on' })).not.toBeInTheDocument();
      await waitFor(() => expect(sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']));
    });

    it('closes the flow on Cancel and puts focus back on "Set up"', async () => {
      const user = userEvent.setup();
      renderWithCognito(<MfaToggleList />);
      expect(await screen.findByRole('button', { name: 'Set up' })).toHaveAttribute('aria-expanded', 'false');
      await openSetup(user);
      expect(screen.getByRole('button', { name: 'Set up' })).toHaveAttribute('aria-expanded', 'true');
      await user.click(screen.getByRole('button', { name: 'Cancel' }));

      expect(screen.queryByRole('group', { name: 'Authenticator app' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Set up' })).toHaveFocus();
      expect(screen.getByRole('button', { name: 'Set up' })).toHaveAttribute('aria-expanded', 'false');
    });

    it('puts focus on the now eligible switch when the user verifies the app but chooses "Not now"', async () => {
      const user = userEvent.setup();
      const { sim } = renderWithCognito(<MfaToggleList />);
      await openSetup(user);
      await verifyCode(user, sim);
      await user.click(await screen.findByRole('button', { name: 'Not now' }));

      const app = screen.getByRole('switch', { name: 'Authenticator app' });
      expect(app).toHaveFocus();
      expect(app).not.toHaveAttribute('aria-disabled');
      expect(sim.getUserState('ada')).toMatchObject({ totpVerified: true, enabledMfa: [] });
    });

    it('lets the user close the flow when it could not start, and puts focus back on "Set up"', async () => {
      const user = userEvent.setup();
      const { sim } = renderWithCognito(<MfaToggleList />);
      sim.failNext('AssociateSoftwareToken', 'network');
      await user.click(await screen.findByRole('button', { name: 'Set up' }));
      const group = await screen.findByRole('group', { name: 'Authenticator app' });
      expect(await within(group).findByText(/Could not connect/)).toBeInTheDocument();

      await user.click(within(group).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('group', { name: 'Authenticator app' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Set up' })).toHaveFocus();
    });

    it('leaves "Set up" to the app when it passes onSetUpAuthenticator', async () => {
      const onSetUpAuthenticator = vi.fn();
      const { sim } = renderWithCognito(<MfaToggleList onSetUpAuthenticator={onSetUpAuthenticator} />);
      await userEvent.click(await screen.findByRole('button', { name: 'Set up' }));

      expect(onSetUpAuthenticator).toHaveBeenCalledOnce();
      expect(screen.getByRole('button', { name: 'Set up' })).not.toHaveAttribute('aria-expanded');
      expect(screen.queryByRole('group', { name: 'Authenticator app' })).not.toBeInTheDocument();
      expect(sim.calls.map((call) => call.operation)).not.toContain('AssociateSoftwareToken');
    });
  });
});
