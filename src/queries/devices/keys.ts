import { cognitoKeys } from '../keys.js';

/**
 * Device query and mutation keys, under the user's key (`cognitoKeys.user`), so session expiry
 * and user switching clear them with everything else.
 */
export const deviceKeys = {
  list: (userId: string) => [...cognitoKeys.user(userId), 'list-devices'] as const,
  forget: (userId: string) => [...cognitoKeys.user(userId), 'forget-device'] as const,
  updateStatus: (userId: string) => [...cognitoKeys.user(userId), 'update-device-status'] as const,
  signOutEverywhere: (userId: string) => [...cognitoKeys.user(userId), 'global-sign-out'] as const,
};
