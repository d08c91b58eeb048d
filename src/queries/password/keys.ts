import { cognitoKeys } from '../keys.js';

/** Keys of the password and account domain, under the user's prefix so session end clears them. */
export const passwordKeys = {
  /** The DeleteUser mutation (it carries no variables). */
  deleteUser: (userId: string) => [...cognitoKeys.user(userId), 'delete-user'] as const,
};
