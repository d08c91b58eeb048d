import type { CognitoErrorCategory } from '../../cognito/errors.js';
import type { MfaIneligibility } from '../../cognito/mfa.js';
import type { MfaFactor } from '../../cognito/wire.js';

/** Sign-in methods (`ConfiguredUserAuthFactors`) the catalogue names; others are shown generically. */
export type KnownSignInMethod = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

type Keyed<Prefix extends string, Key extends string, Value = string> = {
  [K in Key as `${Prefix}.${K}`]: Value;
};

/**
 * Every string the components show or announce, with flat keys (`totp.*` for `TotpSetup`). Functions take the values
 * they interpolate. Pass a partial object to `SecurityMessagesProvider` or a component's
 * `messages` prop to override some; the rest stay English.
 */
export type SecurityMessages = Keyed<'factor', MfaFactor> &
  Keyed<'hint', MfaFactor> &
  Keyed<'blocked', MfaIneligibility> &
  Keyed<'error', Exclude<CognitoErrorCategory, 'unknown'>> &
  Keyed<'signIn', KnownSignInMethod> & {
    /** The service's own message is shown only for errors the kit does not know. */
    'error.unknown': (detail: string) => string;
    /** A factor or sign-in method the kit does not know, by its service name. */
    otherMethod: (value: string) => string;
    loading: string;
    loadFailed: (reason: string) => string;
    saving: string;
    saveFailed: (reason: string) => string;
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
  } & TotpMessages;

/** Strings of the authenticator-app setup flow (`TotpSetup`). */
interface TotpMessages {
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
}

/** The English messages, the default. */
export const en: SecurityMessages = {
  'factor.SMS_MFA': 'Text message (SMS)',
  'factor.SOFTWARE_TOKEN_MFA': 'Authenticator app',
  'factor.EMAIL_OTP': 'Email',
  'hint.SMS_MFA': 'Get a code by text message when you sign in.',
  'hint.SOFTWARE_TOKEN_MFA': 'Use a code from an app such as Google Authenticator or 1Password.',
  'hint.EMAIL_OTP': 'Get a code by email when you sign in.',
  'blocked.mfa-off': 'Two-step verification is not available for this account.',
  'blocked.not-offered': 'This method is not offered for this account.',
  'blocked.unavailable': 'This method is not available for this account right now.',
  'blocked.no-phone': 'Add a phone number first.',
  'blocked.no-email': 'Add an email address first.',
  'blocked.totp-not-set-up': 'Set up an authenticator app first.',
  'blocked.required-by-pool': 'Two-step verification is required, so this method cannot be turned off. You can still change which one is preferred.',
  'error.session-expired': 'Your session has expired. Sign in again.',
  'error.not-allowed': 'This change is not allowed for your account.',
  'error.invalid-code': 'The code is not correct.',
  'error.throttled': 'Too many attempts. Wait a moment and try again.',
  'error.network': 'Could not connect. Check your connection and try again.',
  'error.unavailable': 'The service is not responding. Try again later.',
  'error.malformed-response': 'The service sent an answer that could not be read.',
  'error.configuration': 'This page is not set up correctly. Contact support.',
  'error.unknown': (detail) => `Something went wrong (${detail}).`,
  'signIn.PASSWORD': 'Password',
  'signIn.EMAIL_OTP': 'Email code',
  'signIn.SMS_OTP': 'Text message code',
  'signIn.WEB_AUTHN': 'Passkey',
  otherMethod: (value) => `Other method (${value})`,
  loading: 'Loading…',
  loadFailed: (reason) => `Could not load your security settings. ${reason}`,
  saving: 'Saving…',
  saveFailed: (reason) => `Not saved. ${reason}`,
  sentTo: (destination) => `Codes go to ${destination}`,
  on: 'On',
  off: 'Off',
  setUp: 'Set up',
  turnedOn: (factor) => `${factor} turned on`,
  turnedOff: (factor) => `${factor} turned off`,
  turnOnFailed: (factor, reason) => `Couldn't turn on ${factor}: ${reason}`,
  turnOffFailed: (factor, reason) => `Couldn't turn off ${factor}: ${reason}`,
  toggleListLabel: 'Two-step verification',
  pickerLabel: 'Preferred method',
  pickerHelp: 'When you sign in, we ask for a code from your preferred method first.',
  pickerEmpty: 'Turn on two or more methods to choose a preferred one.',
  noPreference: 'No preference — ask at sign-in',
  preferredSet: (factor) => `${factor} is now your preferred method`,
  preferenceCleared: 'No preferred method: you will choose at sign-in',
  preferFailed: (reason) => `Couldn't change your preferred method: ${reason}`,
  summaryLabel: 'Account security',
  mfaStatus: 'Two-step verification',
  mfaOn: 'On',
  mfaOff: 'Off',
  mfaRequired: 'Required',
  mfaMethods: 'Verification methods',
  preferred: 'Preferred',
  signInMethods: 'Ways to sign in',
  'totp.intro': 'Get sign-in codes from an app such as Google Authenticator or 1Password.',
  'totp.start': 'Set up authenticator app',
  'totp.starting': 'Getting a setup key…',
  'totp.unavailable': 'Authenticator apps are not available for this account.',
  'totp.replaceTitle': 'Replace your authenticator app?',
  'totp.replaceWarning':
    'Your current authenticator app stops working as soon as you continue, even if you do not finish. Until you finish setting up the new one, you cannot sign in with it.',
  'totp.replaceConfirm': 'Replace authenticator app',
  'totp.cancel': 'Cancel',
  'totp.scanTitle': 'Scan the QR code',
  'totp.scanHelp': 'In your authenticator app, add an account and scan this code. Then enter the 6-digit code the app shows.',
  'totp.qrLabel': 'QR code for your authenticator app. If you cannot scan it, enter the setup key instead.',
  'totp.keyLabel': 'Cannot scan? Enter this setup key in the app:',
  'totp.copyKey': 'Copy setup key',
  'totp.keyCopied': 'Setup key copied.',
  'totp.copyFailed': 'Could not copy. Select the key and copy it yourself.',
  'totp.codeLabel': '6-digit code from the app',
  'totp.deviceLabel': 'Device name (optional)',
  'totp.verify': 'Verify',
  'totp.verifying': 'Verifying…',
  'totp.codeIncomplete': 'Enter the 6-digit code from your app.',
  'totp.wrongCode': 'That code did not work. Enter the newest code your app shows.',
  'totp.setupLost': 'This setup is no longer valid, perhaps because it was started again elsewhere. Start again.',
  'totp.chooseTitle': 'Turn on the authenticator app',
  'totp.chooseHelp': 'Your app is connected. Turn it on to be asked for its code when you sign in.',
  'totp.preferLabel': 'Make it my preferred method',
  'totp.turnOn': 'Turn on',
  'totp.turningOn': 'Turning on…',
  'totp.notNow': 'Not now',
  'totp.doneTitle': 'Authenticator app is on',
  'totp.donePreferred': 'When you sign in, you will be asked for a code from your app.',
  'totp.doneNotPreferred': 'You can use codes from your app when you sign in.',
};
