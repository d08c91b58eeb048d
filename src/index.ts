// Public API of react-cognito-security. Listed one by one: nothing internal leaks out.

// Cognito layer (no React)
export { createFetchTransport } from './cognito/transport.js';
export type { CognitoTransport, FetchTransportOptions, RetryPolicy, SendOptions } from './cognito/transport.js';
export { createCognitoClient } from './cognito/client.js';
export { associateSoftwareToken, verifySoftwareToken } from './cognito/softwareToken.js';
export type { CognitoClient, CognitoClientOptions, TokenSource } from './cognito/client.js';
export { CognitoError, isCognitoError, isOutcomeUnknown } from './cognito/errors.js';
export type { CognitoErrorCategory, CognitoErrorCode, CognitoExceptionName, KitErrorCode } from './cognito/errors.js';
export { OPERATIONS } from './cognito/operations.js';
export type { CognitoOperationName, CognitoOperations, OperationTraits } from './cognito/operations.js';
export { MFA_FACTORS, DEFAULT_POOL_CONFIG, applyMfaIntent, buildMfaRequest, isMfaFactor } from './cognito/mfa.js';
export type { MfaIntent, MfaIneligibility, PoolMfaConfig } from './cognito/mfa.js';
export type { AuthFactors, CognitoUser, ContactDetail, MfaState, VerifySoftwareTokenResult } from './cognito/model.js';
export type { AuthFactorType, MfaFactor, MfaSettingValue, SetUserMfaPreferenceInput } from './cognito/wire.js';

// Queries layer
export { cognitoKeys } from './queries/keys.js';
export { authFactorsQueryOptions, cognitoUserQueryOptions } from './queries/options.js';
export type { CognitoQueryScope, MfaSessionFacts } from './queries/options.js';
export { CognitoSecurityProvider, useCognitoSecurity } from './queries/provider.js';
export type { CognitoSecurityContextValue, CognitoSecurityProviderProps } from './queries/provider.js';
export { setMfaPreferenceMutationOptions, useSetMfaPreference } from './queries/mutation.js';
export type { MfaChangeContext } from './queries/mutation.js';
export { useAuthFactors, useCognitoUser, useMfaSettings } from './queries/hooks.js';
export type { MfaChange, MfaFactorView, MfaSettings } from './queries/hooks.js';
export { otpauthUri, useTotpSetup } from './queries/totp.js';
export type {
  OtpauthUriParts,
  TotpSetupState,
  TotpSetupStep,
  UseTotpSetupOptions,
  UseTotpSetupResult,
} from './queries/totp.js';

// Components
export {
  ar,
  de,
  en,
  FactorBadges,
  FactorBadgesView,
  maskDestination,
  MfaToggleList,
  MfaToggleListView,
  PreferredMfaPicker,
  PreferredMfaPickerView,
  SecurityMessagesProvider,
  useSecurityMessages,
} from './components/index.js';
export type {
  FactorBadgesProps,
  FactorBadgesViewProps,
  AnyMessages,
  CoreMessages,
  ErrorMessages,
  KnownSignInMethod,
  MfaToggleListProps,
  MfaToggleListViewProps,
  PreferredMfaPickerProps,
  PreferredMfaPickerViewProps,
  SecurityMessages,
  SecurityMessagesProviderProps,
  SettingsViewProps,
} from './components/index.js';
export { TotpSetup, TotpSetupView, totpAr, totpDe, totpEn } from './components/TotpSetup/index.js';
export type {
  HeadingLevel,
  TotpMessages,
  TotpSetupMessages,
  TotpSetupProps,
  TotpSetupViewProps,
} from './components/TotpSetup/index.js';

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
export {
  ChangePasswordForm,
  ChangePasswordFormView,
  changePasswordFormAr,
  changePasswordFormDe,
  changePasswordFormEn,
} from './components/ChangePasswordForm/index.js';
export type {
  ChangePasswordFormMessages,
  ChangePasswordFormProps,
  ChangePasswordFormViewProps,
} from './components/ChangePasswordForm/index.js';
export { DeleteAccount, DeleteAccountView, deleteAccountAr, deleteAccountDe, deleteAccountEn } from './components/DeleteAccount/index.js';
export type { DeleteAccountMessages, DeleteAccountProps, DeleteAccountViewProps } from './components/DeleteAccount/index.js';
