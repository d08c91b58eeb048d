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
      <section aria-labelledby="ways-to-sign-in">
        <h2 id="ways-to-sign-in">Ways to sign in</h2>
        <FactorBadges />
      </section>
      <ContactDetails headingLevel={2} />
      <section aria-labelledby="two-step">
        <h2 id="two-step">Two-step verification</h2>
        <MfaToggleList />
        <PreferredMfaPicker />
      </section>
      <section aria-labelledby="passkeys-section">
        <h2 id="passkeys-section">Passkeys</h2>
        <PasskeyList headingLevel={3} />
        <PasskeyMfaSwitch />
      </section>
      <section aria-labelledby="password-section">
        <h2 id="password-section">Password</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="danger-zone">
        <h2 id="danger-zone">Delete account</h2>
        <DeleteAccount />
      </section>
    </main>
  );
}
