import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { FactorBadges, MfaToggleList, PreferredMfaPicker } from '../src/components/index.js';
import { cognitoOf } from './harness.js';
import { cognito, expectAnnounced } from './states.js';

interface PageProps {
  onSetUpAuthenticator: () => void;
}

/** A typical account page: the summary on top, then the switches and the preferred-factor picker. */
function AccountSecurityPage({ onSetUpAuthenticator }: PageProps) {
  return (
    <main>
      <h1>Security</h1>
      <FactorBadges />
      <MfaToggleList onSetUpAuthenticator={onSetUpAuthenticator} />
      <PreferredMfaPicker />
    </main>
  );
}

const meta = {
  title: 'Pages/Account security page',
  component: AccountSecurityPage,
  args: { onSetUpAuthenticator: fn() },
  parameters: cognito({
    user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA', configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] },
  }),
} satisfies Meta<typeof AccountSecurityPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ConsistentThroughAFailedSave: Story = {
  play: async ({ canvas, userEvent, loaded, step }) => {
    const { sim } = cognitoOf({ loaded });
    const sms = await canvas.findByRole('switch', { name: 'Text message (SMS)' });
    const smsBadge = () => canvas.queryByText('Text message (SMS)', { selector: '[data-rcs="badge"]' });
    await expect(await canvas.findByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();

    await step('turning off the preferred factor shows everywhere at once', async () => {
      sim.setLatency('SetUserMFAPreference', 800);
      sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
      await userEvent.click(sms);
      await expect(sms).not.toBeChecked();
      await expect(smsBadge()).not.toBeInTheDocument();
      await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();
    });

    await step('the failure rolls back every component and says why', async () => {
      await expectAnnounced({ canvas }, 'alert', "Couldn't turn off Text message (SMS): The service is not responding.");
      await expect(sms).toBeChecked();
      await expect(smsBadge()).toHaveTextContent('Text message (SMS) (Preferred)');
      await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
      await expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' });
    });

    await step('trying again succeeds and clears the preference (spec row 8)', async () => {
      sim.setLatency('SetUserMFAPreference', 0);
      await userEvent.click(sms);
      await expectAnnounced({ canvas }, 'status', 'Text message (SMS) turned off');
      await expect(canvas.getByText('Turn on two or more methods to choose a preferred one.')).toBeVisible();
      await expect(smsBadge()).not.toBeInTheDocument();
      await expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['EMAIL_OTP'], preferredMfa: null });
    });
  },
};

export const ChoosingAPreferenceMovesTheBadge: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: 'Email' }));
    await expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Email');
    await expectAnnounced({ canvas }, 'status', 'Email is now your preferred method');
    await waitFor(() => expect(cognitoOf({ loaded }).sim.getUserState('ada').preferredMfa).toBe('EMAIL_OTP'));
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('switch', { name: 'SMS' })).toBeChecked();
    await expect(canvas.getByRole('group', { name: 'Bevorzugte Methode' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Einrichten' })).toBeVisible();
  },
};

export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvas, canvasElement }) => {
    const sms = await canvas.findByRole('switch', { name: 'رسالة نصية (SMS)' });
    await expect(sms.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(canvasElement.querySelector('[dir="rtl"]')).toHaveAttribute('lang', 'ar');
    await expect(canvas.getByRole('radio', { name: 'بلا تفضيل — اسألني عند تسجيل الدخول' })).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    const sms = await canvas.findByRole('switch', { name: 'Text message (SMS)' });
    await expect(getComputedStyle(sms).colorScheme).toBe('dark');
  },
};
