import { useId, type ReactNode } from 'react';
import type { ContactRow } from '../../queries/contacts/hooks.js';
import { isolateLtr } from '../shared/mask.js';
import type { ContactRowsMessages } from './messages/en.js';
import type { ContactAction } from './types.js';

interface ContactRowItemProps {
  row: ContactRow;
  m: ContactRowsMessages;
  onAction: (action: ContactAction) => void;
  /** The open flow for this row, shown in place of its actions. */
  flow: ReactNode;
}

/** What the user can do with an attribute in each state. */
function actionsFor(row: ContactRow): ContactAction[] {
  switch (row.state) {
    case 'none':
      return ['add'];
    case 'verified':
      return ['change', 'remove'];
    case 'unverified':
      return ['verify', 'change', 'remove'];
    case 'pending':
      return row.current ? ['verify', 'resend', 'change', 'remove'] : ['verify', 'resend', 'change'];
  }
}

/**
 * One attribute: its value and whether it is verified, a change waiting for its code, and the
 * actions. "Remove" while an MFA factor sends codes here stays focusable but does nothing, and
 * says why before the click (aria-describedby).
 */
export function ContactRowItem({ row, m, onAction, flow }: ContactRowItemProps) {
  const id = useId();
  const { attribute, current, pending, state, removeBlockedBy } = row;
  const label = (action: ContactAction) =>
    action === 'resend' ? m['contacts.resend'] : m[`contacts.${action}.${attribute}`];
  return (
    <li data-rcs="contact" data-attribute={attribute} data-state={state} data-open={flow ? true : undefined}>
      <span data-rcs="contact-text">
        <span id={`${id}l`} data-rcs="contact-label">
          {m[`contacts.label.${attribute}`]}
        </span>
        {current ? (
          <span data-rcs="contact-value">
            <bdi dir="ltr">{current.value}</bdi>{' '}
            <span data-rcs="contact-state" data-verified={current.verified || undefined}>
              {current.verified ? m['contacts.state.verified'] : m['contacts.state.unverified']}
            </span>
          </span>
        ) : (
          <span data-rcs="contact-value">{m[`contacts.none.${attribute}`]}</span>
        )}
      </span>
      {pending && (
        <p data-rcs="contact-pending">
          <span data-rcs="contact-state">{m['contacts.state.pending']}</span>{' '}
          {m['contacts.pendingValue'](isolateLtr(pending.value))}
          {current && ` ${m['contacts.keptUntilVerified']}`}
        </p>
      )}
      {flow ?? (
        <>
          <div data-rcs="contact-actions">
            {actionsFor(row).map((action) => {
              const blocked = action === 'remove' && removeBlockedBy !== null;
              return (
                <button
                  key={action}
                  type="button"
                  data-action={action}
                  aria-disabled={blocked || undefined}
                  aria-describedby={blocked ? `${id}r` : undefined}
                  onClick={() => blocked || onAction(action)}
                >
                  {label(action)}
                </button>
              );
            })}
          </div>
          {removeBlockedBy && (
            <p id={`${id}r`} data-rcs="contact-reason">
              {m[`contacts.removeBlocked.${removeBlockedBy}`]}
            </p>
          )}
        </>
      )}
    </li>
  );
}
