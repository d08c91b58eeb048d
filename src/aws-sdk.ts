import {
  AssociateSoftwareTokenCommand,
  GetUserAuthFactorsCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type AssociateSoftwareTokenCommandInput,
  type CognitoIdentityProviderClient,
  type GetUserAuthFactorsCommandInput,
  type GetUserCommandInput,
  type SetUserMFAPreferenceCommandInput,
  type VerifySoftwareTokenCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { errorFromService, malformedResponse, networkError, type CognitoError } from './cognito/errors.js';
import type { CognitoTransport } from './cognito/transport.js';
import type { CognitoOperationName } from './cognito/wire.js';

type Sender = (
  client: CognitoIdentityProviderClient,
  input: never,
  options: { abortSignal?: AbortSignal },
) => Promise<{ $metadata?: unknown }>;

// Our wire inputs are the SDK's command inputs: the same service model, field for field.
const SENDERS: Record<CognitoOperationName, Sender> = {
  GetUser: (client, input: GetUserCommandInput, options) => client.send(new GetUserCommand(input), options),
  GetUserAuthFactors: (client, input: GetUserAuthFactorsCommandInput, options) =>
    client.send(new GetUserAuthFactorsCommand(input), options),
  SetUserMFAPreference: (client, input: SetUserMFAPreferenceCommandInput, options) =>
    client.send(new SetUserMFAPreferenceCommand(input), options),
  AssociateSoftwareToken: (client, input: AssociateSoftwareTokenCommandInput, options) =>
    client.send(new AssociateSoftwareTokenCommand(input), options),
  VerifySoftwareToken: (client, input: VerifySoftwareTokenCommandInput, options) =>
    client.send(new VerifySoftwareTokenCommand(input), options),
};

interface SdkError {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number };
  $response?: unknown;
}

function isServiceError(error: unknown): error is SdkError {
  return (
    error instanceof Error &&
    typeof (error as SdkError).$metadata === 'object' &&
    typeof (error as SdkError).$metadata?.httpStatusCode === 'number'
  );
}

function fromSdkError(operation: CognitoOperationName, error: unknown): CognitoError {
  const status = (error as Partial<SdkError> | undefined)?.$metadata?.httpStatusCode;
  if (status !== undefined && status < 300) {
    // A 2xx the SDK could not deserialize.
    return malformedResponse(operation, 'the body could not be read', status);
  }
  if (isServiceError(error)) {
    // The SDK names the error after the exception code (spec §1); an unreadable body
    // surfaces as a deserialization error with the raw status.
    return errorFromService(error.name, error.message, error.$metadata?.httpStatusCode);
  }
  return networkError(error);
}

/**
 * A transport over the AWS SDK v3 `CognitoIdentityProviderClient`, for apps that already ship
 * the SDK. Same results and errors as `createFetchTransport`. Retries follow the client's
 * own settings (`maxAttempts`).
 */
export function createSdkTransport(client: CognitoIdentityProviderClient): CognitoTransport {
  return {
    async send(operation, input, options = {}) {
      let output: { $metadata?: unknown };
      try {
        output = await SENDERS[operation](client, input as never, { abortSignal: options.signal });
      } catch (error) {
        throw fromSdkError(operation, error);
      }
      const { $metadata: _metadata, ...body } = output;
      return body;
    },
  };
}
