import { useCallback, useId, useRef, useState } from 'react';
import type { CognitoError } from '../../cognito/errors.js';
import type { Passkey } from '../../cognito/passkeys.js';
import type { CoreMessages } from '../messages/en.js';
import type { PasskeyListCoreMessages } from './messages/en.js';
import { createdText, passkeyErrorText, whereText } from './text.js';

interface PasskeyItemProps {
  passkey: Passkey;
  m: PasskeyListCoreMessages;
  core: CoreMessages;
  locale: string;
  /** What removing this passkey costs, said in the confirmation. */
  warning: 'last-passwordless' | 'last-way' | null;
  /** The last removal of this passkey failed, and why. */
  error: CognitoError | null;
  onRemove: () => void;
}

const focusOnMount = (element: HTMLElement | null) => element?.focus();

/**
 * One passkey: its service-given name, when it was added and where it lives, and "Remove",
 * which first asks for confirmation in place (naming the passkey, and warning when it is the last).
 */
export function PasskeyItem({ passkey, m, core, locale, warning, error, onRemove }: PasskeyItemProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const keep = useCallback(() => {
    setConfirming(false);
    removeButton.current?.focus();
  }, []);
  const details = [createdText(m, passkey.createdAt, locale), ...whereText(m, passkey, locale)].join(' · ');

  return (
    <li data-rcs="passkey" data-state={confirming ? 'confirming' : undefined} data-invalid={error ? true : undefined}>
      <span data-rcs="passkey-text">
        <span id={`${id}n`} data-rcs="passkey-name">
          {passkey.name}
        </span>
        <span id={`${id}d`} data-rcs="passkey-details">
          {details}
        </span>
      </span>
      <button
        ref={removeButton}
        type="button"
        data-rcs="passkey-remove"
        aria-labelledby={`${id}r ${id}n`}
        aria-describedby={error ? `${id}d ${id}e` : `${id}d`}
        aria-expanded={confirming}
        onClick={() => setConfirming(true)}
      >
        <span id={`${id}r`}>{m['passkeys.remove']}</span>
      </button>
      {confirming && (
        <div role="group" aria-labelledby={`${id}q`} data-rcs="passkey-confirm">
          <p id={`${id}q`} tabIndex={-1} ref={focusOnMount} data-rcs="passkey-question">
            {m['passkeys.confirmRemove'](passkey.name)}
          </p>
          <p data-rcs="passkey-hint">{m['passkeys.confirmRemoveHint']}</p>
          {warning && (
            <p data-rcs="warning">{m[warning === 'last-way' ? 'passkeys.lastWay' : 'passkeys.lastPasswordless']}</p>
          )}
          <button
            type="button"
            data-rcs="passkey-confirm-remove"
            onClick={() => {
              setConfirming(false);
              onRemove();
            }}
          >
            {m['passkeys.confirm']}
          </button>
          <button type="button" data-rcs="passkey-keep" onClick={keep}>
            {m['passkeys.keep']}
          </button>
        </div>
      )}
      {error && (
        <p id={`${id}e`} data-rcs="error">
          {m['passkeys.removeFailed'](passkey.name, passkeyErrorText(m, core, error))}
        </p>
      )}
    </li>
  );
}
