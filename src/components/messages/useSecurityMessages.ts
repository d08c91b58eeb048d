import { totpEn } from '../TotpSetup/messages/en.js';
import { useComponentMessages } from './context.js';
import type { SecurityMessages } from './en.js';

/** The MFA components' and the setup flow's messages in effect: English defaults, the provider's, then `overrides`. */
export function useSecurityMessages(overrides?: Partial<SecurityMessages>): SecurityMessages {
  return useComponentMessages(totpEn, overrides);
}
