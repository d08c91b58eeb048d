// Public API of the contact details. Listed one by one: nothing internal leaks out.
export { ContactDetails } from './ContactDetails.js';
export type { ContactDetailsProps } from './ContactDetails.js';
export { ContactDetailsView } from './ContactDetailsView.js';
export type { ContactDetailsViewProps } from './ContactDetailsView.js';
export type { ContactAction, ContactFlowOutcome } from './types.js';
export { contactDetailsEn } from './messages/en.js';
export type { ContactDetailsMessages, ContactFlowMessages, ContactRowsMessages } from './messages/en.js';
export { contactDetailsDe } from './messages/de.js';
export { contactDetailsAr } from './messages/ar.js';
