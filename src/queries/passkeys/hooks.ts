import { useMutation, useQuery } from '@tanstack/react-query';
import { useMutationRecords, type MutationOutcome } from '../mutationRecords.js';
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
export interface PasskeyRemoval extends MutationOutcome {
  passkeyId: string;
  /** The passkey's name when it was removed, for announcing the outcome. */
  name: string | undefined;
}

/** Every passkey removal of this session, oldest first, from any component. */
export function usePasskeyRemovals(): PasskeyRemoval[] {
  const { userId } = useCognitoSecurity('usePasskeyRemovals');
  return useMutationRecords(passkeyKeys.remove(userId), (passkeyId: string, removed: RemovedPasskey | undefined) => ({
    passkeyId,
    name: removed?.passkey.name,
  }));
}
