import type { ContactAttribute } from '../../cognito/contacts.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { CoreMessages } from '../messages/en.js';
import { errorReason } from '../messages/text.js';
import type { ContactDetailsMessages } from './messages/en.js';

/** The service's "Invalid phone number format." and "Invalid email address format.". */
const PHONE_FORMAT = /phone number format/i;
const EMAIL_FORMAT = /email address format/i;

/**
 * What went wrong, in the contact flow's words: every refusal of spec §7 (and the kit's own
 * checks) has its own sentence; other errors read as everywhere else.
 */
export function contactErrorText(
  m: ContactDetailsMessages,
  core: CoreMessages,
  attribute: ContactAttribute,
  error: CognitoError,
): string {
  switch (error.code) {
    case 'InvalidPhoneNumber':
      return m['contacts.error.phoneFormat'];
    case 'InvalidEmailAddress':
      return m['contacts.error.emailFormat'];
    case 'ContactUnchanged':
      return m[`contacts.error.unchanged.${attribute}`];
    case 'InvalidCodeFormat':
      return m['contacts.error.codeFormat'];
    case 'AliasExistsException':
      return m[`contacts.error.alias.${attribute}`];
    case 'CodeDeliveryFailureException':
      return m[`contacts.error.delivery.${attribute}`];
    case 'CodeMismatchException':
      return m['contacts.error.codeMismatch'];
    case 'ExpiredCodeException':
      return m['contacts.error.codeExpired'];
    case 'LimitExceededException':
      return m['contacts.error.limit'];
    case 'ContactUsedByMfa':
      return m[`contacts.removeBlocked.${attribute === 'phone_number' ? 'SMS_MFA' : 'EMAIL_OTP'}`];
    case 'InvalidParameterException':
      // Cognito's own check of the value (spec §7): shown at the field, in the kit's words.
      if (PHONE_FORMAT.test(error.message)) return m['contacts.error.serviceFormat'];
      if (EMAIL_FORMAT.test(error.message)) return m['contacts.error.serviceEmailFormat'];
  }
  return errorReason(core, error);
}

/** Errors about the value the user typed, shown at (and focusing) that field. */
export function isValueError(error: CognitoError): boolean {
  return (
    ['InvalidPhoneNumber', 'InvalidEmailAddress', 'ContactUnchanged', 'AliasExistsException', 'CodeDeliveryFailureException'].includes(
      error.code,
    ) ||
    (error.code === 'InvalidParameterException' && (PHONE_FORMAT.test(error.message) || EMAIL_FORMAT.test(error.message)))
  );
}
