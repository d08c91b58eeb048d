/**
 * The Security page: who is signed in, a "Sign out" for this tab, and the kit's whole page.
 * Must be rendered inside `CognitoSecurityProvider`.
 */
import { AccountSecurity } from 'react-cognito-security/account-security';

export interface SecurityPageProps {
  username: string;
  onSignOut: () => void;
}

export function SecurityPage({ username, onSignOut }: SecurityPageProps) {
  return (
    <main className="security">
      <p>
        Signed in as <strong>{username}</strong>{' '}
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </p>
      {/* The page's own title is its h1; sections are h2. Deleting the account or signing out
          everywhere ends the session through the provider's onSessionExpired. */}
      <AccountSecurity headingLevel={1} />
    </main>
  );
}
