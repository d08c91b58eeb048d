import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { change, cognitoError } from '../../../stories/fixtures.js';
import { PreferredMfaPickerView } from './PreferredMfaPickerView.js';

const noop = () => undefined;

describe('PreferredMfaPickerView', () => {
  it('is a radio group named by its legend, offering each enabled factor and "no preference", the preferred one checked', () => {
    render(<PreferredMfaPickerView options={['SOFTWARE_TOKEN_MFA', 'SMS_MFA']} value="SMS_MFA" onValueChange={noop} />);
    const group = screen.getByRole('radiogroup', { name: 'Preferred method' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveAccessibleDescription(/preferred method first/);
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).checked)).toEqual([
      false,
      true,
      false,
    ]);
    expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No preference — ask at sign-in' })).toBeInTheDocument();
  });

  it('reports the chosen factor, and null for "no preference"', async () => {
    const onValueChange = vi.fn();
    render(<PreferredMfaPickerView options={['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']} value="EMAIL_OTP" onValueChange={onValueChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Authenticator app' }));
    await userEvent.click(screen.getByRole('radio', { name: 'No preference — ask at sign-in' }));
    expect(onValueChange.mock.calls).toEqual([['SOFTWARE_TOKEN_MFA'], [null]]);
  });

  it('leaves out "no preference" when it is not allowed', () => {
    render(<PreferredMfaPickerView options={['SMS_MFA', 'EMAIL_OTP']} value={null} allowNoPreference={false} onValueChange={noop} />);
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });

  it('explains why there is nothing to choose with fewer than two factors, or hides when asked', () => {
    const { rerender, container } = render(<PreferredMfaPickerView options={['SMS_MFA']} value={null} onValueChange={noop} />);
    expect(screen.getByText('Turn on two or more methods to choose a preferred one.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    rerender(<PreferredMfaPickerView options={['SMS_MFA']} value={null} whenTooFew="hide" onValueChange={noop} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says what it is for while loading or after a failed load, not that there is too little to choose', () => {
    const { rerender } = render(<PreferredMfaPickerView options={[]} value={null} status="pending" whenTooFew="hide" onValueChange={noop} />);
    const group = screen.getByRole('radiogroup', { name: 'Preferred method' });
    expect(group).toHaveAttribute('aria-busy', 'true');
    expect(group).toHaveAccessibleDescription(/preferred method first/);

    rerender(<PreferredMfaPickerView options={[]} value={null} status="error" error={cognitoError('network', 'NetworkError')} onValueChange={noop} />);
    expect(screen.getByRole('radiogroup', { name: 'Preferred method' })).toHaveAccessibleDescription(/preferred method first/);
    expect(screen.queryByText('Turn on two or more methods to choose a preferred one.')).not.toBeInTheDocument();
  });

  it('shows a preference change in progress', () => {
    render(
      <PreferredMfaPickerView
        options={['SMS_MFA', 'EMAIL_OTP']}
        value="SMS_MFA"
        lastChange={change({ type: 'prefer', factor: 'SMS_MFA' }, 'pending')}
        onValueChange={noop}
      />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Preferred method' })).toHaveAttribute('data-pending', 'true');
    expect(screen.getByText('Saving…')).toBeInTheDocument();
  });

  it('shows and announces why a preference change failed', () => {
    const error = cognitoError('network', 'NetworkError');
    render(
      <PreferredMfaPickerView
        options={['SMS_MFA', 'EMAIL_OTP']}
        value={null}
        lastChange={change({ type: 'clear-preference' }, 'error', error)}
        onValueChange={noop}
      />,
    );
    const message = "Couldn't change your preferred method: Could not connect. Check your connection and try again.";
    expect(screen.getByText(message, { selector: '[data-rcs="picker-error"]' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('announces the new preferred factor and ignores switch changes', () => {
    const { rerender } = render(
      <PreferredMfaPickerView options={['SMS_MFA', 'EMAIL_OTP']} value="EMAIL_OTP" lastChange={change({ type: 'prefer', factor: 'EMAIL_OTP' }, 'success')} onValueChange={noop} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Email is now your preferred method');

    rerender(
      <PreferredMfaPickerView options={['SMS_MFA', 'EMAIL_OTP']} value="EMAIL_OTP" lastChange={change({ type: 'enable', factor: 'SMS_MFA' }, 'success')} onValueChange={noop} />,
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('checks nothing when the preferred factor is one the kit does not know', () => {
    render(<PreferredMfaPickerView options={['SMS_MFA', 'EMAIL_OTP']} value="WEB_AUTHN_MFA" onValueChange={noop} />);
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
  });
});
