import { useCoreMessages } from './context.js';
import type { SecurityMessages } from './en.js';
import { totpEn } from './en-totp.js';

/** Every message in effect: English defaults, the provider's, then a component's own `messages`. */
export function useSecurityMessages(overrides?: Partial<SecurityMessages>): SecurityMessages {
  return { ...totpEn, ...useCoreMessages(overrides) };
}
