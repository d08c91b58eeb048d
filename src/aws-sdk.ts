import {
  AssociateSoftwareTokenCommand,
  ChangePasswordCommand,
  CompleteWebAuthnRegistrationCommand,
  DeleteUserCommand,
  DeleteUserAttributesCommand,
  DeleteWebAuthnCredentialCommand,
  ForgetDeviceCommand,
  GetUserCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserAuthFactorsCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  ListWebAuthnCredentialsCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  StartWebAuthnRegistrationCommand,
  UpdateDeviceStatusCommand,
  UpdateUserAttributesCommand,
  VerifySoftwareTokenCommand,
  VerifyUserAttributeCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { errorFromService, malformedResponse, networkError, type CognitoError } from './cognito/errors.js';
import { operationTraits, type CognitoOperationName } from './cognito/operations.js';
import type { CognitoTransport } from './cognito/transport.js';

type Command = Parameters<CognitoIdentityProviderClient['send']>[0];

// One SDK command per registered operation (a missing one does not compile). Our wire inputs are
// the SDK's command inputs: the same service model, field for field.
const COMMANDS: { [Op in CognitoOperationName]: new (input: never) => unknown } = {
  GetUser: GetUserCommand,
  GetUserAuthFactors: GetUserAuthFactorsCommand,
  SetUserMFAPreference: SetUserMFAPreferenceCommand,
  AssociateSoftwareToken: AssociateSoftwareTokenCommand,
  VerifySoftwareToken: VerifySoftwareTokenCommand,
  UpdateUserAttributes: UpdateUserAttributesCommand,
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeCommand,
  VerifyUserAttribute: VerifyUserAttributeCommand,
  DeleteUserAttributes: DeleteUserAttributesCommand,
  ListWebAuthnCredentials: ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistration: StartWebAuthnRegistrationCommand,
  CompleteWebAuthnRegistration: CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredential: DeleteWebAuthnCredentialCommand,
  ListDevices: ListDevicesCommand,
  UpdateDeviceStatus: UpdateDeviceStatusCommand,
  ForgetDevice: ForgetDeviceCommand,
  GlobalSignOut: GlobalSignOutCommand,
  ChangePassword: ChangePasswordCommand,
  InitiateAuth: InitiateAuthCommand,
  RespondToAuthChallenge: RespondToAuthChallengeCommand,
  DeleteUser: DeleteUserCommand,
};

/** The SDK turns epoch-seconds timestamps into Dates; the kit's parsers read the wire form. */
function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]));
  }
  return value;
}

/** Carries the first attempt's error past the SDK's retry strategy, which does not retry it. */
class NotResent extends Error {
  constructor(readonly first: unknown) {
    super('A request is not sent again after this answer.');
  }
}

type DeserializeMiddleware = Extract<Parameters<Command['middlewareStack']['add']>[0], object>;

/**
 * The SDK's standard retry strategy re-sends throttling, 5xx and network failures for every
 * operation. The kit's rule (docs/behaviour.md#retries), enforced inside the retry loop: a
 * change whose outcome is unknown is never re-sent blindly, only after TooManyRequests (a
 * throttled request was not applied); and LimitExceeded, an attempt or quota limit that lasts
 * minutes, is re-sent for no operation.
 */
const resendRule =
  (mutates: boolean): DeserializeMiddleware =>
  (next) => {
    let first: unknown;
    return async (args) => {
      if (first !== undefined) throw new NotResent(first);
      try {
        return await next(args);
      } catch (error) {
        const name = (error as { name?: string } | null)?.name ?? '';
        if (name === 'LimitExceededException' || (mutates && name !== 'TooManyRequestsException')) first = error;
        throw error;
      }
    };
  };

interface SdkError {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number };
  /** The raw response: SDK releases before 3.7xx attach only this to a deserialization error. */
  $response?: { statusCode?: number };
}

function isServiceError(error: unknown): error is SdkError {
  return (
    error instanceof Error &&
    typeof (error as SdkError).$metadata === 'object' &&
    typeof (error as SdkError).$metadata?.httpStatusCode === 'number'
  );
}

function fromSdkError(operation: CognitoOperationName, error: unknown): CognitoError {
  if (error instanceof NotResent) return fromSdkError(operation, error.first);
  const sdkError = error as Partial<SdkError> | undefined;
  const status = sdkError?.$metadata?.httpStatusCode ?? sdkError?.$response?.statusCode;
  if (status !== undefined && status < 300) {
    // A 2xx the SDK could not deserialize.
    return malformedResponse(operation, 'the body could not be read', status);
  }
  if (isServiceError(error)) {
    // The SDK names the error after the exception code (docs/behaviour.md#error-responses); an unreadable body
    // surfaces as a deserialization error with the raw status.
    return errorFromService(error.name, error.message, error.$metadata?.httpStatusCode, operation);
  }
  return networkError(error);
}

/**
 * A transport over the AWS SDK v3 `CognitoIdentityProviderClient`, for apps that already ship
 * the SDK. Same results and errors as `createFetchTransport`. Retries follow the client's
 * own settings (`maxAttempts`), except that, as with the fetch transport, a change is never
 * re-sent after a 5xx or network failure, and nothing is re-sent after LimitExceeded.
 */
export function createSdkTransport(client: CognitoIdentityProviderClient): CognitoTransport {
  return {
    async send(operation, input, options = {}) {
      let output: { $metadata?: unknown };
      try {
        const command = new COMMANDS[operation](input as never) as Command;
        command.middlewareStack.add(resendRule(operationTraits(operation).mutates), {
          step: 'deserialize',
          priority: 'high',
          name: 'rcsResendRule',
        });
        output = await client.send(command, { abortSignal: options.signal });
      } catch (error) {
        throw fromSdkError(operation, error);
      }
      const { $metadata: _metadata, ...body } = output;
      return toWire(body);
    },
  };
}
