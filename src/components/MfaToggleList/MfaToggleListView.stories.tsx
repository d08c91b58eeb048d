import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, viewArgTypes, viewComponent, viewProps, type ViewStoryArgs } from '../../../stories/controls.js';
import { change, factorView } from '../../../stories/fixtures.js';
import { MfaToggleListView, type MfaToggleListViewProps } from './MfaToggleListView.js';

const meta = {
  title: 'Views/MfaToggleListView',
  component: viewComponent(MfaToggleListView),
  tags: ['autodocs'],
  render: (args) => <MfaToggleListView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    factors: { control: 'object' },
    setUpExpanded: { control: 'boolean' },
    lastChange: { control: false },
    children: { control: false },
  },
  args: {
    factors: [
      factorView('SOFTWARE_TOKEN_MFA', { enableBlockedBy: 'totp-not-set-up' }),
      factorView('SMS_MFA', { enabled: true, preferred: true, destination: { value: '+15555550123', verified: true } }),
      factorView('EMAIL_OTP', { destination: { value: 'ada@example.com', verified: true } }),
    ],
    status: 'success',
    onCheckedChange: fn(),
    onSetUpAuthenticator: fn(),
  },
} satisfies Meta<ViewStoryArgs<MfaToggleListViewProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: edit the factor rows, a load status and error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).toBeChecked();
    await expect(sms).toHaveAccessibleDescription(expect.stringContaining('0123'));
    await userEvent.click(canvas.getByRole('switch', { name: 'Email' }));
    await expect(args.onCheckedChange).toHaveBeenCalledWith('EMAIL_OTP', true);
    await userEvent.click(canvas.getByRole('button', { name: 'Set up' }));
    await expect(args.onSetUpAuthenticator).toHaveBeenCalledOnce();
  },
};

export const Loading: Story = {
  args: { status: 'pending', factors: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Two-step verification' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByText('Loading…')).toBeVisible();
  },
};

export const LoadError: Story = {
  args: { status: 'error', error: 'InternalErrorException (unavailable)', factors: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Could not load your security settings/)).toHaveTextContent(/service is not responding/);
  },
};

export const SessionExpired: Story = {
  args: { status: 'error', error: 'NotAuthorizedException (session expired)', factors: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Your session has expired. Sign in again.')).toBeVisible();
  },
};

/** A switch flipped a moment ago: on already, saving, the rest still usable. */
export const Saving: Story = {
  args: {
    factors: [factorView('SMS_MFA', { enabled: true, pending: true }), factorView('EMAIL_OTP')],
    lastChange: change({ type: 'enable', factor: 'SMS_MFA' }, 'pending'),
  },
  play: async ({ canvas }) => {
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).toBeChecked();
    await expect(sms).toHaveAccessibleDescription(expect.stringContaining('Saving…'));
  },
};

/** Cognito refused: the switch is back where it was, with the reason beside it and announced. */
export const FailedSave: Story = {
  args: {
    factors: [factorView('SMS_MFA', { error: ERRORS['TooManyRequestsException (throttled)'] }), factorView('EMAIL_OTP')],
    lastChange: change({ type: 'enable', factor: 'SMS_MFA' }, 'error', ERRORS['TooManyRequestsException (throttled)']),
  },
  play: async ({ canvas }) => {
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).not.toBeChecked();
    await expect(sms).toHaveAccessibleDescription(expect.stringContaining('Too many attempts'));
  },
};

/** Switches that cannot change say why and stay focusable. */
export const Blocked: Story = {
  args: {
    factors: [
      factorView('SMS_MFA', { enableBlockedBy: 'no-phone' }),
      factorView('EMAIL_OTP', { enabled: true, disableBlockedBy: 'required-by-pool' }),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('switch', { name: 'Text message (SMS)' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('switch', { name: 'Email' })).toHaveAccessibleDescription(
      expect.stringContaining('Two-step verification is required'),
    );
  },
};
