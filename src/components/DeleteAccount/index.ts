// Public API of the delete-account danger zone. Listed one by one: nothing internal leaks out.
export { DeleteAccount } from './DeleteAccount.js';
export type { DeleteAccountProps } from './DeleteAccount.js';
export { DeleteAccountView } from './DeleteAccountView.js';
export type { DeleteAccountViewProps } from './DeleteAccountView.js';
export { deleteAccountEn } from './messages/en.js';
export type { DeleteAccountMessages } from './messages/en.js';
export { deleteAccountDe } from './messages/de.js';
export { deleteAccountAr } from './messages/ar.js';
