import type { UseContactVerificationResult } from '../../queries/contacts/verification.js';
import type { CoreMessages } from '../messages/en.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import type { ContactDetailsMessages } from './messages/en.js';

/** What the user chose in a contact row: the flow opens at the matching step. */
export type ContactAction = 'add' | 'change' | 'verify' | 'resend' | 'remove';

/** The factors that send codes to a contact attribute, which the inline flow can turn on. */
export type ContactFactor = 'SMS_MFA' | 'EMAIL_OTP';

/** What a finished flow did; `null` when the user left it. */
export type ContactFlowOutcome = 'verified' | 'saved' | 'removed' | 'enabled' | null;

/** What every step of the flow receives from the view. */
export interface ContactStepProps {
  flow: UseContactVerificationResult;
  m: ContactDetailsMessages;
  core: CoreMessages;
  /** The step title's tag. */
  heading: `h${HeadingLevel}`;
  /** Give it the element that takes focus when this step appears. */
  focusRef: (element: HTMLElement | null) => void;
  /** After verification, offer to turn this factor on (MfaToggleList's inline use). */
  enableFactor: ContactFactor | undefined;
  /** Called when the flow is over. */
  onClose: (outcome: ContactFlowOutcome) => void;
}
