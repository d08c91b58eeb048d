import { useEffect, useId, useRef, useState } from 'react';
import type { CognitoError } from '../../cognito/errors.js';
import type { UseSignOutEverywhereResult } from '../../queries/devices/hooks.js';
import { useComponentMessages } from '../messages/context.js';
import { PendingButton } from '../shared/PendingButton.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { signOutEverywhereEn, type SignOutEverywhereMessages } from './messages/en.js';

/** Props of {@link SignOutEverywhereView}. */
export interface SignOutEverywhereViewProps {
  /** The flow's state and actions, from `useSignOutEverywhere()`. */
  flow: Pick<UseSignOutEverywhereResult, 'step' | 'isPending' | 'error' | 'signOutEverywhere' | 'reset'>;
  /** The level of the title. Default 3. */
  headingLevel?: HeadingLevel;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<SignOutEverywhereMessages>;
  /** Added to the root element's class. */
  className?: string;
}

function errorText(m: SignOutEverywhereMessages, error: CognitoError): string {
  if (error.category === 'session-expired') return m['signOutEverywhere.sessionExpired'];
  const reason =
    error.category === 'throttled'
      ? m['signOutEverywhere.throttled']
      : error.category === 'network'
        ? m['signOutEverywhere.network']
        : error.category === 'unavailable'
          ? m['signOutEverywhere.unavailable']
          : error.category === 'configuration'
            ? m['signOutEverywhere.configuration']
            : m['signOutEverywhere.unknown'](error.message);
  return m['signOutEverywhere.failed'](reason);
}

/**
 * "Sign out everywhere": a confirmation that says what GlobalSignOut does and does not do, then
 * the signed-out state. Errors keep the confirmation open with the reason; the user stays signed in.
 * Style it through `data-rcs`, `data-state` (`idle`, `confirming`, `signed-out`) and `data-pending`.
 */
export function SignOutEverywhereView({ flow, headingLevel = 3, messages, className }: SignOutEverywhereViewProps) {
  const m = useComponentMessages(signOutEverywhereEn, messages);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const { step, isPending, error } = flow;
  const [open, setOpen] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const done = useRef<HTMLParagraphElement>(null);

  // Each screen puts focus where the user continues: the question, the start button after
  // cancelling, the outcome once signed out (the confirmation is gone).
  const screen = step === 'signed-out' ? 'signed-out' : open || isPending ? 'confirming' : 'idle';
  const previous = useRef(screen);
  useEffect(() => {
    if (previous.current === screen) return;
    previous.current = screen;
    ({ confirming: question, idle: start, 'signed-out': done })[screen].current?.focus();
  }, [screen]);

  const cancel = () => {
    flow.reset();
    setOpen(false);
  };

  return (
    <section
      aria-labelledby={`${id}t`}
      className={className}
      data-rcs="sign-out-everywhere"
      data-state={screen}
      data-pending={isPending || undefined}
    >
      <Heading id={`${id}t`}>{m['signOutEverywhere.title']}</Heading>
      {screen === 'signed-out' ? (
        <p ref={done} tabIndex={-1} role="status" data-rcs="signed-out">
          {m['signOutEverywhere.signedOut']}
        </p>
      ) : (
        <>
          <p>{m['signOutEverywhere.intro']}</p>
          {screen === 'idle' ? (
            <button ref={start} type="button" data-rcs="sign-out-start" onClick={() => setOpen(true)}>
              {m['signOutEverywhere.start']}
            </button>
          ) : (
            <div role="group" aria-labelledby={`${id}q`} aria-describedby={`${id}d ${id}x ${id}n`} data-rcs="sign-out-confirm">
              <p ref={question} id={`${id}q`} tabIndex={-1} data-rcs="sign-out-question">
                {m['signOutEverywhere.question']}
              </p>
              <p id={`${id}d`}>{m['signOutEverywhere.does']}</p>
              <p id={`${id}x`}>{m['signOutEverywhere.expiry']}</p>
              <p id={`${id}n`}>{m['signOutEverywhere.doesNot']}</p>
              {error && (
                <p role="alert" data-rcs="error">
                  {errorText(m, error)}
                </p>
              )}
              <PendingButton pending={isPending} data-rcs="sign-out-confirm-button" onClick={flow.signOutEverywhere}>
                {isPending ? m['signOutEverywhere.signingOut'] : m['signOutEverywhere.submit']}
              </PendingButton>
              <button type="button" onClick={cancel} disabled={isPending}>
                {m['signOutEverywhere.cancel']}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
