import { cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { renderWithCognito } from '../../../test/harness.js';
import { MfaToggleList } from './MfaToggleList.js';

// test/setup.browser.ts does not unmount between tests yet.
afterEach(cleanup);

const alertText = () => page.getByRole('alert').element().textContent;

it('toggles factors and recovers from a failed save with the keyboard alone', async () => {
  const { sim } = renderWithCognito(<MfaToggleList />);
  const app = page.getByRole('switch', { name: 'Authenticator app' });
  const sms = page.getByRole('switch', { name: 'Text message (SMS)' });
  const email = page.getByRole('switch', { name: 'Email' });
  await expect.element(app).toBeVisible();

  // The ineligible switch stays in the tab order so its reason is heard, but Space does nothing.
  await userEvent.keyboard('{Tab}');
  await expect.element(app).toHaveFocus();
  await userEvent.keyboard(' ');
  await expect.element(app).toHaveAttribute('aria-checked', 'false');

  await userEvent.keyboard('{Tab}');
  await expect.element(sms).toHaveFocus();
  await userEvent.keyboard(' ');
  await expect.element(sms).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);

  sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
  await userEvent.keyboard('{Tab}');
  await expect.element(email).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(alertText).toContain("Couldn't turn on Email: The service is not responding.");
  await expect.element(email).toHaveAttribute('aria-checked', 'false');
  await expect.element(email).toHaveFocus();

  await userEvent.keyboard(' ');
  await expect.poll(() => sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA', 'EMAIL_OTP']);
  await expect.element(email).toHaveAttribute('aria-checked', 'true');
  await expect.element(page.getByText('Not saved.', { exact: false })).not.toBeInTheDocument();
});

it('draws a 2px focus ring around a switch reached with Tab', async () => {
  renderWithCognito(<MfaToggleList />);
  const app = page.getByRole('switch', { name: 'Authenticator app' });
  await expect.element(app).toBeVisible();
  await userEvent.keyboard('{Tab}');
  await expect.element(app).toHaveFocus();
  expect(getComputedStyle(app.element())).toMatchObject({ outlineStyle: 'solid', outlineWidth: '2px' });
});
