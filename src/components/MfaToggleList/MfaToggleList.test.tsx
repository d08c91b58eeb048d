import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { MfaToggleList } from './MfaToggleList.js';

describe('MfaToggleList', () => {
  it('turns a factor on at once, shows it saving, and announces it once Cognito agrees', async () => {
    const { sim } = renderWithCognito(<MfaToggleList />);
    sim.setLatency('SetUserMFAPreference', 50);
    const sms = await screen.findByRole('switch', { name: 'Text message (SMS)' });
    await userEvent.click(sms);

    expect(sms).toBeChecked();
    expect(sms).toHaveAccessibleDescription(/Saving…/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Text message (SMS) turned on'));
    expect(sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);
  });

  it('rolls the switch back and announces the reason when Cognito fails', async () => {
    const { sim } = renderWithCognito(<MfaToggleList />);
    sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
    const email = await screen.findByRole('switch', { name: 'Email' });
    await userEvent.click(email);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Couldn't turn on Email: The service is not responding."));
    expect(email).not.toBeChecked();
    expect(email).toHaveAccessibleDescription(/Not saved\./);
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
});
