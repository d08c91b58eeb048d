import type { QueryClient } from '@tanstack/react-query';
import { contactOf, type ContactAttribute } from '../../cognito/contactModel.js';
import { deleteUserAttributes, updateUserAttributes, type CodeDelivery } from '../../cognito/contacts.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { CognitoUser } from '../../cognito/model.js';
import { cognitoKeys } from '../keys.js';
import type { CognitoQueryScope } from '../options.js';
import { setCachedContact, setPendingVerification, settleContacts } from './writes.js';
import { contactKeys } from './keys.js';

/** A new value for a contact attribute. Not a secret: GetUser returns it too. */
export interface ContactChange {
  attribute: ContactAttribute;
  value: string;
}

type Scoped = { client: QueryClient };

/**
 * Options for changing a phone number or email address (UpdateUserAttributes). Not optimistic:
 * what the user sees afterwards depends on the pool. For attributes in
 * `attributesRequireVerificationBeforeUpdate` the value in place stays, and the new one is
 * recorded as pending verification; for the others the new value is cached at once, unverified.
 * Resolves with where Cognito sent the code, or `null` when it sent none.
 */
export function updateContactMutationOptions(
  scope: CognitoQueryScope & { attributesRequireVerificationBeforeUpdate: readonly ContactAttribute[] },
) {
  const { client, userId, attributesRequireVerificationBeforeUpdate: keepOriginal } = scope;
  return {
    mutationKey: contactKeys.update(userId),
    mutationFn: async ({ attribute, value }: ContactChange): Promise<CodeDelivery | null> => {
      const deliveries = await updateUserAttributes(client, { UserAttributes: [{ Name: attribute, Value: value }] });
      return deliveries.find((delivery) => delivery.attribute === attribute) ?? null;
    },
    onSuccess: (delivery: CodeDelivery | null, { attribute, value }: ContactChange, _context: unknown, { client: queryClient }: Scoped) => {
      const before = queryClient.getQueryData<CognitoUser>(cognitoKeys.cognitoUser(userId));
      const unchanged = before !== undefined && contactOf(before, attribute)?.value === value;
      setPendingVerification(queryClient, userId, attribute, delivery && { value, delivery, sentAt: Date.now() });
      // No code means nothing waits for one: the value is in place (or was already).
      const inPlace = !delivery || !keepOriginal.includes(attribute);
      if (inPlace && !unchanged) setCachedContact(queryClient, userId, attribute, { value, verified: false });
    },
    // Not awaited: the next step (the code entry) need not wait for the refetch.
    onSettled: (_data: unknown, _error: unknown, _change: ContactChange, _context: unknown, { client: queryClient }: Scoped) => {
      void settleContacts(queryClient, userId);
    },
  };
}

/**
 * Options for removing a phone number or email address (DeleteUserAttributes). Not optimistic:
 * Cognito may refuse while an MFA factor uses the attribute. The cache drops it on success.
 */
export function removeContactMutationOptions({ client, userId }: CognitoQueryScope) {
  return {
    mutationKey: contactKeys.remove(userId),
    mutationFn: (attribute: ContactAttribute): Promise<void> => deleteUserAttributes(client, { UserAttributeNames: [attribute] }),
    onSuccess: (_data: void, attribute: ContactAttribute, _context: unknown, { client: queryClient }: Scoped) => {
      setCachedContact(queryClient, userId, attribute, null);
      setPendingVerification(queryClient, userId, attribute, null);
    },
    onSettled: (_data: unknown, _error: CognitoError | null, _attribute: ContactAttribute, _context: unknown, { client: queryClient }: Scoped) => {
      void settleContacts(queryClient, userId);
    },
  };
}
