// `react-cognito-security/contact-verification`: adding, changing, verifying and removing a phone
// number or email address, headless: the step machine, the mutations and the operations. Listed
// one by one: nothing internal leaks out. `ContactDetails` and `MfaToggleList` load this code
// with their flow on the user's first action; importing it from here puts it in your page's
// bundle (README, "Size").
export {
  deleteUserAttributes,
  getUserAttributeVerificationCode,
  isE164PhoneNumber,
  isEmailAddress,
  normalisePhoneNumber,
  updateUserAttributes,
  verifyUserAttribute,
} from './cognito/contacts.js';
export type {
  DeleteUserAttributesInput,
  GetUserAttributeVerificationCodeInput,
  UpdateUserAttributesInput,
  VerifyUserAttributeInput,
} from './cognito/contacts.js';
export { removeContactMutationOptions, updateContactMutationOptions } from './queries/contacts/mutations.js';
export type { ContactChange } from './queries/contacts/mutations.js';
export { useContactVerification } from './queries/contacts/verification.js';
export type {
  ContactVerificationState,
  ContactVerificationStep,
  UseContactVerificationResult,
} from './queries/contacts/verification.js';
