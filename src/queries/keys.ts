/**
 * Query keys, scoped to the user's identity (their `sub`), never to the token. Everything the
 * kit caches for a user lives under `cognitoKeys.user(userId)`: invalidate it to refetch all of
 * it; session end and user switching remove all of it (docs/behaviour.md#cache).
 */
export const cognitoKeys = {
  all: ['react-cognito-security'] as const,
  /** The prefix of every key the kit uses for one user. */
  user: (userId: string) => [...cognitoKeys.all, userId] as const,
  /** GetUser: `useCognitoUser`, `cognitoUserQueryOptions`. */
  cognitoUser: (userId: string) => [...cognitoKeys.user(userId), 'cognito-user'] as const,
  /** GetUserAuthFactors: `useAuthFactors`, `authFactorsQueryOptions`. */
  authFactors: (userId: string) => [...cognitoKeys.user(userId), 'auth-factors'] as const,
  /** What this session learned about MFA that the service cannot be asked (never fetched). */
  mfaSessionFacts: (userId: string) => [...cognitoKeys.user(userId), 'mfa-session-facts'] as const,
  /** SetUserMFAPreference mutations: `useSetMfaPreference`. */
  setMfaPreference: (userId: string) => [...cognitoKeys.user(userId), 'set-mfa-preference'] as const,
};
