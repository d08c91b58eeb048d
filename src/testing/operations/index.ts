/**
 * Every operation the simulator serves, one module per domain. The record must cover the kit's
 * whole registry (`src/cognito/operations.ts`): an operation without a handler does not compile.
 */
import type { CognitoOperationName } from '../../cognito/operations.js';
import { CognitoFault } from '../protocol.js';
import type { OperationHandler, SimulatorContext } from './context.js';
import { contactOperations } from './contacts.js';
import { mfaOperations } from './mfa.js';
import { passwordOperations } from './password.js';
import { passkeyOperations } from './passkeys.js';

// TEMPORARY while the domain modules land (contacts, passkeys, devices, password).
const notSimulatedYet = (operation: string): OperationHandler => () => {
  throw new CognitoFault('UnknownOperationException', `The simulator does not serve ${operation} yet`);
};

export function createOperations(context: SimulatorContext): Record<CognitoOperationName, OperationHandler> {
  return {
    ...mfaOperations(context),
    ...contactOperations(context),
    ...passkeyOperations(context),
    ListDevices: notSimulatedYet('ListDevices'),
    UpdateDeviceStatus: notSimulatedYet('UpdateDeviceStatus'),
    ForgetDevice: notSimulatedYet('ForgetDevice'),
    GlobalSignOut: notSimulatedYet('GlobalSignOut'),
    ...passwordOperations(context),
  };
}
