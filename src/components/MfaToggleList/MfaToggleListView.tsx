import type { MouseEvent, ReactNode } from 'react';
import type { MfaFactor } from '../../cognito/wire.js';
import type { MfaChange, MfaFactorView } from '../../queries/hooks.js';
import { useCoreMessages } from '../messages/context.js';
import { LiveRegions } from '../shared/LiveRegions.js';
import { LoadState } from '../shared/LoadState.js';
import type { SettingsViewProps } from '../shared/types.js';
import { MfaFactorRow } from './MfaFactorRow.js';

/** Props of {@link MfaToggleListView}. */
export interface MfaToggleListViewProps extends SettingsViewProps {
  /** One row per factor, in display order (`useMfaSettings().factors` or your own). */
  factors: readonly MfaFactorView[];
  /** Called when the user flips an eligible switch. */
  onCheckedChange: (factor: MfaFactor, checked: boolean) => void;
  /** Shows a "Set up" action in the authenticator-app row while no authenticator is set up. */
  onSetUpAuthenticator?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** Whether "Set up" has opened an inline flow (`aria-expanded`); leave unset when it opens elsewhere. */
  setUpExpanded?: boolean;
  /** Makes "Add a phone number first" / "Add an email address first" actions of the SMS and email rows. */
  onAddContact?: (factor: 'SMS_MFA' | 'EMAIL_OTP', event: MouseEvent<HTMLButtonElement>) => void;
  /** The factor whose contact flow is open below the switches (`aria-expanded`); leave unset when it opens elsewhere. */
  addContactExpanded?: MfaFactor | null;
  /** The latest change, announced when it is an enable or disable that finished. */
  lastChange?: MfaChange;
  /** Shown below the switches once the settings have loaded, e.g. the authenticator-app setup flow. */
  children?: ReactNode;
}

const OWN_INTENTS = ['enable', 'disable'] as const;

/** The MFA switches without data fetching: bring your own data and callbacks. */
export function MfaToggleListView(props: MfaToggleListViewProps) {
  const { factors, onCheckedChange, onSetUpAuthenticator, setUpExpanded, onAddContact, addContactExpanded } = props;
  const { lastChange, status, error, className, children } = props;
  const m = useCoreMessages(props.messages);
  return (
    <fieldset data-rcs="toggle-list" className={className} aria-busy={status === 'pending' || undefined}>
      <legend data-rcs="legend">{m.toggleListLabel}</legend>
      <LoadState status={status} error={error} m={m}>
        <ul data-rcs="factors">
          {factors.map((factor) => (
            <MfaFactorRow
              key={factor.factor}
              factor={factor}
              m={m}
              onCheckedChange={(checked) => onCheckedChange(factor.factor, checked)}
              onSetUpAuthenticator={onSetUpAuthenticator}
              setUpExpanded={setUpExpanded}
              onAddContact={
                onAddContact && factor.factor !== 'SOFTWARE_TOKEN_MFA' ? (event) => onAddContact(factor.factor as 'SMS_MFA' | 'EMAIL_OTP', event) : undefined
              }
              addContactExpanded={addContactExpanded === undefined ? undefined : addContactExpanded === factor.factor}
            />
          ))}
        </ul>
        {children}
      </LoadState>
      <LiveRegions m={m} change={lastChange} kinds={OWN_INTENTS} />
    </fieldset>
  );
}
