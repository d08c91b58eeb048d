import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { PreferredMfaPicker } from '../PreferredMfaPicker/PreferredMfaPicker.js';
import { FactorBadges } from './FactorBadges.js';

describe('FactorBadges', () => {
  it('summarises MFA and the ways to sign in from Cognito', async () => {
    renderWithCognito(<FactorBadges />, {
      user: { enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA', configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] },
    });
    expect(await screen.findByText('Text message (SMS)')).toHaveTextContent('Text message (SMS) (Preferred)');
    expect(await screen.findByText('Passkey')).toBeInTheDocument();
    expect(screen.getByText('Password')).toBeInTheDocument();
  });

  it('hides the ways to sign in without an error when GetUserAuthFactors fails', async () => {
    const { sim } = renderWithCognito(<FactorBadges />, {
      provider: ({ sim }) => (sim.failNext('GetUserAuthFactors', { code: 'UnknownOperationException', status: 400 }), {}),
    });
    await waitFor(() => expect(sim.calls.map((call) => call.operation)).toContain('GetUserAuthFactors'));
    expect(await screen.findByText('Off')).toBeInTheDocument();
    expect(screen.queryByText('Ways to sign in')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('moves the "Preferred" marker in the same render as the picker', async () => {
    renderWithCognito(
      <>
        <FactorBadges />
        <PreferredMfaPicker />
      </>,
      { user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' } },
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Email' }));
    expect(screen.getByText('(Preferred)').parentElement).toHaveTextContent('Email');
  });
});
