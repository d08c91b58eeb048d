import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { renderWithCognito } from '../../../test/harness.js';
import { ContactDetails } from './ContactDetails.js';

it('changes an email address, recovers from a wrong code and resends, with the keyboard alone', async () => {
  const { sim } = renderWithCognito(<ContactDetails />);
  const change = page.getByRole('button', { name: 'Change email address' });
  await expect.element(change).toBeVisible();

  // Change phone number, Remove phone number, Change email address.
  await userEvent.keyboard('{Tab}{Tab}{Tab}');
  await expect.element(change).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByRole('textbox', { name: 'Email address' })).toHaveFocus();
  await userEvent.keyboard('grace@example.org{Enter}');

  const code = page.getByRole('textbox', { name: '6-digit code' });
  await expect.element(code).toHaveFocus();
  const right = sim.lastCode('ada', 'email');
  await userEvent.keyboard(`${right === '000000' ? '111111' : '000000'}{Enter}`);
  await expect.element(page.getByRole('alert')).toHaveTextContent('That code is not correct.');
  // The wrong code is selected: typing replaces it.
  await expect.element(code).toHaveFocus();

  // Verify, then Resend code.
  await userEvent.keyboard('{Tab}{Tab}{Enter}');
  await expect.poll(() => sim.outbox('ada').length).toBe(2);
  await expect.element(code).toHaveFocus();
  await expect.element(code).toHaveValue('');
  await userEvent.keyboard(`${sim.lastCode('ada', 'email')}{Enter}`);

  await expect.element(page.getByRole('button', { name: 'Change email address' })).toHaveFocus();
  await expect.element(page.getByText('grace@example.org')).toBeVisible();
  expect(sim.getUserState('ada').attributes).toMatchObject({ email: 'grace@example.org', email_verified: 'true' });
});

it('draws a 2px focus ring on a row action reached with Tab', async () => {
  renderWithCognito(<ContactDetails />);
  const change = page.getByRole('button', { name: 'Change phone number' });
  await expect.element(change).toBeVisible();
  await userEvent.keyboard('{Tab}');
  await expect.element(change).toHaveFocus();
  expect(getComputedStyle(change.element())).toMatchObject({ outlineStyle: 'solid', outlineWidth: '2px' });
});
