import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cognitoError } from '../../../stories/fixtures.js';
import { FactorBadgesView } from './FactorBadgesView.js';

const statusBadge = () => within(screen.getByText('Two-step verification').parentElement as HTMLElement).getByRole('definition');

describe('FactorBadgesView', () => {
  it('says two-step verification is off when no factor is enabled', () => {
    render(<FactorBadgesView enabled={[]} preferred={null} />);
    expect(statusBadge()).toHaveTextContent('Off');
    expect(screen.queryByText('Verification methods')).not.toBeInTheDocument();
  });

  it('lists enabled factors and marks the preferred one', () => {
    render(<FactorBadgesView enabled={['SMS_MFA', 'SOFTWARE_TOKEN_MFA']} preferred="SOFTWARE_TOKEN_MFA" />);
    expect(statusBadge()).toHaveTextContent('On');
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Text message (SMS)', 'Authenticator app (Preferred)']);
  });

  it('says MFA is required when the pool requires it', () => {
    render(<FactorBadgesView enabled={[]} preferred={null} required />);
    expect(statusBadge()).toHaveTextContent('Required');
  });

  it('names unknown factors and sign-in methods generically instead of dropping them', () => {
    render(<FactorBadgesView enabled={['NEW_MFA']} preferred={null} signInMethods={['PASSWORD', 'MAGIC_LINK']} />);
    expect(screen.getByText('Other method (NEW_MFA)')).toBeInTheDocument();
    expect(screen.getByText('Other method (MAGIC_LINK)')).toBeInTheDocument();
  });

  it('names passkey MFA (WEB_AUTHN_MFA) as a verification method of its own', () => {
    render(<FactorBadgesView enabled={['SMS_MFA', 'WEB_AUTHN_MFA']} preferred={null} signInMethods={['PASSWORD', 'WEB_AUTHN']} />);
    const methods = within(screen.getByText('Verification methods').parentElement as HTMLElement).getAllByRole('listitem');
    expect(methods.map((method) => method.textContent)).toEqual(['Text message (SMS)', 'Passkey as second step']);
  });

  it('lists ways to sign in without the second-factor-only authenticator app', () => {
    render(<FactorBadgesView enabled={[]} preferred={null} signInMethods={['PASSWORD', 'WEB_AUTHN', 'SOFTWARE_TOKEN', 'EMAIL_OTP']} />);
    const ways = within(screen.getByText('Ways to sign in').parentElement as HTMLElement).getAllByRole('listitem');
    expect(ways.map((way) => way.textContent)).toEqual(['Password', 'Passkey', 'Email code']);
  });

  it('hides the ways to sign in when they are not known', () => {
    render(<FactorBadgesView enabled={['SMS_MFA']} preferred={null} />);
    expect(screen.queryByText('Ways to sign in')).not.toBeInTheDocument();
  });

  it('shows a placeholder while loading and the reason when loading failed', () => {
    const { rerender } = render(<FactorBadgesView status="pending" enabled={[]} preferred={null} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    rerender(<FactorBadgesView status="error" error={cognitoError('unavailable')} enabled={[]} preferred={null} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load your security settings. The service is not responding.');
  });
});
