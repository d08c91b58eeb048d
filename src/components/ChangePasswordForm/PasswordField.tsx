import { useId, useState, type Ref } from 'react';

interface PasswordFieldProps {
  label: string;
  /** `current-password` or `new-password`: how password managers tell the fields apart. */
  autoComplete: 'current-password' | 'new-password';
  name: string;
  inputRef: Ref<HTMLInputElement>;
  /** The show/hide button's visible text and its accessible name (which says which field). */
  showText: string;
  showLabel: string;
  /** What is wrong with this field, shown below it and read with it. */
  error: string | null;
  /** More ids that describe the input (the policy hints). */
  describedBy?: string;
  readOnly: boolean;
  /** Shows the password as text; changes back to hidden when the form clears. */
  visible: boolean;
  onVisibleChange: (visible: boolean) => void;
  onInput?: (value: string) => void;
}

/**
 * One password input with a show/hide toggle button (`aria-pressed`). Uncontrolled on purpose:
 * React writes a controlled input's value into its `value` attribute, and a password must not
 * sit in the DOM's markup.
 */
export function PasswordField({
  label,
  autoComplete,
  name,
  inputRef,
  showText,
  showLabel,
  error,
  describedBy: more,
  readOnly,
  visible,
  onVisibleChange,
  onInput,
}: PasswordFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, more].filter(Boolean).join(' ') || undefined;
  return (
    <div data-rcs="password-field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <span data-rcs="password-input">
        <input
          ref={inputRef}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          // Shown as text, a password must not go to a spell-checking service.
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-invalid={error ? true : undefined}
          onInput={(event) => onInput?.(event.currentTarget.value)}
        />
        <button
          type="button"
          aria-label={showLabel}
          aria-pressed={visible}
          aria-controls={id}
          data-rcs="password-toggle"
          onClick={() => onVisibleChange(!visible)}
        >
          {showText}
        </button>
      </span>
      {error && (
        <p id={`${id}-error`} data-rcs="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Which of the form's fields are shown as text; all hidden again with `hideAll`. */
export function useVisibility() {
  const [shown, setShown] = useState<Readonly<Record<string, boolean>>>({});
  return {
    visible: (field: string) => shown[field] === true,
    setVisible: (field: string) => (visible: boolean) => setShown((current) => ({ ...current, [field]: visible })),
    hideAll: () => setShown({}),
  };
}
