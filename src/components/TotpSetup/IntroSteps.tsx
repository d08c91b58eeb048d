import { PendingButton } from '../shared/PendingButton.js';
import { ErrorText } from './parts.js';
import type { StepProps } from './types.js';

/** Before the flow (or after it was cancelled or must restart): what it is, and a button to begin. */
export function StartStep({ setup, m, focusRef }: StepProps) {
  if (!setup.available) return <p data-rcs="totp-unavailable">{m['totp.unavailable']}</p>;
  const pending = setup.step === 'associating';
  return (
    <>
      <p>{m['totp.intro']}</p>
      <ErrorText m={m} error={setup.error} />
      <PendingButton buttonRef={focusRef} pending={pending} onClick={() => setup.start()}>
        {pending ? m['totp.starting'] : m['totp.start']}
      </PendingButton>
      {/* After a failed start (offline, say), the user may give up instead of retrying. */}
      {setup.error && (
        <button type="button" onClick={setup.cancel}>
          {m['totp.cancel']}
        </button>
      )}
    </>
  );
}

/** docs/behaviour.md#mfa-row-13: a new secret disconnects the current authenticator at once, so ask first. */
export function ReplaceStep({ setup, m, heading: Heading, focusRef }: StepProps) {
  return (
    <>
      <Heading ref={focusRef} tabIndex={-1}>
        {m['totp.replaceTitle']}
      </Heading>
      <p data-rcs="warning">{m['totp.replaceWarning']}</p>
      <button type="button" onClick={() => setup.start({ replaceExisting: true })}>
        {m['totp.replaceConfirm']}
      </button>
      <button type="button" onClick={setup.cancel}>
        {m['totp.cancel']}
      </button>
    </>
  );
}
