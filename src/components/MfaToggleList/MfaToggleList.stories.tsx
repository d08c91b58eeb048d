import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
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
import { MfaToggleList } from './MfaToggleList.js';

const meta = {
  title: 'Components/MfaToggleList',
  component: MfaToggleList,
  tags: ['autodocs'],
  args: { totpSetup: { issuer: 'Acme' } },
} satisfies Meta<typeof MfaToggleList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OneFactor: Story = {
  parameters: cognito({ user: { enabledMfa: ['EMAIL_OTP'] } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    const email = canvas.getByRole('switch', { name: 'Email' });
    await expect(email).toBeChecked();
    await expect(email).toHaveAccessibleDescription(expect.stringContaining('a•••@example.com'));
    await userEvent.click(email);
    await expectAnnounced({ canvas }, 'status', 'Email turned off');
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').enabledMfa).toEqual([]);
  },
};

export const Loading: Story = { parameters: loading, play: expectLoading };

export const LoadError: Story = { parameters: loadError, play: expectLoadError };

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

export const NoFactors: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(canvas.getAllByRole('switch').filter((s) => s.getAttribute('aria-checked') === 'true')).toEqual([]);
    await userEvent.click(sms);
    await waitFor(() => expect(sms).toBeChecked());
    await expectAnnounced({ canvas }, 'status', 'Text message (SMS) turned on');
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);
  },
};

export const AllFactors: Story = {
  parameters: cognito({ user: allFactors }),
  play: async (context) => {
    await untilLoaded(context);
    const switches = context.canvas.getAllByRole('switch');
    await expect(switches).toHaveLength(3);
    await expect(switches.filter((s) => s.getAttribute('aria-checked') !== 'true')).toEqual([]);
  },
};

export const PreferredSet: Story = {
  parameters: cognito({ user: { ...allFactors, preferredMfa: 'SOFTWARE_TOKEN_MFA' } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    await userEvent.click(canvas.getByRole('switch', { name: 'Authenticator app' }));
    await expectAnnounced({ canvas }, 'status', 'Authenticator app turned off');
    // docs/behaviour.md#mfa-row-8: turning off the preferred factor clears the preference.
    await expect(cognitoOf({ loaded }).sim.getUserState('ada')).toMatchObject({ preferredMfa: null, enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] });
  },
};

export const PoolRequiresMfa: Story = {
  parameters: cognito({ pool: { mfa: 'ON' }, user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).toHaveAttribute('aria-disabled', 'true');
    await expect(sms).toHaveAccessibleDescription(expect.stringContaining('Two-step verification is required'));
    await userEvent.click(sms);
    await expect(sms).toBeChecked();
    await expect(cognitoOf({ loaded }).sim.calls.map((call) => call.operation)).not.toContain('SetUserMFAPreference');
  },
};

export const NoPhoneNumber: Story = {
  parameters: cognito({ user: { attributes: { email: 'ada@example.com' } } }),
  play: async (context) => {
    await untilLoaded(context);
    const sms = context.canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).toHaveAttribute('aria-disabled', 'true');
    await expect(sms).toHaveAccessibleDescription(expect.stringContaining('Add a phone number first.'));
  },
};

export const NoEmailAddress: Story = {
  parameters: cognito({ user: { attributes: { phone_number: '+15555550123' } } }),
  play: async (context) => {
    await untilLoaded(context);
    const email = context.canvas.getByRole('switch', { name: 'Email' });
    await expect(email).toHaveAccessibleDescription(expect.stringContaining('Add an email address first.'));
  },
};

/** "Set up" opens the authenticator-app flow below the switches; Cancel closes it and returns to "Set up". */
export const AuthenticatorNotSetUp: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await untilLoaded(context);
    const app = canvas.getByRole('switch', { name: 'Authenticator app' });
    await expect(app).toHaveAccessibleDescription(expect.stringContaining('Set up an authenticator app first.'));
    const setUp = canvas.getByRole('button', { name: 'Set up' });
    await userEvent.click(setUp);
    const scan = await canvas.findByRole('heading', { name: 'Scan the QR code' });
    await waitFor(() => expect(scan).toHaveFocus());
    await expect(canvas.getByRole('img', { name: /QR code for your authenticator app/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(scan).not.toBeInTheDocument();
    await waitFor(() => expect(setUp).toHaveFocus());
  },
};

/** An app that runs its own setup (a dialog, another page) gets the click instead. */
export const AuthenticatorSetUpByTheApp: Story = {
  args: { onSetUpAuthenticator: fn() },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await untilLoaded(context);
    const app = canvas.getByRole('switch', { name: 'Authenticator app' });
    await expect(app).toHaveAccessibleDescription(expect.stringContaining('Set up an authenticator app first.'));
    await userEvent.click(canvas.getByRole('button', { name: 'Set up' }));
    await expect(args.onSetUpAuthenticator).toHaveBeenCalledOnce();
    await expect(canvas.queryByRole('group', { name: 'Authenticator app' })).not.toBeInTheDocument();
  },
};

export const EmailNotAvailableOnPool: Story = {
  parameters: cognito({ pool: { emailMfaAvailable: false } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    const email = canvas.getByRole('switch', { name: 'Email' });
    await userEvent.click(email);
    await expectAnnounced({ canvas }, 'alert', "Couldn't turn on Email: This change is not allowed for your account.");
    // The refusal teaches the kit that the pool cannot send email codes.
    await waitFor(() => expect(email).toHaveAccessibleDescription(expect.stringContaining('not available for this account right now')));
    await expect(email).not.toBeChecked();
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').enabledMfa).toEqual([]);
  },
};

export const PoolMfaOff: Story = {
  parameters: cognito({ pool: { mfa: 'OFF' } }),
  play: async (context) => {
    await untilLoaded(context);
    const sms = context.canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).toHaveAccessibleDescription(expect.stringContaining('not available for this account'));
  },
};

export const SlowSave: Story = {
  parameters: cognito({ setup: (sim) => sim.setLatency('SetUserMFAPreference', 1500) }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    const email = canvas.getByRole('switch', { name: 'Email' });
    await userEvent.click(email);
    // Optimistic: on and "Saving…" while the request is still on its way.
    await waitFor(() => expect(email).toBeChecked());
    await expect(await canvas.findByText('Saving…')).toBeVisible();
    await waitFor(() => expect(canvas.queryByText('Saving…')).not.toBeInTheDocument());
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').enabledMfa).toEqual(['EMAIL_OTP']);
  },
};

export const FailedSave: Story = {
  parameters: cognito({
    user: { enabledMfa: ['SMS_MFA'] },
    setup: (sim) => sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' }),
  }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    await userEvent.click(sms);
    await expectAnnounced({ canvas }, 'alert', "Couldn't turn off Text message (SMS): The service is not responding.");
    await expect(sms).toBeChecked();
    await expect(canvas.getByText('Could not confirm the change. The service is not responding. Try again later.')).toBeVisible();
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').enabledMfa).toEqual(['SMS_MFA']);
  },
};

export const SessionExpiresOnSave: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    const { sim, user } = cognitoOf({ loaded });
    await untilLoaded(context);
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    sim.revokeTokens(user.username);
    await userEvent.click(sms);
    await expectSessionExpired({ canvas });
    await expect(sim.getUserState('ada').enabledMfa).toEqual([]);
  },
};

export const OrderAndSubset: Story = {
  args: { show: ['EMAIL_OTP', 'SMS_MFA'] },
  play: async (context) => {
    const { canvas } = context;
    await untilLoaded(context);
    const email = canvas.getByRole('switch', { name: 'Email' });
    await expect(canvas.getAllByRole('switch')).toEqual([email, canvas.getByRole('switch', { name: 'Text message (SMS)' })]);
  },
};
