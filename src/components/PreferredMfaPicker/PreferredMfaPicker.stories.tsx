import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import {
  allFactors,
  cognito,
  expectAnnounced,
  expectLoadError,
  expectLoading,
  expectSessionExpired,
  loadError,
  loading,
  sessionExpired,
  untilLoaded,
} from '../../../stories/states.js';
import { PreferredMfaPicker } from './PreferredMfaPicker.js';

const meta = {
  title: 'Components/PreferredMfaPicker',
  component: PreferredMfaPicker,
  tags: ['autodocs'],
} satisfies Meta<typeof PreferredMfaPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const TOO_FEW = 'Turn on two or more methods to choose a preferred one.';

export const PreferredSet: Story = {
  parameters: cognito({ user: { ...allFactors, preferredMfa: 'EMAIL_OTP' } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    await expect(canvas.getByRole('radio', { name: 'Email' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'No preference — ask at sign-in' }));
    await expectAnnounced({ canvas }, 'status', 'No preferred method: you will choose at sign-in');
    const { preferredMfa, enabledMfa } = cognitoOf({ loaded }).sim.getUserState('ada');
    await expect(preferredMfa).toBeNull();
    await expect(enabledMfa).toHaveLength(3);
  },
};

export const Loading: Story = { parameters: loading, play: expectLoading };

export const LoadError: Story = { parameters: loadError, play: expectLoadError };

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

// Before the load there are no factors either: only a loaded user has too few.
export const NoFactors: Story = {
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getByText(TOO_FEW)).toBeVisible();
    await expect(context.canvas.queryByRole('radio')).not.toBeInTheDocument();
  },
};

export const OneFactor: Story = {
  parameters: cognito({ user: { enabledMfa: ['SMS_MFA'] } }),
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getByText(TOO_FEW)).toBeVisible();
    await expect(context.canvas.queryByRole('radio')).not.toBeInTheDocument();
  },
};

/** The picker shows while loading (`aria-busy`) and disappears once one factor turns out to be on. */
export const HiddenWithOneFactor: Story = {
  args: { whenTooFew: 'hide' },
  parameters: cognito({ user: { enabledMfa: ['SMS_MFA'] } }),
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.queryByRole('radiogroup')).not.toBeInTheDocument();
    await expect(context.canvas.queryByText(TOO_FEW)).not.toBeInTheDocument();
  },
};

export const AllFactors: Story = {
  parameters: cognito({ user: allFactors }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    await expect(canvas.getByRole('radio', { name: 'No preference — ask at sign-in' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'Authenticator app' }));
    await expectAnnounced({ canvas }, 'status', 'Authenticator app is now your preferred method');
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').preferredMfa).toBe('SOFTWARE_TOKEN_MFA');
  },
};

export const PoolRequiresMfa: Story = {
  parameters: cognito({ pool: { mfa: 'ON' }, user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    // A required pool still lets the user choose the preferred factor (docs/behaviour.md#mfa-row-11).
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await expectAnnounced({ canvas }, 'status', 'Email is now your preferred method');
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').preferredMfa).toBe('EMAIL_OTP');
  },
};

export const SlowSave: Story = {
  parameters: cognito({ user: allFactors, setup: (sim) => sim.setLatency('SetUserMFAPreference', 1500) }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await untilLoaded(context);
    const sms = canvas.getByRole('radio', { name: 'Text message (SMS)' });
    await userEvent.click(sms);
    // Optimistic: checked and "Saving…" while the request is still on its way.
    await waitFor(() => expect(sms).toBeChecked());
    await expect(await canvas.findByText('Saving…')).toBeVisible();
    await expectAnnounced({ canvas }, 'status', 'Text message (SMS) is now your preferred method');
  },
};

export const FailedSave: Story = {
  parameters: cognito({
    user: { ...allFactors, preferredMfa: 'SMS_MFA' },
    setup: (sim) => sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' }),
  }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await expectAnnounced({ canvas }, 'alert', "Couldn't change your preferred method: The service is not responding.");
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked());
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').preferredMfa).toBe('SMS_MFA');
  },
};

export const WithoutNoPreference: Story = {
  args: { allowNoPreference: false },
  parameters: cognito({ user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] } }),
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getAllByRole('radio')).toHaveLength(2);
  },
};
