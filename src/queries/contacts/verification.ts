import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useInsertionEffect, useMemo, useRef } from 'react';
import {
  getUserAttributeVerificationCode,
  isE164PhoneNumber,
  isEmailAddress,
  normalisePhoneNumber,
  verifyUserAttribute,
  type CodeDelivery,
} from '../../cognito/contacts.js';
import type { ContactAttribute } from '../../cognito/contactModel.js';
import { CognitoError, isOutcomeUnknown, toCognitoError } from '../../cognito/errors.js';
import type { CognitoUser } from '../../cognito/model.js';
import { cognitoKeys } from '../keys.js';
import { useFlowRuns } from '../flow.js';
import { cognitoUserQueryOptions } from '../options.js';
import { useCognitoSecurity } from '../provider.js';
import { pendingVerificationsQueryOptions, type PendingVerifications } from './cache.js';
import { setCachedContact, setPendingVerification, settleContacts } from './writes.js';
import { contactRow, type ContactRow } from './hooks.js';
import { removeContactMutationOptions, updateContactMutationOptions, type ContactChange } from './mutations.js';

/**
 * The steps of adding, changing, verifying or removing a phone number or email address:
 * `idle → editing ⇄ saving → code ⇄ (sending | verifying) → done`, and
 * `idle → confirm-remove ⇄ removing → done`. The code the user types is never part of it.
 */
export type ContactVerificationState =
  | { step: 'idle'; error: CognitoError | null }
  | {
      step: 'editing' | 'saving';
      /** What the form starts with: the value to correct after a refusal, else empty. */
      draft: string;
      error: CognitoError | null;
    }
  | {
      step: 'code' | 'sending' | 'verifying';
      /** The value the code proves. */
      value: string;
      /** Where Cognito sent the latest code (masked); `null` while the first one is on its way. */
      delivery: CodeDelivery | null;
      /** When the latest code was sent (epoch milliseconds), or `null` before the first. */
      sentAt: number | null;
      error: CognitoError | null;
    }
  | { step: 'confirm-remove' | 'removing'; error: CognitoError | null }
  | { step: 'done'; outcome: 'verified' | 'saved' | 'removed'; error: null };

/** The steps of {@link ContactVerificationState}. */
export type ContactVerificationStep = ContactVerificationState['step'];

/** {@link useContactVerification}'s state, the attribute's row, and what the user can do next (stable functions). */
export type UseContactVerificationResult = ContactVerificationState &
  ContactRow & {
    /** A request of this flow is on its way. */
    isPending: boolean;
    /** Opens the form for a new value ("Add", "Change"). */
    edit: () => void;
    /**
     * Checks the value (phone numbers: E.164, `+` and 8–15 digits, spaces and dashes dropped),
     * then UpdateUserAttributes. Cognito sends a code to the new value.
     */
    submit: (value: string) => void;
    /** "Verify": to the code entry, sending a code first unless one from the last 24 hours can still be used. */
    enterCode: () => void;
    /** "Resend code": GetUserAttributeVerificationCode; the previous code stops working. */
    resendCode: () => void;
    /**
     * Checks the 6-digit code (VerifyUserAttribute). The code is sent and forgotten, never stored.
     * GetUser is read again after success or an unknown outcome, not after a refused code.
     */
    verify: (code: string) => void;
    /** Asks to confirm the removal; refused at once, with the reason, while an MFA factor uses the attribute. */
    remove: () => void;
    /** DeleteUserAttributes; refused at once, with the reason, if an MFA factor began using the attribute since `remove`. */
    confirmRemove: () => void;
    /** Leaves the flow. A change waiting for its code stays pending at Cognito (and on screen). */
    cancel: () => void;
  };

const IDLE: ContactVerificationState = { step: 'idle', error: null };
const PENDING_STEPS: ReadonlySet<ContactVerificationStep> = new Set(['saving', 'sending', 'verifying', 'removing']);
/** Codes work for 24 hours (developer guide). */
const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A refusal the kit makes before sending anything; `code` says which. */
function refusal(code: 'InvalidPhoneNumber' | 'InvalidEmailAddress' | 'ContactUnchanged' | 'InvalidCodeFormat' | 'ContactUsedByMfa') {
  const messages = {
    InvalidPhoneNumber: 'Enter the phone number in international format: + and 8 to 15 digits.',
    InvalidEmailAddress: 'Enter an email address.',
    ContactUnchanged: 'That is the value already in place.',
    InvalidCodeFormat: 'The code must be 6 digits.',
    ContactUsedByMfa: 'Turn off the MFA method that sends codes here before removing it.',
  };
  return new CognitoError(messages[code], { code, category: code === 'InvalidCodeFormat' ? 'invalid-code' : 'not-allowed' });
}

/**
 * Headless flow for one contact attribute: add or change it (UpdateUserAttributes), enter the
 * code Cognito sent to the masked destination (VerifyUserAttribute), resend it
 * (GetUserAttributeVerificationCode), or remove it (DeleteUserAttributes). Every answer updates
 * the shared GetUser cache (and so MFA eligibility) without another GetUser call before the
 * settle refetch; a changed value shows as pending until GetUser has it. The code lives only
 * in the argument of `verify`. Actions are stable functions.
 */
export function useContactVerification(attribute: ContactAttribute): UseContactVerificationResult {
  const { client, userId, pool, queryClient } = useCognitoSecurity('useContactVerification');
  const keepOriginal = pool.attributesRequireVerificationBeforeUpdate;
  const user = useQuery(cognitoUserQueryOptions({ client, userId })).data;
  // After the session ended the cache holds no data at all.
  const sent = useQuery(pendingVerificationsQueryOptions(userId)).data as PendingVerifications | undefined;
  const row = contactRow(user, attribute, sent ?? {}, keepOriginal);
  const { mutate: update } = useMutation<CodeDelivery | null, CognitoError, ContactChange>(
    updateContactMutationOptions({ client, userId, attributesRequireVerificationBeforeUpdate: keepOriginal }),
  );
  const { mutate: removeAttribute } = useMutation<void, CognitoError, ContactAttribute>(removeContactMutationOptions({ client, userId }));
  const { state, current, begin } = useFlowRuns(IDLE);

  // The actions read the latest render through this ref, so they never change identity.
  const latest = useRef({ client, userId, queryClient, row, update, removeAttribute });
  useInsertionEffect(() => {
    latest.current = { client, userId, queryClient, row, update, removeAttribute };
  });

  const edit = useCallback(() => begin().commit({ step: 'editing', draft: '', error: null }), [begin]);

  const submit = useCallback(
    (text: string) => {
      const from = current();
      if (from.step !== 'editing') return;
      const { commit } = begin();
      const value = attribute === 'phone_number' ? normalisePhoneNumber(text) : text.trim();
      const { row, update } = latest.current;
      const invalid =
        attribute === 'phone_number'
          ? !isE164PhoneNumber(value) && refusal('InvalidPhoneNumber')
          : !isEmailAddress(value) && refusal('InvalidEmailAddress');
      const unchanged = row.current?.verified && row.current.value === value && !row.pending && refusal('ContactUnchanged');
      const error = invalid || unchanged;
      if (error) return commit({ ...from, error });
      commit({ step: 'saving', draft: from.draft, error: null });
      update(
        { attribute, value },
        {
          onSuccess: (delivery) =>
            commit(
              delivery
                ? { step: 'code', value, delivery, sentAt: Date.now(), error: null }
                : { step: 'done', outcome: 'saved', error: null },
            ),
          onError: (failure) => commit({ step: 'editing', draft: from.draft, error: failure }),
        },
      );
    },
    [attribute, begin, current],
  );

  const resendCode = useCallback(() => {
    const from = current();
    const { row, client, queryClient, userId } = latest.current;
    const value = row.pending?.value ?? row.current?.value;
    if (value === undefined || PENDING_STEPS.has(from.step)) return;
    const { signal, commit } = begin();
    const { delivery, sentAt } = from.step === 'code' ? from : { delivery: null, sentAt: null };
    commit({ step: 'sending', value, delivery, sentAt, error: null });
    void (async () => {
      try {
        const next = await getUserAttributeVerificationCode(client, { AttributeName: attribute }, { signal });
        const where = next ?? delivery;
        const now = Date.now();
        if (where) setPendingVerification(queryClient, userId, attribute, { value, delivery: where, sentAt: now });
        commit({ step: 'code', value, delivery: where, sentAt: now, error: null });
      } catch (error) {
        const failure = toCognitoError(error);
        commit(
          failure.category === 'session-expired'
            ? { step: 'idle', error: failure }
            : { step: 'code', value, delivery, sentAt, error: failure },
        );
      }
    })();
  }, [attribute, begin, current]);

  const enterCode = useCallback(() => {
    const { codeSent } = latest.current.row;
    // A code from the last 24 hours still works: no need to send (and wait for) another.
    if (codeSent && Date.now() - codeSent.sentAt < CODE_LIFETIME_MS) {
      const { value, delivery, sentAt } = codeSent;
      begin().commit({ step: 'code', value, delivery, sentAt, error: null });
    } else resendCode();
  }, [begin, resendCode]);

  const verify = useCallback(
    (text: string) => {
      const from = current();
      if (from.step !== 'code') return;
      const { signal, commit } = begin();
      const code = text.trim();
      if (!/^\d{6}$/.test(code)) return commit({ ...from, error: refusal('InvalidCodeFormat') });
      commit({ ...from, step: 'verifying', error: null });
      const { client, queryClient, userId } = latest.current;
      void (async () => {
        try {
          await verifyUserAttribute(client, { AttributeName: attribute, Code: code }, { signal });
          // Cognito put the value in place, verified: say so now; the settle refetch confirms it.
          setCachedContact(queryClient, userId, attribute, { value: from.value, verified: true });
          setPendingVerification(queryClient, userId, attribute, null);
          commit({ step: 'done', outcome: 'verified', error: null });
          void settleContacts(queryClient, userId);
        } catch (error) {
          const failure = toCognitoError(error);
          // Only a failure without an answer may have verified the value: read the truth then. A
          // refusal (wrong, expired code, attempt limit, alias) changed nothing, so nothing is read.
          if (isOutcomeUnknown(failure)) void settleContacts(queryClient, userId);
          if (failure.category === 'session-expired') commit({ step: 'idle', error: failure });
          // The value belongs to someone else: only another value can help.
          else if (failure.code === 'AliasExistsException') commit({ step: 'editing', draft: from.value, error: failure });
          else commit({ ...from, error: failure });
        }
      })();
    },
    [attribute, begin, current],
  );

  const remove = useCallback(() => {
    const { commit } = begin();
    commit(latest.current.row.removeBlockedBy ? { step: 'idle', error: refusal('ContactUsedByMfa') } : { step: 'confirm-remove', error: null });
  }, [begin]);

  const confirmRemove = useCallback(() => {
    if (current().step !== 'confirm-remove') return;
    const { commit } = begin();
    // An MFA factor may have started sending codes here since the confirmation opened (turned
    // on in the MFA list on the same page): check again, from the cache as it is now.
    const { queryClient, userId } = latest.current;
    const user = queryClient.getQueryData<CognitoUser>(cognitoKeys.cognitoUser(userId));
    if (contactRow(user, attribute, {}, []).removeBlockedBy) return commit({ step: 'confirm-remove', error: refusal('ContactUsedByMfa') });
    commit({ step: 'removing', error: null });
    latest.current.removeAttribute(attribute, {
      onSuccess: () => commit({ step: 'done', outcome: 'removed', error: null }),
      onError: (failure) => commit({ step: 'confirm-remove', error: failure }),
    });
  }, [attribute, begin, current]);

  const cancel = useCallback(() => begin().commit(IDLE), [begin]);

  const actions = useMemo(
    () => ({ edit, submit, enterCode, resendCode, verify, remove, confirmRemove, cancel }),
    [edit, submit, enterCode, resendCode, verify, remove, confirmRemove, cancel],
  );
  return { ...row, ...state, isPending: PENDING_STEPS.has(state.step), ...actions };
}
