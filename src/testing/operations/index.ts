/**
 * Every operation the simulator serves, one module per domain. The record must cover the kit's
 * whole registry (`src/cognito/operations.ts`): an operation without a handler does not compile.
 */
import type { SignInOperationName } from '../../cognito/auth.js';
import type { CognitoOperationName } from '../../cognito/operations.js';
import { authOperations, type SignInHandler } from './auth.js';
import type { OperationHandler, SimulatorContext } from './context.js';
import { contactOperations } from './contacts.js';
import { deviceOperations } from './devices.js';
import { mfaOperations } from './mfa.js';
import { passwordOperations } from './password.js';
import { passkeyOperations } from './passkeys.js';

/** Handlers of the operations that need an access token: every registered one but sign-in. */
export function createOperations(context: SimulatorContext): Record<Exclude<CognitoOperationName, SignInOperationName>, OperationHandler> {
  return {
    ...mfaOperations(context),
    ...contactOperations(context),
    ...passkeyOperations(context),
    ...deviceOperations(context),
    ...passwordOperations(context),
  };
}

/** Handlers of the sign-in operations (no access token): InitiateAuth, RespondToAuthChallenge. */
export function createSignInOperations(context: SimulatorContext): Record<SignInOperationName, SignInHandler> {
  return authOperations(context);
}
