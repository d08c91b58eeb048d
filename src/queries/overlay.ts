import type { QueryClient } from '@tanstack/react-query';
import { applyMfaIntent, type MfaIntent } from '../cognito/mfa.js';
import type { AuthFactors, CognitoUser, MfaState } from '../cognito/model.js';

/**
 * Optimistic MFA changes for one user in one QueryClient. The caches always show the last
 * server answer (`confirmed`) with every change still in flight applied on top, in order.
 * A failed change is dropped from the list, so rolling it back never undoes a later one,
 * and a refetch that lands mid-flight still shows the pending changes.
 */
export interface MfaOverlay {
  confirmed: { user?: CognitoUser; factors?: AuthFactors };
  pending: Array<{ id: number; intent: MfaIntent }>;
  /** Counts confirmed changes, so a read that raced one is read again. */
  epoch: number;
  /**
   * A change failed with an unknown outcome (no answer, 5xx, unreadable answer): it may have
   * been applied. The next change re-reads the state before building its request.
   */
  unsure: boolean;
}

const overlays = new WeakMap<QueryClient, Map<string, MfaOverlay>>();

export function getOverlay(client: QueryClient, userId: string): MfaOverlay {
  let byUser = overlays.get(client);
  if (!byUser) overlays.set(client, (byUser = new Map<string, MfaOverlay>()));
  let overlay = byUser.get(userId);
  if (!overlay) byUser.set(userId, (overlay = { confirmed: {}, pending: [], epoch: 0, unsure: false }));
  return overlay;
}

export function dropOverlay(client: QueryClient, userId: string): void {
  overlays.get(client)?.delete(userId);
}

export function withPending<T extends MfaState>(overlay: MfaOverlay, state: T): T {
  return overlay.pending.reduce((next, { intent }) => applyMfaIntent(next, intent), state);
}
