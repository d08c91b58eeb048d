import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderWithCognito } from '../../../test/harness.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';

const OLD = 'Old-password-1';
const NEW = 'Brand-new-pass-2';

it('changes a password with the keyboard alone: show/hide, a wrong current password, then the right one, submitted with Enter', async () => {
  const { sim } = renderWithCognito(<ChangePasswordForm />, { user: { password: OLD } });
  const current = page.getByLabelText('Current password', { exact: true });
  await expect.element(current).toBeVisible();

  await userEvent.keyboard('{Tab}');
  await expect.element(current).toHaveFocus();
  await userEvent.keyboard('Wrong-guess-7');
  await userEvent.keyboard('{Tab}');
  const showCurrent = page.getByRole('button', { name: 'Show current password' });
  await expect.element(showCurrent).toHaveFocus();
  await userEvent.keyboard(' ');
  await expect.element(showCurrent).toHaveAttribute('aria-pressed', 'true');
  await expect.element(current).toHaveAttribute('type', 'text');
  await userEvent.keyboard('{Enter}');
  await expect.element(showCurrent).toHaveAttribute('aria-pressed', 'false');
  await expect.element(current).toHaveAttribute('type', 'password');

  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByLabelText('New password', { exact: true })).toHaveFocus();
  await userEvent.keyboard(NEW);
  await userEvent.keyboard('{Tab}'); // show new password
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByLabelText('Confirm new password', { exact: true })).toHaveFocus();
  await userEvent.keyboard(NEW);
  await userEvent.keyboard('{Enter}');

  // The wrong current password: back in that field, the rest kept, the session alive.
  await expect.element(current).toHaveAttribute('aria-invalid', 'true');
  await expect.element(current).toHaveFocus();
  await expect.element(current).toHaveAccessibleDescription('That is not your current password.');
  await expect.element(page.getByLabelText('New password', { exact: true })).toHaveValue(NEW);

  // Its text is selected: typing replaces it.
  await userEvent.keyboard(OLD);
  await expect.element(current).toHaveValue(OLD);
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByRole('status')).toHaveTextContent('Your password has been changed.');
  await expect.element(current).toHaveValue('');
  expect(sim.calls.filter((call) => call.operation === 'ChangePassword').map((call) => call.errorCode ?? call.status)).toEqual([
    'NotAuthorizedException',
    200,
  ]);
});
