import type { CognitoErrorCategory } from '../../cognito/errors.js';
import type { MfaIneligibility } from '../../cognito/mfa.js';
import type { MfaFactor } from '../../cognito/wire.js';
import { enCore } from './en-core.js';
import { totpEn } from './en-totp.js';

/** Sign-in methods (`ConfiguredUserAuthFactors`) the catalogue names; others are shown generically. */
export type KnownSignInMethod = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** Error categories the MFA components can meet; other domains' catalogues word the rest. */
export type MfaErrorCategory = Exclude<
  CognitoErrorCategory,
  'unknown' | 'wrong-password' | 'invalid-password' | 'conflict' | 'delivery-failed'
>;

type Keyed<Prefix extends string, Key extends string, Value = string> = {
  [K in Key as `${Prefix}.${K}`]: Value;
};

/**
 * The strings of MfaToggleList, PreferredMfaPicker and FactorBadges, with flat keys.
 * Functions take the values they interpolate.
 */
export type CoreMessages = Keyed<'factor', MfaFactor> &
  Keyed<'hint', MfaFactor> &
  Keyed<'blocked', MfaIneligibility> &
  Keyed<'error', MfaErrorCategory> &
  Keyed<'signIn', KnownSignInMethod> & {
    /** The service's own message is shown only for errors the kit does not know. */
    'error.unknown': (detail: string) => string;
    /** A factor or sign-in method the kit does not know, by its service name. */
    otherMethod: (value: string) => string;
    loading: string;
    loadFailed: (reason: string) => string;
    saving: string;
    saveFailed: (reason: string) => string;
    /** A change that got no readable answer: it may or may not have been applied, and was re-read. */
    saveUnconfirmed: (reason: string) => string;
    /** Where one-time codes go (already masked). */
    sentTo: (destination: string) => string;
    on: string;
    off: string;
    setUp: string;
    turnedOn: (factor: string) => string;
    turnedOff: (factor: string) => string;
    turnOnFailed: (factor: string, reason: string) => string;
    turnOffFailed: (factor: string, reason: string) => string;
    toggleListLabel: string;
    pickerLabel: string;
    pickerHelp: string;
    pickerEmpty: string;
    noPreference: string;
    preferredSet: (factor: string) => string;
    preferenceCleared: string;
    preferFailed: (reason: string) => string;
    summaryLabel: string;
    mfaStatus: string;
    mfaOn: string;
    mfaOff: string;
    mfaRequired: string;
    mfaMethods: string;
    preferred: string;
    signInMethods: string;
  };

/** Strings of the authenticator-app setup flow (`TotpSetup`). */
export type TotpMessages = {
  'totp.intro': string;
  'totp.start': string;
  'totp.starting': string;
  'totp.unavailable': string;
  'totp.replaceTitle': string;
  'totp.replaceWarning': string;
  'totp.replaceConfirm': string;
  'totp.cancel': string;
  'totp.scanTitle': string;
  'totp.scanHelp': string;
  /** The QR code's accessible name: it points to the setup key as the alternative. */
  'totp.qrLabel': string;
  'totp.keyLabel': string;
  'totp.copyKey': string;
  'totp.keyCopied': string;
  'totp.copyFailed': string;
  'totp.codeLabel': string;
  'totp.deviceLabel': string;
  'totp.verify': string;
  'totp.verifying': string;
  'totp.codeIncomplete': string;
  'totp.wrongCode': string;
  'totp.setupLost': string;
  'totp.chooseTitle': string;
  'totp.chooseHelp': string;
  'totp.preferLabel': string;
  'totp.turnOn': string;
  'totp.turningOn': string;
  'totp.notNow': string;
  'totp.doneTitle': string;
  'totp.donePreferred': string;
  'totp.doneNotPreferred': string;
};

/**
 * Every string the components show or announce: {@link CoreMessages} and, for `TotpSetup`,
 * {@link TotpMessages}. Pass a partial object to `SecurityMessagesProvider` or a component's
 * `messages` prop to override some; the rest stay English.
 */
export type SecurityMessages = CoreMessages & TotpMessages;

/** The English messages, the default. */
export const en: SecurityMessages = { ...enCore, ...totpEn };
