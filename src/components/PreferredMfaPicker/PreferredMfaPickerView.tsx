import { useId } from 'react';
import type { MfaFactor, MfaSettingValue } from '../../cognito/wire.js';
import type { MfaChange } from '../../queries/hooks.js';
import { useCoreMessages } from '../messages/context.js';
import { errorReason, factorName } from '../messages/text.js';
import { LiveRegions } from '../shared/LiveRegions.js';
import { LoadState } from '../shared/LoadState.js';
import type { SettingsViewProps } from '../shared/types.js';

/** Props of {@link PreferredMfaPickerView}. */
export interface PreferredMfaPickerViewProps extends SettingsViewProps {
  /** The enabled factors to choose from, in display order. */
  options: readonly MfaFactor[];
  /** The preferred factor, or `null` for none. */
  value: MfaSettingValue | null;
  /** Called with the chosen factor, or `null` for "no preference". */
  onValueChange: (value: MfaFactor | null) => void;
  /** Offer "No preference — ask at sign-in". Default `true`. */
  allowNoPreference?: boolean;
  /** Below this many options the picker explains itself or hides. Default 2. */
  minOptions?: number;
  /** What to show with too few options: an explanation, or nothing. Default `'explain'`. */
  whenTooFew?: 'explain' | 'hide';
  /** The latest change; its progress, failure and outcome show here when it is a preference change. */
  lastChange?: MfaChange;
}

const OWN_INTENTS = ['prefer', 'clear-preference'] as const;

/**
 * The preferred-factor radio group without data fetching: a native radio fieldset, announced
 * as a radio group named by its legend. Arrow keys move between options.
 */
export function PreferredMfaPickerView(props: PreferredMfaPickerViewProps) {
  const { options, value, onValueChange, allowNoPreference = true, minOptions = 2, whenTooFew = 'explain' } = props;
  const { lastChange, status, error, className } = props;
  const m = useCoreMessages(props.messages);
  const id = useId();
  // Until the factors have loaded there are none, which is not "too few".
  const tooFew = (status ?? 'success') === 'success' && options.length < minOptions;
  if (tooFew && whenTooFew === 'hide') return null;

  const own = lastChange && (OWN_INTENTS as readonly string[]).includes(lastChange.intent.type) ? lastChange : undefined;
  const pending = own?.status === 'pending';
  const failure = own?.status === 'error' ? own.error : null;
  const choices: Array<MfaFactor | null> = allowNoPreference ? [...options, null] : [...options];

  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}l`}
      aria-describedby={`${id}h`}
      data-rcs="picker"
      className={className}
      aria-busy={status === 'pending' || undefined}
      data-pending={pending || undefined}
      data-invalid={failure ? true : undefined}
    >
      <legend id={`${id}l`} data-rcs="legend">{m.pickerLabel}</legend>
      <p id={`${id}h`} data-rcs="picker-help">
        {tooFew ? m.pickerEmpty : m.pickerHelp}
      </p>
      <LoadState status={status} error={error} m={m}>
        {!tooFew &&
          choices.map((choice) => {
            const checked = choice === value;
            return (
              <label key={choice ?? ''} data-rcs="option" data-state={checked ? 'on' : 'off'}>
                <input type="radio" name={id} checked={checked} onChange={() => onValueChange(choice)} />
                {choice ? factorName(m, choice) : m.noPreference}
              </label>
            );
          })}
        {pending && <p data-rcs="picker-pending">{m.saving}</p>}
        {failure && <p data-rcs="picker-error">{m.preferFailed(errorReason(m, failure))}</p>}
      </LoadState>
      <LiveRegions m={m} change={lastChange} kinds={OWN_INTENTS} />
    </fieldset>
  );
}
