import { useId, type MouseEvent } from 'react';
import { isOutcomeUnknown } from '../../cognito/errors.js';
import type { MfaFactorView } from '../../queries/hooks.js';
import type { CoreMessages } from '../messages/en.js';
import { errorReason, factorName } from '../messages/text.js';
import { isolateLtr, maskDestination } from '../shared/mask.js';
import { Switch } from '../shared/Switch.js';

interface MfaFactorRowProps {
  factor: MfaFactorView;
  m: CoreMessages;
  onCheckedChange: (checked: boolean) => void;
  onSetUpAuthenticator: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
  setUpExpanded: boolean | undefined;
  /** Makes "Add a phone number first" (or an email address) an action. */
  onAddContact: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
  addContactExpanded: boolean | undefined;
}

/**
 * One factor: name, hint, masked destination and a switch. A switch that cannot change says
 * why before the click (aria-describedby) and stays focusable (aria-disabled) so the reason is heard.
 */
export function MfaFactorRow(props: MfaFactorRowProps) {
  const { factor: view, m, onCheckedChange, onSetUpAuthenticator, setUpExpanded, onAddContact, addContactExpanded } = props;
  const id = useId();
  const { factor, enabled, pending, error, destination } = view;
  const blocked = enabled ? view.disableBlockedBy : view.enableBlockedBy;
  const described = [`${id}h`, blocked && `${id}r`, error && `${id}e`, pending && `${id}p`].filter(Boolean).join(' ');

  return (
    <li
      data-rcs="factor"
      data-state={enabled ? 'on' : 'off'}
      data-pending={pending || undefined}
      data-disabled={blocked ? true : undefined}
      data-invalid={error ? true : undefined}
    >
      <span data-rcs="factor-text">
        <span id={`${id}l`} data-rcs="factor-label">
          {factorName(m, factor)}
        </span>
        <span id={`${id}h`} data-rcs="factor-hint">
          {m[`hint.${factor}`]}
          {destination && ` ${m.sentTo(isolateLtr(maskDestination(destination.value)))}`}
        </span>
      </span>
      <Switch
        id={id}
        checked={enabled}
        describedBy={described}
        disabled={Boolean(blocked)}
        pending={pending}
        onCheckedChange={onCheckedChange}
        text={m}
      />
      {blocked && (
        <p id={`${id}r`} data-rcs="factor-reason">
          {(blocked === 'no-phone' || blocked === 'no-email') && onAddContact ? (
            <button type="button" data-rcs="add-contact" aria-expanded={addContactExpanded} onClick={onAddContact}>
              {m[`blocked.${blocked}`]}
            </button>
          ) : (
            m[`blocked.${blocked}`]
          )}
          {blocked === 'totp-not-set-up' && onSetUpAuthenticator && (
            <>
              {' '}
              <button type="button" data-rcs="set-up" aria-expanded={setUpExpanded} onClick={onSetUpAuthenticator}>
                {m.setUp}
              </button>
            </>
          )}
        </p>
      )}
      {error && (
        <p id={`${id}e`} data-rcs="factor-error">
          {(isOutcomeUnknown(error) ? m.saveUnconfirmed : m.saveFailed)(errorReason(m, error))}
        </p>
      )}
    </li>
  );
}
