import type { ContactAttribute } from '../../../cognito/contacts.js';
import { contactFlowEn } from './en-flow.js';
import { contactRowsEn } from './en-rows.js';

type Keyed<Prefix extends string, Key extends string, Value = string> = {
  [K in Key as `${Prefix}.${K}`]: Value;
};

/** The factors that send codes to a contact attribute. */
type CodeFactor = 'SMS_MFA' | 'EMAIL_OTP';

/** Strings of the contact rows, shown on page load. */
export type ContactRowsMessages = Keyed<'contacts.label', ContactAttribute> &
  Keyed<'contacts.none', ContactAttribute> &
  Keyed<'contacts.add', ContactAttribute> &
  Keyed<'contacts.change', ContactAttribute> &
  Keyed<'contacts.verify', ContactAttribute> &
  Keyed<'contacts.remove', ContactAttribute> &
  Keyed<'contacts.verified', ContactAttribute> &
  Keyed<'contacts.saved', ContactAttribute> &
  Keyed<'contacts.removed', ContactAttribute> &
  Keyed<'contacts.enabled', ContactAttribute> &
  Keyed<'contacts.removeBlocked', CodeFactor> & {
    'contacts.title': string;
    'contacts.state.verified': string;
    'contacts.state.unverified': string;
    'contacts.state.pending': string;
    /** The new value waiting for its code. */
    'contacts.pendingValue': (value: string) => string;
    'contacts.keptUntilVerified': string;
    'contacts.resend': string;
  };

/** Strings of the add / change / verify / remove flow, loaded with it. */
export type ContactFlowMessages = Keyed<'contacts.addTitle', ContactAttribute> &
  Keyed<'contacts.changeTitle', ContactAttribute> &
  Keyed<'contacts.removeTitle', ContactAttribute> &
  Keyed<'contacts.removeWarning', ContactAttribute> &
  Keyed<'contacts.field', ContactAttribute> &
  Keyed<'contacts.keepsOriginal', ContactAttribute> &
  Keyed<'contacts.enableHelp', ContactAttribute> &
  Keyed<'contacts.error.unchanged', ContactAttribute> &
  Keyed<'contacts.error.alias', ContactAttribute> &
  Keyed<'contacts.error.delivery', ContactAttribute> & {
    'contacts.phoneHint': string;
    'contacts.emailHint': string;
    'contacts.sendCode': string;
    'contacts.sendingCode': string;
    'contacts.cancel': string;
    'contacts.codeTitle': string;
    'contacts.codeSentTo': (destination: string) => string;
    'contacts.codeSent': string;
    'contacts.codeSending': string;
    'contacts.codeLabel': string;
    'contacts.codeHelp': string;
    'contacts.verifyCode': string;
    'contacts.verifying': string;
    'contacts.resending': string;
    'contacts.codeResent': (destination: string) => string;
    'contacts.removeConfirm': string;
    'contacts.removing': string;
    'contacts.enableTitle': (factor: string) => string;
    'contacts.preferLabel': string;
    'contacts.turnOn': string;
    'contacts.turningOn': string;
    'contacts.notNow': string;
    'contacts.error.phoneFormat': string;
    'contacts.error.serviceFormat': string;
    'contacts.error.serviceEmailFormat': string;
    'contacts.error.emailFormat': string;
    'contacts.error.codeFormat': string;
    'contacts.error.codeMismatch': string;
    'contacts.error.codeExpired': string;
    'contacts.error.limit': string;
  };

/**
 * Every string of `ContactDetails` and its flow, with flat keys prefixed `contacts.`. Pass a
 * partial object to its `messages` prop or to `SecurityMessagesProvider`.
 */
export type ContactDetailsMessages = ContactRowsMessages & ContactFlowMessages;

/** English strings of `ContactDetails` (the default). */
export const contactDetailsEn: ContactDetailsMessages = { ...contactRowsEn, ...contactFlowEn };
