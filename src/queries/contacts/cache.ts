import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { withContact, type CodeDelivery, type ContactAttribute } from '../../cognito/contacts.js';
import type { CognitoUser, ContactDetail } from '../../cognito/model.js';
import { cognitoKeys } from '../keys.js';
import { userStore } from '../store.js';
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
 * cannot ask Cognito about a pending value), mounted or not, and go with the session.
 */
export function pendingVerificationsQueryOptions(userId: string) {
  const queryKey = contactKeys.pendingVerifications(userId);
  return queryOptions<PendingVerifications>({
    queryKey,
    queryFn: ({ client }) => client.getQueryData<PendingVerifications>(queryKey) ?? NONE,
    initialData: NONE,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** Records (or, with `null`, forgets) the code sent for an attribute. */
export function setPendingVerification(
  queryClient: QueryClient,
  userId: string,
  attribute: ContactAttribute,
  pending: PendingVerification | null,
): void {
  const queryKey = contactKeys.pendingVerifications(userId);
  const { [attribute]: _previous, ...others } = userStore<PendingVerifications>(queryClient, queryKey, () => NONE);
  queryClient.setQueryData<PendingVerifications>(queryKey, pending ? { ...others, [attribute]: pending } : others);
}

/**
 * Writes what Cognito's answer proved into the cached GetUser answer: only this attribute and
 * its verified flag (the MFA overlay owns the MFA slice, docs/behaviour.md#mfa-overlay). MFA
 * eligibility follows at once; the settle refetch then confirms it, with no extra GetUser call.
 */
export function setCachedContact(
  queryClient: QueryClient,
  userId: string,
  attribute: ContactAttribute,
  detail: ContactDetail | null,
): void {
  queryClient.setQueryData<CognitoUser>(cognitoKeys.cognitoUser(userId), (user) => user && withContact(user, attribute, detail));
}

/** Refetches what a contact change can affect: GetUser, and GetUserAuthFactors (verified contacts enable passwordless factors). */
export function settleContacts(queryClient: QueryClient, userId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: cognitoKeys.cognitoUser(userId) }),
    queryClient.invalidateQueries({ queryKey: cognitoKeys.authFactors(userId) }),
  ]).then(() => undefined);
}
