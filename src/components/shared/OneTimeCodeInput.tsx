import { useEffect, useRef, type ComponentPropsWithoutRef } from 'react';

/** Pasted codes often come as `123 456` or `123-456`: keep the digits, at most six. */
const digitsOf = (text: string) => text.replace(/\D/g, '').slice(0, 6);

/** Props of {@link OneTimeCodeInput}. */
export interface OneTimeCodeInputProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'value' | 'onChange' | 'type' | 'inputMode' | 'autoComplete'> {
  /** The input element (a prop, not `ref`: React 18 does not pass `ref` to function components). */
  inputRef?: (element: HTMLInputElement | null) => void;
  value: string;
  /** Called with the digits only, at most six. */
  onValueChange: (code: string) => void;
  /** The last attempt failed; each new failure puts the user back in the field with the code selected. */
  failure: object | null;
  /** The code itself was wrong (not, say, the connection): marks the field invalid. */
  invalid: boolean;
}

/**
 * The 6-digit one-time-code field every flow uses: one input, numeric keyboard,
 * `autocomplete="one-time-code"` (SMS autofill), paste-friendly.
 */
export function OneTimeCodeInput({ value, onValueChange, failure, invalid, inputRef, ...props }: OneTimeCodeInputProps) {
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (!failure) return;
    input.current?.focus();
    input.current?.select();
  }, [failure]);
  return (
    <input
      ref={(element) => {
        input.current = element;
        inputRef?.(element);
      }}
      name="code"
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      {...props}
      value={value}
      aria-invalid={invalid || undefined}
      data-invalid={invalid || undefined}
      onChange={(event) => onValueChange(digitsOf(event.target.value))}
    />
  );
}
