import type { ComponentType } from 'react';
import type { TotpSetupStep, UseTotpSetupResult } from '../../queries/totp.js';
import { useComponentMessages } from '../messages/context.js';
import { totpEn, type TotpSetupMessages } from './messages/en.js';
import type { SettingsViewProps } from '../shared/types.js';
import { ChooseStep, DoneStep } from './FinishSteps.js';
import { ReplaceStep, StartStep } from './IntroSteps.js';
import { ScanStep } from './ScanStep.js';
import type { HeadingLevel, StepProps } from './types.js';
import { useFocusOnChange } from '../shared/useFocusOnChange.js';

/** Each step's screen; a pending step keeps the screen that started it. */
const SCREENS: Record<TotpSetupStep, ComponentType<StepProps>> = {
  idle: StartStep,
  associating: StartStep,
  'confirm-replace': ReplaceStep,
  scan: ScanStep,
  verifying: ScanStep,
  choosing: ChooseStep,
  enabling: ChooseStep,
  done: DoneStep,
};

const PENDING: ReadonlySet<TotpSetupStep> = new Set(['associating', 'verifying', 'enabling']);

/** Props of {@link TotpSetupView}. */
export interface TotpSetupViewProps extends Pick<SettingsViewProps<TotpSetupMessages>, 'messages' | 'className'> {
  /** The flow's state and actions, from `useTotpSetup()`. */
  setup: UseTotpSetupResult;
  /** The level of the step titles. Default 3. */
  headingLevel?: HeadingLevel;
}

/**
 * The authenticator-app setup flow's markup for a given state: bring your own state machine
 * (or a fixed state, for a design system's docs). Focus moves to each new step's title.
 * Style it through `data-rcs`, `data-state` (the step) and `data-pending`.
 */
export function TotpSetupView({ setup, messages, headingLevel = 3, className }: TotpSetupViewProps) {
  const m = useComponentMessages(totpEn, messages);
  const Screen = SCREENS[setup.step];
  const focusRef = useFocusOnChange(Screen);
  return (
    <div
      role="group"
      aria-label={m['factor.SOFTWARE_TOKEN_MFA']}
      className={className}
      data-rcs="totp-setup"
      data-state={setup.step}
      data-pending={PENDING.has(setup.step) || undefined}
    >
      <Screen setup={setup} m={m} heading={`h${headingLevel}`} focusRef={focusRef} />
    </div>
  );
}
