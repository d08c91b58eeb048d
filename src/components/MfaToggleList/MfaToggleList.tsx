import type { MfaFactor } from '../../cognito/wire.js';
import { useMfaSettings } from '../../queries/hooks.js';
import { MfaToggleListView, type MfaToggleListViewProps } from './MfaToggleListView.js';

/** Props of {@link MfaToggleList}. */
export interface MfaToggleListProps
  extends Omit<MfaToggleListViewProps, 'factors' | 'onCheckedChange' | 'lastChange' | 'status' | 'error'> {
  /** Which of the pool's factors to show, in this order. Default: all the pool offers. */
  show?: readonly MfaFactor[];
}

/**
 * One switch per MFA factor, saved optimistically: the switch flips at once, shows that it
 * is saving, and rolls back with the reason if Cognito refuses. Reads `useMfaSettings()`.
 */
export function MfaToggleList({ show, ...props }: MfaToggleListProps) {
  const settings = useMfaSettings();
  const factors = show
    ? show.flatMap((factor) => settings.factors.filter((view) => view.factor === factor))
    : settings.factors;
  return (
    <MfaToggleListView
      {...props}
      factors={factors}
      status={settings.status}
      error={settings.error}
      lastChange={settings.lastChange}
      onCheckedChange={(factor, checked) => settings.change({ type: checked ? 'enable' : 'disable', factor })}
    />
  );
}
