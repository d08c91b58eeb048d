// `react-cognito-security`: the headless kit (Cognito layer, query options, provider, hooks).
// Listed one by one: nothing internal leaks out. Components and lazily loaded flows have
// their own entries (src/mfa.ts, src/totp-setup.ts), so importing hooks from here never
// makes a bundler parse a component or an `import()` (see README, "Size").

// Cognito layer (no React)
export { createFetchTransport } from './cognito/transport.js';
export type { CognitoTransport, FetchTransportOptions, RetryPolicy, SendOptions } from './cognito/transport.js';
export { createCognitoClient } from './cognito/client.js';
export { associateSoftwareToken, verifySoftwareToken } from './cognito/softwareToken.js';
export type { CognitoClient, CognitoClientOptions, TokenSource } from './cognito/client.js';
export { CognitoError, isCognitoError, isOutcomeUnknown } from './cognito/errors.js';
export type { CognitoErrorCategory, CognitoErrorCode, CognitoExceptionName, KitErrorCode } from './cognito/errors.js';
export { OPERATIONS } from './cognito/operations.js';
/** Sign-in over a kit transport, for apps that sign in themselves (the kit never calls these). */
export { initiateAuth, respondToAuthChallenge, SIGN_IN_OPERATIONS } from './cognito/auth.js';
export type {
  AuthenticationResultType,
  AuthFlow,
  ChallengeName,
  InitiateAuthInput,
  InitiateAuthOutput,
  RespondToAuthChallengeInput,
  RespondToAuthChallengeOutput,
  SignInOperationName,
} from './cognito/auth.js';
export type { CognitoOperationName, CognitoOperations, OperationTraits } from './cognito/operations.js';
export { MFA_FACTORS, DEFAULT_POOL_CONFIG, applyMfaIntent, buildMfaRequest, isMfaFactor } from './cognito/mfa.js';
export type { MfaIntent, MfaIneligibility, PoolMfaConfig } from './cognito/mfa.js';
export type { AuthFactors, CognitoUser, ContactDetail, MfaState, VerifySoftwareTokenResult } from './cognito/model.js';
export type { AuthFactorType, MfaFactor, MfaSettingValue, SetUserMfaPreferenceInput } from './cognito/wire.js';

// Queries layer
export { cognitoKeys } from './queries/keys.js';
export { authFactorsQueryOptions, cognitoUserQueryOptions } from './queries/options.js';
export type { CognitoQueryOptions, CognitoQueryScope, MfaSessionFacts } from './queries/options.js';
export { CognitoSecurityProvider, useCognitoSecurity } from './queries/provider.js';
export type { CognitoSecurityContextValue, CognitoSecurityProviderProps } from './queries/provider.js';
export { setMfaPreferenceMutationOptions, useSetMfaPreference } from './queries/mutation.js';
export type { MfaChangeContext } from './queries/mutation.js';
export { useAuthFactors, useCognitoUser, useMfaSettings } from './queries/hooks.js';
export type { MfaChange, MfaFactorView, MfaSettings } from './queries/hooks.js';
export type { MutationOutcome } from './queries/mutationRecords.js';

// Messages of every component below (the catalogues come with their components' entries)
export { SecurityMessagesProvider } from './components/messages/context.js';
export type { AnyMessages, SecurityMessagesProviderProps } from './components/messages/context.js';

// Password and account
export {
  changePassword,
  DEFAULT_PASSWORD_POLICY,
  deleteUser,
  meetsPasswordRule,
  PASSWORD_SYMBOLS,
  passwordRules,
  resolvePasswordPolicy,
  unmetPasswordRules,
} from './cognito/password.js';
export type { ChangePasswordInput, PasswordPolicy, PasswordRule } from './cognito/password.js';
export { passwordKeys } from './queries/password/keys.js';
export { useChangePassword } from './queries/password/changePassword.js';
export type {
  ChangePasswordRequest,
  ChangePasswordStep,
  UseChangePasswordOptions,
  UseChangePasswordResult,
} from './queries/password/changePassword.js';
export { deleteUserMutationOptions, useDeleteAccount } from './queries/password/deleteAccount.js';
export type { DeleteAccountStep, UseDeleteAccountOptions, UseDeleteAccountResult } from './queries/password/deleteAccount.js';

// Contacts (the verification flow's hooks and operations are in `react-cognito-security/contact-verification`)
export { CONTACT_ATTRIBUTES } from './cognito/contactModel.js';
export type { CodeDelivery, ContactAttribute } from './cognito/contacts.js';
export type { PoolSettings } from './queries/provider.js';
export { contactKeys } from './queries/contacts/keys.js';
export { pendingVerificationsQueryOptions } from './queries/contacts/cache.js';
export type { PendingVerification, PendingVerifications } from './queries/contacts/cache.js';
export { useContactDetails } from './queries/contacts/hooks.js';
export type { ContactRow, ContactState, UseContactDetailsResult } from './queries/contacts/hooks.js';

// Passkeys (adding one is in `react-cognito-security/passkey-setup`)
export { deleteWebAuthnCredential, listWebAuthnCredentials, passkeySupport } from './cognito/passkeys.js';
export type { Passkey, PasskeyAttachment, PasskeyRegistrationJSON, PasskeySupport, PasskeyTransport } from './cognito/passkeys.js';
export { buildPasskeyMfaRequest, PASSKEY_MFA } from './cognito/passkeyMfa.js';
export type { PasskeyMfaIneligibility } from './cognito/passkeyMfa.js';
export { passkeyKeys } from './queries/passkeys/keys.js';
export { passkeysQueryOptions, removePasskeyMutationOptions } from './queries/passkeys/options.js';
export type { RemovedPasskey } from './queries/passkeys/options.js';
export { usePasskeyRemovals, usePasskeys, useRemovePasskey } from './queries/passkeys/hooks.js';
export type { PasskeyRemoval } from './queries/passkeys/hooks.js';
export { passkeyMfaMutationOptions, usePasskeyMfa } from './queries/passkeys/mfa.js';
export type { PasskeyMfa, PasskeyMfaChange } from './queries/passkeys/mfa.js';

// Devices and sign-out (the components are in `react-cognito-security/devices`)
export { forgetDevice, globalSignOut, listDevices, updateDeviceStatus } from './cognito/devices.js';
export type {
  Device,
  DeviceRememberedStatus,
  DeviceType,
  ForgetDeviceInput,
  ListDevicesInput,
  ListDevicesOutput,
  UpdateDeviceStatusInput,
} from './cognito/devices.js';
export { deviceKeys } from './queries/devices/keys.js';
export {
  devicesQueryOptions,
  forgetDeviceMutationOptions,
  globalSignOutMutationOptions,
  updateDeviceStatusMutationOptions,
} from './queries/devices/options.js';
export type { DeviceStatusChange, ForgottenDevice, PreviousDeviceStatus } from './queries/devices/options.js';
export {
  useDeviceChanges,
  useDevices,
  useForgetDevice,
  useSignOutEverywhere,
  useUpdateDeviceStatus,
} from './queries/devices/hooks.js';
export type { DeviceChange, SignOutEverywhereStep, UseSignOutEverywhereResult } from './queries/devices/hooks.js';
