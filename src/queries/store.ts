import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Per-user state the kit keeps beside the server's answers (the optimistic MFA overlay, the
 * session's MFA facts), held as a never-fetched query under the user's key prefix:
 * `queryClient.clear()`, `removeQueries` and session end empty it like the rest of the user's
 * data, and it lives until then — for the rest of the session, mounted or not.
 */
export function userStore<T>(queryClient: QueryClient, queryKey: QueryKey, create: () => T): T {
  const query = queryClient.getQueryCache().build<T, Error, T>(queryClient, {
    queryKey,
    gcTime: Infinity,
    // Refetching it (invalidate or refetch a user's whole prefix) keeps what it holds.
    queryFn: (): T => queryClient.getQueryData<T>(queryKey) ?? create(),
  });
  if (query.state.data === undefined) query.setData(create());
  return query.state.data as T;
}
