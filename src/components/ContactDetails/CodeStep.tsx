import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { OneTimeCodeInput } from '../shared/OneTimeCodeInput.js';
import { PendingButton } from '../shared/PendingButton.js';
import { isolateLtr } from '../shared/mask.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import { contactErrorText } from './errorText.js';
import type { ContactStepProps } from './types.js';

/**
 * The code Cognito sent to the masked destination. A wrong code keeps what was typed, selected
 * for retyping; an expired one moves focus to "Resend code"; a new code clears the field and
 * says where it went. The code itself lives only in this field until it is sent.
 */
export function CodeStep({ flow, m, core, heading: Heading, focusRef }: ContactStepProps) {
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const resend = useRef<HTMLButtonElement>(null);
  const [code, setCode] = useState('');
  const inCodeStep = flow.step === 'code' || flow.step === 'sending' || flow.step === 'verifying';
  const sentAt = inCodeStep ? flow.sentAt : null;
  // A new code makes the typed one useless: start over when one arrives (state from the previous render, as React recommends).
  const [seen, setSeen] = useState({ sentAt, resent: false });
  if (seen.sentAt !== sentAt) {
    setSeen({ sentAt, resent: seen.sentAt !== null });
    setCode('');
  }
  const { error, attribute } = flow;
  const expired = error?.code === 'ExpiredCodeException';

  useEffect(() => {
    if (expired) resend.current?.focus();
  }, [expired, error]);
  useEffect(() => {
    if (seen.resent) input.current?.focus();
  }, [seen]);

  if (!inCodeStep) return null;
  const destination = flow.delivery?.destination;
  const verifying = flow.step === 'verifying';
  const sending = flow.step === 'sending';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!verifying) flow.verify(code);
  };
  const sentText =
    sending && !flow.delivery
      ? m['contacts.codeSending']
      : destination
        ? m['contacts.codeSentTo'](isolateLtr(destination))
        : m['contacts.codeSent'];

  return (
    <>
      <Heading data-rcs="contact-flow-title">{m['contacts.codeTitle']}</Heading>
      <p id={`${id}-sent`}>{sentText}</p>
      <form noValidate onSubmit={submit} data-rcs="contact-code-form">
        <label htmlFor={`${id}-code`}>{m['contacts.codeLabel']}</label>
        <OneTimeCodeInput
          inputRef={(element) => {
            input.current = element;
            focusRef(element);
          }}
          id={`${id}-code`}
          value={code}
          onValueChange={setCode}
          failure={expired ? null : error}
          invalid={error?.category === 'invalid-code' && !expired}
          readOnly={verifying}
          aria-describedby={[`${id}-sent`, `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ')}
        />
        <p id={`${id}-help`} data-rcs="hint">
          {m['contacts.codeHelp']}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" data-rcs="error">
            {contactErrorText(m, core, attribute, error)}
          </p>
        )}
        <PendingButton type="submit" pending={verifying}>
          {verifying ? m['contacts.verifying'] : m['contacts.verifyCode']}
        </PendingButton>
        <PendingButton buttonRef={resend} pending={sending} onClick={flow.resendCode} data-rcs="resend">
          {sending ? m['contacts.resending'] : m['contacts.resend']}
        </PendingButton>
        <button type="button" onClick={flow.cancel}>
          {m['contacts.cancel']}
        </button>
      </form>
      <div role="status" style={visuallyHidden}>
        {seen.resent && !sending && destination && <span key={sentAt}>{m['contacts.codeResent'](isolateLtr(destination))}</span>}
      </div>
    </>
  );
}
