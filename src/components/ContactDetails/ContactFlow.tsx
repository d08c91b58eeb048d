import { useEffect } from 'react';
import type { ContactAttribute } from '../../cognito/contacts.js';
import { useContactVerification } from '../../queries/contacts/verification.js';
import { ContactFlowView, type ContactFlowViewProps } from './ContactFlowView.js';
import type { ContactAction, ContactFlowOutcome } from './types.js';

/** Props of {@link ContactFlow}. */
export interface ContactFlowProps extends Omit<ContactFlowViewProps, 'flow'> {
  attribute: ContactAttribute;
  /** What the user chose; the flow opens at that step. */
  action: ContactAction;
}

/**
 * The add / change / verify / remove flow for one attribute, started at the step the user chose.
 * Loaded on that first click (`ContactDetails` and `MfaToggleList` import it lazily).
 */
export function ContactFlow({ attribute, action, onClose, enableFactor, ...view }: ContactFlowProps) {
  const flow = useContactVerification(attribute);

  const { edit, enterCode, resendCode, remove } = flow;
  useEffect(() => {
    const start = { add: edit, change: edit, verify: enterCode, resend: resendCode, remove }[action];
    start();
  }, [action, edit, enterCode, resendCode, remove]);

  // Done: close, unless the factor that needed this contact can now be turned on here.
  const outcome = flow.step === 'done' ? flow.outcome : null;
  const offerFactor = outcome === 'verified' && enableFactor !== undefined;
  useEffect(() => {
    if (outcome && !offerFactor) onClose(outcome);
    // Once per outcome: a new `onClose` function on every render must not call it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcome, offerFactor]);

  const close = (result: ContactFlowOutcome) => {
    flow.cancel();
    onClose(result);
  };
  return (
    <ContactFlowView
      {...view}
      flow={{ ...flow, cancel: () => close(null) }}
      enableFactor={enableFactor}
      onClose={close}
    />
  );
}
