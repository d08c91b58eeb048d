/** Props of {@link Switch}. */
export interface SwitchProps {
  /** The id prefix of the row: the switch is labelled by `${id}l` and its pending note is `${id}p`. */
  id: string;
  checked: boolean;
  /** Ids of the hint, reason, error and pending note, space-separated. */
  describedBy: string;
  /** Stays focusable and says why (`aria-disabled`), but does nothing. */
  disabled: boolean;
  pending: boolean;
  onCheckedChange: (checked: boolean) => void;
  text: { on: string; off: string; saving: string };
}

/**
 * The MFA rows' on/off switch: a `role="switch"` button (Space and Enter toggle it), its state in
 * words, and "Saving…" beside it while a change is on its way.
 */
export function Switch({ id, checked, describedBy, disabled, pending, onCheckedChange, text }: SwitchProps) {
  return (
    <>
      <button
        type="button"
        role="switch"
        data-rcs="switch"
        aria-checked={checked}
        aria-labelledby={`${id}l`}
        aria-describedby={describedBy}
        aria-disabled={disabled ? true : undefined}
        onClick={() => disabled || onCheckedChange(!checked)}
      >
        <span data-rcs="switch-thumb" />
        <span data-rcs="switch-text">{checked ? text.on : text.off}</span>
      </button>
      {pending && (
        <span id={`${id}p`} data-rcs="factor-pending">
          {text.saving}
        </span>
      )}
    </>
  );
}
