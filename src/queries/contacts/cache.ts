import { queryOptions } from '@tanstack/react-query';
import type { CognitoQueryOptions } from '../options.js';
import type { ContactAttribute } from '../../cognito/contactModel.js';
import type { CodeDelivery } from '../../cognito/contacts.js';
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

/** No code sent yet. */
export const NONE: PendingVerifications = {};

/**
 * Options for the codes sent in this session. They live only in the cache (a user's token
 * cannot ask Cognito about a pending value), mounted or not, and go with the session.
 */
export function pendingVerificationsQueryOptions(
  userId: string,
): CognitoQueryOptions<PendingVerifications, Error> & { initialData: PendingVerifications } {
  const queryKey = contactKeys.pendingVerifications(userId);
  return queryOptions<PendingVerifications>({
    queryKey,
    queryFn: ({ client }) => client.getQueryData<PendingVerifications>(queryKey) ?? NONE,
    initialData: NONE,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
