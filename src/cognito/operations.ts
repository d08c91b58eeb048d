/**
 * The one registry of Cognito operations the kit sends. Each operation declares its input and
 * output (`CognitoOperations`) and its traits (`OPERATIONS`): whether it changes state, and what
 * its NotAuthorizedException means. The transports' retry rule, the AWS SDK senders, the
 * simulator's operation list and the error mapping are derived from it, so an operation left out
 * is a type error, never a silent retry. Adding one: CONTRIBUTING.md, "Adding an operation".
 */
import type {
  ChangePasswordInput,
} from './password.js';
import type { InitiateAuthInput, InitiateAuthOutput, RespondToAuthChallengeInput, RespondToAuthChallengeOutput } from './auth.js';
import type {
  DeleteUserAttributesInput,
  GetUserAttributeVerificationCodeInput,
  GetUserAttributeVerificationCodeOutput,
  UpdateUserAttributesInput,
  UpdateUserAttributesOutput,
  VerifyUserAttributeInput,
} from './contacts.js';
import type { ForgetDeviceInput, ListDevicesInput, ListDevicesOutput, UpdateDeviceStatusInput } from './devices.js';
import type {
  CompleteWebAuthnRegistrationInput,
  DeleteWebAuthnCredentialInput,
  ListWebAuthnCredentialsInput,
  ListWebAuthnCredentialsOutput,
  StartWebAuthnRegistrationOutput,
} from './passkeys.js';
import type {
  AssociateSoftwareTokenOutput,
  EmptyInput,
  GetUserAuthFactorsOutput,
  GetUserOutput,
  SetUserMfaPreferenceInput,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenOutput,
} from './wire.js';

type EmptyOutput = Record<string, never>;

/** Input and output of every operation the kit sends, keyed by the service's operation name. */
export interface CognitoOperations {
  // User and MFA (docs/behaviour.md#mfa)
  GetUser: { input: EmptyInput; output: GetUserOutput };
  GetUserAuthFactors: { input: EmptyInput; output: GetUserAuthFactorsOutput };
  SetUserMFAPreference: { input: SetUserMfaPreferenceInput; output: EmptyOutput };
  AssociateSoftwareToken: { input: EmptyInput; output: AssociateSoftwareTokenOutput };
  VerifySoftwareToken: { input: VerifySoftwareTokenInput; output: VerifySoftwareTokenOutput };
  // Contact details (docs/behaviour.md#contact-details)
  UpdateUserAttributes: { input: UpdateUserAttributesInput; output: UpdateUserAttributesOutput };
  GetUserAttributeVerificationCode: {
    input: GetUserAttributeVerificationCodeInput;
    output: GetUserAttributeVerificationCodeOutput;
  };
  VerifyUserAttribute: { input: VerifyUserAttributeInput; output: EmptyOutput };
  DeleteUserAttributes: { input: DeleteUserAttributesInput; output: EmptyOutput };
  // Passkeys (docs/behaviour.md#passkeys)
  ListWebAuthnCredentials: { input: ListWebAuthnCredentialsInput; output: ListWebAuthnCredentialsOutput };
  StartWebAuthnRegistration: { input: EmptyInput; output: StartWebAuthnRegistrationOutput };
  CompleteWebAuthnRegistration: { input: CompleteWebAuthnRegistrationInput; output: EmptyOutput };
  DeleteWebAuthnCredential: { input: DeleteWebAuthnCredentialInput; output: EmptyOutput };
  // Devices and sign-out (docs/behaviour.md#devices)
  ListDevices: { input: ListDevicesInput; output: ListDevicesOutput };
  UpdateDeviceStatus: { input: UpdateDeviceStatusInput; output: EmptyOutput };
  ForgetDevice: { input: ForgetDeviceInput; output: EmptyOutput };
  GlobalSignOut: { input: EmptyInput; output: EmptyOutput };
  // Password and account (docs/behaviour.md#password)
  ChangePassword: { input: ChangePasswordInput; output: EmptyOutput };
  DeleteUser: { input: EmptyInput; output: EmptyOutput };
  // Sign-in (src/cognito/auth.ts). The kit itself never calls these: they are here so the fetch
  // transport can carry an app's own sign-in and the simulator can issue tokens. No access token.
  InitiateAuth: { input: InitiateAuthInput; output: InitiateAuthOutput };
  RespondToAuthChallenge: { input: RespondToAuthChallengeInput; output: RespondToAuthChallengeOutput };
}

/** The name of an operation the kit sends. */
export type CognitoOperationName = keyof CognitoOperations;

/** What one operation is, beyond its shapes. */
export interface OperationTraits {
  /**
   * It changes state. A transport never re-sends it after an unknown outcome (5xx, network,
   * unreadable answer): it may have been applied. Throttling is still retried, since Cognito
   * refused it before applying it (docs/behaviour.md#retries).
   */
  readonly mutates: boolean;
  /**
   * What its NotAuthorizedException means besides the token messages (expired, revoked,
   * scopes): `'session'` — the session is over; `'password'` — the previous password is wrong
   * (ChangePassword answers "Incorrect username or password."), a field error that keeps the
   * session (docs/behaviour.md#not-authorized).
   */
  readonly notAuthorized: 'session' | 'password';
  /**
   * What UserNotFoundException "User does not exist." means: `'session'` — the session is over;
   * `'done'` — what the operation set out to do holds already (DeleteUser sent again after its
   * first answer was lost), so it resolves as a success (docs/behaviour.md#delete-account).
   */
  readonly userNotFound: 'session' | 'done';
}

const read = { mutates: false, notAuthorized: 'session', userNotFound: 'session' } as const;
const write = { mutates: true, notAuthorized: 'session', userNotFound: 'session' } as const;
/** A write whose non-token NotAuthorizedException means a wrong password ("Incorrect username or password."). */
const passwordWrite = { mutates: true, notAuthorized: 'password', userNotFound: 'session' } as const;
/** DeleteUser: the user being gone is its outcome, not a lost session. */
const deleteSelf = { mutates: true, notAuthorized: 'session', userNotFound: 'done' } as const;

/** Every operation's traits. A missing operation does not compile. */
export const OPERATIONS = {
  GetUser: read,
  GetUserAuthFactors: read,
  SetUserMFAPreference: write,
  AssociateSoftwareToken: write,
  VerifySoftwareToken: write,
  UpdateUserAttributes: write,
  GetUserAttributeVerificationCode: write,
  VerifyUserAttribute: write,
  DeleteUserAttributes: write,
  ListWebAuthnCredentials: read,
  StartWebAuthnRegistration: write,
  CompleteWebAuthnRegistration: write,
  DeleteWebAuthnCredential: write,
  ListDevices: read,
  UpdateDeviceStatus: write,
  ForgetDevice: write,
  GlobalSignOut: write,
  ChangePassword: passwordWrite,
  DeleteUser: deleteSelf,
  // A sign-in issues tokens and counts failed attempts: never re-sent after an unknown outcome.
  // Its NotAuthorizedException "Incorrect username or password." is a field error, not a session end.
  InitiateAuth: passwordWrite,
  RespondToAuthChallenge: write,
} as const satisfies { readonly [Op in CognitoOperationName]: OperationTraits };

/** The traits of an operation; an unknown name (a newer service operation sent through `call`) is treated as a write. */
export function operationTraits(operation: string): OperationTraits {
  return (OPERATIONS as Record<string, OperationTraits | undefined>)[operation] ?? write;
}
