import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { MfaToggleList } from '../MfaToggleList/MfaToggleList.js';
import { PreferredMfaPicker } from './PreferredMfaPicker.js';

const twoFactors = { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] as const, preferredMfa: 'SMS_MFA' as const };

describe('PreferredMfaPicker', () => {
  it('makes the chosen factor preferred in Cognito and announces it', async () => {
    const { sim } = renderWithCognito(<PreferredMfaPicker />, { user: twoFactors });
    await userEvent.click(await screen.findByRole('radio', { name: 'Email' }));

    expect(screen.getByRole('radio', { name: 'Email' })).toBeChecked();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Email is now your preferred method'));
    expect(sim.getUserState('ada')).toMatchObject({ preferredMfa: 'EMAIL_OTP', enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] });
  });

  it('clears the preference with "no preference"', async () => {
    const { sim } = renderWithCognito(<PreferredMfaPicker />, { user: twoFactors });
    await userEvent.click(await screen.findByRole('radio', { name: 'No preference — ask at sign-in' }));
    await waitFor(() => expect(sim.getUserState('ada').preferredMfa).toBeNull());
  });

  it('restores the previous choice and says why when Cognito refuses', async () => {
    const { sim } = renderWithCognito(<PreferredMfaPicker />, { user: twoFactors });
    sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
    await userEvent.click(await screen.findByRole('radio', { name: 'Email' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Couldn't change your preferred method: The service is not responding."));
    expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
    expect(sim.getUserState('ada').preferredMfa).toBe('SMS_MFA');
  });

  it('drops the preference at once when the preferred factor is turned off', async () => {
    const { sim } = renderWithCognito(
      <>
        <MfaToggleList />
        <PreferredMfaPicker />
      </>,
      { user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'EMAIL_OTP' } },
    );
    sim.setLatency('SetUserMFAPreference', 100);
    await userEvent.click(await screen.findByRole('switch', { name: 'Email' }));

    // docs/behaviour.md#mfa-row-8: only SMS is left, so the picker explains itself instead of offering a choice.
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByText('Turn on two or more methods to choose a preferred one.')).toBeInTheDocument();
    await waitFor(() => expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA'], preferredMfa: null }));
  });
});
