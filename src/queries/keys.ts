/**
 * Query keys, scoped to the user's identity (their `sub`), never to the token. Invalidate
 * `cognitoKeys.user(userId)` to refetch everything the kit holds for one user.
 */
export const cognitoKeys = {
  all: ['react-cognito-security'] as const,
  user: (userId: string) => [...cognitoKeys.all, userId] as const,
  profile: (userId: string) => [...cognitoKeys.user(userId), 'get-user'] as const,
  authFactors: (userId: string) => [...cognitoKeys.user(userId), 'get-user-auth-factors'] as const,
  session: (userId: string) => [...cognitoKeys.user(userId), 'session'] as const,
  setMfaPreference: (userId: string) => [...cognitoKeys.user(userId), 'set-mfa-preference'] as const,
};
