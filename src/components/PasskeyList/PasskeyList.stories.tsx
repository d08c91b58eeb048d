import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { cognitoError } from '../../../stories/fixtures.js';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, expectAnnounced, expectLoadError, expectSessionExpired, sessionExpired } from '../../../stories/states.js';
import type { Passkey } from '../../cognito/passkeys.js';
import type { AddPasskeyState, UseAddPasskeyResult } from '../../queries/passkeys/add.js';
import { SecurityMessagesProvider } from '../messages/context.js';
import { AddPasskeyView } from './AddPasskeyView.js';
import { passkeyListAr } from './messages/ar.js';
import { PasskeyList } from './PasskeyList.js';
import { PasskeyMfaSwitch } from './PasskeyMfaSwitch.js';
import { PasskeyListView } from './PasskeyListView.js';

const meta = {
  title: 'Components/PasskeyList',
  component: PasskeyList,
} satisfies Meta<typeof PasskeyList>;

export default meta;
type Story = StoryObj<typeof meta>;

const MARCH_4 = Date.UTC(2026, 2, 4, 12);
const SEVERAL = [
  { attachment: 'platform' as const, transports: ['internal', 'hybrid'], createdAt: MARCH_4 },
  { attachment: 'cross-platform' as const, transports: ['usb', 'nfc'], createdAt: MARCH_4 + 86_400_000 },
  { attachment: null, transports: [], createdAt: MARCH_4 + 2 * 86_400_000 },
];

const passkey: Passkey = {
  id: 'AAAA',
  name: 'Passkey',
  relyingPartyId: 'localhost',
  attachment: 'platform',
  transports: ['internal'],
  createdAt: new Date(MARCH_4),
};

/** The add flow frozen in one state, as `useAddPasskey()` would give it. */
function flowIn(state: AddPasskeyState): UseAddPasskeyResult {
  return { ...state, isPending: state.step === 'starting' || state.step === 'waiting-for-authenticator' || state.step === 'completing', start: fn(), cancel: fn() };
}

/** The list with the add flow open in `state`. */
function withFlow(state: AddPasskeyState) {
  return <PasskeyListView passkeys={[passkey]} onAdd={fn()} onRemove={fn()} addFlow={<AddPasskeyView add={flowIn(state)} />} />;
}

export const Loading: Story = {
  parameters: cognito({ setup: (sim) => sim.setLatency('ListWebAuthnCredentials', 60_000) }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading…')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Passkeys' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const LoadError: Story = {
  parameters: cognito({
    setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('ListWebAuthnCredentials', { code: 'InternalErrorException' })),
  }),
  play: expectLoadError,
};

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

export const NoPasskeys: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You have no passkeys yet.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toBeEnabled();
  },
};

export const SeveralPasskeys: Story = {
  parameters: cognito({ user: { passkeys: SEVERAL } }),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
    const [platform, roaming, unknown] = canvas.getAllByRole('listitem');
    await expect(platform).toHaveTextContent('Added Mar 4, 2026 · Saved on a device · Connects by the device itself or a nearby phone');
    await expect(roaming).toHaveTextContent('Roaming passkey');
    await expect(roaming).toHaveTextContent('On a security key or another device · Connects by USB or NFC');
    await expect(unknown).toHaveTextContent(/^PasskeyAdded Mar 6, 2026Remove$/);
  },
};

/** Removing the only passkey of a user who also has a password: the confirmation warns first. */
export const LastPasskeyWarning: Story = {
  parameters: cognito({ user: { configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove Passkey' }));
    await expect(canvas.getByText('Remove “Passkey”?')).toHaveFocus();
    await expect(canvas.getByText('This is your only passkey: without it you can sign in only with your password.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Keep it' }));
    await expect(canvas.getByRole('button', { name: 'Remove Passkey' })).toHaveFocus();
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').passkeys).toHaveLength(1);
  },
};

/** Removing the only passkey of a user with no password either: the stronger warning, that no way to sign in remains. */
export const LastWayToSignInWarning: Story = {
  parameters: cognito({ user: { configuredAuthFactors: ['WEB_AUTHN'] } }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove Passkey' }));
    const confirmation = canvas.getByRole('group', { name: 'Remove “Passkey”?' });
    await expect(confirmation).toHaveTextContent('This is your only way to sign in: without it you cannot sign in to your account.');
    await expect(confirmation).not.toHaveTextContent('you can sign in only with your password');
    await expect(canvas.getByRole('button', { name: 'Remove passkey' })).toBeVisible();
  },
};

export const Removed: Story = {
  parameters: cognito({ user: { passkeys: SEVERAL } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove Roaming passkey' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove passkey' }));
    await expectAnnounced({ canvas }, 'status', '“Roaming passkey” removed');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').passkeys).toHaveLength(2);
  },
};

export const RemoveRefused: Story = {
  parameters: cognito({ user: { passkeys: SEVERAL }, setup: (sim) => sim.failNext('DeleteWebAuthnCredential', { code: 'ForbiddenException' }) }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove Roaming passkey' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove passkey' }));
    await expectAnnounced({ canvas }, 'alert', "Couldn't remove “Roaming passkey”: This change is not allowed for your account.");
    await expect(canvas.getByText('Roaming passkey').closest('li')).toHaveAttribute('data-invalid', 'true');
  },
};

/** No authenticator answers in this browser, so the prompt times out (1 s here): back to the list, nothing said. */
export const AddTimedOut: Story = {
  parameters: cognito({ pool: { webAuthnTimeout: 1000 } }),
  play: async ({ canvas, userEvent, loaded }) => {
    const add = await canvas.findByRole('button', { name: 'Add a passkey' });
    await userEvent.click(add);
    await waitFor(() => expect(canvas.queryByRole('group', { name: 'Add a passkey' })).not.toBeInTheDocument(), { timeout: 15_000 });
    await expect(add).toHaveFocus();
    await expect(cognitoOf({ loaded }).sim.calls.map((call) => call.operation)).not.toContain('CompleteWebAuthnRegistration');
  },
};

/** StartWebAuthnRegistration is on its way: "Preparing…", and Cancel is offered. */
export const AddStarting: Story = {
  render: () => withFlow({ step: 'starting', error: null, cancelled: false }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Preparing…')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('group', { name: 'Add a passkey' })).toHaveAttribute('data-state', 'starting');
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(canvas.queryByText(/The passkey was not added/)).not.toBeInTheDocument();
  },
};

export const AddWaitingForAuthenticator: Story = {
  render: () => withFlow({ step: 'waiting-for-authenticator', error: null, cancelled: false }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Follow the steps your browser shows to create the passkey.')).toHaveAttribute('role', 'status');
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const AddSaving: Story = {
  render: () => withFlow({ step: 'completing', error: null, cancelled: false }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Saving your passkey…')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  },
};

/** Each failure of the add flow in its own words. */
function addFailed(code: string, category: Parameters<typeof cognitoError>[0], text: string): Story {
  return {
    render: () => withFlow({ step: 'error', error: cognitoError(category, code), cancelled: false }),
    play: async ({ canvas }) => {
      await expect(canvas.getByText(`The passkey was not added. ${text}`)).toBeVisible();
      await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  };
}

/**
 * The browser refuses with SecurityError: the pool's relying-party id (example.com) is no suffix
 * of this page's host (localhost), so Chromium rejects `create()` before any authenticator is asked.
 */
export const BrowserSecurityError: Story = {
  parameters: cognito({ pool: { relyingPartyId: 'example.com' } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add a passkey' }));
    await expect(
      await canvas.findByText('The passkey was not added. This page’s address does not match the passkey settings of your account. Contact support.'),
    ).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus());
    await expect(cognitoOf({ loaded }).sim.calls.map((call) => call.operation)).not.toContain('CompleteWebAuthnRegistration');
  },
};

/** The browser refuses with NotSupportedError: the authenticator supports none of the offered algorithms. */
export const BrowserNotSupportedError = addFailed(
  'NotSupportedError',
  'not-allowed',
  'This device or security key cannot create the kind of passkey this account needs.',
);

export const AlreadyRegistered = addFailed('InvalidStateError', 'conflict', 'This device or security key already has a passkey for your account.');
export const ChallengeExpired = addFailed('WebAuthnChallengeNotFoundException', 'not-allowed', 'The request expired. Start again.');
export const OriginNotAllowed = addFailed(
  'WebAuthnOriginNotAllowedException',
  'configuration',
  'Passkeys cannot be added from this website address. Contact support.',
);
export const RelyingPartyMismatch = addFailed(
  'WebAuthnRelyingPartyMismatchException',
  'configuration',
  'The passkey was made for another website than this app’s sign-in. Contact support.',
);
export const ClientMismatch = addFailed('WebAuthnClientMismatchException', 'configuration', 'The passkey request came from another app session. Start again.');
export const CredentialNotSupported = addFailed(
  'WebAuthnCredentialNotSupportedException',
  'not-allowed',
  'This kind of passkey is not supported. Try another device or security key.',
);

/** Start-time refusals come from the simulator itself: the flow stops before the browser prompt. */
function startRefused(code: string, text: string, times = 1): Story {
  return {
    parameters: cognito({ setup: (sim) => Array.from({ length: times }, () => sim.failNext('StartWebAuthnRegistration', { code })) }),
    play: async ({ canvas, userEvent }) => {
      await userEvent.click(await canvas.findByRole('button', { name: 'Add a passkey' }));
      await expect(await canvas.findByText(`The passkey was not added. ${text}`, undefined, { timeout: 4000 })).toBeVisible();
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus());
    },
  };
}

export const NotEnabledForApp = startRefused('WebAuthnNotEnabledException', 'Passkeys are not turned on for this app.');
export const ConfigurationMissing = startRefused('WebAuthnConfigurationMissingException', 'Passkeys are not set up for this app yet. Contact support.');
// The transport retries throttling twice before giving up.
export const LimitExceeded = startRefused('LimitExceededException', 'Too many attempts. Wait a few minutes, then try again.', 3);

export const UnsupportedBrowser: Story = {
  render: () => <PasskeyListView passkeys={[passkey]} support="no-webauthn" onAdd={fn()} onRemove={fn()} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByText('This browser cannot create passkeys. To add one, use a current browser.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument();
  },
};

export const InsecurePage: Story = {
  render: () => <PasskeyListView passkeys={[]} support="insecure-context" onAdd={fn()} onRemove={fn()} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Passkeys can only be added on a secure (https) page.')).toBeVisible();
  },
};

/** `PasskeyMfaSwitch`, with `pool.passkeyMfa`: turns passkey MFA on, re-sending the other factors in the same request. */
export const PasskeyMfa: Story = {
  parameters: cognito({ pool: { passkeyMfa: true }, user: { enabledMfa: ['SMS_MFA'], passkeys: [{}] } }),
  render: () => <PasskeyMfaSwitch />,
  play: async ({ canvas, userEvent, loaded }) => {
    const toggle = await canvas.findByRole('switch', { name: 'Passkey as two-step verification' });
    await waitFor(() => expect(toggle).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(toggle);
    await expectAnnounced({ canvas }, 'status', 'Passkey as two-step verification turned on');
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').webAuthnMfa).toBe(true);
  },
};

export const PasskeyMfaNeedsAnotherFactor: Story = {
  parameters: cognito({ pool: { passkeyMfa: true }, user: { passkeys: [{}] } }),
  render: () => <PasskeyMfaSwitch />,
  play: async ({ canvas }) => {
    const toggle = await canvas.findByRole('switch', { name: 'Passkey as two-step verification' });
    await waitFor(() => expect(toggle).toHaveAccessibleDescription(expect.stringContaining('Turn on another two-step verification method first.')));
    await expect(toggle).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Arabic, right to left, with dates in Arabic. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  parameters: cognito({ user: { passkeys: SEVERAL } }),
  render: () => (
    <SecurityMessagesProvider messages={passkeyListAr}>
      <PasskeyList />
    </SecurityMessagesProvider>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'مفاتيح المرور' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
  },
};
