import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { isOutcomeUnknown, type CognitoError } from '../../cognito/errors.js';
import type { UseDeleteAccountResult } from '../../queries/password/deleteAccount.js';
import { useComponentMessages } from '../messages/context.js';
import { PendingButton } from '../shared/PendingButton.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { deleteAccountEn, type DeleteAccountMessages } from './messages/en.js';

/** Props of {@link DeleteAccountView}. */
export interface DeleteAccountViewProps {
  /** The flow's state and actions, from `useDeleteAccount()`. */
  flow: Pick<UseDeleteAccountResult, 'step' | 'isPending' | 'error' | 'deleteAccount' | 'reset'>;
  /** What the user must type to confirm, such as their username. Default the catalogue's word ("DELETE"). */
  confirmText?: string;
  /** The level of the title. Default 3. */
  headingLevel?: HeadingLevel;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<DeleteAccountMessages>;
  /** Added to the root element's class. */
  className?: string;
}

function errorText(m: DeleteAccountMessages, error: CognitoError): string {
  if (error.category === 'session-expired') return m['deleteAccount.sessionExpired'];
  // No readable answer: the account may be gone already.
  if (isOutcomeUnknown(error) && error.category !== 'unknown') return m['deleteAccount.unconfirmed'];
  const reason =
    error.category === 'throttled'
      ? m['deleteAccount.throttled']
      : error.category === 'configuration'
        ? m['deleteAccount.configuration']
        : m['deleteAccount.unknown'](error.message);
  return m['deleteAccount.failed'](reason);
}

const sameText = (typed: string, expected: string) => typed.trim().toLocaleUpperCase() === expected.trim().toLocaleUpperCase();

/**
 * A danger zone for deleting the account: a warning, then a typed confirmation before
 * DeleteUser is sent. Errors keep the confirmation open with the reason; once deleted, the
 * section says so (the provider has ended the session by then).
 * Style it through `data-rcs`, `data-state` (the step, or `confirming`) and `data-pending`.
 */
export function DeleteAccountView({ flow, confirmText, headingLevel = 3, messages, className }: DeleteAccountViewProps) {
  const m = useComponentMessages(deleteAccountEn, messages);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const expected = confirmText ?? m['deleteAccount.confirmWord'];
  const { step, isPending, error } = flow;
  const [open, setOpen] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const deleted = useRef<HTMLParagraphElement>(null);

  // Each screen puts focus where the user continues: the confirmation field, the start button
  // after cancelling, the outcome once deleted (its form is gone).
  const screen = step === 'deleted' ? 'deleted' : open || isPending ? 'confirming' : 'closed';
  const previous = useRef(screen);
  useEffect(() => {
    if (previous.current === screen) return;
    previous.current = screen;
    ({ confirming: input, closed: start, deleted }[screen]).current?.focus();
  }, [screen]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (isPending) return;
    const matches = sameText(input.current?.value ?? '', expected);
    setMismatch(!matches);
    if (!matches) return input.current?.focus();
    flow.deleteAccount();
  };

  const cancel = () => {
    flow.reset();
    setMismatch(false);
    setOpen(false);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className={className}
      data-rcs="delete-account"
      data-state={screen === 'confirming' ? 'confirming' : step}
      data-pending={isPending || undefined}
    >
      <Heading id={`${id}-title`}>{m['deleteAccount.title']}</Heading>
      {step === 'deleted' ? (
        <p ref={deleted} tabIndex={-1} role="status" data-rcs="deleted">
          {m['deleteAccount.deleted']}
        </p>
      ) : (
        <>
          <p id={`${id}-warning`}>{m['deleteAccount.warning']}</p>
          {screen === 'closed' ? (
            <button ref={start} type="button" data-rcs="delete-start" onClick={() => setOpen(true)}>
              {m['deleteAccount.start']}
            </button>
          ) : (
            <form noValidate onSubmit={submit} aria-describedby={`${id}-warning`}>
              <label htmlFor={`${id}-confirm`}>{m['deleteAccount.confirmLabel'](expected)}</label>
              <input
                ref={input}
                id={`${id}-confirm`}
                name="confirm"
                type="text"
                autoComplete="off"
                spellCheck={false}
                readOnly={isPending}
                aria-invalid={mismatch || undefined}
                aria-describedby={mismatch ? `${id}-mismatch` : undefined}
                data-invalid={mismatch || undefined}
                onInput={() => setMismatch(false)}
              />
              {mismatch && (
                <p id={`${id}-mismatch`} data-rcs="error">
                  {m['deleteAccount.confirmMismatch'](expected)}
                </p>
              )}
              {error && (
                <p role="alert" data-rcs="error">
                  {errorText(m, error)}
                </p>
              )}
              <PendingButton type="submit" pending={isPending} data-rcs="delete-confirm">
                {isPending ? m['deleteAccount.deleting'] : m['deleteAccount.submit']}
              </PendingButton>
              <button type="button" onClick={cancel} disabled={isPending}>
                {m['deleteAccount.cancel']}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
