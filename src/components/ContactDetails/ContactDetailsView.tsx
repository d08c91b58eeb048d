import { useId, type ReactNode, type Ref } from 'react';
import type { ContactAttribute } from '../../cognito/contacts.js';
import type { ContactRow } from '../../queries/contacts/hooks.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import { LoadState } from '../shared/LoadState.js';
import type { SettingsViewProps } from '../shared/types.js';
import { visuallyHidden } from '../shared/visuallyHidden.js';
import type { HeadingLevel } from '../TotpSetup/types.js';
import { ContactRowItem } from './ContactRowItem.js';
import { contactRowsEn } from './messages/en-rows.js';
import type { ContactDetailsMessages } from './messages/en.js';
import type { ContactAction } from './types.js';

/** Props of {@link ContactDetailsView}. */
export interface ContactDetailsViewProps extends Omit<SettingsViewProps, 'messages'> {
  /** The attributes to show, in order (`useContactDetails().rows` or your own). */
  rows: readonly ContactRow[];
  /** Called when the user picks an action of a row ("Remove" is not offered while an MFA factor needs the attribute). */
  onAction: (attribute: ContactAttribute, action: ContactAction) => void;
  /** The row whose flow is open: `children` replace its actions. */
  openAttribute?: ContactAttribute | null;
  /** The open flow. */
  children?: ReactNode;
  /** Said politely once, e.g. "Phone number verified."; give each new announcement a new `key`. */
  announcement?: { key: number; text: string } | null;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<ContactDetailsMessages>;
  /** The section element (a prop, not `ref`: React 18 does not pass `ref` to function components). */
  sectionRef?: Ref<HTMLElement>;
  /** The level of the section title; the flow's step titles are one below. Default 2. */
  headingLevel?: Exclude<HeadingLevel, 6>;
}

/**
 * The phone number and email address with their state (verified, not verified, change pending
 * verification) and actions, without data fetching: bring your own data and callbacks.
 * Style it through `data-rcs`, `data-state` (`none|verified|unverified|pending`) and `data-open`.
 */
export function ContactDetailsView(props: ContactDetailsViewProps) {
  const { rows, onAction, openAttribute, children, announcement, status, error, className, headingLevel = 2, sectionRef } = props;
  const m = useComponentMessages(contactRowsEn, props.messages);
  const core = useCoreMessages();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section ref={sectionRef} data-rcs="contact-details" className={className} aria-labelledby={id} aria-busy={status === 'pending' || undefined}>
      <Heading id={id} data-rcs="contact-title">
        {m['contacts.title']}
      </Heading>
      <LoadState status={status} error={error} m={core}>
        <ul data-rcs="contacts">
          {rows.map((row) => (
            <ContactRowItem
              key={row.attribute}
              row={row}
              m={m}
              onAction={(action) => onAction(row.attribute, action)}
              flow={openAttribute === row.attribute ? children : null}
            />
          ))}
        </ul>
      </LoadState>
      <div role="status" style={visuallyHidden} data-rcs="announce-polite">
        {announcement && <span key={announcement.key}>{announcement.text}</span>}
      </div>
    </section>
  );
}
