import { queryOptions, type DataTag, type QueryClient, type QueryFunction, type UseQueryOptions } from '@tanstack/react-query';
import type { CognitoClient } from '../cognito/client.js';
import type { CognitoError } from '../cognito/errors.js';
import type { AuthFactors, CognitoUser, MfaState } from '../cognito/model.js';
import { cognitoKeys } from './keys.js';
import { getOverlay, peekOverlay, withPending } from './overlay.js';
import { userStore } from './store.js';

/** What every query and mutation of the kit needs: a client and whose data it is. */
export interface CognitoQueryScope {
  client: CognitoClient;
  /** The signed-in user's `sub`: scopes every cache entry. */
  userId: string;
}

/** What this session learned that the service cannot be asked about (docs/behaviour.md#session-facts). */
export interface MfaSessionFacts {
  /** The user verified a software token in this session (VerifySoftwareToken SUCCESS). */
  totpVerified: boolean;
  /** Factors the service refused to enable although the user looked eligible. */
  unavailable: readonly string[];
}

/**
 * What the query-options factories return: options for `useQuery`, `useSuspenseQuery`,
 * `prefetchQuery` and the like, with a key that carries the data type. Spelled with TanStack
 * Query's own public types, so the published declarations hold across the peer range (an
 * inferred type would name @tanstack/query-core, which apps need not be able to resolve).
 */
export type CognitoQueryOptions<TData, TError = CognitoError> = Omit<UseQueryOptions<TData, TError, TData>, 'queryFn'> & {
  queryFn?: QueryFunction<TData>;
  queryKey: DataTag<readonly unknown[], TData, TError>;
};

const INITIAL_FACTS: MfaSessionFacts = { totpVerified: false, unavailable: [] };

async function readConfirmed<T extends MfaState>(
  queryClient: QueryClient,
  userId: string,
  slot: 'user' | 'factors',
  read: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const epoch = peekOverlay(queryClient, userId)?.epoch ?? 0;
    const data = await read();
    const overlay = getOverlay(queryClient, userId);
    // A change was confirmed while this read was on its way: the answer may predate it.
    if (overlay.epoch !== epoch && attempt < 2) continue;
    overlay.confirmed[slot] = { enabled: data.enabled, preferred: data.preferred };
    // A read that no change raced is the truth, whatever earlier changes did.
    if (slot === 'user' && overlay.epoch === epoch) overlay.unsure = false;
    return { ...data, ...withPending(overlay, data) };
  }
}

/** Options for the signed-in user (GetUser): use with `useQuery`, `useSuspenseQuery`, `prefetchQuery`. */
export function cognitoUserQueryOptions({ client, userId }: CognitoQueryScope): CognitoQueryOptions<CognitoUser> {
  return queryOptions<CognitoUser, CognitoError>({
    queryKey: cognitoKeys.cognitoUser(userId),
    queryFn: ({ client: queryClient, signal }) =>
      readConfirmed(queryClient, userId, 'user', () => client.getUser({ signal })),
    // The fetch transport already retried what may help.
    retry: false,
  });
}

/** Options for the user's auth factors (GetUserAuthFactors). */
export function authFactorsQueryOptions({ client, userId }: CognitoQueryScope): CognitoQueryOptions<AuthFactors> {
  return queryOptions<AuthFactors, CognitoError>({
    queryKey: cognitoKeys.authFactors(userId),
    queryFn: ({ client: queryClient, signal }) =>
      readConfirmed(queryClient, userId, 'factors', () => client.getUserAuthFactors({ signal })),
    retry: false,
  });
}

/**
 * Options for the session's MFA facts. They live only in the cache, are never fetched, and
 * last for the rest of the session (until it ends, the user switches or the cache is cleared),
 * mounted or not (docs/behaviour.md#session-facts).
 */
export function mfaSessionFactsQueryOptions(
  userId: string,
): CognitoQueryOptions<MfaSessionFacts, Error> & { initialData: MfaSessionFacts | (() => MfaSessionFacts) } {
  const queryKey = cognitoKeys.mfaSessionFacts(userId);
  return queryOptions<MfaSessionFacts>({
    queryKey,
    queryFn: ({ client }) => client.getQueryData<MfaSessionFacts>(queryKey) ?? INITIAL_FACTS,
    initialData: INITIAL_FACTS,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function updateSessionFacts(
  queryClient: QueryClient,
  userId: string,
  update: (facts: MfaSessionFacts) => MfaSessionFacts,
): void {
  const facts = userStore(queryClient, cognitoKeys.mfaSessionFacts(userId), () => INITIAL_FACTS);
  queryClient.setQueryData<MfaSessionFacts>(cognitoKeys.mfaSessionFacts(userId), update(facts));
}
