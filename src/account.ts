// `react-cognito-security/account`: change password and delete account, with their message
// catalogues. Listed one by one: nothing internal leaks out. Their hooks (`useChangePassword`,
// `useDeleteAccount`) are in the headless root entry.
export { ChangePasswordForm } from './components/ChangePasswordForm/ChangePasswordForm.js';
export type { ChangePasswordFormProps } from './components/ChangePasswordForm/ChangePasswordForm.js';
export { ChangePasswordFormView } from './components/ChangePasswordForm/ChangePasswordFormView.js';
export type { ChangePasswordFormViewProps } from './components/ChangePasswordForm/ChangePasswordFormView.js';
export { changePasswordFormEn } from './components/ChangePasswordForm/messages/en.js';
export type { ChangePasswordFormMessages } from './components/ChangePasswordForm/messages/en.js';
export { changePasswordFormDe } from './components/ChangePasswordForm/messages/de.js';
export { changePasswordFormAr } from './components/ChangePasswordForm/messages/ar.js';
export { DeleteAccount } from './components/DeleteAccount/DeleteAccount.js';
export type { DeleteAccountProps } from './components/DeleteAccount/DeleteAccount.js';
export { DeleteAccountView } from './components/DeleteAccount/DeleteAccountView.js';
export type { DeleteAccountViewProps } from './components/DeleteAccount/DeleteAccountView.js';
export { deleteAccountEn } from './components/DeleteAccount/messages/en.js';
export type { DeleteAccountMessages } from './components/DeleteAccount/messages/en.js';
export { deleteAccountDe } from './components/DeleteAccount/messages/de.js';
export { deleteAccountAr } from './components/DeleteAccount/messages/ar.js';
