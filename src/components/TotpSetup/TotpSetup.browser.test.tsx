import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderWithCognito } from '../../../test/harness.js';
import { generateTotpCode } from '../../testing/index.js';
import { TotpSetup } from './TotpSetup.js';

it('completes authenticator-app setup with the keyboard alone, in a real browser', async () => {
  const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />);
  const start = page.getByRole('button', { name: 'Set up authenticator app' });
  await expect.element(start).toBeVisible();

  await userEvent.keyboard('{Tab}');
  await expect.element(start).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByRole('heading', { name: 'Scan the QR code' })).toHaveFocus();
  await expect.element(page.getByRole('img', { name: /QR code for your authenticator app/ })).toBeVisible();

  const key = (page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).element().textContent).replaceAll(' ', '');
  await userEvent.keyboard('{Tab}'); // copy button
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('textbox', { name: '6-digit code from the app' })).toHaveFocus();
  await userEvent.keyboard(await generateTotpCode(key));
  await userEvent.keyboard('{Enter}');

  await expect.element(page.getByRole('heading', { name: 'Turn on the authenticator app' })).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('checkbox', { name: 'Make it my preferred method' })).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await userEvent.keyboard('{Enter}');

  await expect.element(page.getByRole('heading', { name: 'Authenticator app is on' })).toHaveFocus();
  expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' });
});
