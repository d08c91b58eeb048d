import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  allFactors,
  cognito,
  expectLoadError,
  expectLoading,
  expectSessionExpired,
  loadError,
  loading,
  sessionExpired,
  untilLoaded,
} from '../../../stories/states.js';
import { FactorBadges } from './FactorBadges.js';

const meta = {
  title: 'Components/FactorBadges',
  component: FactorBadges,
  tags: ['autodocs'],
} satisfies Meta<typeof FactorBadges>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllFactorsPreferredSet: Story = {
  parameters: cognito({
    user: { ...allFactors, preferredMfa: 'SOFTWARE_TOKEN_MFA', configuredAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] },
  }),
  play: async (context) => {
    const { canvas } = context;
    await untilLoaded(context);
    await expect(canvas.getByText('(Preferred)')).toBeVisible();
    await expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Authenticator app');
    await expect(canvas.getByText('Passkey')).toBeVisible();
    await expect(canvas.getByText('Email code')).toBeVisible();
  },
};

export const Loading: Story = { parameters: loading, play: expectLoading };

export const LoadError: Story = { parameters: loadError, play: expectLoadError };

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

export const NoFactors: Story = {
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getByText('Off')).toBeVisible();
    await expect(context.canvas.getByText('Password')).toBeVisible();
  },
};

export const OneFactor: Story = {
  parameters: cognito({ user: { enabledMfa: ['SMS_MFA'] } }),
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getByText('On')).toBeVisible();
    await expect(context.canvas.getByText('Text message (SMS)')).toBeVisible();
  },
};

export const PoolRequiresMfa: Story = {
  parameters: cognito({ pool: { mfa: 'ON' }, user: { enabledMfa: ['EMAIL_OTP'] } }),
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getByText('Required')).toBeVisible();
  },
};

export const UnknownSignInMethod: Story = {
  parameters: cognito({ user: { configuredAuthFactors: ['PASSWORD', 'MAGIC_LINK'] } }),
  play: async (context) => {
    await untilLoaded(context);
    await expect(context.canvas.getByText('Other method (MAGIC_LINK)')).toBeVisible();
  },
};

export const SignInMethodsUnavailable: Story = {
  parameters: cognito({ setup: (sim) => sim.failNext('GetUserAuthFactors', { code: 'UnknownOperationException' }) }),
  play: async (context) => {
    const { canvas } = context;
    await untilLoaded(context);
    await expect(canvas.getByText('Off')).toBeVisible();
    await expect(canvas.queryByText('Ways to sign in')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
  },
};
