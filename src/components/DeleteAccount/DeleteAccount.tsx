import { useDeleteAccount, type UseDeleteAccountOptions } from '../../queries/password/deleteAccount.js';
import { DeleteAccountView, type DeleteAccountViewProps } from './DeleteAccountView.js';

/** Props of {@link DeleteAccount}. */
export interface DeleteAccountProps extends UseDeleteAccountOptions, Omit<DeleteAccountViewProps, 'flow'> {}

/**
 * Lets the signed-in user delete their account (DeleteUser) after typing a confirmation.
 * Then the session ends: this user's cache is cleared and `onAccountDeleted` (else the
 * provider's `onSessionExpired`) is called once. Needs `<CognitoSecurityProvider>`.
 */
export function DeleteAccount({ onAccountDeleted, ...view }: DeleteAccountProps) {
  const flow = useDeleteAccount({ onAccountDeleted });
  return <DeleteAccountView {...view} flow={flow} />;
}
