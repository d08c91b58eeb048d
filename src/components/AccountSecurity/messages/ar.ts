import type { AccountSecurityMessages } from './en.js';

/** Arabic strings of AccountSecurity. */
export const accountSecurityAr: AccountSecurityMessages = {
  'accountSecurity.title': 'الأمان',
  'accountSecurity.mfa': 'التحقق بخطوتين',
  'accountSecurity.mfaMethods': 'الطرق',
};
