import type { ComponentPropsWithRef } from 'react';

interface PendingButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'disabled'> {
  pending: boolean;
}

/**
 * A button that stays focusable while its request runs (`aria-disabled`; clicks and form
 * submission are ignored), so keyboard focus is not lost as it would be on a disabled one.
 */
export function PendingButton({ pending, onClick, ...props }: PendingButtonProps) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
      onClick={(event) => (pending ? event.preventDefault() : onClick?.(event))}
    />
  );
}
