import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { FactorBadges, MfaToggleList, PreferredMfaPicker } from '../src/mfa.js';
import { generateTotpCode } from '../src/testing/index.js';
import { cognitoOf } from './harness.js';
import { cognito, expectAnnounced, untilLoaded } from './states.js';

/**
 * A typical account page: the summary on top, then the switches (whose "Set up" opens the
 * authenticator-app flow below them) and the preferred-factor picker.
 */
function AccountSecurityPage() {
  return (
    <main>
      <h1>Security</h1>
      <FactorBadges />
      <MfaToggleList totpSetup={{ issuer: 'Acme', headingLevel: 2 }} />
      <PreferredMfaPicker />
    </main>
  );
}

const meta = {
  title: 'Pages/Account security page',
  component: AccountSecurityPage,
  parameters: cognito({
    user: { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA', configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] },
  }),
} satisfies Meta<typeof AccountSecurityPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ConsistentThroughAFailedSave: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded, step } = context;
    const { sim } = cognitoOf({ loaded });
    await untilLoaded(context);
    const sms = canvas.getByRole('switch', { name: 'Text message (SMS)' });
    const smsBadge = () => canvas.queryByText('Text message (SMS)', { selector: '[data-rcs="badge"]' });
    await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();

    await step('turning off the preferred factor shows everywhere at once', async () => {
      // Long enough to see the optimistic state before the failure rolls it back.
      sim.setLatency('SetUserMFAPreference', 2000);
      sim.failNext('SetUserMFAPreference', { code: 'InternalErrorException' });
      await userEvent.click(sms);
      await waitFor(async () => {
        await expect(sms).not.toBeChecked();
        await expect(smsBadge()).not.toBeInTheDocument();
        await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();
      });
    });

    await step('the failure rolls back every component and says why', async () => {
      await expectAnnounced({ canvas }, 'alert', "Couldn't turn off Text message (SMS): The service is not responding.");
      await expect(sms).toBeChecked();
      await expect(smsBadge()).toHaveTextContent('Text message (SMS) (Preferred)');
      await expect(canvas.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
      await expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA', 'EMAIL_OTP'], preferredMfa: 'SMS_MFA' });
    });

    await step('trying again succeeds and clears the preference (docs/behaviour.md#mfa-row-8)', async () => {
      sim.setLatency('SetUserMFAPreference', 0);
      await userEvent.click(sms);
      await expectAnnounced({ canvas }, 'status', 'Text message (SMS) turned off');
      await expect(canvas.getByText('Turn on two or more methods to choose a preferred one.')).toBeVisible();
      await expect(smsBadge()).not.toBeInTheDocument();
      await expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['EMAIL_OTP'], preferredMfa: null });
    });
  },
};

export const SettingUpAnAuthenticatorApp: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded, step } = context;
    const { sim } = cognitoOf({ loaded });
    await untilLoaded(context);
    const app = canvas.getByRole('switch', { name: 'Authenticator app' });

    await step('"Set up" opens the flow below the switches, at the QR code', async () => {
      await expect(app).toHaveAccessibleDescription(expect.stringContaining('Set up an authenticator app first.'));
      await userEvent.click(canvas.getByRole('button', { name: 'Set up' }));
      const scan = await canvas.findByRole('heading', { name: 'Scan the QR code' });
      await waitFor(() => expect(scan).toHaveFocus());
    });

    await step('the code the app shows verifies it', async () => {
      const code = await generateTotpCode(sim.getUserState('ada').pendingTotpSecret ?? '');
      await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code from the app' }), code);
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
      await expect(await canvas.findByRole('checkbox', { name: 'Make it my preferred method' })).toBeChecked();
    });

    await step('turning it on shows in the switch, the picker and the badges', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Turn on' }));
      const done = await canvas.findByRole('heading', { name: 'Authenticator app is on' });
      await waitFor(() => expect(done).toHaveFocus());
      await expect(sim.getUserState('ada')).toMatchObject({
        enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
        preferredMfa: 'SOFTWARE_TOKEN_MFA',
      });
      await waitFor(() => expect(app).toBeChecked());
      await expect(canvas.getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
      await expect(canvas.getByText('Authenticator app', { selector: '[data-rcs="badge"]' })).toHaveTextContent(
        'Authenticator app (Preferred)',
      );
      await expect(done).toHaveFocus();
    });
  },
};

export const ChoosingAPreferenceMovesTheBadge: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await waitFor(() => expect(canvas.getByText('(Preferred)').parentElement).toHaveTextContent('Email'));
    await expectAnnounced({ canvas }, 'status', 'Email is now your preferred method');
    await waitFor(() => expect(cognitoOf({ loaded }).sim.getUserState('ada').preferredMfa).toBe('EMAIL_OTP'));
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async (context) => {
    const { canvas } = context;
    await untilLoaded(context);
    await expect(canvas.getByRole('switch', { name: 'SMS' })).toBeChecked();
    await expect(canvas.getByRole('radiogroup', { name: 'Bevorzugte Methode' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Einrichten' })).toBeVisible();
  },
};

export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async (context) => {
    const { canvas, canvasElement } = context;
    await untilLoaded(context);
    const sms = canvas.getByRole('switch', { name: 'رسالة نصية (SMS)' });
    await expect(sms.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(canvasElement.querySelector('[dir="rtl"]')).toHaveAttribute('lang', 'ar');
    await expect(canvas.getByRole('radio', { name: 'بلا تفضيل — اسألني عند تسجيل الدخول' })).toBeVisible();
    // The masked number is isolated so that it reads "•••• 0123" in the right-to-left sentence.
    await expect(sms).toHaveAccessibleDescription(expect.stringMatching(/تُرسل الرموز إلى \u2066••••\s0123\u2069/));
  },
};

/** The background the stylesheet gives a component root in each scheme (`--rcs-color-bg`'s defaults). */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(24, 27, 32)' };

async function expectScheme(context: StoryContext, scheme: 'light' | 'dark') {
  await untilLoaded(context);
  const roots = context.canvasElement.querySelectorAll('[data-rcs="toggle-list"], [data-rcs="picker"], [data-rcs="badges"]');
  await expect(roots).toHaveLength(3);
  await expect([...roots].map((root) => getComputedStyle(root).backgroundColor)).toEqual(Array(3).fill(BACKGROUND[scheme]));
}

/** "System", the toolbar's default, forces nothing: the page follows the reader's prefers-color-scheme. */
export const SystemColourScheme: Story = {
  globals: { theme: 'system' },
  play: async (context) => {
    await expect(context.canvasElement.querySelector('[data-rcs-theme]')).toBeNull();
    await expectScheme(context, matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  },
};

export const Light: Story = {
  globals: { theme: 'light' },
  play: (context) => expectScheme(context, 'light'),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: (context) => expectScheme(context, 'dark'),
};
