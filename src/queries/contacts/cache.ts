import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { withContact, type CodeDelivery, type ContactAttribute } from '../../cognito/contacts.js';
import type { CognitoUser, ContactDetail } from '../../cognito/model.js';
import { cognitoKeys } from '../keys.js';
import { getOverlay } from '../overlay.js';
import { contactKeys } from './keys.js';

/** A code Cognito sent in this session that has not been used yet. Holds where it went, never the code. */
export interface PendingVerification {
  /** The value the code verifies: a new value waiting for verification, or the unverified one in place. */
  value: string;
  /** Where Cognito sent it, masked. */
  delivery: CodeDelivery;
  /** When it was sent (epoch milliseconds); codes work for 24 hours. */
  sentAt: number;
}

/** The codes sent in this session, per attribute. */
export type PendingVerifications = Partial<Record<ContactAttribute, PendingVerification>>;

const NONE: PendingVerifications = {};

/**
 * Options for the codes sent in this session. They live only in the cache (a user's token
 * cannot ask Cognito about a pending value) and go with the session.
 */
export function pendingVerificationsQueryOptions(userId: string) {
  const queryKey = contactKeys.pendingVerifications(userId);
  return queryOptions<PendingVerifications>({
    queryKey,
    queryFn: ({ client }) => client.getQueryData<PendingVerifications>(queryKey) ?? NONE,
    initialData: NONE,
    staleTime: Infinity,
  });
}

/** Records (or, with `null`, forgets) the code sent for an attribute. */
export function setPendingVerification(
  queryClient: QueryClient,
  userId: string,
  attribute: ContactAttribute,
  pending: PendingVerification | null,
): void {
  queryClient.setQueryData<PendingVerifications>(contactKeys.pendingVerifications(userId), (all = NONE) => {
    const { [attribute]: _previous, ...others } = all;
    return pending ? { ...others, [attribute]: pending } : others;
  });
}

/**
 * Writes what Cognito's answer proved into the cached GetUser answer, and into the last
 * confirmed one the MFA overlay rebuilds it from, so a later MFA change cannot bring the old
 * value back. The settle refetch then confirms it; no extra GetUser call is made.
 */
export function setCachedContact(
  queryClient: QueryClient,
  userId: string,
  attribute: ContactAttribute,
  detail: ContactDetail | null,
): void {
  const overlay = getOverlay(queryClient, userId);
  if (overlay.confirmed.user) overlay.confirmed.user = withContact(overlay.confirmed.user, attribute, detail);
  queryClient.setQueryData<CognitoUser>(cognitoKeys.profile(userId), (user) => user && withContact(user, attribute, detail));
}

/** Refetches what a contact change can affect: GetUser, and GetUserAuthFactors (verified contacts enable passwordless factors). */
export function settleContacts(queryClient: QueryClient, userId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: cognitoKeys.profile(userId) }),
    queryClient.invalidateQueries({ queryKey: cognitoKeys.authFactors(userId) }),
  ]).then(() => undefined);
}
