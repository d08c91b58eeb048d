import type { MfaFactor } from '../cognito/wire.js';
import type { CognitoSimulator, SimulatorResponse } from './index.js';

/** A user eligible for every factor: phone, email and a verified software token. */
export const ELIGIBLE = {
  attributes: { email: 'ada@example.com', phone_number: '+15555550100' },
  totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
} as const;

/** Calls an operation the way a client would (token in the body) and returns the response. */
export function call(
  sim: CognitoSimulator,
  operation: string,
  accessToken: string,
  input: Record<string, unknown> = {},
): Promise<SimulatorResponse> {
  return sim.handle(operation, { ...input, AccessToken: accessToken });
}

/** The MFA part of a user's state. */
export function mfaOf(sim: CognitoSimulator, username: string): { enabledMfa: MfaFactor[]; preferredMfa: MfaFactor | null } {
  const { enabledMfa, preferredMfa } = sim.getUserState(username);
  return { enabledMfa, preferredMfa };
}
