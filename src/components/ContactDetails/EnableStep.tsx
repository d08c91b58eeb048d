import { useId, useState, type SubmitEvent } from 'react';
import { useSetMfaPreference } from '../../queries/mutation.js';
import { errorReason, factorName } from '../messages/text.js';
import { PendingButton } from '../shared/PendingButton.js';
import type { ContactStepProps } from './types.js';

/**
 * After a phone number or email address is verified from `MfaToggleList`: the factor that
 * needed it is now eligible, so offer to turn it on here, with an explicit preference.
 * Renders nothing when the flow was not opened for a factor.
 */
export function EnableStep({ flow, m, core, heading: Heading, focusRef, enableFactor, onClose }: ContactStepProps) {
  const id = useId();
  const [preferred, setPreferred] = useState(true);
  const { mutate, isPending, error } = useSetMfaPreference();
  if (!enableFactor || flow.step !== 'done' || flow.outcome !== 'verified') return null;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!isPending) mutate({ type: 'enable', factor: enableFactor, preferred }, { onSuccess: () => onClose('enabled') });
  };
  return (
    <>
      <Heading ref={focusRef} tabIndex={-1} data-rcs="contact-flow-title">
        {m['contacts.enableTitle'](factorName(core, enableFactor))}
      </Heading>
      <p>{m[`contacts.enableHelp.${flow.attribute}`]}</p>
      <form onSubmit={submit} data-rcs="contact-enable-form">
        <input id={id} type="checkbox" checked={preferred} disabled={isPending} onChange={(event) => setPreferred(event.target.checked)} />
        <label htmlFor={id}>{m['contacts.preferLabel']}</label>
        {error && (
          <p role="alert" data-rcs="error">
            {core.turnOnFailed(factorName(core, enableFactor), errorReason(core, error))}
          </p>
        )}
        <PendingButton type="submit" pending={isPending}>
          {isPending ? m['contacts.turningOn'] : m['contacts.turnOn']}
        </PendingButton>
        <PendingButton pending={isPending} onClick={() => onClose('verified')}>
          {m['contacts.notNow']}
        </PendingButton>
      </form>
    </>
  );
}
