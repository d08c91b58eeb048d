import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { MFA_FACTORS, SIGN_IN_METHODS, viewArgTypes, viewComponent, viewProps, type ViewStoryArgs } from '../../../stories/controls.js';
import { FactorBadgesView, type FactorBadgesViewProps } from './FactorBadgesView.js';

const meta = {
  title: 'Views/FactorBadgesView',
  component: viewComponent(FactorBadgesView),
  tags: ['autodocs'],
  render: (args) => <FactorBadgesView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    enabled: { control: 'check', options: MFA_FACTORS },
    preferred: { control: 'select', options: [...MFA_FACTORS, null] },
    signInMethods: { control: 'check', options: SIGN_IN_METHODS },
  },
  args: {
    enabled: ['SOFTWARE_TOKEN_MFA', 'SMS_MFA'],
    preferred: 'SOFTWARE_TOKEN_MFA',
    required: false,
    signInMethods: ['PASSWORD', 'WEB_AUTHN'],
    status: 'success',
  },
} satisfies Meta<ViewStoryArgs<FactorBadgesViewProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: factors on and preferred, sign-in methods, a load status and error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('On')).toBeVisible();
    await expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Authenticator app');
    await expect(canvas.getByText('Passkey')).toBeVisible();
  },
};

export const Loading: Story = {
  args: { status: 'pending', enabled: [], preferred: null, signInMethods: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading…')).toBeVisible();
  },
};

export const LoadError: Story = {
  args: { status: 'error', error: 'malformed response', enabled: [], preferred: null, signInMethods: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Could not load your security settings/);
  },
};

export const RequiredByThePool: Story = {
  args: { enabled: ['EMAIL_OTP'], preferred: null, required: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Required')).toBeVisible();
  },
};

/** A factor or sign-in method the kit does not know yet is still listed, generically. */
export const UnknownValues: Story = {
  args: { enabled: ['SMS_MFA', 'NEW_MFA'], preferred: 'NEW_MFA', signInMethods: ['PASSWORD', 'MAGIC_LINK'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Other method (NEW_MFA)');
    await expect(canvas.getByText('Other method (MAGIC_LINK)')).toBeVisible();
  },
};

/** Passkey MFA (`WEB_AUTHN_MFA`) has its own name beside the other verification methods and the passkey sign-in. */
export const PasskeyMfa: Story = {
  args: { enabled: ['SOFTWARE_TOKEN_MFA', 'WEB_AUTHN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', signInMethods: ['PASSWORD', 'WEB_AUTHN'] },
  play: async ({ canvas }) => {
    const methods = canvas.getByText('Verification methods').parentElement as HTMLElement;
    await expect(methods).toHaveTextContent('Passkey as second step');
    await expect(methods).not.toHaveTextContent('Other method');
    await expect(canvas.getByText('Ways to sign in').parentElement).toHaveTextContent(/^Ways to sign inPasswordPasskey$/);
  },
};
