import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { MFA_FACTORS, viewArgTypes, viewComponent, viewProps, type ViewStoryArgs } from '../../../stories/controls.js';
import { change, cognitoError } from '../../../stories/fixtures.js';
import { PreferredMfaPickerView, type PreferredMfaPickerViewProps } from './PreferredMfaPickerView.js';

const meta = {
  title: 'Views/PreferredMfaPickerView',
  component: viewComponent(PreferredMfaPickerView),
  tags: ['autodocs'],
  render: (args) => <PreferredMfaPickerView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    options: { control: 'check', options: MFA_FACTORS },
    value: { control: 'select', options: [...MFA_FACTORS, null] },
    whenTooFew: { control: 'inline-radio', options: ['explain', 'hide'] },
    lastChange: { control: false },
  },
  args: {
    options: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP'],
    value: 'SMS_MFA',
    status: 'success',
    onValueChange: fn(),
  },
} satisfies Meta<ViewStoryArgs<PreferredMfaPickerViewProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: choose factors, the value, a load status and error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const group = canvas.getByRole('radiogroup', { name: 'Preferred method' });
    await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await expect(args.onValueChange).toHaveBeenCalledWith('EMAIL_OTP');
    await expect(group).not.toHaveAttribute('aria-busy');
  },
};

export const Loading: Story = {
  args: { status: 'pending', options: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radiogroup', { name: 'Preferred method' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByText('Loading…')).toBeVisible();
  },
};

export const LoadError: Story = {
  args: { status: 'error', error: 'offline (network)', options: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Could not load your security settings/)).toHaveTextContent('Could not connect. Check your connection and try again.');
  },
};

export const SavingAChoice: Story = {
  args: { value: 'EMAIL_OTP', lastChange: change({ type: 'prefer', factor: 'EMAIL_OTP' }, 'pending') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radiogroup')).toHaveAttribute('data-pending', 'true');
    await expect(canvas.getByText('Saving…')).toBeVisible();
  },
};

export const FailedSave: Story = {
  args: { lastChange: change({ type: 'prefer', factor: 'EMAIL_OTP' }, 'error', cognitoError('throttled', 'TooManyRequestsException')) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Couldn't change your preferred method/, { selector: '[data-rcs="picker-error"]' })).toBeVisible();
    await expect(canvas.getAllByRole('alert').map((alert) => alert.textContent).join('\n')).toContain('Too many attempts. Wait a moment and try again.');
    await expect(canvas.getByRole('radiogroup')).toHaveAttribute('data-invalid', 'true');
  },
};

export const TooFewFactors: Story = {
  args: { options: ['SMS_MFA'], value: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Turn on two or more methods to choose a preferred one.')).toBeVisible();
    await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();
  },
};
