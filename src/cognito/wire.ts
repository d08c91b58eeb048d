/**
 * Wire shapes of the Cognito user-pool operations the kit uses (JSON 1.1 protocol).
 * Names follow the service model exactly, so both transports can share them.
 */

/** The MFA factor names Cognito uses in `UserMFASettingList` and `PreferredMfaSetting`. */
export type MfaFactor = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/** An MFA value as the service may send it: a known factor, or a newer value kept as-is. */
export type MfaSettingValue = MfaFactor | (string & {});

/** Values of `ConfiguredUserAuthFactors`; unknown future values are kept as strings. */
export type AuthFactorType =
  | 'PASSWORD'
  | 'EMAIL_OTP'
  | 'SMS_OTP'
  | 'WEB_AUTHN'
  | 'SOFTWARE_TOKEN'
  | (string & {});

export interface AttributeType {
  Name: string;
  Value?: string;
}

export interface MfaSettingsType {
  Enabled?: boolean;
  PreferredMfa?: boolean;
}

export interface GetUserOutput {
  Username: string;
  UserAttributes: AttributeType[];
  UserMFASettingList?: string[];
  PreferredMfaSetting?: string;
}

export interface GetUserAuthFactorsOutput {
  Username: string;
  PreferredMfaSetting?: string;
  UserMFASettingList?: string[];
  ConfiguredUserAuthFactors?: string[];
}

export interface SetUserMfaPreferenceInput {
  SMSMfaSettings?: MfaSettingsType;
  SoftwareTokenMfaSettings?: MfaSettingsType;
  EmailMfaSettings?: MfaSettingsType;
  /** Passkey MFA: no `PreferredMfa` (account spec §8). */
  WebAuthnMfaSettings?: { Enabled?: boolean };
}

export interface AssociateSoftwareTokenOutput {
  SecretCode: string;
  Session?: string;
}

export interface VerifySoftwareTokenInput {
  UserCode: string;
  FriendlyDeviceName?: string;
}

export interface VerifySoftwareTokenOutput {
  Status?: 'SUCCESS' | 'ERROR' | (string & {});
  Session?: string;
}

/** Operations that take nothing but the access token. */
export type EmptyInput = object;
