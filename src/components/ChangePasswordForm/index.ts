// Public API of the change-password form. Listed one by one: nothing internal leaks out.
export { ChangePasswordForm } from './ChangePasswordForm.js';
export type { ChangePasswordFormProps } from './ChangePasswordForm.js';
export { ChangePasswordFormView } from './ChangePasswordFormView.js';
export type { ChangePasswordFormViewProps } from './ChangePasswordFormView.js';
export { changePasswordFormEn } from './messages/en.js';
export type { ChangePasswordFormMessages } from './messages/en.js';
export { changePasswordFormDe } from './messages/de.js';
export { changePasswordFormAr } from './messages/ar.js';
