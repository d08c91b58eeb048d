import { useCognitoUser } from '../../queries/hooks.js';
import { useChangePassword, type UseChangePasswordOptions } from '../../queries/password/changePassword.js';
import { ChangePasswordFormView, type ChangePasswordFormViewProps } from './ChangePasswordFormView.js';

/** Props of {@link ChangePasswordForm}. */
export interface ChangePasswordFormProps extends UseChangePasswordOptions, Omit<ChangePasswordFormViewProps, 'flow' | 'username'> {}

/**
 * Changes the signed-in user's password (ChangePassword), or lets a user without one set a
 * first password. A wrong current password is a field error and keeps the session. Reads
 * `useChangePassword()` and the username from `useCognitoUser()`; needs `<CognitoSecurityProvider>`.
 * Pass `passwordPolicy` when your pool's policy is not Cognito's default.
 */
export function ChangePasswordForm({ hasPassword, ...view }: ChangePasswordFormProps) {
  const flow = useChangePassword({ hasPassword });
  const username = useCognitoUser().data?.username;
  return <ChangePasswordFormView {...view} flow={flow} username={username} />;
}
