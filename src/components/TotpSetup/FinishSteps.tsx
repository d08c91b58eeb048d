import { useId, useState, type SubmitEvent } from 'react';
import { PendingButton } from '../shared/PendingButton.js';
import { ErrorText } from './parts.js';
import type { StepProps } from './types.js';

/** docs/behaviour.md#mfa-row-14: verifying does not turn MFA on, so the user turns it on, with an explicit preference. */
export function ChooseStep({ setup, m, heading: Heading, focusRef }: StepProps) {
  const id = useId();
  const [preferred, setPreferred] = useState(true);
  const pending = setup.step === 'enabling';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!pending) setup.enable({ preferred });
  };
  return (
    <>
      <Heading ref={focusRef} tabIndex={-1}>
        {m['totp.chooseTitle']}
      </Heading>
      <p>{m['totp.chooseHelp']}</p>
      <form onSubmit={submit} data-rcs="totp-choose-form">
        <input
          id={id}
          type="checkbox"
          checked={preferred}
          disabled={pending}
          onChange={(event) => setPreferred(event.target.checked)}
        />
        <label htmlFor={id}>{m['totp.preferLabel']}</label>
        <ErrorText m={m} error={setup.error} />
        <PendingButton type="submit" pending={pending}>
          {pending ? m['totp.turningOn'] : m['totp.turnOn']}
        </PendingButton>
        <PendingButton pending={pending} onClick={setup.cancel}>
          {m['totp.notNow']}
        </PendingButton>
      </form>
    </>
  );
}

/** The authenticator app is on; says whether sign-in will ask for it first. */
export function DoneStep({ setup, m, heading: Heading, focusRef }: StepProps) {
  return (
    <>
      <Heading ref={focusRef} tabIndex={-1}>
        {m['totp.doneTitle']}
      </Heading>
      <p>{setup.step === 'done' && setup.preferred ? m['totp.donePreferred'] : m['totp.doneNotPreferred']}</p>
    </>
  );
}
