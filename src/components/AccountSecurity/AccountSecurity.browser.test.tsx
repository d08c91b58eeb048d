import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderWithCognito } from '../../../test/harness.js';
import { AccountSecurity } from './AccountSecurity.js';

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

it('is keyboard-complete: Tab reaches every control of every section, in reading order, and nothing else', async () => {
  renderWithCognito(<AccountSecurity />, {
    user: { configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'], enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' },
  });
  const region = page.getByRole('region', { name: 'Security' });
  await expect.element(region).toBeVisible();
  const root = region.element();
  await expect.poll(() => root.querySelector('[data-rcs="loading"], [aria-busy="true"]'), { timeout: 10_000 }).toBeNull();

  const controls = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden], [inert]') && element.getClientRects().length > 0 && !(element as HTMLInputElement).disabled,
  );
  // Every control is a stop, but a radio group is one: its checked radio (arrow keys move inside).
  const expected = controls.filter(
    (element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked),
  );
  expect(root.querySelectorAll('input[type="radio"]').length).toBeGreaterThan(1);
  expect(expected.length).toBeGreaterThan(10);

  const reached: HTMLElement[] = [];
  for (let step = 0; step < expected.length; step++) {
    await userEvent.keyboard('{Tab}');
    reached.push(document.activeElement as HTMLElement);
  }
  const describe = (element: HTMLElement) => `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent.trim()}`;
  expect(reached.map(describe)).toEqual(expected.map(describe));
});
