import type { PasskeyAddMessages } from './en.js';

// The add flow's English strings: loaded with the flow, on "Add a passkey".
export const addEn: PasskeyAddMessages = {
  'passkeys.starting': 'Preparing…',
  'passkeys.waiting': 'Follow the steps your browser shows to create the passkey.',
  'passkeys.completing': 'Saving your passkey…',
  'passkeys.addFailed': (reason) => `The passkey was not added. ${reason}`,
  'passkeys.tryAgain': 'Try again',
  'passkeys.cancel': 'Cancel',
  'passkeys.error.InvalidStateError': 'This device or security key already has a passkey for your account.',
  'passkeys.error.SecurityError': 'This page’s address does not match the passkey settings of your account. Contact support.',
  'passkeys.error.NotSupportedError': 'This device or security key cannot create the kind of passkey this account needs.',
  'passkeys.error.WebAuthnNotEnabledException': 'Passkeys are not turned on for this app.',
  'passkeys.error.WebAuthnConfigurationMissingException': 'Passkeys are not set up for this app yet. Contact support.',
  'passkeys.error.WebAuthnOriginNotAllowedException': 'Passkeys cannot be added from this website address. Contact support.',
  'passkeys.error.WebAuthnRelyingPartyMismatchException': 'The passkey was made for another website than this app’s sign-in. Contact support.',
  'passkeys.error.WebAuthnClientMismatchException': 'The passkey request came from another app session. Start again.',
  'passkeys.error.WebAuthnChallengeNotFoundException': 'The request expired. Start again.',
  'passkeys.error.WebAuthnCredentialNotSupportedException': 'This kind of passkey is not supported. Try another device or security key.',
};
