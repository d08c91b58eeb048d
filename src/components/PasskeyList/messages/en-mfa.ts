import type { PasskeyMfaMessages } from './en.js';

// The passkey-MFA switch's English strings.
export const mfaEn: PasskeyMfaMessages = {
  'passkeys.mfa': 'Passkey as two-step verification',
  'passkeys.mfaHint': 'Signing in with a passkey that checks your fingerprint, face or PIN counts as both steps.',
  'passkeys.mfaNoPasskey': 'Add a passkey first.',
  'passkeys.mfaNoOtherFactor': 'Turn on another two-step verification method first.',
};
