import type { AccountSecurityMessages } from './en.js';

/** German strings of AccountSecurity. */
export const accountSecurityDe: AccountSecurityMessages = {
  'accountSecurity.title': 'Sicherheit',
  'accountSecurity.mfa': 'Bestätigung in zwei Schritten',
  'accountSecurity.mfaMethods': 'Methoden',
};
