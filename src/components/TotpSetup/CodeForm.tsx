import { useId, useState, type SubmitEvent } from 'react';
import type { CognitoError } from '../../cognito/errors.js';
import { OneTimeCodeInput } from '../shared/OneTimeCodeInput.js';
import { PendingButton } from '../shared/PendingButton.js';
import type { TotpSetupMessages } from './messages/en.js';
import { ErrorText } from './parts.js';

interface CodeFormProps {
  m: TotpSetupMessages;
  pending: boolean;
  error: CognitoError | null;
  onVerify: (code: string, deviceName: string) => void;
  onCancel: () => void;
}

/** The 6-digit code (one input, autofill- and paste-friendly) and an optional device name. */
export function CodeForm({ m, pending, error, onVerify, onCancel }: CodeFormProps) {
  const id = useId();
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');

  // Throttling or a lost connection is explained here too, but does not mark the code wrong.
  const invalid = error?.category === 'invalid-code';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!pending) onVerify(code, deviceName);
  };

  return (
    <form noValidate onSubmit={submit} data-rcs="totp-code-form">
      <label htmlFor={`${id}-code`}>{m['totp.codeLabel']}</label>
      <OneTimeCodeInput
        id={`${id}-code`}
        value={code}
        onValueChange={setCode}
        failure={error}
        invalid={invalid}
        readOnly={pending}
        aria-describedby={error ? `${id}-error` : undefined}
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
