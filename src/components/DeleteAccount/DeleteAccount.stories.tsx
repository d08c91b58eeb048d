import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, sessionExpired } from '../../../stories/states.js';
import { DeleteAccount } from './DeleteAccount.js';
import { DeleteAccountView } from './DeleteAccountView.js';

const meta = {
  title: 'Components/DeleteAccount',
  component: DeleteAccount,
  args: { onAccountDeleted: fn() },
} satisfies Meta<typeof DeleteAccount>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The danger zone as it loads: a warning and one button. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Delete account' })).toBeVisible();
    await expect(canvas.getByText(/deletes your sign-in account/)).toBeVisible();
    await expect(canvas.getByText(/cannot be undone/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Delete account…' })).toBeVisible();
  },
};

/** The typed confirmation, with a mismatch explained at the field. */
export const Confirming: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete account…' }));
    const input = canvas.getByRole('textbox', { name: 'To confirm, type DELETE' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, 'DEL');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expect(canvas.getByText('Type DELETE as shown to confirm.')).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(cognitoOf({ loaded }).sim.calls.some((call) => call.operation === 'DeleteUser')).toBe(false);
  },
};

/** Deleted: onAccountDeleted is called once and the section says so. */
export const Deleted: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete account…' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    const done = await canvas.findByText('Your account has been deleted.');
    await waitFor(() => expect(done).toHaveFocus());
    await expect(args.onAccountDeleted).toHaveBeenCalledOnce();
    await expect(() => cognitoOf({ loaded }).sim.getUserState('ada')).toThrow();
  },
};

/** Cognito throttles: the user stays on the confirmation with the reason. */
export const Throttled: Story = {
  parameters: cognito({ setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('DeleteUser', { code: 'TooManyRequestsException' })) }),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete account…' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your account was not deleted. Too many attempts.');
    await expect(args.onAccountDeleted).not.toHaveBeenCalled();
  },
};

/** The connection drops with DeleteUser on its way: the account may be gone, and the section says so. */
export const LostConnection: Story = {
  parameters: cognito({ setup: (sim) => sim.failNext('DeleteUser', 'network') }),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete account…' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not confirm that your account was deleted. Reload the page to check.');
    await expect(canvas.getByRole('textbox', { name: 'To confirm, type DELETE' })).toHaveValue('DELETE');
    await expect(args.onAccountDeleted).not.toHaveBeenCalled();
  },
};

/** The session ended before the user confirmed: nothing is deleted, and the section says to sign in again. */
export const SessionExpired: Story = {
  parameters: sessionExpired,
  play: async ({ canvas, userEvent, args, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete account…' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'DELETE');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your session has expired. Sign in again.');
    await expect(args.onAccountDeleted).not.toHaveBeenCalled();
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').username).toBe('ada');
  },
};

/** The view on its own, while DeleteUser is on its way. */
export const ViewDeleting: Story = {
  render: () => (
    <DeleteAccountView flow={{ step: 'deleting', isPending: true, error: null, deleteAccount: () => undefined, reset: () => undefined }} />
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('textbox', { name: 'To confirm, type DELETE' })).toHaveAttribute('readonly');
  },
};
