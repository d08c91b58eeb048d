import type { ComponentPropsWithoutRef, Ref } from 'react';

interface PendingButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'disabled'> {
  pending: boolean;
  /** The button element (for focus). Not `ref`: React 18 passes no `ref` prop to a function component. */
  buttonRef?: Ref<HTMLButtonElement> | undefined;
}

/**
 * A button that stays focusable while its request runs (`aria-disabled`; clicks and form
 * submission are ignored), so keyboard focus is not lost as it would be on a disabled one.
 */
export function PendingButton({ pending, onClick, buttonRef, ...props }: PendingButtonProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      {...props}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
      onClick={(event) => (pending ? event.preventDefault() : onClick?.(event))}
    />
  );
}
