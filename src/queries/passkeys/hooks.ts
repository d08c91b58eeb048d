import { useMutation, useMutationState, useQuery } from '@tanstack/react-query';
import type { CognitoError } from '../../cognito/errors.js';
import { useCognitoSecurity } from '../provider.js';
import { passkeyKeys } from './keys.js';
import { passkeysQueryOptions, removePasskeyMutationOptions, type RemovedPasskey } from './options.js';

/** The signed-in user's passkeys (ListWebAuthnCredentials, all pages), newest state of the shared cache. */
export function usePasskeys() {
  const { client, userId } = useCognitoSecurity('usePasskeys');
  return useQuery(passkeysQueryOptions({ client, userId }));
}

/** Removes a passkey optimistically: `mutate(passkey.id)`; rolls back only that passkey if Cognito refuses. */
export function useRemovePasskey() {
  const { client, userId } = useCognitoSecurity('useRemovePasskey');
  return useMutation<void, CognitoError, string, RemovedPasskey | undefined>(removePasskeyMutationOptions({ client, userId }));
}

/** One DeleteWebAuthnCredential call, as the mutation cache holds it. */
export interface PasskeyRemoval {
  passkeyId: string;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: CognitoError | null;
  submittedAt: number;
  /** The passkey's name when it was removed, for announcing the outcome. */
  name: string | undefined;
}

/** Every passkey removal of this session, oldest first, from any component. */
export function usePasskeyRemovals(): PasskeyRemoval[] {
  const { userId } = useCognitoSecurity('usePasskeyRemovals');
  return useMutationState({
    filters: { mutationKey: passkeyKeys.remove(userId) },
    select: (mutation): PasskeyRemoval => ({
      passkeyId: mutation.state.variables as string,
      status: mutation.state.status,
      error: mutation.state.error as CognitoError | null,
      submittedAt: mutation.state.submittedAt,
      name: (mutation.state.context as RemovedPasskey | undefined)?.passkey.name,
    }),
  });
}
