import { useRef, useState, type MouseEvent } from 'react';
import type { MfaFactor } from '../../cognito/wire.js';
import { useMfaSettings } from '../../queries/hooks.js';
import type { TotpSetupProps } from '../TotpSetup/TotpSetup.js';
import { InlineContactSetup, useInlineContactSetup } from './InlineContactSetup.js';
import { InlineTotpSetup } from './InlineTotpSetup.js';
import { MfaToggleListView, type MfaToggleListViewProps } from './MfaToggleListView.js';

/** Props of {@link MfaToggleList}. */
export interface MfaToggleListProps
  extends Omit<
    MfaToggleListViewProps,
    'factors' | 'onCheckedChange' | 'lastChange' | 'status' | 'error' | 'children' | 'addContactExpanded'
  > {
  /** Which of the pool's factors to show, in this order. Default: all the pool offers. */
  show?: readonly MfaFactor[];
  /**
   * Props of the authenticator-app setup flow that "Set up" opens below the switches
   * (`issuer`, `onComplete`…; set `headingLevel` to fit the page's outline, default 3).
   * Unused when you pass `onSetUpAuthenticator`.
   */
  totpSetup?: Omit<TotpSetupProps, 'autoStart' | 'onCancel'>;
}

/**
 * One switch per MFA factor, saved optimistically: the switch flips at once, shows that it
 * is saving, and rolls back with the reason if Cognito refuses. Reads `useMfaSettings()`.
 * Unless you pass `onSetUpAuthenticator`, "Set up" opens `TotpSetup` below the switches,
 * loading its code on that first click. Unless you pass `onAddContact`, "Add a phone number
 * first" (or an email address) opens the contact flow there too, then offers to turn the factor on.
 */
export function MfaToggleList({ show, totpSetup, onSetUpAuthenticator, onAddContact, ...props }: MfaToggleListProps) {
  const settings = useMfaSettings();
  const contact = useInlineContactSetup();
  const [settingUp, setSettingUp] = useState(false);
  const row = useRef<Element | null>(null);
  const factors = show
    ? show.flatMap((factor) => settings.factors.filter((view) => view.factor === factor))
    : settings.factors;

  const openSetup = (event: MouseEvent<HTMLButtonElement>) => {
    row.current = event.currentTarget.closest('[data-rcs="factor"]');
    setSettingUp(true);
  };
  const closeSetup = () => {
    // Back to "Set up", or to the switch once a verified authenticator made it eligible.
    const target = row.current?.querySelector('[data-rcs="set-up"]') ?? row.current?.querySelector('[role="switch"]');
    if (target instanceof HTMLElement) target.focus();
    setSettingUp(false);
  };

  return (
    <MfaToggleListView
      {...props}
      factors={factors}
      status={settings.status}
      error={settings.error}
      lastChange={settings.lastChange}
      onCheckedChange={(factor, checked) => {
        // The flow's "on" confirmation must not outlive a later change to the same factor.
        if (factor === 'SOFTWARE_TOKEN_MFA') setSettingUp(false);
        settings.change({ type: checked ? 'enable' : 'disable', factor });
      }}
      onSetUpAuthenticator={onSetUpAuthenticator ?? openSetup}
      setUpExpanded={onSetUpAuthenticator ? undefined : settingUp}
      onAddContact={onAddContact ?? contact.open}
      addContactExpanded={onAddContact ? undefined : contact.factor}
    >
      {contact.factor && <InlineContactSetup key={contact.factor} factor={contact.factor} onClose={contact.close} />}
      {settingUp && (
        <InlineTotpSetup {...totpSetup} messages={{ ...props.messages, ...totpSetup?.messages }} onCancel={closeSetup} />
      )}
    </MfaToggleListView>
  );
}
