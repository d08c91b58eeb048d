/**
 * The whole Security page in one component, built from the kit's drop-ins, so that it can be
 * swapped for a single `AccountSecurity` component later without touching the rest of the app.
 * Must be rendered inside `CognitoSecurityProvider`.
 */
import { ChangePasswordForm, DeleteAccount } from 'react-cognito-security/account';
import { ContactDetails } from 'react-cognito-security/contacts';
import { FactorBadges, MfaToggleList, PreferredMfaPicker } from 'react-cognito-security/mfa';
import { PasskeyList, PasskeyMfaSwitch } from 'react-cognito-security/passkeys';

export interface SecurityPageProps {
  username: string;
  onSignOut: () => void;
}

export function SecurityPage({ username, onSignOut }: SecurityPageProps) {
  return (
    <main className="security">
      <header>
        <h1>Security</h1>
        <p>
          Signed in as <strong>{username}</strong>{' '}
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </p>
      </header>
      <FactorBadges />
      <ContactDetails headingLevel={2} />
      <section aria-labelledby="two-step">
        <h2 id="two-step">Two-step verification</h2>
        <MfaToggleList />
        <PreferredMfaPicker />
      </section>
      <PasskeyList headingLevel={2} />
      <PasskeyMfaSwitch />
      <ChangePasswordForm headingLevel={2} />
      <DeleteAccount headingLevel={2} />
    </main>
  );
}
