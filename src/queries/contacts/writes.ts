import type { QueryClient } from '@tanstack/react-query';
import { withContact, type ContactAttribute } from '../../cognito/contactModel.js';
import type { CognitoUser, ContactDetail } from '../../cognito/model.js';
import { cognitoKeys } from '../keys.js';
import { userStore } from '../store.js';
import { NONE, type PendingVerification, type PendingVerifications } from './cache.js';
import { contactKeys } from './keys.js';

// What the contact answers write into the cache. Only the flow needs it, so it loads with the flow.

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
