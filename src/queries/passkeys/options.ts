import { queryOptions, type QueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { CognitoError } from '../../cognito/errors.js';
import { deleteWebAuthnCredential, listWebAuthnCredentials, type Passkey } from '../../cognito/passkeys.js';
import { cognitoKeys } from '../keys.js';
import type { CognitoQueryOptions, CognitoQueryScope } from '../options.js';
import { passkeyKeys } from './keys.js';

/** Options for the user's passkeys (ListWebAuthnCredentials, every page): use with `useQuery`, `prefetchQuery`… */
export function passkeysQueryOptions({ client, userId }: CognitoQueryScope): CognitoQueryOptions<Passkey[]> {
  return queryOptions<Passkey[], CognitoError>({
    queryKey: passkeyKeys.list(userId),
    queryFn: ({ signal }) => listWebAuthnCredentials(client, { signal }),
    // The fetch transport already retried what may help.
    retry: false,
  });
}

/** Refetches what adding or removing a passkey changes: the list and `ConfiguredUserAuthFactors` (WEB_AUTHN). */
export function settlePasskeys(queryClient: QueryClient, userId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: passkeyKeys.list(userId) }),
    queryClient.invalidateQueries({ queryKey: cognitoKeys.authFactors(userId) }),
  ]);
}

/** What `onMutate` took out of the list, to put exactly that back on failure. */
export interface RemovedPasskey {
  passkey: Passkey;
  index: number;
}

type Context = { client: QueryClient };

/**
 * Options for removing a passkey (DeleteWebAuthnCredential; the variable is its id), optimistic:
 * it leaves the list at once and comes back, where it was, if Cognito refuses. A passkey Cognito
 * no longer knows (ResourceNotFoundException) is gone already, so it stays out of the list.
 */
export function removePasskeyMutationOptions({
  client,
  userId,
}: CognitoQueryScope): UseMutationOptions<void, CognitoError, string, RemovedPasskey | undefined> {
  const listKey = passkeyKeys.list(userId);
  return {
    mutationKey: passkeyKeys.remove(userId),
    mutationFn: (passkeyId: string) => deleteWebAuthnCredential(client, passkeyId),
    onMutate: async (passkeyId: string, { client: queryClient }: Context): Promise<RemovedPasskey | undefined> => {
      // A refetch landing now would bring the passkey back.
      await queryClient.cancelQueries({ queryKey: listKey });
      const list = queryClient.getQueryData<Passkey[]>(listKey) ?? [];
      const index = list.findIndex((passkey) => passkey.id === passkeyId);
      const passkey = list[index];
      if (!passkey) return undefined;
      queryClient.setQueryData<Passkey[]>(listKey, list.filter((item) => item.id !== passkeyId));
      return { passkey, index };
    },
    onError: (error: CognitoError, _passkeyId: string, removed: RemovedPasskey | undefined, { client: queryClient }: Context) => {
      if (!removed || error.code === 'ResourceNotFoundException') return;
      // Only this passkey comes back: removals made meanwhile stay removed.
      queryClient.setQueryData<Passkey[]>(listKey, (list = []) =>
        list.some((item) => item.id === removed.passkey.id)
          ? list
          : [...list.slice(0, removed.index), removed.passkey, ...list.slice(removed.index)],
      );
    },
    onSettled: (_data: unknown, _error: unknown, _id: string, _removed: unknown, { client: queryClient }: Context) => {
      // Settle once the last removal is done, so a refetch never shows one still on its way.
      if (queryClient.isMutating({ mutationKey: passkeyKeys.remove(userId) }) === 1) return settlePasskeys(queryClient, userId);
    },
  };
}
