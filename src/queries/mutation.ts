import { CancelledError, useMutation, type QueryClient } from '@tanstack/react-query';
import { isOutcomeUnknown, type CognitoError } from '../cognito/errors.js';
import { applyMfaIntent, buildMfaRequest, type MfaIntent, type PoolMfaConfig } from '../cognito/mfa.js';
import type { AuthFactors, CognitoUser, MfaState } from '../cognito/model.js';
import { cognitoKeys } from './keys.js';
import {
  cognitoUserQueryOptions,
  mfaSessionFactsQueryOptions,
  updateSessionFacts,
  type CognitoQueryScope,
} from './options.js';
import { getOverlay, peekOverlay, withPending, type MfaOverlay } from './overlay.js';
import { useCognitoSecurity } from './provider.js';

let nextMutationId = 0;

/** Identifies one change in the optimistic overlay, so that it alone is rolled back or confirmed. */
export interface MfaChangeContext {
  readonly id: number;
}

type Context = MfaChangeContext | undefined;

/**
 * Takes a finished change off the overlay; `confirmed` folds it into the server state.
 * Nothing to do once the session ended (the overlay went with the user's data).
 */
function finish(queryClient: QueryClient, userId: string, context: Context, confirmed?: MfaIntent): MfaOverlay | undefined {
  const overlay = peekOverlay(queryClient, userId);
  if (!overlay) return undefined;
  overlay.pending = overlay.pending.filter((entry) => entry.id !== context?.id);
  if (confirmed) {
    overlay.epoch++;
    const { user, factors } = overlay.confirmed;
    if (user) overlay.confirmed.user = applyMfaIntent(user, confirmed);
    if (factors) overlay.confirmed.factors = applyMfaIntent(factors, confirmed);
  }
  writeCaches(queryClient, userId, overlay);
  return overlay;
}

/** Writes the MFA slice into the GetUser and GetUserAuthFactors caches, leaving the rest of each as it is. */
function writeCaches(queryClient: QueryClient, userId: string, overlay: MfaOverlay): void {
  const { user, factors } = overlay.confirmed;
  if (user) queryClient.setQueryData<CognitoUser>(cognitoKeys.cognitoUser(userId), (data) => data && { ...data, ...withPending(overlay, user) });
  if (factors) queryClient.setQueryData<AuthFactors>(cognitoKeys.authFactors(userId), (data) => data && { ...data, ...withPending(overlay, factors) });
}

/**
 * Reads the user into the overlay. A refetch started meanwhile (an invalidation, say) cancels
 * this fetch, and older TanStack Query 5 releases (5.89 among them) then reject `fetchQuery`
 * with a CancelledError instead of following the new fetch (TanStack/query#8060): read again.
 */
async function readUser(queryClient: QueryClient, scope: CognitoQueryScope): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      // fetchQuery rather than query(): the peer range is all of TanStack Query 5 from 5.89.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      await queryClient.fetchQuery(cognitoUserQueryOptions(scope));
      return;
    } catch (error) {
      if (!(error instanceof CancelledError) || attempt === 3) throw error;
    }
  }
}

async function confirmedState(queryClient: QueryClient, scope: CognitoQueryScope): Promise<MfaState> {
  const overlay = getOverlay(queryClient, scope.userId);
  // Also after a change whose outcome is unknown: it may have been applied, so the state
  // this request is built from must be read again (never build on a guess).
  if (!overlay.confirmed.user || overlay.unsure) await readUser(queryClient, scope);
  // fetchQuery stored the confirmed answer in the overlay.
  return overlay.confirmed.user ?? overlay.confirmed.factors ?? { enabled: [], preferred: null };
}

/** Options for the SetUserMFAPreference mutation, for `useMutation` or your own mutation observer. */
export function setMfaPreferenceMutationOptions(scope: CognitoQueryScope & { pool: PoolMfaConfig }) {
  const { client, userId, pool } = scope;
  return {
    mutationKey: cognitoKeys.setMfaPreference(userId),
    // One user's changes reach Cognito one at a time, in the order they were made,
    // so the last change wins on the server as it does on screen.
    scope: { id: cognitoKeys.setMfaPreference(userId).join('/') },
    mutationFn: async (intent: MfaIntent, { client: queryClient }: { client: QueryClient }): Promise<void> => {
      const state = await confirmedState(queryClient, scope);
      const facts = queryClient.getQueryData(mfaSessionFactsQueryOptions(userId).queryKey);
      const totpRegistered = state.enabled.includes('SOFTWARE_TOKEN_MFA') || facts?.totpVerified === true;
      const request = buildMfaRequest(state, intent, { pool, totpRegistered });
      if (request) await client.setUserMfaPreference(request);
    },
    onMutate: (intent: MfaIntent, { client: queryClient }: { client: QueryClient }) => {
      const overlay = getOverlay(queryClient, userId);
      const id = ++nextMutationId;
      overlay.pending.push({ id, intent });
      writeCaches(queryClient, userId, overlay);
      return { id };
    },
    onSuccess: (_data: void, intent: MfaIntent, context: Context, { client: queryClient }: { client: QueryClient }) => {
      finish(queryClient, userId, context, intent);
    },
    onError: (error: CognitoError, intent: MfaIntent, context: Context, { client: queryClient }: { client: QueryClient }) => {
      // Roll back exactly this change: later changes stay on screen.
      const overlay = finish(queryClient, userId, context);
      if (!overlay) return;
      if (isOutcomeUnknown(error)) {
        // It may have been applied: re-read before the next change, and re-read any read in flight.
        overlay.unsure = true;
        overlay.epoch++;
      }
      if (intent.type === 'enable' && error.code === 'InvalidParameterException') {
        // The service refused a factor the user looked eligible for: remember why (docs/behaviour.md#learning-from-refusals).
        updateSessionFacts(queryClient, userId, (facts) =>
          intent.factor === 'SOFTWARE_TOKEN_MFA'
            ? { ...facts, totpVerified: false }
            : { ...facts, unavailable: [...new Set([...facts.unavailable, intent.factor])] },
        );
      }
    },
    onSettled: (_data: unknown, _error: unknown, _intent: MfaIntent, _context: unknown, { client: queryClient }: { client: QueryClient }) => {
      // Settle against the server once nothing more is in flight: only what MFA changes.
      if (peekOverlay(queryClient, userId)?.pending.length === 0) {
        return Promise.all(
          [cognitoKeys.cognitoUser(userId), cognitoKeys.authFactors(userId)].map((queryKey) =>
            queryClient.invalidateQueries({ queryKey, exact: true }),
          ),
        );
      }
    },
  };
}

/**
 * Changes the user's MFA settings with an optimistic update: `mutate({ type: 'enable',
 * factor: 'SMS_MFA' })` shows the change at once in every hook and component, rolls back
 * only this change if Cognito refuses, then refetches to settle.
 */
export function useSetMfaPreference() {
  const { client, userId, pool } = useCognitoSecurity('useSetMfaPreference');
  return useMutation<void, CognitoError, MfaIntent, MfaChangeContext>({
    ...setMfaPreferenceMutationOptions({ client, userId, pool }),
  });
}

