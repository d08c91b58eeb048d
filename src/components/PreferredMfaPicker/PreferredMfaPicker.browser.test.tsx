import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderWithCognito } from '../../../test/harness.js';
import { PreferredMfaPicker } from './PreferredMfaPicker.js';

it('picks with arrow keys and recovers from a failed save with the keyboard alone', async () => {
  const { sim } = renderWithCognito(<PreferredMfaPicker />, {
    user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' },
  });
  // A native radio fieldset, announced as a radio group named by its legend.
  const group = page.getByRole('radiogroup', { name: 'Preferred method' });
  const sms = group.getByRole('radio', { name: 'Text message (SMS)' });
  const email = group.getByRole('radio', { name: 'Email' });
  const none = group.getByRole('radio', { name: 'No preference — ask at sign-in' });
  await expect.element(sms).toBeChecked();

  // Tab lands on the checked radio; arrows move and choose (native radio group).
  await userEvent.keyboard('{Tab}');
  await expect.element(sms).toHaveFocus();
  await userEvent.keyboard('{ArrowDown}');
  await expect.element(email).toBeChecked();
  await expect.poll(() => sim.getUserState('ada').preferredMfa).toBe('EMAIL_OTP');

  sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
  await userEvent.keyboard('{ArrowDown}');
  await expect.poll(() => page.getByRole('alert').element().textContent).toContain("Couldn't change your preferred method");
  await expect.element(email).toBeChecked();
  await expect.element(none).toHaveFocus();

  await userEvent.keyboard(' ');
  await expect.element(none).toBeChecked();
  await expect.poll(() => sim.getUserState('ada').preferredMfa).toBeNull();
});
