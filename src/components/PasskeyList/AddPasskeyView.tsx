import type { UseAddPasskeyResult } from '../../queries/passkeys/add.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import type { SecurityMessages } from '../messages/en.js';
import { useFocusOnChange } from '../shared/useFocusOnChange.js';
import { addEn } from './messages/en-add.js';
import { listEn } from './messages/en-list.js';
import type { PasskeyListMessages } from './messages/en.js';
import { passkeyErrorText } from './text.js';

const DEFAULTS = { ...listEn, ...addEn };

/** Props of {@link AddPasskeyView}. */
export interface AddPasskeyViewProps {
  /** The flow's state and actions, from `useAddPasskey()`. */
  add: UseAddPasskeyResult;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<PasskeyListMessages & SecurityMessages>;
  className?: string;
}

/**
 * The add-passkey flow's markup for a given state: what is happening while the browser's prompt
 * is open, and why it failed, with "Try again" (which takes focus) and "Cancel".
 * Style it through `data-rcs="passkey-add"`, `data-state` (the step) and `data-pending`.
 */
export function AddPasskeyView({ add, messages, className }: AddPasskeyViewProps) {
  const m = useComponentMessages(DEFAULTS, messages);
  const core = useCoreMessages(messages);
  const focusRef = useFocusOnChange(add.step);
  const status = {
    idle: '',
    starting: m['passkeys.starting'],
    'waiting-for-authenticator': m['passkeys.waiting'],
    completing: m['passkeys.completing'],
    done: m['passkeys.added'],
    error: '',
  }[add.step];
  return (
    <div
      role="group"
      aria-label={m['passkeys.add']}
      className={className}
      data-rcs="passkey-add"
      data-state={add.step}
      data-pending={add.isPending || undefined}
    >
      <p role="status" data-rcs="passkey-add-status">
        {status}
      </p>
      {add.step === 'error' && (
        <p role="alert" data-rcs="error">
          {m['passkeys.addFailed'](passkeyErrorText(m, core, add.error))}
        </p>
      )}
      {add.step === 'error' && (
        <button ref={focusRef} type="button" data-rcs="passkey-try-again" onClick={add.start}>
          {m['passkeys.tryAgain']}
        </button>
      )}
      {add.step !== 'completing' && add.step !== 'idle' && (
        <button type="button" data-rcs="passkey-cancel" onClick={add.cancel}>
          {m[add.step === 'done' ? 'passkeys.close' : 'passkeys.cancel']}
        </button>
      )}
    </div>
  );
}
