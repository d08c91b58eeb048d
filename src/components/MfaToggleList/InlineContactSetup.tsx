import { lazy, useCallback, useRef, useState, type ComponentType, type MouseEvent } from 'react';
import type { ContactFlowProps } from '../ContactDetails/ContactFlow.js';
import type { ContactDetailsMessages } from '../ContactDetails/messages/en.js';
import type { ContactFactor, ContactFlowOutcome } from '../ContactDetails/types.js';
import { useCoreMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';

// Loaded on the first "Add a phone number first" click: the same flow `ContactDetails` opens.
const LazyContactFlow = lazy(() => import('../ContactDetails/ContactFlow.js').then((module) => ({ default: module.ContactFlow })));

/** Props of {@link InlineContactSetup}. */
export interface InlineContactSetupProps {
  /** The factor that needs the contact: SMS a phone number, email codes an email address. */
  factor: ContactFactor;
  /** Called when the flow ends: `enabled` (turned on here), `verified` (not now), or `null` (left). */
  onClose: (outcome: ContactFlowOutcome) => void;
  messages?: Partial<ContactDetailsMessages>;
  /** The flow component; default the lazily loaded one (tests pass one whose load fails). */
  flow?: ComponentType<ContactFlowProps>;
}

/**
 * Adds the phone number (or email address) a factor needs, right below the switches, then
 * offers to turn the factor on, as "Set up" does for the authenticator app.
 */
export function InlineContactSetup({ factor, onClose, messages, flow: Flow = LazyContactFlow }: InlineContactSetupProps) {
  const core = useCoreMessages();
  return (
    <LazyBoundary m={core}>
      <Flow
        attribute={factor === 'SMS_MFA' ? 'phone_number' : 'email'}
        action="add"
        enableFactor={factor}
        messages={messages}
        onClose={onClose}
      />
    </LazyBoundary>
  );
}

/**
 * Which factor the inline contact flow serves, if any, and where focus goes when it closes:
 * the switch once the factor can be turned on (or is on), else back to the action.
 */
export function useInlineContactSetup() {
  const [factor, setFactor] = useState<ContactFactor | null>(null);
  const row = useRef<Element | null>(null);
  const open = useCallback((next: ContactFactor, event: MouseEvent<HTMLButtonElement>) => {
    row.current = event.currentTarget.closest('[data-rcs="factor"]');
    setFactor(next);
  }, []);
  const close = useCallback((outcome: ContactFlowOutcome) => {
    const action = outcome ? null : row.current?.querySelector('[data-rcs="add-contact"]');
    const target = action ?? row.current?.querySelector('[role="switch"]');
    if (target instanceof HTMLElement) target.focus();
    setFactor(null);
  }, []);
  return { factor, open, close };
}
