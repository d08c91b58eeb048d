import { cognitoKeys } from '../keys.js';

/**
 * Passkey query and mutation keys, under the user's key (`cognitoKeys.user`), so session expiry
 * and user switching clear them with everything else.
 */
export const passkeyKeys = {
  list: (userId: string) => [...cognitoKeys.user(userId), 'list-web-authn-credentials'] as const,
  remove: (userId: string) => [...cognitoKeys.user(userId), 'delete-web-authn-credential'] as const,
  passkeyMfa: (userId: string) => [...cognitoKeys.user(userId), 'set-passkey-mfa'] as const,
};
