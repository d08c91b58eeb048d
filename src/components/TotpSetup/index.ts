// Public API of the authenticator-app setup flow. Listed one by one: nothing internal leaks out.
export { TotpSetup } from './TotpSetup.js';
export type { TotpSetupProps } from './TotpSetup.js';
export { TotpSetupView } from './TotpSetupView.js';
export type { TotpSetupViewProps } from './TotpSetupView.js';
export type { HeadingLevel } from './types.js';
export { totpEn } from './messages/en.js';
export type { TotpMessages, TotpSetupMessages } from './messages/en.js';
export { totpDe } from './messages/de.js';
export { totpAr } from './messages/ar.js';
