import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { contactDetailsDe } from '../ContactDetails/messages/de.js';
import { changePasswordFormDe } from '../ChangePasswordForm/messages/de.js';
import { deleteAccountDe } from '../DeleteAccount/messages/de.js';
import { deviceListDe } from '../DeviceList/messages/de.js';
import { deviceListEn } from '../DeviceList/messages/en.js';
import { de } from '../messages/de.js';
import { SecurityMessagesProvider } from '../messages/context.js';
import { passkeyListDe } from '../PasskeyList/messages/de.js';
import { signOutEverywhereDe } from '../SignOutEverywhere/messages/de.js';
import { AccountSecurity } from './AccountSecurity.js';
import { accountSecurityDe } from './messages/de.js';

/** The titles of the sections, once every section's code and data are in. */
async function sectionTitles(level: number) {
  await waitFor(() => expect(document.querySelector('[data-rcs="loading"], [aria-busy="true"]')).toBeNull());
  return screen.getAllByRole('heading', { level }).map((heading) => heading.textContent);
}

describe('AccountSecurity', () => {
  it('is one named region: its title, then every section under its own title, one level below', async () => {
    renderWithCognito(<AccountSecurity />);
    const page = screen.getByRole('region', { name: 'Security' });
    expect(within(page).getByRole('heading', { level: 2, name: 'Security' })).toBeInTheDocument();
    expect(await sectionTitles(3)).toEqual(['Contact details', 'Two-step verification', 'Passkeys', deviceListEn['devices.title'], 'Change password', 'Sign out everywhere', 'Delete account']);
    // The switches' group does not repeat the section's title.
    expect(screen.getByRole('group', { name: 'Methods' })).toBeInTheDocument();
    expect(await screen.findByRole('switch', { name: /Text message/ })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Preferred method' })).toBeInTheDocument();
  });

  it('nests in any outline: headingLevel sets the page title, sections follow one below', async () => {
    renderWithCognito(<AccountSecurity headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Security' })).toBeInTheDocument();
    expect(await sectionTitles(4)).toHaveLength(7);
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
  });

  it('shows only the sections asked for, in that order, under the titles given', async () => {
    renderWithCognito(<AccountSecurity sections={['password', 'contacts', 'password']} titles={{ contacts: 'Phone and email' }} />);
    expect(await sectionTitles(3)).toEqual(['Change password', 'Phone and email']);
    expect(screen.queryByRole('group', { name: 'Methods' })).toBeNull();
    expect(document.querySelectorAll('[data-rcs="account-security-section"]')).toHaveLength(2);
  });

  it("lets its messages reword the page and every section in it, the two-step verification section's included", async () => {
    renderWithCognito(
      <AccountSecurity
        sections={['mfa', 'devices']}
        messages={{
          'accountSecurity.title': 'Sign-in and safety',
          'accountSecurity.mfa': 'Second step',
          'accountSecurity.mfaMethods': 'Second-step methods',
          'devices.title': 'Your devices',
        }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Sign-in and safety' })).toBeInTheDocument();
    expect(await sectionTitles(3)).toEqual(['Second step', 'Your devices']);
    expect(screen.getByRole('group', { name: 'Second-step methods' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Methods' })).toBeNull();
  });

  it("puts its messages over the provider's, and titles over both", async () => {
    renderWithCognito(
      <SecurityMessagesProvider messages={{ ...accountSecurityDe, ...deleteAccountDe }}>
        <AccountSecurity sections={['mfa', 'deleteAccount']} messages={{ 'accountSecurity.mfa': 'Second step', 'deleteAccount.title': 'Close the account' }} titles={{ mfa: '2FA' }} />
      </SecurityMessagesProvider>,
    );
    expect(await sectionTitles(3)).toEqual(['2FA', 'Close the account']);
    // The keys the page leaves alone still come from the provider.
    expect(screen.getByRole('region', { name: 'Sicherheit' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Methoden' })).toBeInTheDocument();
  });

  it('titles the password section as asked for a user without a password too, where it would read "Set a password"', async () => {
    renderWithCognito(<AccountSecurity sections={['password']} titles={{ password: 'Your password' }} />, {
      user: { password: undefined, configuredAuthFactors: ['WEB_AUTHN'] },
    });
    // The form is in its set-a-password state, under the title given.
    expect(await screen.findByRole('button', { name: 'Set password' })).toBeInTheDocument();
    expect(await sectionTitles(3)).toEqual(['Your password']);
  });

  it('shows a user without a password "Set a password" when no title is given', async () => {
    renderWithCognito(<AccountSecurity sections={['password']} />, { user: { password: undefined, configuredAuthFactors: ['WEB_AUTHN'] } });
    expect(await screen.findByRole('heading', { level: 3, name: 'Set a password' })).toBeInTheDocument();
  });

  it("passes each section's props on", async () => {
    const user = userEvent.setup();
    renderWithCognito(<AccountSecurity sections={['deleteAccount']} sectionProps={{ deleteAccount: { confirmText: 'ada' } }} />);
    await user.click(await screen.findByRole('button', { name: 'Delete account…' }));
    expect(screen.getByRole('textbox', { name: 'To confirm, type ada' })).toHaveFocus();
  });

  it('speaks German with the German catalogues', async () => {
    renderWithCognito(
      <SecurityMessagesProvider
        messages={{
          ...de,
          ...contactDetailsDe,
          ...passkeyListDe,
          ...deviceListDe,
          ...changePasswordFormDe,
          ...signOutEverywhereDe,
          ...deleteAccountDe,
          ...accountSecurityDe,
        }}
      >
        <AccountSecurity />
      </SecurityMessagesProvider>,
    );
    expect(screen.getByRole('region', { name: 'Sicherheit' })).toBeInTheDocument();
    expect(await sectionTitles(3)).toEqual(['Kontaktdaten', 'Bestätigung in zwei Schritten', 'Passkeys', deviceListDe['devices.title'], 'Passwort ändern', signOutEverywhereDe['signOutEverywhere.title'], 'Konto löschen']);
    expect(screen.getByRole('group', { name: 'Methoden' })).toBeInTheDocument();
  });
});
