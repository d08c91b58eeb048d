import { useQuery } from '@tanstack/react-query';
import type { CognitoError } from '../cognito/errors.js';
import {
  disableIneligibility,
  enableIneligibility,
  type MfaIneligibility,
  type MfaIntent,
  type PoolMfaConfig,
} from '../cognito/mfa.js';
import type { AuthFactors, CognitoUser, ContactDetail, MfaState } from '../cognito/model.js';
import type { MfaFactor, MfaSettingValue } from '../cognito/wire.js';
import { cognitoKeys } from './keys.js';
import { useSetMfaPreference } from './mutation.js';
import { authFactorsQueryOptions, cognitoUserQueryOptions, mfaSessionFactsQueryOptions } from './options.js';
import { useMutationRecords, type MutationOutcome } from './mutationRecords.js';
import { useCognitoSecurity } from './provider.js';

/** The signed-in user (GetUser): username, attributes, contact details and MFA state. */
export function useCognitoUser() {
  const { client, userId } = useCognitoSecurity('useCognitoUser');
  return useQuery(cognitoUserQueryOptions({ client, userId }));
}

/** The user's MFA state and configured sign-in factors (GetUserAuthFactors). */
export function useAuthFactors() {
  const { client, userId } = useCognitoSecurity('useAuthFactors');
  return useQuery(authFactorsQueryOptions({ client, userId }));
}

/** One MFA factor as a settings page shows it. */
export interface MfaFactorView {
  factor: MfaFactor;
  enabled: boolean;
  preferred: boolean;
  /** A change to this factor is on its way to Cognito. */
  pending: boolean;
  /** The last change to this factor failed, and why; cleared by the next change to it. */
  error: CognitoError | null;
  /** Why it cannot be turned on, when it is off. */
  enableBlockedBy: MfaIneligibility | null;
  /** Why it cannot be turned off, when it is on. */
  disableBlockedBy: MfaIneligibility | null;
  /** Where codes go (phone number or email), for factors that send them. */
  destination: ContactDetail | null;
}

export interface MfaSettings {
  /** `pending` until GetUser answers; `error` if it failed. */
  status: 'pending' | 'error' | 'success';
  /** Why loading failed (GetUser), or `null`. */
  error: CognitoError | null;
  user: CognitoUser | undefined;
  /** GetUserAuthFactors' answer; `undefined` while loading or when the pool cannot answer it. */
  authFactors: AuthFactors | undefined;
  pool: PoolMfaConfig;
  /** The factors the pool offers, in display order. */
  factors: MfaFactorView[];
  /** Enabled factors, including ones the kit does not know (kept, never dropped). */
  enabled: MfaSettingValue[];
  preferred: MfaSettingValue | null;
  /** Applies one change optimistically. */
  change: (intent: MfaIntent) => void;
  /** Whether any change is on its way. */
  isSaving: boolean;
  /** The most recent change, for announcing its outcome. */
  lastChange: MfaChange | undefined;
}

/** One SetUserMFAPreference call, as the mutation cache holds it. */
export interface MfaChange extends MutationOutcome {
  intent: MfaIntent;
}

/**
 * Everything a two-step-verification settings UI needs, from the shared cache: the factors
 * with their eligibility, pending and error state, and one `change` function. All
 * components build on it; call it yourself to bring your own UI.
 */
export function useMfaSettings(): MfaSettings {
  const { userId, pool } = useCognitoSecurity('useMfaSettings');
  const user = useCognitoUser();
  const authFactors = useAuthFactors();
  const facts = useQuery(mfaSessionFactsQueryOptions(userId)).data;
  const mutation = useSetMfaPreference();
  const changes: MfaChange[] = useMutationRecords(cognitoKeys.setMfaPreference(userId), (intent: MfaIntent) => ({ intent }));

  // GetUser is the source of truth for MFA state here: GetUserAuthFactors may be missing
  // on older pools, and both caches get the same optimistic changes.
  const mfa: MfaState = user.data ?? { enabled: [], preferred: null };
  const totpRegistered = mfa.enabled.includes('SOFTWARE_TOKEN_MFA') || facts.totpVerified;
  const context = { pool, totpRegistered };
  const unavailable = new Set(facts.unavailable);

  const factors = pool.factors.map((factor): MfaFactorView => {
    const mine = changes.filter((c) => 'factor' in c.intent && c.intent.factor === factor);
    const last = mine.at(-1);
    const enabled = mfa.enabled.includes(factor);
    return {
      factor,
      enabled,
      preferred: mfa.preferred === factor,
      pending: mine.some((c) => c.status === 'pending'),
      error: last?.status === 'error' ? last.error : null,
      enableBlockedBy: enabled ? null : enableIneligibility(factor, user.data, context, unavailable),
      disableBlockedBy: enabled ? disableIneligibility(context) : null,
      destination:
        factor === 'SMS_MFA' ? (user.data?.phoneNumber ?? null) : factor === 'EMAIL_OTP' ? (user.data?.email ?? null) : null,
    };
  });

  return {
    status: user.status,
    error: user.error,
    user: user.data,
    authFactors: authFactors.data,
    pool,
    factors,
    enabled: mfa.enabled,
    preferred: mfa.preferred,
    change: (intent) => mutation.mutate(intent),
    isSaving: changes.some((c) => c.status === 'pending'),
    lastChange: changes.at(-1),
  };
}
