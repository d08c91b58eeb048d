// `react-cognito-security/totp-setup`: the authenticator-app setup flow (component, View, hook).
// Listed one by one: nothing internal leaks out. `MfaToggleList` loads this flow with
// `import()`; no other entry reaches it statically, so each bundler keeps it out of page load.
export { TotpSetup } from './components/TotpSetup/TotpSetup.js';
export type { TotpSetupProps } from './components/TotpSetup/TotpSetup.js';
export { TotpSetupView } from './components/TotpSetup/TotpSetupView.js';
export type { TotpSetupViewProps } from './components/TotpSetup/TotpSetupView.js';
export type { HeadingLevel } from './components/TotpSetup/types.js';
export { totpEn } from './components/TotpSetup/messages/en.js';
export type { TotpMessages, TotpSetupMessages } from './components/TotpSetup/messages/en.js';
export { totpDe } from './components/TotpSetup/messages/de.js';
export { totpAr } from './components/TotpSetup/messages/ar.js';
export { otpauthUri, useTotpSetup } from './queries/totp.js';
export type {
  OtpauthUriParts,
  TotpSetupState,
  TotpSetupStep,
  UseTotpSetupOptions,
  UseTotpSetupResult,
} from './queries/totp.js';
