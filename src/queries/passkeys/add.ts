import { useCallback, useInsertionEffect, useRef } from 'react';
import { toCognitoError, type CognitoError } from '../../cognito/errors.js';
import { completeWebAuthnRegistration, startWebAuthnRegistration } from '../../cognito/passkeys.js';
import { createPasskeyCredential, isQuietWebAuthnCancel } from '../../cognito/webauthn.js';
import { useFlowRuns } from '../flow.js';
import { useCognitoSecurity } from '../provider.js';
import { settlePasskeys } from './options.js';

/**
 * The steps of adding a passkey: `idle → starting → waiting-for-authenticator → completing →
 * done`, or `error` from any of them. A prompt the user dismissed (or that timed out), or a
 * ceremony the browser aborted, goes back to `idle` with `cancelled: true` and no error: nothing
 * was stored.
 */
export type AddPasskeyState =
  | { step: 'idle'; error: null; cancelled: boolean }
  | { step: 'starting' | 'waiting-for-authenticator' | 'completing' | 'done'; error: null; cancelled: false }
  | { step: 'error'; error: CognitoError; cancelled: false };

/** The steps of {@link AddPasskeyState}. */
export type AddPasskeyStep = AddPasskeyState['step'];

/** {@link useAddPasskey}'s state plus what the user can do next. */
export type UseAddPasskeyResult = AddPasskeyState & {
  /** A request or the browser prompt is under way. */
  isPending: boolean;
  /** Starts (or starts again): StartWebAuthnRegistration, the browser's prompt, CompleteWebAuthnRegistration. */
  start: () => void;
  /** Abandons the flow: closes the browser's prompt and ignores answers still on their way. */
  cancel: () => void;
};

const IDLE: AddPasskeyState = { step: 'idle', error: null, cancelled: false };
const PENDING: ReadonlySet<AddPasskeyStep> = new Set(['starting', 'waiting-for-authenticator', 'completing']);

/**
 * Headless passkey registration. Each step is committed only while it is the latest run, so
 * `cancel()`, a restart or an unmount leave nothing half-done; after CompleteWebAuthnRegistration
 * was sent (whatever its answer), the passkey list and the auth factors are refetched. The
 * actions are stable functions.
 */
export function useAddPasskey(): UseAddPasskeyResult {
  const { client, userId, queryClient } = useCognitoSecurity('useAddPasskey');
  const { state, begin } = useFlowRuns<AddPasskeyState>(IDLE);
  const scope = useRef({ client, userId, queryClient });
  useInsertionEffect(() => {
    scope.current = { client, userId, queryClient };
  });

  const start = useCallback(() => {
    const { client, userId, queryClient } = scope.current;
    const { signal, commit } = begin();
    const step = (name: 'starting' | 'waiting-for-authenticator' | 'completing' | 'done') =>
      commit({ step: name, error: null, cancelled: false });
    let sent = false;
    step('starting');
    void (async () => {
      try {
        const options = await startWebAuthnRegistration(client, { signal });
        step('waiting-for-authenticator');
        const credential = await createPasskeyCredential(options, { signal });
        step('completing');
        sent = true;
        await completeWebAuthnRegistration(client, credential, { signal });
        step('done');
      } catch (error) {
        const failure = toCognitoError(error);
        if (isQuietWebAuthnCancel(failure)) commit({ step: 'idle', error: null, cancelled: true });
        else commit({ step: 'error', error: failure, cancelled: false });
      } finally {
        // Even an unknown outcome may have stored the passkey: read the truth.
        if (sent) void settlePasskeys(queryClient, userId);
      }
    })();
  }, [begin]);

  const cancel = useCallback(() => begin().commit(IDLE), [begin]);

  return { ...state, isPending: PENDING.has(state.step), start, cancel };
}
