import { mutationOptions, useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useInsertionEffect, useRef } from 'react';
import { CognitoError } from '../../cognito/errors.js';
import { deleteUser } from '../../cognito/password.js';
import type { CognitoQueryScope } from '../options.js';
import { useCognitoSecurity } from '../provider.js';
import { passwordKeys } from './keys.js';

/** Options for the DeleteUser mutation. It takes no variables; never retried (it changes state). */
export function deleteUserMutationOptions({ client, userId }: CognitoQueryScope): UseMutationOptions<void, CognitoError> {
  return mutationOptions<void, CognitoError>({
    mutationKey: passwordKeys.deleteUser(userId),
    mutationFn: () => deleteUser(client),
    retry: false,
  });
}

/** The steps of deleting the account: `idle → deleting → deleted`, back to `idle` on an error. */
export type DeleteAccountStep = 'idle' | 'deleting' | 'deleted';

export interface UseDeleteAccountOptions {
  /**
   * Called once the account is deleted, instead of the provider's `onSessionExpired`: send the
   * user somewhere that needs no account. Without it, `onSessionExpired` is called.
   */
  onAccountDeleted?: (reason: CognitoError) => void;
}

/** {@link useDeleteAccount}'s state and actions. */
export interface UseDeleteAccountResult {
  step: DeleteAccountStep;
  isPending: boolean;
  /** Why the last attempt failed; the account is still there. */
  error: CognitoError | null;
  /** Sends DeleteUser. Ask the user to confirm first: it cannot be undone. */
  deleteAccount: () => void;
  /** Back to `idle`, forgetting the last error. */
  reset: () => void;
}

/** The reason the session ended, as `onSessionExpired` / `onAccountDeleted` and the cleared queries receive it. */
export const accountDeleted = () =>
  new CognitoError('The account has been deleted.', { code: 'AccountDeleted', category: 'session-expired' });

/**
 * Headless account deletion (DeleteUser). Once Cognito deletes the account, the session ends:
 * every query of the user is cleared and `onAccountDeleted` (else the provider's
 * `onSessionExpired`) is called exactly once. The actions are stable functions.
 */
export function useDeleteAccount(options: UseDeleteAccountOptions = {}): UseDeleteAccountResult {
  const { client, userId, endSession } = useCognitoSecurity('useDeleteAccount');
  const onAccountDeleted = useRef(options.onAccountDeleted);
  useInsertionEffect(() => {
    onAccountDeleted.current = options.onAccountDeleted;
  });
  const mutation = useMutation({
    ...deleteUserMutationOptions({ client, userId }),
    // On the mutation, not on `mutate`: it runs even if the page unmounted meanwhile.
    onSuccess: () => endSession(accountDeleted(), onAccountDeleted.current),
  });
  const { mutate, reset, isPending } = mutation;
  // A second press while the first is on its way must not send DeleteUser twice.
  const inFlight = useRef(false);
  const deleteAccount = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutate(undefined, { onSettled: () => void (inFlight.current = false) });
  }, [mutate]);

  const step: DeleteAccountStep = mutation.isSuccess ? 'deleted' : isPending ? 'deleting' : 'idle';
  return { step, isPending, error: mutation.error, deleteAccount, reset };
}
