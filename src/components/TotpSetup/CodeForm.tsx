import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { CognitoError } from '../../cognito/errors.js';
import type { TotpSetupMessages } from './messages/en.js';
import { ErrorText, PendingButton } from './parts.js';

interface CodeFormProps {
  m: TotpSetupMessages;
  pending: boolean;
  error: CognitoError | null;
  onVerify: (code: string, deviceName: string) => void;
  onCancel: () => void;
}

/** Pasted codes often come as `123 456` or `123-456`: keep the digits, at most six. */
const digitsOf = (text: string) => text.replace(/\D/g, '').slice(0, 6);

/** The 6-digit code (one input, autofill- and paste-friendly) and an optional device name. */
export function CodeForm({ m, pending, error, onVerify, onCancel }: CodeFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');

  // A wrong code: put the user back in the field with the code selected, ready to retype.
  useEffect(() => {
    if (!error) return;
    input.current?.focus();
    input.current?.select();
  }, [error]);

  // Throttling or a lost connection is explained here too, but does not mark the code wrong.
  const invalid = error?.category === 'invalid-code';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!pending) onVerify(code, deviceName);
  };

  return (
    <form noValidate onSubmit={submit} data-rcs="totp-code-form">
      <label htmlFor={`${id}-code`}>{m['totp.codeLabel']}</label>
      <input
        ref={input}
        id={`${id}-code`}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        value={code}
        readOnly={pending}
        aria-invalid={invalid || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-invalid={invalid || undefined}
        onChange={(event) => setCode(digitsOf(event.target.value))}
      />
      <ErrorText m={m} error={error} id={`${id}-error`} />
      <label htmlFor={`${id}-device`}>{m['totp.deviceLabel']}</label>
      <input
        id={`${id}-device`}
        name="deviceName"
        type="text"
        autoComplete="off"
        value={deviceName}
        readOnly={pending}
        onChange={(event) => setDeviceName(event.target.value)}
      />
      <PendingButton type="submit" pending={pending}>
        {pending ? m['totp.verifying'] : m['totp.verify']}
      </PendingButton>
      <button type="button" onClick={onCancel}>
        {m['totp.cancel']}
      </button>
    </form>
  );
}
