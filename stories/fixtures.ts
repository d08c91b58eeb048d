import { CognitoError, type CognitoErrorCategory } from '../src/cognito/errors.js';
import type { MfaIntent } from '../src/cognito/mfa.js';
import type { MfaFactor } from '../src/cognito/wire.js';
import type { MfaChange, MfaFactorView } from '../src/queries/hooks.js';

/** A factor row as `useMfaSettings` would give it: off, eligible, idle, unless overridden. */
export function factorView(factor: MfaFactor, overrides: Partial<MfaFactorView> = {}): MfaFactorView {
  return {
    factor,
    enabled: false,
    preferred: false,
    pending: false,
    error: null,
    enableBlockedBy: null,
    disableBlockedBy: null,
    destination: null,
    ...overrides,
  };
}

/** A CognitoError of a category, as the transport would raise it. */
export function cognitoError(category: CognitoErrorCategory, code = 'TestException', message = 'Test failure'): CognitoError {
  return new CognitoError(message, { code, category });
}

/** A finished or running change, as `useMfaSettings().lastChange` reports it. */
export function change(intent: MfaIntent, status: MfaChange['status'], error: CognitoError | null = null): MfaChange {
  return { intent, status, error, submittedAt: 1 };
}
