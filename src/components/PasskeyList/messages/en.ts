import { addEn } from './en-add.js';
import { listEn } from './en-list.js';
import { mfaEn } from './en-mfa.js';

/** Errors of the add flow worded here: WebAuthn's DOMExceptions and Cognito's passkey exceptions. */
export type PasskeyAddErrorCode =
  | 'InvalidStateError'
  | 'SecurityError'
  | 'NotSupportedError'
  | 'WebAuthnNotEnabledException'
  | 'WebAuthnConfigurationMissingException'
  | 'WebAuthnOriginNotAllowedException'
  | 'WebAuthnRelyingPartyMismatchException'
  | 'WebAuthnClientMismatchException'
  | 'WebAuthnChallengeNotFoundException'
  | 'WebAuthnCredentialNotSupportedException';

/** Errors the passkey components word themselves; others get the shared wording of their category. */
export type PasskeyErrorCode = PasskeyAddErrorCode | 'LimitExceededException' | 'ResourceNotFoundException';

/** Transports named in words (WebAuthn `AuthenticatorTransport`); others are left out. */
export type KnownPasskeyTransport = 'usb' | 'nfc' | 'ble' | 'hybrid' | 'internal' | 'smart-card';

type Keyed<Prefix extends string, Key extends string, Value = string> = { [K in Key as `${Prefix}.${K}`]: Value };

/** The list's strings (loaded with it). */
export type PasskeyListCoreMessages = Keyed<'passkeys.error', 'LimitExceededException' | 'ResourceNotFoundException'> &
  Keyed<'passkeys.transport', KnownPasskeyTransport> & {
    /** The BCP 47 locale dates and lists are written in. */
    'passkeys.locale': string;
    'passkeys.title': string;
    'passkeys.intro': string;
    'passkeys.empty': string;
    'passkeys.created': (date: string) => string;
    'passkeys.platform': string;
    'passkeys.crossPlatform': string;
    /** The transports, already joined ("USB or NFC"). */
    'passkeys.transports': (list: string) => string;
    'passkeys.noWebAuthn': string;
    'passkeys.insecureContext': string;
    'passkeys.add': string;
    'passkeys.added': string;
    'passkeys.close': string;
    'passkeys.remove': string;
    'passkeys.confirmRemove': (name: string) => string;
    'passkeys.confirmRemoveHint': string;
    'passkeys.lastPasswordless': string;
    'passkeys.lastWay': string;
    'passkeys.confirm': string;
    'passkeys.keep': string;
    'passkeys.removed': (name: string) => string;
    'passkeys.removeFailed': (name: string, reason: string) => string;
  };

/** The add flow's strings (loaded with the flow). */
export type PasskeyAddMessages = Keyed<'passkeys.error', PasskeyAddErrorCode> & {
  'passkeys.starting': string;
  'passkeys.waiting': string;
  'passkeys.completing': string;
  'passkeys.addFailed': (reason: string) => string;
  'passkeys.tryAgain': string;
  'passkeys.cancel': string;
};

/** The passkey-MFA switch's strings. */
export type PasskeyMfaMessages = {
  'passkeys.mfa': string;
  'passkeys.mfaHint': string;
  'passkeys.mfaNoPasskey': string;
  'passkeys.mfaNoOtherFactor': string;
};

/** Every string of `PasskeyList`, its add flow and `PasskeyMfaSwitch`, with flat keys; functions take what they interpolate. */
export type PasskeyListMessages = PasskeyListCoreMessages & PasskeyAddMessages & PasskeyMfaMessages;

/** English messages of `PasskeyList`, its add flow and `PasskeyMfaSwitch` (each component loads only its own part). */
export const passkeyListEn: PasskeyListMessages = { ...listEn, ...addEn, ...mfaEn };
