import { useMutation, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMutationRecords, type MutationOutcome } from '../mutationRecords.js';
import type { CognitoError } from '../../cognito/errors.js';
import {
  buildPasskeyMfaRequest,
  isPasskeyMfaOn,
  passkeyMfaIneligibility,
  passkeyMfaOffered,
  type PasskeyMfaIneligibility,
} from '../../cognito/passkeyMfa.js';
import { cognitoKeys } from '../keys.js';
import { cognitoUserQueryOptions, type CognitoQueryScope } from '../options.js';
import { useCognitoSecurity } from '../provider.js';
import { passkeyKeys } from './keys.js';
import { passkeysQueryOptions } from './options.js';

/**
 * Options for turning passkey MFA on (`true`) or off (`false`). Each change reads the user's
 * MFA state afresh and re-sends the enabled factors beside `WebAuthnMfaSettings` (account spec
 * §8); it waits for the other MFA switches' changes, which share its queue.
 */
export function passkeyMfaMutationOptions({ client, userId }: CognitoQueryScope) {
  return {
    mutationKey: passkeyKeys.passkeyMfa(userId),
    scope: { id: cognitoKeys.setMfaPreference(userId).join('/') },
    mutationFn: async (enabled: boolean) => {
      await client.setUserMfaPreference(buildPasskeyMfaRequest(await client.getUser(), enabled));
    },
    onSettled: (_data: unknown, _error: unknown, _enabled: boolean, _context: unknown, { client: queryClient }: { client: QueryClient }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: cognitoKeys.cognitoUser(userId) }),
        queryClient.invalidateQueries({ queryKey: cognitoKeys.authFactors(userId) }),
      ]),
  };
}

/** The passkey-MFA switch's state. */
export interface PasskeyMfa {
  /** The app's `pool` says users may turn it on (`passkeyMfa`, MFA not off): show the switch at all. */
  offered: boolean;
  /** On, counting a change on its way as done. */
  enabled: boolean;
  pending: boolean;
  /** Why the last change failed, until the next one. */
  error: CognitoError | null;
  /** Why it cannot be turned on, when it is off (shown before the click). */
  enableBlockedBy: PasskeyMfaIneligibility | null;
  /** `pending` until GetUser and the passkey list have answered. */
  status: 'pending' | 'error' | 'success';
  setEnabled: (enabled: boolean) => void;
  /** The most recent change, for announcing its outcome. */
  lastChange: PasskeyMfaChange | undefined;
}

/** One passkey-MFA change, as the mutation cache holds it. */
export interface PasskeyMfaChange extends MutationOutcome {
  enabled: boolean;
}

/**
 * Passkey MFA (`WebAuthnMfaSettings`): whether it is on [?: read from `WEB_AUTHN_MFA` in
 * `UserMFASettingList`], whether the user may turn it on (a passkey and another MFA factor),
 * and `setEnabled`. There is no preferred flag for it.
 */
export function usePasskeyMfa(): PasskeyMfa {
  const { client, userId, pool } = useCognitoSecurity('usePasskeyMfa');
  const offered = passkeyMfaOffered(pool);
  // A pool without passkey MFA costs no GetUser here.
  const user = useQuery({ ...cognitoUserQueryOptions({ client, userId }), enabled: offered });
  const passkeys = useQuery(passkeysQueryOptions({ client, userId }));
  const mutation = useMutation<void, CognitoError, boolean>(passkeyMfaMutationOptions({ client, userId }));
  const changes: PasskeyMfaChange[] = useMutationRecords(passkeyKeys.passkeyMfa(userId), (enabled: boolean) => ({ enabled }));
  const state = user.data ?? { enabled: [], preferred: null };
  const enabled = mutation.isPending ? mutation.variables : isPasskeyMfaOn(state);
  const userStatus = offered ? user.status : 'success';
  const status = userStatus === 'success' && passkeys.status === 'success' ? 'success' : user.isError || passkeys.isError ? 'error' : 'pending';
  return {
    offered,
    enabled,
    pending: mutation.isPending,
    error: mutation.error,
    enableBlockedBy: enabled ? null : passkeyMfaIneligibility(state, passkeys.data?.length ?? 0),
    status,
    setEnabled: mutation.mutate,
    lastChange: changes.at(-1),
  };
}
