import type { ComponentType } from 'react';
import type { ContactVerificationStep } from '../../queries/contacts/verification.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { useFocusOnChange } from '../shared/useFocusOnChange.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { CodeStep } from './CodeStep.js';
import { EditStep } from './EditStep.js';
import { EnableStep } from './EnableStep.js';
import { contactFlowEn } from './messages/en-flow.js';
import { contactRowsEn } from './messages/en-rows.js';
import type { ContactDetailsMessages } from './messages/en.js';
import { RemoveStep } from './RemoveStep.js';
import type { ContactStepProps } from './types.js';

const Nothing = () => null;

/** Each step's screen; a pending step keeps the screen that started it, so typed text stays. */
const SCREENS: Record<ContactVerificationStep, ComponentType<ContactStepProps>> = {
  idle: Nothing,
  editing: EditStep,
  saving: EditStep,
  code: CodeStep,
  sending: CodeStep,
  verifying: CodeStep,
  'confirm-remove': RemoveStep,
  removing: RemoveStep,
  done: EnableStep,
};

const PENDING: ReadonlySet<ContactVerificationStep> = new Set(['saving', 'sending', 'verifying', 'removing']);
const DEFAULTS: ContactDetailsMessages = { ...contactRowsEn, ...contactFlowEn };

/** Props of {@link ContactFlowView}. */
export interface ContactFlowViewProps extends Omit<ContactStepProps, 'm' | 'core' | 'heading' | 'focusRef'> {
  messages?: Partial<ContactDetailsMessages>;
  /** The level of the step titles. Default 3. */
  headingLevel?: HeadingLevel;
}

/**
 * The contact flow's markup for a given state (`useContactVerification()`): the form for a new
 * value, the code entry, the removal confirmation. Focus moves into each new step.
 */
export function ContactFlowView({ flow, messages, headingLevel = 3, ...props }: ContactFlowViewProps) {
  const m = useComponentMessages(DEFAULTS, messages);
  const core = useCoreMessages();
  const Screen = SCREENS[flow.step];
  const focusRef = useFocusOnChange(Screen);
  return (
    <div
      role="group"
      aria-label={m[`contacts.label.${flow.attribute}`]}
      data-rcs="contact-flow"
      data-state={flow.step}
      data-pending={PENDING.has(flow.step) || undefined}
    >
      <Screen flow={flow} m={m} core={core} heading={`h${headingLevel}`} focusRef={focusRef} {...props} />
    </div>
  );
}
