import { useQuery } from '@tanstack/react-query';
import { useCallback, useInsertionEffect, useRef } from 'react';
import { CognitoError, toCognitoError } from '../cognito/errors.js';
import { associateSoftwareToken, verifySoftwareToken } from '../cognito/softwareToken.js';
import type { MfaState } from '../cognito/model.js';
import { useFlowRuns } from './flow.js';
import { cognitoKeys } from './keys.js';
import { useSetMfaPreference } from './mutation.js';
import {
  cognitoUserQueryOptions,
  mfaSessionFactsQueryOptions,
  updateSessionFacts,
  type MfaSessionFacts,
} from './options.js';
import { useCognitoSecurity } from './provider.js';

/** What an authenticator app needs to add an account: the `otpauth://` key URI's parts. */
export interface OtpauthUriParts {
  /** Shown as the account's provider in the app, e.g. your product name. */
  issuer: string;
  /** Shown as the account name in the app, e.g. the user's email. */
  accountName: string;
  /** The base32 secret from AssociateSoftwareToken. */
  secret: string;
}

// Authenticator apps split the label at its first colon: neither part may contain one.
const labelPart = (text: string) => encodeURIComponent(text.replaceAll(':', '').trim());

/**
 * The `otpauth://totp/…` URI an authenticator app reads from a QR code (Key URI Format).
 * Cognito uses the defaults (SHA-1, 6 digits, 30 s), so only `secret` and `issuer` are sent.
 */
export function otpauthUri({ issuer, accountName, secret }: OtpauthUriParts): string {
  const key = secret.replace(/[\s=]/g, '').toUpperCase();
  return `otpauth://totp/${labelPart(issuer)}:${labelPart(accountName)}?secret=${key}&issuer=${labelPart(issuer)}`;
}

/**
 * The steps of setting up an authenticator app:
 * `idle → (confirm-replace →) associating → scan ⇄ verifying → choosing ⇄ enabling → done`.
 * `secret` and `otpauthUri` exist only while the user can scan or type them.
 */
export type TotpSetupState =
  | { step: 'idle'; error: CognitoError | null }
  | { step: 'confirm-replace'; error: null }
  | { step: 'associating'; error: null }
  | { step: 'scan' | 'verifying'; secret: string; otpauthUri: string; error: CognitoError | null }
  | { step: 'choosing' | 'enabling'; error: CognitoError | null }
  | { step: 'done'; preferred: boolean; error: null };

/** The steps of {@link TotpSetupState}. */
export type TotpSetupStep = TotpSetupState['step'];

export interface UseTotpSetupOptions {
  /** Shown in the authenticator app as the provider. Default the provider's `appName`, else `location.hostname`; never "AWSCognito". */
  issuer?: string;
  /** Shown in the authenticator app as the account. Default the user's email, else their username. */
  accountName?: string;
}

/** {@link useTotpSetup}'s state plus what the user can do next. */
export type UseTotpSetupResult = TotpSetupState & {
  /** A request is on its way (`associating`, `verifying`, `enabling`): the flows' common flag. */
  isPending: boolean;
  /** Whether the pool offers authenticator apps at all (the provider's `pool` option). */
  available: boolean;
  /** The user already has an authenticator: setting up a new one disconnects it at once (docs/behaviour.md#mfa-row-13). */
  replacesExisting: boolean;
  /** Asks Cognito for a new secret. Stops at `confirm-replace` unless `replaceExisting` is given. */
  start: (options?: { replaceExisting?: boolean }) => void;
  /** Checks a 6-digit code from the app; a wrong code keeps the secret so the user can retry. */
  verify: (code: string, deviceName?: string) => void;
  /** Turns authenticator-app MFA on; Cognito does not do it on verification (docs/behaviour.md#mfa-row-14). */
  enable: (options: { preferred: boolean }) => void;
  /** Abandons the flow and forgets the secret. */
  cancel: () => void;
};

const IDLE: TotpSetupState = { step: 'idle', error: null };
const defaultIssuer = () => (typeof location === 'undefined' ? '' : location.hostname) || 'Account';
const SIX_DIGITS = /^\d{6}$/;

/** Errors after which the same secret cannot be verified any more: start again. */
const needsRestart = (error: CognitoError) =>
  error.category === 'session-expired' || error.code === 'SoftwareTokenMFANotFoundException';

/** Treat TOTP as registered when it is enabled or was verified in this session (docs/behaviour.md#totp-registration). */
function hasAuthenticator(user: MfaState | undefined, facts: MfaSessionFacts): boolean {
  return facts.totpVerified || user?.enabled.includes('SOFTWARE_TOKEN_MFA') === true;
}

function codeError(code: string, message: string): CognitoError {
  return new CognitoError(message, { code, category: 'invalid-code' });
}

/**
 * Headless authenticator-app (TOTP) setup: AssociateSoftwareToken, then VerifySoftwareToken
 * with a code from the app, then SetUserMFAPreference with an explicit preference.
 * The secret lives only in this hook's state, never in the query cache or an error, and is
 * dropped on `cancel()`, on restart and on unmount; answers that arrive after that are ignored.
 * The actions are stable functions.
 */
export function useTotpSetup(options: UseTotpSetupOptions = {}): UseTotpSetupResult {
  const { client, userId, pool, queryClient, appName } = useCognitoSecurity('useTotpSetup');
  const user = useQuery(cognitoUserQueryOptions({ client, userId })).data;
  const facts = useQuery(mfaSessionFactsQueryOptions(userId)).data;
  const { mutate: setPreference } = useSetMfaPreference();
  // Unmounted or restarted: answers still on their way must not bring the secret back.
  const { state, current, begin } = useFlowRuns<TotpSetupState>(IDLE);

  const available =
    pool.mfa !== 'OFF' && pool.factors.includes('SOFTWARE_TOKEN_MFA') && !facts.unavailable.includes('SOFTWARE_TOKEN_MFA');
  const replacesExisting = hasAuthenticator(user, facts);

  // The actions read the latest render through this ref, so they never change identity.
  const render = useRef({ client, userId, queryClient, user, facts, setPreference, options, appName });
  useInsertionEffect(() => {
    render.current = { client, userId, queryClient, user, facts, setPreference, options, appName };
  });
  const updateFacts = (update: (f: MfaSessionFacts) => MfaSessionFacts) =>
    updateSessionFacts(render.current.queryClient, render.current.userId, update);

  const start = useCallback<UseTotpSetupResult['start']>(
    ({ replaceExisting = false } = {}) => {
      const { client, user, facts, options, appName } = render.current;
      const { signal, commit } = begin();
      const confirmFirst = (profile: MfaState | undefined) => !replaceExisting && hasAuthenticator(profile, facts);
      if (confirmFirst(user)) return commit({ step: 'confirm-replace', error: null });
      commit({ step: 'associating', error: null });
      void (async () => {
        try {
          // Usually loaded already; otherwise read it (without caching a second copy) before
          // deciding whether the user must first confirm replacing an authenticator.
          const profile = user ?? (await client.getUser({ signal }));
          if (confirmFirst(profile)) return commit({ step: 'confirm-replace', error: null });
          const { SecretCode } = await associateSoftwareToken(client, { signal });
          // docs/behaviour.md#mfa-row-13: the previous authenticator stopped working the moment Cognito answered.
          updateFacts((f) => ({ ...f, totpVerified: false }));
          const uri = otpauthUri({
            issuer: options.issuer ?? appName ?? defaultIssuer(),
            accountName: options.accountName ?? profile.email?.value ?? profile.username,
            secret: SecretCode,
          });
          commit({ step: 'scan', secret: SecretCode, otpauthUri: uri, error: null });
        } catch (error) {
          const failure = toCognitoError(error);
          if (failure.code === 'SoftwareTokenMFANotFoundException') {
            // The pool refused although the app said it offers TOTP: remember it (docs/behaviour.md#learning-from-refusals).
            updateFacts((f) => ({ ...f, unavailable: [...new Set([...f.unavailable, 'SOFTWARE_TOKEN_MFA'])] }));
          }
          commit({ step: 'idle', error: failure });
        }
      })();
    },
    [begin],
  );

  const verify = useCallback<UseTotpSetupResult['verify']>(
    (code, deviceName) => {
      const from = current();
      if (from.step !== 'scan') return;
      const { signal, commit } = begin();
      if (!SIX_DIGITS.test(code)) return commit({ ...from, error: codeError('InvalidCodeFormat', 'The code must be 6 digits.') });
      commit({ ...from, step: 'verifying', error: null });
      const name = deviceName?.trim();
      void (async () => {
        try {
          const input = { UserCode: code, ...(name && { FriendlyDeviceName: name }) };
          const { status } = await verifySoftwareToken(render.current.client, input, { signal });
          if (status !== 'SUCCESS') throw codeError('VerifySoftwareTokenError', 'Cognito did not accept the code.');
          updateFacts((f) => ({ ...f, totpVerified: true }));
          void render.current.queryClient.invalidateQueries({ queryKey: cognitoKeys.authFactors(render.current.userId) });
          commit({ step: 'choosing', error: null });
        } catch (error) {
          const failure = toCognitoError(error);
          commit(needsRestart(failure) ? { step: 'idle', error: failure } : { ...from, error: failure });
        }
      })();
    },
    [begin, current],
  );

  const enable = useCallback<UseTotpSetupResult['enable']>(
    ({ preferred }) => {
      if (current().step !== 'choosing') return;
      const { commit } = begin();
      commit({ step: 'enabling', error: null });
      render.current.setPreference(
        { type: 'enable', factor: 'SOFTWARE_TOKEN_MFA', preferred },
        {
          onSuccess: () => commit({ step: 'done', preferred, error: null }),
          onError: (error) => commit({ step: 'choosing', error }),
        },
      );
    },
    [begin, current],
  );

  const cancel = useCallback(() => begin().commit(IDLE), [begin]);

  const isPending = state.step === 'associating' || state.step === 'verifying' || state.step === 'enabling';
  return { ...state, isPending, available, replacesExisting, start, verify, enable, cancel };
}
