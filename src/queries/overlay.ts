import type { QueryClient } from '@tanstack/react-query';
import { applyMfaIntent, type MfaIntent } from '../cognito/mfa.js';
import type { MfaState } from '../cognito/model.js';
import { cognitoKeys } from './keys.js';
import { userStore } from './store.js';

/**
 * Optimistic MFA changes for one user in one QueryClient. The caches always show the last
 * server answer (`confirmed`) with every change still in flight applied on top, in order.
 * A failed change is dropped from the list, so rolling it back never undoes a later one,
 * and a refetch that lands mid-flight still shows the pending changes. Only the MFA slice
 * (`enabled`, `preferred`) is held and written: the rest of the user belongs to other domains.
 */
export interface MfaOverlay {
  confirmed: { user?: MfaState; factors?: MfaState };
  pending: Array<{ id: number; intent: MfaIntent }>;
  /** Counts confirmed changes, so a read that raced one is read again. */
  epoch: number;
  /**
   * A change failed with an unknown outcome (no answer, 5xx, unreadable answer): it may have
   * been applied. The next change re-reads the state before building its request.
   */
  unsure: boolean;
}

const overlayKey = (userId: string) => [...cognitoKeys.user(userId), 'mfa-overlay'] as const;

export function getOverlay(client: QueryClient, userId: string): MfaOverlay {
  return userStore<MfaOverlay>(client, overlayKey(userId), () => ({ confirmed: {}, pending: [], epoch: 0, unsure: false }));
}

/** The overlay if one exists, without creating it (a failed read must leave nothing behind). */
export function peekOverlay(client: QueryClient, userId: string): MfaOverlay | undefined {
  return client.getQueryData<MfaOverlay>(overlayKey(userId));
}

export function dropOverlay(client: QueryClient, userId: string): void {
  client.removeQueries({ queryKey: overlayKey(userId), exact: true });
}

/** The MFA slice of a state, with every change in flight applied. */
export function withPending(overlay: MfaOverlay, { enabled, preferred }: MfaState): MfaState {
  return overlay.pending.reduce((next, { intent }) => applyMfaIntent(next, intent), { enabled, preferred });
}
