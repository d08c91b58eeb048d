import { lazy, useId, type ComponentType, type LazyExoticComponent } from 'react';
import { SecurityMessagesProvider, useComponentMessages, useCoreMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';
import { accountSecurityEn, type AccountSecurityMessages } from './messages/en.js';
import type { AccountSecuritySection, AccountSecuritySectionProps, SectionHeadingLevel, SectionProps } from './types.js';

type SectionTable = {
  [K in AccountSecuritySection]: {
    /** The catalogue key of the section's title, which `titles` rewords. */
    titleKey: string;
    Section: LazyExoticComponent<ComponentType<SectionProps<K>>>;
  };
};

// Each section is its own chunk: a page that leaves a section out never loads its code, and the
// flows inside the sections stay lazy as they are on their own.
const SECTIONS: SectionTable = {
  contacts: { titleKey: 'contacts.title', Section: lazy(() => import('./sections/Contacts.js')) },
  mfa: { titleKey: 'accountSecurity.mfa', Section: lazy(() => import('./sections/Mfa.js')) },
  passkeys: { titleKey: 'passkeys.title', Section: lazy(() => import('./sections/Passkeys.js')) },
  devices: { titleKey: 'devices.title', Section: lazy(() => import('./sections/Devices.js')) },
  password: { titleKey: 'password.title', Section: lazy(() => import('./sections/Password.js')) },
  signOut: { titleKey: 'signOutEverywhere.title', Section: lazy(() => import('./sections/SignOut.js')) },
  deleteAccount: { titleKey: 'deleteAccount.title', Section: lazy(() => import('./sections/DeleteAccount.js')) },
};

/** Every section, in the order the page shows them by default. */
export const ACCOUNT_SECURITY_SECTIONS: readonly AccountSecuritySection[] = [
  'contacts',
  'mfa',
  'passkeys',
  'devices',
  'password',
  'signOut',
  'deleteAccount',
];

/** Props of {@link AccountSecurity}. */
export interface AccountSecurityProps {
  /** Which sections to show, in this order. Default {@link ACCOUNT_SECURITY_SECTIONS}. */
  sections?: readonly AccountSecuritySection[];
  /** Section titles instead of the catalogue's (for the page's title, use `messages`). */
  titles?: Partial<Record<AccountSecuritySection, string>>;
  /** Props for each section's components, e.g. `{ deleteAccount: { onAccountDeleted } }`. */
  sectionProps?: AccountSecuritySectionProps;
  /** The level of the page's title; the sections' titles are one below, their steps' two below. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<AccountSecurityMessages>;
  /** Added to the root element's class. */
  className?: string;
}

/**
 * The whole security page in one component: contact details, two-step verification, passkeys,
 * remembered devices, password, sign out everywhere and account deletion, each a titled part of one named region. Each section's code
 * loads when the section renders (so leaving one out costs nothing), and the flows inside
 * load on the user's action. Needs `<CognitoSecurityProvider>`.
 */
export function AccountSecurity({
  sections = ACCOUNT_SECURITY_SECTIONS,
  titles,
  sectionProps = {},
  headingLevel = 2,
  messages,
  className,
}: AccountSecurityProps) {
  const m = useComponentMessages(accountSecurityEn, messages);
  const core = useCoreMessages();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const level = (headingLevel + 1) as SectionHeadingLevel;
  return (
    <section data-rcs="account-security" aria-labelledby={id} className={className}>
      <Heading id={id} data-rcs="account-security-title">
        {m['accountSecurity.title']}
      </Heading>
      {[...new Set(sections)].map((name) => {
        // One name at a time: its component takes its own props.
        const { titleKey, Section } = SECTIONS[name] as { titleKey: string; Section: ComponentType<SectionProps<AccountSecuritySection>> };
        const title = titles?.[name];
        const section = <Section headingLevel={level} props={sectionProps[name]} />;
        return (
          <div key={name} data-rcs="account-security-section" data-section={name}>
            <LazyBoundary m={core} quiet>
              {title === undefined ? section : <SecurityMessagesProvider messages={{ [titleKey]: title }}>{section}</SecurityMessagesProvider>}
            </LazyBoundary>
          </div>
        );
      })}
    </section>
  );
}
