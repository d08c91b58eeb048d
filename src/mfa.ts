// `react-cognito-security/mfa`: the MFA settings components and their message catalogues.
// Listed one by one: nothing internal leaks out. `TotpSetup`, which `MfaToggleList` loads on
// "Set up", has its own entry (src/totp-setup.ts): nothing here reaches it statically.
export { MfaToggleList } from './components/MfaToggleList/MfaToggleList.js';
export type { MfaToggleListProps } from './components/MfaToggleList/MfaToggleList.js';
export { MfaToggleListView } from './components/MfaToggleList/MfaToggleListView.js';
export type { MfaToggleListViewProps } from './components/MfaToggleList/MfaToggleListView.js';
export { PreferredMfaPicker } from './components/PreferredMfaPicker/PreferredMfaPicker.js';
export type { PreferredMfaPickerProps } from './components/PreferredMfaPicker/PreferredMfaPicker.js';
export { PreferredMfaPickerView } from './components/PreferredMfaPicker/PreferredMfaPickerView.js';
export type { PreferredMfaPickerViewProps } from './components/PreferredMfaPicker/PreferredMfaPickerView.js';
export { FactorBadges } from './components/FactorBadges/FactorBadges.js';
export type { FactorBadgesProps } from './components/FactorBadges/FactorBadges.js';
export { FactorBadgesView } from './components/FactorBadges/FactorBadgesView.js';
export type { FactorBadgesViewProps } from './components/FactorBadges/FactorBadgesView.js';
export { useSecurityMessages } from './components/messages/useSecurityMessages.js';
export { en } from './components/messages/en.js';
export type { CoreMessages, ErrorMessages, KnownSignInMethod, SecurityMessages } from './components/messages/en.js';
export { de } from './components/messages/de.js';
export { ar } from './components/messages/ar.js';
export { maskDestination } from './components/shared/mask.js';
export type { SettingsViewProps } from './components/shared/types.js';
