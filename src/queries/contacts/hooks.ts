import { useQuery } from '@tanstack/react-query';
import { CONTACT_ATTRIBUTES, contactOf, type ContactAttribute } from '../../cognito/contactModel.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { CognitoUser, ContactDetail } from '../../cognito/model.js';
import type { MfaFactor } from '../../cognito/wire.js';
import { cognitoUserQueryOptions } from '../options.js';
import { useCognitoSecurity } from '../provider.js';
import { pendingVerificationsQueryOptions, type PendingVerification, type PendingVerifications } from './cache.js';

/** The factor that sends its codes to each attribute (spec §3 row 2: SMS needs a phone number, email OTP an email). */
export const FACTOR_USING = { phone_number: 'SMS_MFA', email: 'EMAIL_OTP' } as const satisfies Record<ContactAttribute, MfaFactor>;

/**
 * How an attribute stands: `none` (not set), `verified`, `unverified` (in place, not proved),
 * `pending` (a new value waits for its code while Cognito keeps the one in place).
 */
export type ContactState = 'none' | 'verified' | 'unverified' | 'pending';

/** One contact attribute as a settings page shows it. */
export interface ContactRow {
  attribute: ContactAttribute;
  /** The value in place, as GetUser reports it. */
  current: ContactDetail | null;
  /** A new value waiting for verification, not yet in place: GetUser still shows `current`. */
  pending: PendingVerification | null;
  /** The code sent in this session for the value that needs verifying (pending or current); it works for 24 hours. */
  codeSent: PendingVerification | null;
  state: ContactState;
  /** The enabled MFA factor that sends codes here; the attribute cannot be removed while it is on. */
  removeBlockedBy: (typeof FACTOR_USING)[ContactAttribute] | null;
  /** Whether the pool keeps the value in place until a new one is verified (the provider's `pool` option). */
  keepsOriginal: boolean;
}

/**
 * One attribute's row from GetUser and this session's codes. A recorded change counts as pending
 * only while GetUser shows another value: once GetUser has it, GetUser decides.
 */
export function contactRow(
  user: Pick<CognitoUser, 'email' | 'phoneNumber' | 'enabled'> | undefined,
  attribute: ContactAttribute,
  sent: PendingVerifications,
  keepOriginal: readonly ContactAttribute[],
): ContactRow {
  const current = user ? contactOf(user, attribute) : null;
  const record = sent[attribute] ?? null;
  const pending = record && record.value !== current?.value ? record : null;
  const needsCode = pending ?? (current && !current.verified && record?.value === current.value ? record : null);
  const state: ContactState = pending ? 'pending' : !current ? 'none' : current.verified ? 'verified' : 'unverified';
  const factor = FACTOR_USING[attribute];
  return {
    attribute,
    current,
    pending,
    codeSent: needsCode,
    state,
    removeBlockedBy: user?.enabled.includes(factor) ? factor : null,
    keepsOriginal: keepOriginal.includes(attribute),
  };
}

/** What {@link useContactDetails} returns. */
export interface UseContactDetailsResult {
  /** GetUser's state: `pending` until it answers. */
  status: 'pending' | 'error' | 'success';
  error: CognitoError | null;
  /** The phone number and the email address, in that order. */
  rows: ContactRow[];
}

/** The user's phone number and email address with their verification state, from the shared GetUser cache. */
export function useContactDetails(): UseContactDetailsResult {
  const { client, userId, pool } = useCognitoSecurity('useContactDetails');
  const user = useQuery(cognitoUserQueryOptions({ client, userId }));
  // After the session ended the cache holds no data at all.
  const sent = useQuery(pendingVerificationsQueryOptions(userId)).data as PendingVerifications | undefined;
  return {
    status: user.status,
    error: user.error,
    rows: CONTACT_ATTRIBUTES.map((attribute) =>
      contactRow(user.data, attribute, sent ?? {}, pool.attributesRequireVerificationBeforeUpdate),
    ),
  };
}
