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

/**
 * Presses Tab until `target` has focus, as a keyboard user reaches it, and gives the stops on the
 * way. Fails if it takes more than `limit` presses.
 */
async function tabTo(target: Element, limit = 80): Promise<Element[]> {
  const stops: Element[] = [];
  while (document.activeElement !== target) {
    if (stops.length === limit) throw new Error(`${limit} presses of Tab did not reach ${target.outerHTML.slice(0, 80)}`);
    await userEvent.keyboard('{Tab}');
    stops.push(document.activeElement as Element);
  }
  return stops;
}

/** The flow's container: focus is inside it, every Tab stop up to its Cancel is too, and Cancel closes it. */
async function tabToCancelInside(flow: Element | null) {
  if (!flow) throw new Error('The flow is not open');
  expect(flow.contains(document.activeElement)).toBe(true);
  const cancel = [...flow.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Cancel');
  if (!cancel) throw new Error('The flow has no Cancel button');
  const stops = await tabTo(cancel, 10);
  // Tab moved into the flow's controls, not out of it.
  expect(stops.length).toBeGreaterThan(0);
  expect(stops.filter((stop) => !flow.contains(stop))).toEqual([]);
  await userEvent.keyboard('{Enter}');
}

it('opens and cancels each flow of the page with the keyboard alone, and gives focus back to the control that opened it', async () => {
  // No phone number yet, no authenticator app: "Add phone number" and "Set up" are there.
  renderWithCognito(<AccountSecurity />, { user: { attributes: { email: 'ada@example.com', email_verified: 'true' } } });
  const region = page.getByRole('region', { name: 'Security' });
  await expect.element(region).toBeVisible();
  const root = region.element();
  await expect.poll(() => root.querySelector('[data-rcs="loading"], [aria-busy="true"]'), { timeout: 10_000 }).toBeNull();

  // A contact flow: add a phone number.
  const addPhone = region.getByRole('button', { name: 'Add phone number', exact: true });
  await tabTo(addPhone.element());
  await userEvent.keyboard('{Enter}');
  const contactFlow = region.getByRole('group', { name: 'Phone number' });
  await expect.element(region.getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
  await tabToCancelInside(contactFlow.element());
  await expect.element(addPhone).toHaveFocus();
  await expect.element(contactFlow).not.toBeInTheDocument();

  // The authenticator-app setup, from "Set up" in the two-step verification section.
  const setUp = region.getByRole('button', { name: 'Set up' });
  await tabTo(setUp.element());
  await userEvent.keyboard('{Enter}');
  const scanTitle = region.getByRole('heading', { name: 'Scan the QR code' });
  await expect.element(scanTitle).toHaveFocus();
  await tabToCancelInside(root.querySelector('[data-rcs="totp-setup"]'));
  await expect.element(setUp).toHaveFocus();
  await expect.element(scanTitle).not.toBeInTheDocument();

  // The sign-out-everywhere confirmation.
  const signOut = region.getByRole('button', { name: 'Sign out everywhere…' });
  await tabTo(signOut.element());
  await userEvent.keyboard('{Enter}');
  const question = region.getByText('Sign out everywhere?');
  await expect.element(question).toHaveFocus();
  await tabToCancelInside(root.querySelector('[data-rcs="sign-out-confirm"]'));
  await expect.element(signOut).toHaveFocus();
  await expect.element(question).not.toBeInTheDocument();

  // The delete-account confirmation.
  const deleteAccount = region.getByRole('button', { name: 'Delete account…' });
  await tabTo(deleteAccount.element());
  await userEvent.keyboard('{Enter}');
  const confirm = region.getByRole('textbox', { name: 'To confirm, type DELETE' });
  await expect.element(confirm).toHaveFocus();
  await tabToCancelInside(root.querySelector('[data-rcs="delete-account"] form'));
  await expect.element(deleteAccount).toHaveFocus();
  await expect.element(confirm).not.toBeInTheDocument();
});
