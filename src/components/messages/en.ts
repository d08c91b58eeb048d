import type { CognitoErrorCategory } from '../../cognito/errors.js';
import type { MfaIneligibility } from '../../cognito/mfa.js';
import type { MfaFactor } from '../../cognito/wire.js';
import { enCore } from './en-core.js';
import { totpEn, type TotpMessages } from '../TotpSetup/messages/en.js';

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
/** Why a change failed or is not possible: shared by the MFA components and the setup flow. */
export type ErrorMessages = Keyed<'blocked', MfaIneligibility> &
  Keyed<'error', MfaErrorCategory> & {
    /** The service's own message is shown only for errors the kit does not know. */
    'error.unknown': (detail: string) => string;
  };

export type CoreMessages = Keyed<'factor', MfaFactor> &
  Keyed<'hint', MfaFactor> &
  ErrorMessages &
  Keyed<'signIn', KnownSignInMethod> & {
    /** Passkey MFA (`WEB_AUTHN_MFA` in `UserMFASettingList`), as a verification method. */
    'factor.WEB_AUTHN_MFA': string;
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


/**
 * Every string the components show or announce: {@link CoreMessages} and, for `TotpSetup`,
 * {@link TotpMessages}. Pass a partial object to `SecurityMessagesProvider` or a component's
 * `messages` prop to override some; the rest stay English.
 */
export type SecurityMessages = CoreMessages & TotpMessages;

export type { TotpMessages };

/** The English messages, the default. */
export const en: SecurityMessages = { ...enCore, ...totpEn };
