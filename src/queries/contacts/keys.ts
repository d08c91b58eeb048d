import { cognitoKeys } from '../keys.js';

/**
 * Keys of the contact-details domain, under the user's prefix (`cognitoKeys.user(userId)`), so
 * session expiry and user switching clear them with everything else.
 */
export const contactKeys = {
  all: (userId: string) => [...cognitoKeys.user(userId), 'contacts'] as const,
  /** Codes sent in this session and not used yet, per attribute (never the code itself). */
  pendingVerifications: (userId: string) => [...contactKeys.all(userId), 'pending-verifications'] as const,
  /** The UpdateUserAttributes mutation. */
  update: (userId: string) => [...contactKeys.all(userId), 'update'] as const,
  /** The DeleteUserAttributes mutation. */
  remove: (userId: string) => [...contactKeys.all(userId), 'remove'] as const,
};
