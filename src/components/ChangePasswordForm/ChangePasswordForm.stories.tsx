import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, expectAnnounced } from '../../../stories/states.js';
import { CognitoError } from '../../cognito/errors.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { ChangePasswordFormView } from './ChangePasswordFormView.js';

// Throwaway passwords of the simulated user, never shown on the canvas.
const OLD = 'Old-password-1';
const NEW = 'Brand-new-pass-2';

const meta = {
  title: 'Components/ChangePasswordForm',
  component: ChangePasswordForm,
  parameters: cognito({ user: { password: OLD } }),
} satisfies Meta<typeof ChangePasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = Pick<StoryContext, 'canvas' | 'userEvent'>;

/** Waits for the form (it loads GetUserAuthFactors first), then fills the fields given. */
async function fill({ canvas, userEvent }: Play, values: { current?: string; next: string; confirm?: string }) {
  const next = await canvas.findByLabelText('New password', { selector: 'input' });
  if (values.current !== undefined) await userEvent.type(canvas.getByLabelText('Current password', { selector: 'input' }), values.current);
  await userEvent.type(next, values.next);
  await userEvent.type(canvas.getByLabelText('Confirm new password', { selector: 'input' }), values.confirm ?? values.next);
}

/** The form as it loads: current, new and confirmation fields, and the policy as hints. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const next = await canvas.findByLabelText('New password', { selector: 'input' });
    await expect(next).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Current password', { selector: 'input' })).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.getByText('At least 8 characters')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Change password' })).toBeVisible();
  },
};

/** The rules tick as the new password is typed, and the password can be shown. */
export const LiveHints: Story = {
  play: async ({ canvas, userEvent }) => {
    const next = await canvas.findByLabelText('New password', { selector: 'input' });
    await userEvent.type(next, 'abcdefgH1');
    await expect(canvas.getByText('At least 8 characters').closest('li')).toHaveAttribute('data-met', 'true');
    await expect(canvas.getByText('A symbol, such as ! ? # % or a space').closest('li')).not.toHaveAttribute('data-met');
    await userEvent.click(canvas.getByRole('button', { name: 'Show new password' }));
    await expect(next).toHaveAttribute('type', 'text');
  },
};

/** Changed: the fields are empty again and the change is announced. */
export const Changed: Story = {
  play: async (context) => {
    await fill(context, { current: OLD, next: NEW });
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Change password' }));
    await expectAnnounced(context, 'status', 'Your password has been changed.');
    await expect(context.canvas.getByLabelText('New password', { selector: 'input' })).toHaveValue('');
  },
};

/** A wrong current password is an error at that field; the session and the typed passwords stay. */
export const WrongCurrentPassword: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await fill(context, { current: 'Not-it-9', next: NEW });
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    const current = canvas.getByLabelText('Current password', { selector: 'input' });
    await waitFor(() => expect(current).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByText('That is not your current password.')).toBeVisible();
    await waitFor(() => expect(current).toHaveFocus());
    await expect(canvas.getByLabelText('New password', { selector: 'input' })).toHaveValue(NEW);
    await expect(cognitoOf({ loaded }).queryClient.getQueryCache().getAll().every((q) => q.state.status === 'success')).toBe(true);
  },
};

/** The pool refuses the new password: the service's reason sits next to it. */
export const RefusedByPolicy: Story = {
  play: async (context) => {
    await fill(context, { current: OLD, next: 'alllowercase1!' });
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Change password' }));
    await expect(
      await context.canvas.findByText(/Password does not conform to policy: Password must have uppercase characters/),
    ).toBeVisible();
  },
};

/** A password used before, under a pool that keeps a history. */
export const ReusedPassword: Story = {
  parameters: cognito({ user: { password: OLD }, pool: { passwordPolicy: { passwordHistorySize: 3 } } }),
  args: { passwordPolicy: { passwordHistorySize: 3 } },
  play: async (context) => {
    await fill(context, { current: OLD, next: OLD });
    await expect(context.canvas.getByText('Not one of your last 3 passwords')).toBeVisible();
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Change password' }));
    await expect(await context.canvas.findByText(/cannot be one of the previous passwords/)).toBeVisible();
  },
};

/** Too many attempts: the form says when to try again. */
export const TooManyAttempts: Story = {
  parameters: cognito({
    user: { password: OLD },
    setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('ChangePassword', { code: 'LimitExceededException' })),
  }),
  play: async (context) => {
    await fill(context, { current: OLD, next: NEW });
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Change password' }));
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent('Too many attempts. For your security, wait up to 15 minutes before you try again.');
  },
};

/** A user who signed up without a password sets one, without a current-password field. */
export const SetAPassword: Story = {
  parameters: cognito({ setup: (sim) => sim.updateUser('ada', { password: null, configuredAuthFactors: ['WEB_AUTHN'] }) }),
  play: async (context) => {
    await expect(await context.canvas.findByRole('heading', { name: 'Set a password' })).toBeVisible();
    await expect(context.canvas.queryByLabelText('Current password', { selector: 'input' })).toBeNull();
    await fill(context, { next: NEW });
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Set password' }));
    await expectAnnounced(context, 'status', 'Your password has been set.');
    await expect(cognitoOf(context).sim.getUserState('ada').hasPassword).toBe(true);
  },
};

/**
 * The app says the user has no password (`hasPassword={false}`): once a first password is set,
 * the form asks for it as the current one, and the next change succeeds with it.
 */
export const SetThenChange: Story = {
  parameters: cognito({ setup: (sim) => sim.updateUser('ada', { password: null, configuredAuthFactors: ['WEB_AUTHN'] }) }),
  args: { hasPassword: false },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await fill(context, { next: NEW });
    await userEvent.click(canvas.getByRole('button', { name: 'Set password' }));
    await expectAnnounced(context, 'status', 'Your password has been set.');
    await expect(canvas.getByRole('heading', { name: 'Change password' })).toBeVisible();
    await expect(canvas.getByLabelText('Current password', { selector: 'input' })).toHaveValue('');

    await fill(context, { current: NEW, next: OLD });
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expectAnnounced(context, 'status', 'Your password has been changed.');
    const changes = cognitoOf(context).sim.calls.filter((call) => call.operation === 'ChangePassword');
    await expect(changes.map((call) => [call.status, 'PreviousPassword' in (call.input as object)])).toEqual([
      [200, false],
      [200, true],
    ]);
  },
};

/** Submitted empty: each field says what it needs, focus goes to the first, nothing is sent. */
export const EmptyFields: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const current = await canvas.findByLabelText('Current password', { selector: 'input' });
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expect(current).toHaveAccessibleDescription('Enter your current password.');
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('New password', { selector: 'input' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter a new password.') as string,
    );
    await waitFor(() => expect(current).toHaveFocus());
    await expect(cognitoOf({ loaded }).sim.calls.some((call) => call.operation === 'ChangePassword')).toBe(false);
  },
};

/** The confirmation differs from the new password: an error at the confirmation, nothing sent. */
export const ConfirmMismatch: Story = {
  play: async (context) => {
    await fill(context, { current: OLD, next: NEW, confirm: 'Brand-new-pass-3' });
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Change password' }));
    const confirm = context.canvas.getByLabelText('Confirm new password', { selector: 'input' });
    await expect(confirm).toHaveAccessibleDescription('The passwords do not match.');
    await expect(confirm).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(confirm).toHaveFocus());
    await expect(cognitoOf(context).sim.calls.some((call) => call.operation === 'ChangePassword')).toBe(false);
  },
};

/** The connection drops with the change on its way: the password may have changed, and the form says so. */
export const LostConnection: Story = {
  parameters: cognito({ user: { password: OLD }, setup: (sim) => sim.failNext('ChangePassword', 'network') }),
  play: async (context) => {
    await fill(context, { current: OLD, next: NEW });
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Change password' }));
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      'We could not confirm the change. Your password may have changed: if the old one stops working, use the new one.',
    );
    await expect(context.canvas.getByLabelText('New password', { selector: 'input' })).toHaveValue(NEW);
  },
};

/** Until GetUserAuthFactors answers, the section is busy. */
export const Loading: Story = {
  parameters: cognito({ setup: (sim) => sim.setLatency('GetUserAuthFactors', 60_000) }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading…')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Change password' })).toHaveAttribute('aria-busy', 'true');
  },
};

const idle = { step: 'idle', isPending: false, error: null, hasPassword: true, change: () => undefined } as const;

/** The view on its own, while the change is on its way: inputs read-only, the button busy but focusable. */
export const ViewSaving: Story = {
  render: () => <ChangePasswordFormView flow={{ ...idle, step: 'changing', isPending: true }} username="ada" />,
  play: async ({ canvas }) => {
    const button = await canvas.findByRole('button', { name: 'Saving…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByLabelText('New password', { selector: 'input' })).toHaveAttribute('readonly');
  },
};

/** The view on its own, after an expired session. */
export const ViewSessionExpired: Story = {
  render: () => (
    <ChangePasswordFormView
      flow={{ ...idle, error: new CognitoError('Access Token has been revoked', { code: 'NotAuthorizedException', category: 'session-expired' }) }}
    />
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your session has expired. Sign in again.');
  },
};
