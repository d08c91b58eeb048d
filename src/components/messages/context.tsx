import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CoreMessages, SecurityMessages } from './en.js';
import { enCore } from './en-core.js';

// The context holds the settings components' English defaults plus every override; the setup
// flow's defaults are added where they are read (useSecurityMessages), so pages without the
// flow never load them.
const MessagesContext = createContext<CoreMessages & AnyMessages>(enCore);

/**
 * Messages for any of the kit's components: the MFA components' keys ({@link SecurityMessages})
 * and each other component's own catalogue (`contactDetailsDe`, say), in one object.
 */
export type AnyMessages = Partial<SecurityMessages> & { readonly [key: string]: unknown };

export interface SecurityMessagesProviderProps {
  /** Messages to use below; the ones left out come from the enclosing provider (English at the top). */
  messages: AnyMessages;
  children?: ReactNode;
}

/** Sets the messages of every component below, for translation or rewording. */
export function SecurityMessagesProvider({ messages, children }: SecurityMessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const value = useMemo(() => ({ ...parent, ...messages }), [parent, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/**
 * A component's messages in effect: its own English `defaults`, then what the providers above
 * set for its keys, then its `messages` prop. Each component keeps its catalogue in its folder,
 * so a page loads only the strings of the components it renders.
 */
export function useComponentMessages<M extends object, O extends object = M>(
  defaults: M,
  overrides?: Partial<O>,
): CoreMessages & M & O {
  // The providers' value always holds the MFA components' English defaults (shared reasons).
  const provided = useContext(MessagesContext);
  return useMemo(() => ({ ...defaults, ...provided, ...overrides }) as CoreMessages & M & O, [defaults, provided, overrides]);
}

/** The settings components' messages in effect: the provider's, with a component's own `messages` on top. */
export function useCoreMessages(overrides?: Partial<SecurityMessages>): CoreMessages & Partial<SecurityMessages> {
  const messages = useContext(MessagesContext);
  return overrides ? { ...messages, ...overrides } : messages;
}
