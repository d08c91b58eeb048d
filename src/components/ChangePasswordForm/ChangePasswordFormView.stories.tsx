import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, frameArgTypes, loadArgTypes, viewComponent, type ErrorName } from '../../../stories/controls.js';
import type { FrameArgs } from '../../../stories/frame.js';
import type { ChangePasswordStep, UseChangePasswordResult } from '../../queries/password/changePassword.js';
import { ChangePasswordFormView, type ChangePasswordFormViewProps } from './ChangePasswordFormView.js';

/** The view's props with the flow's state picked by controls: its step, error and whether the user has a password. */
interface ChangePasswordFormViewStoryArgs extends Omit<ChangePasswordFormViewProps, 'flow'>, Pick<UseChangePasswordResult, 'change'>, FrameArgs {
  /** The flow's step (`useChangePassword().step`); `changing` is pending. */
  step: ChangePasswordStep;
  /** The last change's error. */
  error?: ErrorName;
  /** `false`: the user sets a first password; unset: still loading. */
  hasPassword?: boolean;
}

const meta = {
  title: 'Views/ChangePasswordFormView',
  component: viewComponent<ChangePasswordFormViewProps, ChangePasswordFormViewStoryArgs>(ChangePasswordFormView),
  render: ({ step, error, hasPassword, change, locale: _locale, theme: _theme, ...props }) => (
    <ChangePasswordFormView
      {...props}
      flow={{ step, isPending: step === 'changing', error: (error && ERRORS[error]) ?? null, hasPassword, change }}
    />
  ),
  argTypes: {
    ...frameArgTypes,
    error: loadArgTypes.error,
    step: { control: 'inline-radio', options: ['idle', 'changing', 'done'] satisfies ChangePasswordStep[] },
    hasPassword: { control: 'boolean' },
    passwordPolicy: { control: 'object' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  // `flow` is built from the step, error, hasPassword and `change` above.
  parameters: { controls: { exclude: ['flow'] } },
  args: { step: 'idle', hasPassword: true, username: 'ada', change: fn() },
} satisfies Meta<ChangePasswordFormViewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: a step, an error, a first password or a change, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('heading', { name: 'Change password' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Current password'), 'Old-pass-1');
    await userEvent.type(canvas.getByLabelText('New password'), 'New-pass-2024!');
    await userEvent.type(canvas.getByLabelText('Confirm new password'), 'New-pass-2024!');
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expect(args.change).toHaveBeenCalledWith({ currentPassword: 'Old-pass-1', newPassword: 'New-pass-2024!' });
  },
};

/** A user who signs in without a password sets one: no current-password field. */
export const SetFirstPassword: Story = {
  args: { hasPassword: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Set a password' })).toBeVisible();
    await expect(canvas.queryByLabelText('Current password')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Set password' })).toBeVisible();
  },
};

/** Cognito refused the current password: the field says so and takes focus; the session stays. */
export const WrongCurrentPassword: Story = {
  args: { error: 'NotAuthorizedException on ChangePassword (wrong password)' },
  play: async ({ canvas }) => {
    const current = canvas.getByLabelText('Current password');
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(current).toHaveAccessibleDescription('That is not your current password.');
    await expect(current).toHaveFocus();
  },
};

/** Whether the user has a password is not known yet. */
export const Loading: Story = {
  args: { hasPassword: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Change password' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByText('Loading…')).toBeVisible();
  },
};
