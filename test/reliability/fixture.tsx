import { MFA_FACTORS } from '../../src/cognito/mfa.js';
import type { MfaState } from '../../src/cognito/model.js';
import type { MfaFactor, MfaSettingValue } from '../../src/cognito/wire.js';
import { en } from '../../src/components/index.js';
import type { UserSpec } from '../../src/testing/index.js';
import { createCognitoFixture, type CognitoFixture, type CognitoFixtureOptions } from '../harness.js';

export type ReliabilityFixtureOptions = CognitoFixtureOptions;
export type ReliabilityFixture = CognitoFixture;

/** A user with an email and a phone number, neither verified (neither is needed for MFA). */
export const ADA: UserSpec = {
  username: 'ada',
  attributes: { email: 'ada@example.com', phone_number: '+15555550123' },
};

/** The shared test fixture (simulator over msw/node, fresh QueryClient, provider) with Ada as above. */
export function createReliabilityFixture(options: ReliabilityFixtureOptions = {}): ReliabilityFixture {
  return createCognitoFixture({ ...options, user: options.user ?? ADA });
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
