import { useCognitoUser } from '../../queries/hooks.js';
import { useChangePassword, type UseChangePasswordOptions } from '../../queries/password/changePassword.js';
import { ChangePasswordFormView, type ChangePasswordFormViewProps } from './ChangePasswordFormView.js';

/** Props of {@link ChangePasswordForm}. */
export interface ChangePasswordFormProps extends UseChangePasswordOptions, Omit<ChangePasswordFormViewProps, 'flow' | 'username'> {
  /**
   * The name the user signs in with, which a password manager saves the new password under (a
   * hidden `autocomplete="username"` field). Default the user's `email` attribute, else
   * `preferred_username`, else the Cognito `Username` (a UUID in pools where users sign in
   * with their email address).
   */
  username?: string;
}

/**
 * Changes the signed-in user's password (ChangePassword), or lets a user without one set a
 * first password. A wrong current password is a field error and keeps the session. Reads
 * `useChangePassword()` and the username from `useCognitoUser()`; needs `<CognitoSecurityProvider>`.
 * Pass `passwordPolicy` when your pool's policy is not Cognito's default.
 */
export function ChangePasswordForm({ hasPassword, username, ...view }: ChangePasswordFormProps) {
  const flow = useChangePassword({ hasPassword });
  const user = useCognitoUser().data;
  const signInName = username ?? (user && (user.attributes.email ?? user.attributes.preferred_username ?? user.username));
  return <ChangePasswordFormView {...view} flow={flow} username={signInName} />;
}
