import { useEffect, useRef } from 'react';
import { useAddPasskey } from '../../queries/passkeys/add.js';
import { AddPasskeyView, type AddPasskeyViewProps } from './AddPasskeyView.js';

/** Props of {@link AddPasskey}. */
export interface AddPasskeyProps extends Omit<AddPasskeyViewProps, 'add'> {
  /** Called once the passkey is stored. */
  onDone: () => void;
  /** Called when the user leaves: Cancel, or dismissing the browser's prompt (nothing was stored). */
  onClose: () => void;
}

/** Adds a passkey at once (the user already asked for it): loaded lazily by `PasskeyList`. */
export function AddPasskey({ onDone, onClose, ...view }: AddPasskeyProps) {
  const add = useAddPasskey();
  const callbacks = useRef({ onDone, onClose });
  useEffect(() => {
    callbacks.current = { onDone, onClose };
  });

  const { start, step, cancelled } = add;
  useEffect(() => start(), [start]);
  useEffect(() => {
    if (step === 'done') callbacks.current.onDone();
    else if (step === 'idle' && cancelled) callbacks.current.onClose();
  }, [step, cancelled]);

  const cancel = () => {
    add.cancel();
    onClose();
  };
  return <AddPasskeyView add={{ ...add, cancel }} {...view} />;
}
