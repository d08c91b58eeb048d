import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useInsertionEffect, useRef, useState } from 'react';
import { toCognitoError, type CognitoError } from '../../cognito/errors.js';
import { changePassword } from '../../cognito/password.js';
import { cognitoKeys } from '../keys.js';
import { authFactorsQueryOptions } from '../options.js';
import { useCognitoSecurity } from '../provider.js';

/** The steps of changing a password: `idle → changing → done`, back to `idle` on an error. */
export type ChangePasswordStep = 'idle' | 'changing' | 'done';

/** The passwords of one change. They are sent once and kept nowhere. */
export interface ChangePasswordRequest {
  /** The current password; leave it out for a user who has none (passwordless sign-up). */
  currentPassword?: string;
  newPassword: string;
}

export interface UseChangePasswordOptions {
  /**
   * Whether the user has a password. Default: read from GetUserAuthFactors (PASSWORD among
   * `ConfiguredUserAuthFactors`); when that operation fails, `true`. Once this hook has set a
   * first password, the user has one whatever this says.
   */
  hasPassword?: boolean;
}

/** {@link useChangePassword}'s state and actions. */
export interface UseChangePasswordResult {
  step: ChangePasswordStep;
  /** A ChangePassword request is on its way. */
  isPending: boolean;
  /** Why the last change failed: `wrong-password` (the session stays), `invalid-password` (the service's reason as message), `throttled`… */
  error: CognitoError | null;
  /** `false`: the user has no password yet, so "set" one without a current password. `undefined` while unknown. */
  hasPassword: boolean | undefined;
  /** Sends ChangePassword. Ignored while a change is pending. */
  change: (request: ChangePasswordRequest) => void;
  /** Back to `idle`, forgetting the last error or success. */
  reset: () => void;
}

type FlowState = { step: ChangePasswordStep; error: CognitoError | null };
const IDLE: FlowState = { step: 'idle', error: null };

/**
 * Headless password change (ChangePassword). The passwords go straight from `change()` to the
 * request: never into the query cache, a mutation's variables, state or errors. A wrong current
 * password fails with category `wrong-password` and does not end the session (account spec §10).
 * The actions are stable functions.
 */
export function useChangePassword(options: UseChangePasswordOptions = {}): UseChangePasswordResult {
  const { client, userId, queryClient } = useCognitoSecurity('useChangePassword');
  const factors = useQuery(authFactorsQueryOptions({ client, userId }));
  const [state, setState] = useState<FlowState>(IDLE);
  // The user whose first password this hook set: from then on a change needs the current one,
  // even when the app still passes `hasPassword: false` (ChangePassword refuses it without).
  const [passwordSetFor, setPasswordSetFor] = useState<string | null>(null);

  const known = factors.data ? factors.data.configured.includes('PASSWORD') : factors.isError ? true : undefined;
  const hasPassword = passwordSetFor === userId ? true : (options.hasPassword ?? known);

  const latest = useRef({ client, userId, queryClient, controller: null as AbortController | null });
  useInsertionEffect(() => {
    Object.assign(latest.current, { client, userId, queryClient });
  });
  useEffect(
    () => () => {
      // Unmounted: an answer still on its way has nobody to tell.
      latest.current.controller?.abort();
      latest.current.controller = null;
    },
    [],
  );

  const change = useCallback((request: ChangePasswordRequest) => {
    const run = latest.current;
    if (run.controller) return;
    const controller = new AbortController();
    run.controller = controller;
    setState({ step: 'changing', error: null });
    const input = {
      ...(request.currentPassword !== undefined && { PreviousPassword: request.currentPassword }),
      ProposedPassword: request.newPassword,
    };
    changePassword(run.client, input, { signal: controller.signal }).then(
      () => {
        if (run.controller !== controller) return;
        run.controller = null;
        // A passwordless user now has PASSWORD among their sign-in factors.
        if (request.currentPassword === undefined) {
          setPasswordSetFor(run.userId);
          void run.queryClient.invalidateQueries({ queryKey: cognitoKeys.authFactors(run.userId) });
        }
        setState({ step: 'done', error: null });
      },
      (error: unknown) => {
        if (run.controller !== controller) return;
        run.controller = null;
        setState({ step: 'idle', error: toCognitoError(error) });
      },
    );
  }, []);

  const reset = useCallback(() => setState(IDLE), []);

  return { ...state, isPending: state.step === 'changing', hasPassword, change, reset };
}
