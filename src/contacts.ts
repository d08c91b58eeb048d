// `react-cognito-security/contacts`: the contact details (phone and email: add, change, verify,
// remove) and their message catalogues. Listed one by one: nothing internal leaks out. The
// add/change/verify flow loads with `import()` on the first action; nothing here reaches it
// statically. `useContactDetails` is in the root entry; `useContactVerification` (with the
// operations it sends) is in `react-cognito-security/contact-verification`.
export { ContactDetails } from './components/ContactDetails/ContactDetails.js';
export type { ContactDetailsProps } from './components/ContactDetails/ContactDetails.js';
export { ContactDetailsView } from './components/ContactDetails/ContactDetailsView.js';
export type { ContactDetailsViewProps } from './components/ContactDetails/ContactDetailsView.js';
export type { ContactAction, ContactFlowOutcome } from './components/ContactDetails/types.js';
export { contactDetailsEn } from './components/ContactDetails/messages/en.js';
export type { ContactDetailsMessages, ContactFlowMessages, ContactRowsMessages } from './components/ContactDetails/messages/en.js';
export { contactDetailsDe } from './components/ContactDetails/messages/de.js';
export { contactDetailsAr } from './components/ContactDetails/messages/ar.js';
