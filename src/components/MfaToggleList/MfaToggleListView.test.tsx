import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { change, cognitoError, factorView } from '../../../stories/fixtures.js';
import { ar } from '../messages/ar.js';
import { MfaToggleListView } from './MfaToggleListView.js';

const noop = () => undefined;

describe('MfaToggleListView', () => {
  it('shows one switch per factor, named after it and checked when enabled', () => {
    render(
      <MfaToggleListView
        factors={[factorView('SOFTWARE_TOKEN_MFA', { enabled: true }), factorView('SMS_MFA')]}
        onCheckedChange={noop}
      />,
    );
    const switches = screen.getAllByRole('switch');
    expect(switches.map((s) => s.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    expect(screen.getByRole('switch', { name: 'Authenticator app' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Two-step verification' })).toBeInTheDocument();
  });

  it('asks to turn a factor on when its switch is clicked or pressed with Space', async () => {
    const onCheckedChange = vi.fn();
    render(<MfaToggleListView factors={[factorView('EMAIL_OTP')]} onCheckedChange={onCheckedChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: 'Email' }));
    await user.keyboard(' ');
    expect(onCheckedChange.mock.calls).toEqual([
      ['EMAIL_OTP', true],
      ['EMAIL_OTP', true],
    ]);
  });

  it('explains an ineligible switch through its description and ignores clicks on it', async () => {
    const onCheckedChange = vi.fn();
    render(<MfaToggleListView factors={[factorView('SMS_MFA', { enableBlockedBy: 'no-phone' })]} onCheckedChange={onCheckedChange} />);
    const sms = screen.getByRole('switch', { name: 'Text message (SMS)' });
    await userEvent.click(sms);
    expect(onCheckedChange).not.toHaveBeenCalled();
    expect(sms).toHaveAttribute('aria-disabled', 'true');
    expect(sms).toHaveAccessibleDescription(/Add a phone number first\./);
  });

  it('locks enabled switches with the reason when the pool requires MFA', () => {
    render(
      <MfaToggleListView
        factors={[factorView('SMS_MFA', { enabled: true, disableBlockedBy: 'required-by-pool' })]}
        onCheckedChange={noop}
      />,
    );
    const sms = screen.getByRole('switch', { name: 'Text message (SMS)' });
    expect(sms).toHaveAttribute('aria-disabled', 'true');
    expect(sms).toHaveAccessibleDescription(/Two-step verification is required/);
  });

  it('offers "Set up" in the authenticator row until an authenticator is set up', async () => {
    const onSetUp = vi.fn();
    const blocked = factorView('SOFTWARE_TOKEN_MFA', { enableBlockedBy: 'totp-not-set-up' });
    const { rerender } = render(<MfaToggleListView factors={[blocked]} onCheckedChange={noop} onSetUpAuthenticator={onSetUp} />);
    await userEvent.click(screen.getByRole('button', { name: 'Set up' }));
    expect(onSetUp).toHaveBeenCalledOnce();

    rerender(<MfaToggleListView factors={[factorView('SOFTWARE_TOKEN_MFA')]} onCheckedChange={noop} onSetUpAuthenticator={onSetUp} />);
    expect(screen.queryByRole('button', { name: 'Set up' })).not.toBeInTheDocument();
  });

  it('shows where codes go with the phone number and email address masked', () => {
    render(
      <MfaToggleListView
        factors={[
          factorView('SMS_MFA', { destination: { value: '+15550100123', verified: true } }),
          factorView('EMAIL_OTP', { destination: { value: 'jane@example.com', verified: false } }),
        ]}
        onCheckedChange={noop}
      />,
    );
    expect(screen.getByText(/Codes go to \u2066••••\s0123\u2069/)).toBeInTheDocument();
    expect(screen.getByText(/Codes go to \u2066j•••@example\.com\u2069/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('5550100123');
  });

  it('isolates a masked phone number so that it keeps its left-to-right order in an Arabic sentence', () => {
    render(
      <div dir="rtl" lang="ar">
        <MfaToggleListView
          factors={[factorView('SMS_MFA', { destination: { value: '+15550100123', verified: true } })]}
          messages={ar}
          onCheckedChange={noop}
        />
      </div>,
    );
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(/تُرسل الرموز إلى \u2066••••\s0123\u2069$/);
  });

  it('marks a saving row as pending and says so', () => {
    render(<MfaToggleListView factors={[factorView('SMS_MFA', { enabled: true, pending: true })]} onCheckedChange={noop} />);
    const row = screen.getByRole('switch').closest('li');
    expect(row).toHaveAttribute('data-pending', 'true');
    expect(row).toHaveAttribute('data-state', 'on');
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(/Saving…/);
  });

  it('shows a failed save next to its row and announces it assertively', () => {
    const error = cognitoError('throttled', 'TooManyRequestsException');
    render(
      <MfaToggleListView
        factors={[factorView('SMS_MFA', { error })]}
        lastChange={change({ type: 'enable', factor: 'SMS_MFA' }, 'error', error)}
        onCheckedChange={noop}
      />,
    );
    expect(screen.getByText('Not saved. Too many attempts. Wait a moment and try again.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't turn on Text message (SMS): Too many attempts.");
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces a finished change politely and leaves preference changes to the picker', () => {
    const { rerender } = render(
      <MfaToggleListView factors={[]} lastChange={change({ type: 'disable', factor: 'SOFTWARE_TOKEN_MFA' }, 'success')} onCheckedChange={noop} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Authenticator app turned off');

    rerender(<MfaToggleListView factors={[]} lastChange={change({ type: 'prefer', factor: 'SMS_MFA' }, 'success')} onCheckedChange={noop} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows a placeholder while loading and a sign-in prompt when the session expired', () => {
    const { rerender } = render(<MfaToggleListView status="pending" factors={[]} onCheckedChange={noop} />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();

    rerender(<MfaToggleListView status="error" error={cognitoError('session-expired')} factors={[]} onCheckedChange={noop} />);
    expect(screen.getByText('Your session has expired. Sign in again.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('uses overridden messages and keeps English for the rest', () => {
    render(<MfaToggleListView factors={[factorView('SMS_MFA')]} messages={{ 'factor.SMS_MFA': 'Texts' }} onCheckedChange={noop} />);
    expect(screen.getByRole('switch', { name: 'Texts' })).toHaveAccessibleDescription(/text message/);
  });
});
