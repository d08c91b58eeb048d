import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { cognito } from '../../../stories/states.js';
import { deviceListEn } from '../DeviceList/messages/en.js';
import { AccountSecurity } from './AccountSecurity.js';

const meta = {
  title: 'Components/AccountSecurity',
  component: AccountSecurity,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AccountSecurity>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits until every section's code and data are in. */
const settled = (root: HTMLElement) =>
  waitFor(() => expect(root.querySelector('[data-rcs="loading"], [aria-busy="true"]')).toBeNull(), { timeout: 5000 });

/** The whole page for a user with a verified phone and email, the authenticator app on, and one passkey. */
export const Default: Story = {
  parameters: cognito({
    user: {
      configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'],
      enabledMfa: ['SOFTWARE_TOKEN_MFA'],
      preferredMfa: 'SOFTWARE_TOKEN_MFA',
    },
  }),
  play: async ({ canvas, canvasElement }) => {
    const page = canvas.getByRole('region', { name: 'Security' });
    await settled(canvasElement);
    const titles = within(page).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    await expect(titles).toEqual(['Contact details', 'Two-step verification', 'Passkeys', deviceListEn['devices.title'], 'Change password', 'Sign out everywhere', 'Delete account']);
    await expect(canvas.getByRole('switch', { name: /Authenticator app/ })).toBeChecked();
  },
};

/** German: every section in its German catalogue. */
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('region', { name: 'Sicherheit' })).toBeVisible();
    await settled(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Bestätigung in zwei Schritten' })).toBeVisible();
  },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('region', { name: 'الأمان' })).toBeVisible();
    await settled(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'التحقق بخطوتين' })).toBeVisible();
  },
};

/** Only some sections, reordered and renamed, nested under an h3. */
export const ChosenSections: Story = {
  args: { sections: ['mfa', 'contacts'], titles: { contacts: 'Phone and email' }, headingLevel: 3 },
  play: async ({ canvas, canvasElement }) => {
    await settled(canvasElement);
    const titles = canvas.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    await expect(titles).toEqual(['Two-step verification', 'Phone and email']);
    await expect(canvas.queryByRole('heading', { name: 'Passkeys' })).toBeNull();
  },
};
