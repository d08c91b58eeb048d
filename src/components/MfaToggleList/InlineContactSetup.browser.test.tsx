import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { renderWithCognito } from '../../../test/harness.js';
import { MfaToggleList } from './MfaToggleList.js';

it('takes a user from no phone number to SMS codes on and preferred, with the keyboard alone', async () => {
  const { sim } = renderWithCognito(<MfaToggleList />, { user: { attributes: { email: 'ada@example.com', email_verified: 'true' } } });
  const sms = page.getByRole('switch', { name: 'Text message (SMS)' });
  const add = page.getByRole('button', { name: 'Add a phone number first.' });
  await expect.element(add).toBeVisible();

  // Authenticator switch, "Set up", SMS switch (ineligible, still focusable), then the action.
  await userEvent.keyboard('{Tab}{Tab}{Tab}');
  await expect.element(sms).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await expect.element(add).toHaveFocus();
  await userEvent.keyboard('{Enter}');

  const number = page.getByRole('textbox', { name: 'Phone number' });
  await expect.element(number).toHaveFocus();
  // Not E.164: refused at the field before anything is sent, and the text stays.
  await userEvent.keyboard('555 0199{Enter}');
  await expect.element(page.getByText('Enter the number in international format', { exact: false })).toBeVisible();
  await expect.element(number).toHaveFocus();
  await expect.element(number).toHaveValue('555 0199');
  await userEvent.keyboard('{Control>}a{/Control}+15555550199{Enter}');

  const code = page.getByRole('textbox', { name: '6-digit code' });
  await expect.element(code).toHaveFocus();
  await userEvent.keyboard(`${sim.lastCode('ada', 'phone_number')}{Enter}`);

  await expect.element(page.getByRole('heading', { name: 'Turn on Text message (SMS)' })).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('checkbox', { name: 'Make it my preferred method' })).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('button', { name: 'Turn on' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');

  await expect.element(sms).toHaveFocus();
  await expect.element(sms).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => sim.getUserState('ada')).toMatchObject({
    attributes: { phone_number: '+15555550199', phone_number_verified: 'true' },
    enabledMfa: ['SMS_MFA'],
    preferredMfa: 'SMS_MFA',
  });
});
