import { lazy, useId, type ComponentType, type LazyExoticComponent } from 'react';
import { SecurityMessagesProvider, useComponentMessages, useCoreMessages, type AnyMessages } from '../messages/context.js';
import { LazyBoundary } from '../shared/LazyBoundary.js';
import { accountSecurityEn, type AccountSecurityMessages } from './messages/en.js';
import { ACCOUNT_SECURITY_SECTIONS } from './sections.js';
import type { AccountSecuritySection, AccountSecuritySectionProps, SectionHeadingLevel, SectionProps } from './types.js';

type SectionTable = {
  [K in AccountSecuritySection]: {
    /** The catalogue keys of the section's title (every form it takes), which `titles` rewords. */
    titleKeys: readonly string[];
    Section: LazyExoticComponent<ComponentType<SectionProps<K>>>;
  };
};

// Each section is its own chunk: a page that leaves a section out never loads its code, and the
// flows inside the sections stay lazy as they are on their own.
const SECTIONS: SectionTable = {
  contacts: { titleKeys: ['contacts.title'], Section: lazy(() => import('./sections/Contacts.js')) },
  mfa: { titleKeys: ['accountSecurity.mfa'], Section: lazy(() => import('./sections/Mfa.js')) },
  passkeys: { titleKeys: ['passkeys.title'], Section: lazy(() => import('./sections/Passkeys.js')) },
  devices: { titleKeys: ['devices.title'], Section: lazy(() => import('./sections/Devices.js')) },
  // A user without a password sees "Set a password" in its place.
  password: { titleKeys: ['password.title', 'password.setTitle'], Section: lazy(() => import('./sections/Password.js')) },
  signOut: { titleKeys: ['signOutEverywhere.title'], Section: lazy(() => import('./sections/SignOut.js')) },
  deleteAccount: { titleKeys: ['deleteAccount.title'], Section: lazy(() => import('./sections/DeleteAccount.js')) },
};

const NO_MESSAGES: AnyMessages = {};

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
  /**
   * Messages to use instead of the provider's (partial), for the page and every section in it:
   * its own keys ({@link AccountSecurityMessages}) and any section component's.
   */
  messages?: Partial<AccountSecurityMessages> & AnyMessages;
  /** Added to the root element's class. */
  className?: string;
}

/**
 * The whole security page in one component: contact details, two-step verification, passkeys,
 * devices, password, sign out everywhere and account deletion, each a titled part of one named region. Each section's code
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
  const m = useComponentMessages<AccountSecurityMessages>(accountSecurityEn, messages);
  const core = useCoreMessages(messages);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const level = (headingLevel + 1) as SectionHeadingLevel;
  const page = (
    <section data-rcs="account-security" aria-labelledby={id} className={className}>
      <Heading id={id} data-rcs="account-security-title">
        {m['accountSecurity.title']}
      </Heading>
      {[...new Set(sections)].map((name) => {
        // One name at a time: its component takes its own props.
        const { titleKeys, Section } = SECTIONS[name] as { titleKeys: readonly string[]; Section: ComponentType<SectionProps<AccountSecuritySection>> };
        const title = titles?.[name];
        const section = <Section headingLevel={level} props={sectionProps[name]} />;
        return (
          <div key={name} data-rcs="account-security-section" data-section={name}>
            <LazyBoundary m={core} quiet>
              {title === undefined ? (
                section
              ) : (
                <SecurityMessagesProvider messages={Object.fromEntries(titleKeys.map((key) => [key, title]))}>{section}</SecurityMessagesProvider>
              )}
            </LazyBoundary>
          </div>
        );
      })}
    </section>
  );
  // The page's messages reach the sections through the context, as a provider's would.
  return <SecurityMessagesProvider messages={messages ?? NO_MESSAGES}>{page}</SecurityMessagesProvider>;
}
