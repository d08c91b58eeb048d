import type { UseTotpSetupResult } from '../../queries/totp.js';
import type { TotpSetupMessages } from './messages/en.js';

/** The heading level of the flow's step titles, to fit the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** What every step of the flow receives from the view. */
export interface StepProps {
  setup: UseTotpSetupResult;
  m: TotpSetupMessages;
  /** The step title's tag. */
  heading: `h${HeadingLevel}`;
  /** Give it the element that takes focus when this step appears. */
  focusRef: (element: HTMLElement | null) => void;
}
