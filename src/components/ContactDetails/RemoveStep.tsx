import { PendingButton } from '../shared/PendingButton.js';
import { contactErrorText } from './errorText.js';
import type { ContactStepProps } from './types.js';

/** Removing is not undone by a click: ask first, and say what the user loses. */
export function RemoveStep({ flow, m, core, heading: Heading, focusRef }: ContactStepProps) {
  const { attribute, error } = flow;
  const pending = flow.step === 'removing';
  return (
    <>
      <Heading ref={focusRef} tabIndex={-1} data-rcs="contact-flow-title">
        {m[`contacts.removeTitle.${attribute}`]}
      </Heading>
      <p data-rcs="warning">{m[`contacts.removeWarning.${attribute}`]}</p>
      {error && (
        <p role="alert" data-rcs="error">
          {contactErrorText(m, core, attribute, error)}
        </p>
      )}
      <div data-rcs="contact-flow-actions">
        <PendingButton pending={pending} onClick={flow.confirmRemove}>
          {pending ? m['contacts.removing'] : m['contacts.removeConfirm']}
        </PendingButton>
        <button type="button" onClick={flow.cancel}>
          {m['contacts.cancel']}
        </button>
      </div>
    </>
  );
}
