import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { factorView } from '../../../stories/fixtures.js';
import { renderWithCognito } from '../../../test/harness.js';
import { ar } from '../messages/ar.js';
import { MfaToggleList } from './MfaToggleList.js';
import { MfaToggleListView } from './MfaToggleListView.js';

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
  await expect.element(page.getByRole('button', { name: 'Set up' })).toHaveFocus();

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
  await expect.element(page.getByText('Could not confirm the change.', { exact: false })).not.toBeInTheDocument();
});

it('draws a 2px focus ring around a switch reached with Tab', async () => {
  renderWithCognito(<MfaToggleList />);
  const app = page.getByRole('switch', { name: 'Authenticator app' });
  await expect.element(app).toBeVisible();
  await userEvent.keyboard('{Tab}');
  await expect.element(app).toHaveFocus();
  expect(getComputedStyle(app.element())).toMatchObject({ outlineStyle: 'solid', outlineWidth: '2px' });
});

it('opens authenticator-app setup from "Set up" and returns there on Cancel, with the keyboard alone', async () => {
  renderWithCognito(<MfaToggleList totpSetup={{ issuer: 'Acme' }} />);
  const setUp = page.getByRole('button', { name: 'Set up' });
  await expect.element(setUp).toBeVisible();
  await userEvent.keyboard('{Tab}{Tab}');
  await expect.element(setUp).toHaveFocus();
  await userEvent.keyboard('{Enter}');

  await expect.element(page.getByRole('heading', { name: 'Scan the QR code' })).toHaveFocus();
  // Copy setup key, code, device name, Verify, Cancel.
  await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}');
  await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');

  await expect.element(setUp).toHaveFocus();
  await expect.element(page.getByRole('heading', { name: 'Scan the QR code' })).not.toBeInTheDocument();
});

/** Where a part of a text node is drawn, from the left edge of the viewport. */
function leftEdgeOf(node: Text, part: string): number {
  const range = document.createRange();
  const start = node.data.indexOf(part);
  range.setStart(node, start);
  range.setEnd(node, start + part.length);
  return range.getBoundingClientRect().left;
}

it('draws a masked phone number as "•••• 0123" inside a right-to-left sentence', () => {
  render(
    <div dir="rtl" lang="ar" style={{ width: '40rem' }}>
      <MfaToggleListView
        factors={[factorView('SMS_MFA', { destination: { value: '+15550100123', verified: true } })]}
        messages={ar}
        onCheckedChange={() => undefined}
      />
    </div>,
  );
  const hint = page.getByText(/تُرسل الرموز إلى/).element();
  const sentence = [...hint.childNodes].find((node): node is Text => node instanceof Text && node.data.includes('0123'));
  expect(sentence).toBeDefined();
  if (sentence) expect(leftEdgeOf(sentence, '••••')).toBeLessThan(leftEdgeOf(sentence, '0123'));
});

