import type { AuthFactorType, MfaSettingValue } from './wire.js';

/** A contact attribute and whether the user proved they own it. */
export interface ContactDetail {
  value: string;
  verified: boolean;
}

/** The MFA state both GetUser and GetUserAuthFactors report. */
export interface MfaState {
  /** Enabled MFA factors; `[]` when the service omits the list. Unknown values are kept. */
  enabled: MfaSettingValue[];
  /** The preferred factor, or `null` when there is none. */
  preferred: MfaSettingValue | null;
}

/** The signed-in user, from GetUser. */
export interface CognitoUser extends MfaState {
  username: string;
  /** Every attribute by name (`sub`, `email`, `custom:…`). */
  attributes: Readonly<Record<string, string>>;
  email: ContactDetail | null;
  phoneNumber: ContactDetail | null;
}

/** The user's factors, from GetUserAuthFactors. */
export interface AuthFactors extends MfaState {
  username: string;
  /** Factors usable for choice-based sign-in (`ConfiguredUserAuthFactors`); `[]` when absent. */
  configured: AuthFactorType[];
}

/** Result of verifying an authenticator-app code. */
export interface VerifySoftwareTokenResult {
  status: 'SUCCESS' | 'ERROR' | (string & {});
}
