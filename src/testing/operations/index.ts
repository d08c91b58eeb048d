/**
 * Every operation the simulator serves, one module per domain. The record must cover the kit's
 * whole registry (`src/cognito/operations.ts`): an operation without a handler does not compile.
 */
import type { CognitoOperationName } from '../../cognito/operations.js';
import type { OperationHandler, SimulatorContext } from './context.js';
import { contactOperations } from './contacts.js';
import { deviceOperations } from './devices.js';
import { mfaOperations } from './mfa.js';
import { passwordOperations } from './password.js';
import { passkeyOperations } from './passkeys.js';

export function createOperations(context: SimulatorContext): Record<CognitoOperationName, OperationHandler> {
  return {
    ...mfaOperations(context),
    ...contactOperations(context),
    ...passkeyOperations(context),
    ...deviceOperations(context),
    ...passwordOperations(context),
  };
}
