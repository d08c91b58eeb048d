import { useMfaSettings } from '../../queries/hooks.js';
import { PreferredMfaPickerView, type PreferredMfaPickerViewProps } from './PreferredMfaPickerView.js';

/** Props of {@link PreferredMfaPicker}. */
export type PreferredMfaPickerProps = Omit<
  PreferredMfaPickerViewProps,
  'options' | 'value' | 'onValueChange' | 'lastChange' | 'status' | 'error'
>;

/**
 * Lets the user choose which enabled factor sign-in asks for first, or none. Saved
 * optimistically with rollback. Reads `useMfaSettings()`.
 */
export function PreferredMfaPicker(props: PreferredMfaPickerProps) {
  const settings = useMfaSettings();
  return (
    <PreferredMfaPickerView
      {...props}
      options={settings.factors.filter((view) => view.enabled).map((view) => view.factor)}
      value={settings.preferred}
      status={settings.status}
      error={settings.error}
      lastChange={settings.lastChange}
      onValueChange={(factor) => settings.change(factor ? { type: 'prefer', factor } : { type: 'clear-preference' })}
    />
  );
}
