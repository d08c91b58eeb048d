import { lazy, useEffect, useRef, useState, type ComponentType } from 'react';
import type { ContactAttribute } from '../../cognito/contacts.js';
import { useContactDetails } from '../../queries/contacts/hooks.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';
import type { ContactFlowProps } from './ContactFlow.js';
import { ContactDetailsView, type ContactDetailsViewProps } from './ContactDetailsView.js';
import { contactRowsEn } from './messages/en-rows.js';
import type { ContactAction, ContactFlowOutcome } from './types.js';

// The form, the code entry and their strings load on the first action, so a page that only
// shows the contact details does not pay for them.
const LazyContactFlow = lazy(() => import('./ContactFlow.js').then((module) => ({ default: module.ContactFlow })));

/** Props of {@link ContactDetails}. */
export interface ContactDetailsProps
  extends Omit<ContactDetailsViewProps, 'rows' | 'onAction' | 'openAttribute' | 'children' | 'announcement' | 'status' | 'error'> {
  /** Which attributes to show, in this order. Default both, phone number first. */
  show?: readonly ContactAttribute[];
  /** Called when a flow finishes: verified, saved (no code needed), or removed. */
  onComplete?: (result: { attribute: ContactAttribute; outcome: Exclude<ContactFlowOutcome, null | 'enabled'> }) => void;
  /** The flow component; default the lazily loaded one (tests pass one whose load fails). */
  flow?: ComponentType<ContactFlowProps>;
}

/**
 * The user's phone number and email address, with their verification state, and everything
 * Cognito lets a user do with them: add, change (a code goes to the new value; the pool may keep
 * the old one until it is verified), verify, resend the code, remove. Reads
 * `useContactDetails()`; the flow opens in the row, loading its code on the first click.
 */
export function ContactDetails({ show, onComplete, flow: Flow = LazyContactFlow, ...props }: ContactDetailsProps) {
  const details = useContactDetails();
  const m = useComponentMessages(contactRowsEn, props.messages);
  const core = useCoreMessages();
  const [open, setOpen] = useState<{ attribute: ContactAttribute; action: ContactAction } | null>(null);
  const [announcement, setAnnouncement] = useState<{ key: number; text: string } | null>(null);
  const [returnTo, setReturnTo] = useState<ContactAttribute | null>(null);
  const root = useRef<HTMLElement>(null);
  const rows = show ? show.flatMap((attribute) => details.rows.filter((row) => row.attribute === attribute)) : details.rows;

  // Back in the row once the flow closes: its first action (what the user would do next).
  useEffect(() => {
    if (!returnTo) return;
    const row = root.current?.querySelector(`[data-rcs="contact"][data-attribute="${returnTo}"]`);
    row?.querySelector<HTMLElement>('[data-action]')?.focus();
  }, [returnTo, announcement]);

  const close = (attribute: ContactAttribute, outcome: ContactFlowOutcome) => {
    setOpen(null);
    setReturnTo(attribute);
    if (outcome && outcome !== 'enabled') {
      setAnnouncement((last) => ({ key: (last?.key ?? 0) + 1, text: m[`contacts.${outcome}.${attribute}`] }));
      onComplete?.({ attribute, outcome });
    }
  };

  return (
    <ContactDetailsView
      {...props}
      sectionRef={root}
      rows={rows}
      status={details.status}
      error={details.error}
      announcement={announcement}
      openAttribute={open?.attribute}
      onAction={(attribute, action) => {
        setReturnTo(null);
        setOpen({ attribute, action });
      }}
    >
      {open && (
        <LazyBoundary m={core}>
          <Flow
            key={`${open.attribute}:${open.action}`}
            attribute={open.attribute}
            action={open.action}
            messages={props.messages}
            headingLevel={Math.min((props.headingLevel ?? 2) + 1, 6) as 3 | 4 | 5 | 6}
            enableFactor={undefined}
            onClose={(outcome) => close(open.attribute, outcome)}
          />
        </LazyBoundary>
      )}
    </ContactDetailsView>
  );
}
