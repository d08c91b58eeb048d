import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { CognitoError } from '../cognito/errors.js';
import { cognitoKeys } from './keys.js';
import { dropOverlay } from './overlay.js';
import { updateSessionFacts } from './options.js';

/**
 * Forgets everything cached for a user whose session ended, while keeping each query in an
 * error state: mounted components switch to "session expired" at once, nothing of the user
 * stays in memory, and no query refetches with a dead token.
 */
export function expireUserCache(queryClient: QueryClient, userId: string, error: CognitoError): void {
  dropOverlay(queryClient, userId);
  updateSessionFacts(queryClient, userId, () => ({ totpVerified: false, unavailable: [] }));
  // Every query under the user's key prefix, whichever domain made it: a new domain is cleared
  // without anyone listing it here.
  const facts = hashKey(cognitoKeys.session(userId));
  for (const query of queryClient.getQueryCache().findAll({ queryKey: cognitoKeys.user(userId) })) {
    // The session facts were just reset, not dropped: hooks read them without a fallback.
    if (query.queryHash === facts) continue;
    // A fetch in flight is about to fail with this error; only its data needs dropping.
    const failed = query.state.fetchStatus === 'fetching' ? {} : { status: 'error' as const, error, errorUpdatedAt: Date.now() };
    query.setState({ ...query.state, data: undefined, dataUpdatedAt: 0, ...failed });
  }
}
