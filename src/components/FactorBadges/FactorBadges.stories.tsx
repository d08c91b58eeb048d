import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import {
  allFactors,
  cognito,
  expectLoadError,
  expectLoading,
  expectSessionExpired,
  loadError,
  loading,
  sessionExpired,
} from '../../../stories/states.js';
import { FactorBadges } from './FactorBadges.js';
import { FactorBadgesView } from './FactorBadgesView.js';

const meta = {
  title: 'Components/FactorBadges',
  component: FactorBadges,
} satisfies Meta<typeof FactorBadges>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = { parameters: loading, play: expectLoading };

export const LoadError: Story = { parameters: loadError, play: expectLoadError };

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

export const NoFactors: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Off')).toBeVisible();
    await expect(await canvas.findByText('Password')).toBeVisible();
  },
};

export const OneFactor: Story = {
  parameters: cognito({ user: { enabledMfa: ['SMS_MFA'] } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('On')).toBeVisible();
    await expect(canvas.getByText('Text message (SMS)')).toBeVisible();
  },
};

export const AllFactorsPreferredSet: Story = {
  parameters: cognito({
    user: { ...allFactors, preferredMfa: 'SOFTWARE_TOKEN_MFA', configuredAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] },
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('(Preferred)')).toBeVisible();
    await expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Authenticator app');
    await expect(await canvas.findByText('Passkey')).toBeVisible();
    await expect(canvas.getByText('Email code')).toBeVisible();
  },
};

export const PoolRequiresMfa: Story = {
  parameters: cognito({ pool: { mfa: 'ON' }, user: { enabledMfa: ['EMAIL_OTP'] } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Required')).toBeVisible();
  },
};

export const UnknownSignInMethod: Story = {
  parameters: cognito({ user: { configuredAuthFactors: ['PASSWORD', 'MAGIC_LINK'] } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Other method (MAGIC_LINK)')).toBeVisible();
  },
};

export const SignInMethodsUnavailable: Story = {
  parameters: cognito({ setup: (sim) => sim.failNext('GetUserAuthFactors', { code: 'UnknownOperationException' }) }),
  play: async ({ canvas, loaded }) => {
    await expect(await canvas.findByText('Off')).toBeVisible();
    await waitFor(() => expect(cognitoOf({ loaded }).queryClient.isFetching()).toBe(0));
    await expect(canvas.queryByText('Ways to sign in')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};

/** The view alone, fed plain data: a factor the kit does not know yet is still listed. */
export const PresentationalWithUnknownFactor: Story = {
  render: () => <FactorBadgesView enabled={['SMS_MFA', 'WEB_AUTHN_MFA']} preferred="WEB_AUTHN_MFA" signInMethods={['PASSWORD']} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Other method (WEB_AUTHN_MFA)');
  },
};
