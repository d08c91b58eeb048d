// `react-cognito-security/passkeys`: the passkey list, the passkey-MFA switch and their message
// catalogues. Listed one by one: nothing internal leaks out. "Add a passkey" loads its flow
// (src/passkey-setup.ts) with `import()`; nothing here reaches it statically. The hooks
// (`usePasskeys`, `useRemovePasskey`, `usePasskeyMfa`) are in the root entry.
export { PasskeyList } from './components/PasskeyList/PasskeyList.js';
export type { PasskeyListProps } from './components/PasskeyList/PasskeyList.js';
export { PasskeyListView } from './components/PasskeyList/PasskeyListView.js';
export type { PasskeyListViewProps } from './components/PasskeyList/PasskeyListView.js';
export type { Notice as PasskeyNotice } from './components/shared/NoticeRegions.js';
export { PasskeyMfaSwitch } from './components/PasskeyList/PasskeyMfaSwitch.js';
export type { PasskeyMfaSwitchProps } from './components/PasskeyList/PasskeyMfaSwitch.js';
export { PasskeyMfaSwitchView } from './components/PasskeyList/PasskeyMfaSwitchView.js';
export type { PasskeyMfaSwitchViewProps } from './components/PasskeyList/PasskeyMfaSwitchView.js';
export { passkeyListEn } from './components/PasskeyList/messages/en.js';
export type {
  KnownPasskeyTransport,
  PasskeyAddErrorCode,
  PasskeyAddMessages,
  PasskeyErrorCode,
  PasskeyListCoreMessages,
  PasskeyListMessages,
  PasskeyMfaMessages,
} from './components/PasskeyList/messages/en.js';
export { passkeyListDe } from './components/PasskeyList/messages/de.js';
export { passkeyListAr } from './components/PasskeyList/messages/ar.js';
