import type { AccountSecuritySection } from './types.js';

// No React here: the built module carries no 'use client', so a server component can import
// the list as a value, not as a client reference.

/** Every section, in the order the page shows them by default. */
export const ACCOUNT_SECURITY_SECTIONS: readonly AccountSecuritySection[] = [
  'contacts',
  'mfa',
  'passkeys',
  'devices',
  'password',
  'signOut',
  'deleteAccount',
];
