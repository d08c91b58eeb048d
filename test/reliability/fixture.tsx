import { MFA_FACTORS } from '../../src/cognito/mfa.js';
import type { MfaState } from '../../src/cognito/model.js';
import type { MfaFactor, MfaSettingValue } from '../../src/cognito/wire.js';
import { en } from '../../src/mfa.js';
import { ADA, createCognitoFixture, type CognitoFixture, type CognitoFixtureOptions } from '../harness.js';

export { ADA };

export type ReliabilityFixtureOptions = CognitoFixtureOptions;
export type ReliabilityFixture = CognitoFixture;

/** The shared test fixture (simulator over msw/node, fresh QueryClient, provider) with the harness's Ada. */
export function createReliabilityFixture(options: ReliabilityFixtureOptions = {}): ReliabilityFixture {
  return createCognitoFixture(options);
}

/** MFA state as a comparable value: enabled factors as a sorted list. */
export function normalise(state: MfaState | { enabledMfa: readonly MfaSettingValue[]; preferredMfa: MfaSettingValue | null }) {
  const enabled = 'enabled' in state ? state.enabled : state.enabledMfa;
  const preferred = 'preferred' in state ? state.preferred : state.preferredMfa;
  return { enabled: [...enabled].sort(), preferred };
}

/** The English display name of a factor, as the components label it. */
export const factorLabel = (factor: MfaFactor): string => en[`factor.${factor}`];

export const ALL_FACTORS: readonly MfaFactor[] = MFA_FACTORS;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
