import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, frameArgTypes, loadArgTypes, viewComponent, type ErrorName } from '../../../stories/controls.js';
import type { FrameArgs } from '../../../stories/frame.js';
import type { DeleteAccountStep, UseDeleteAccountResult } from '../../queries/password/deleteAccount.js';
import { DeleteAccountView, type DeleteAccountViewProps } from './DeleteAccountView.js';

/** The view's props with the flow's state picked by controls: its step and error, and its actions. */
interface DeleteAccountViewStoryArgs
  extends Omit<DeleteAccountViewProps, 'flow'>, Pick<UseDeleteAccountResult, 'deleteAccount' | 'reset'>, FrameArgs {
  /** The flow's step (`useDeleteAccount().step`); `deleting` is pending. */
  step: DeleteAccountStep;
  /** The last attempt's error, shown once the confirmation is open. */
  error?: ErrorName;
}

const meta = {
  title: 'Views/DeleteAccountView',
  component: viewComponent<DeleteAccountViewProps, DeleteAccountViewStoryArgs>(DeleteAccountView),
  render: ({ step, error, deleteAccount, reset, locale: _locale, theme: _theme, ...props }) => (
    <DeleteAccountView
      {...props}
      flow={{ step, isPending: step === 'deleting', error: (error && ERRORS[error]) ?? null, deleteAccount, reset }}
    />
  ),
  argTypes: {
    ...frameArgTypes,
    error: loadArgTypes.error,
    step: { control: 'inline-radio', options: ['idle', 'deleting', 'deleted'] satisfies DeleteAccountStep[] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  // `flow` is built from the step, error and actions above.
  parameters: { controls: { exclude: ['flow'] } },
  args: { step: 'idle', deleteAccount: fn(), reset: fn() },
} satisfies Meta<DeleteAccountViewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: a step, an error, the confirmation text, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account…' }));
    const confirm = canvas.getByRole('textbox', { name: 'To confirm, type DELETE' });
    await expect(confirm).toHaveFocus();
    await userEvent.type(confirm, 'delete');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expect(args.deleteAccount).toHaveBeenCalledOnce();
  },
};

/** Cognito refused: the confirmation stays open with the reason; the account is still there. */
export const Refused: Story = {
  args: { error: 'TooManyRequestsException (throttled)' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account…' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Your account was not deleted. Too many attempts.');
  },
};

/** DeleteUser is on its way: the confirmation is read-only and cannot be cancelled. */
export const Deleting: Story = {
  args: { step: 'deleting' },
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'Delete account' });
    await expect(section).toHaveAttribute('data-state', 'confirming');
    await expect(section).toHaveAttribute('data-pending', 'true');
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  },
};

export const Deleted: Story = {
  args: { step: 'deleted' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Your account has been deleted.');
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};
