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

// Contacts
export { CONTACT_ATTRIBUTES } from './cognito/contactModel.js';
export {
  deleteUserAttributes,
  getUserAttributeVerificationCode,
  isE164PhoneNumber,
  isEmailAddress,
  normalisePhoneNumber,
  updateUserAttributes,
  verifyUserAttribute,
} from './cognito/contacts.js';
export type {
  CodeDelivery,
  ContactAttribute,
  DeleteUserAttributesInput,
  GetUserAttributeVerificationCodeInput,
  UpdateUserAttributesInput,
  VerifyUserAttributeInput,
} from './cognito/contacts.js';
export type { PoolSettings } from './queries/provider.js';
export { contactKeys } from './queries/contacts/keys.js';
export { pendingVerificationsQueryOptions } from './queries/contacts/cache.js';
export type { PendingVerification, PendingVerifications } from './queries/contacts/cache.js';
export { removeContactMutationOptions, updateContactMutationOptions } from './queries/contacts/mutations.js';
export type { ContactChange } from './queries/contacts/mutations.js';
export { useContactDetails } from './queries/contacts/hooks.js';
export type { ContactRow, ContactState, UseContactDetailsResult } from './queries/contacts/hooks.js';
export { useContactVerification } from './queries/contacts/verification.js';
export type {
  ContactVerificationState,
  ContactVerificationStep,
  UseContactVerificationResult,
} from './queries/contacts/verification.js';
export {
  ContactDetails,
  ContactDetailsView,
  contactDetailsAr,
  contactDetailsDe,
  contactDetailsEn,
} from './components/ContactDetails/index.js';
export type {
  ContactAction,
  ContactDetailsMessages,
  ContactDetailsProps,
  ContactDetailsViewProps,
  ContactFlowMessages,
  ContactFlowOutcome,
  ContactRowsMessages,
} from './components/ContactDetails/index.js';
