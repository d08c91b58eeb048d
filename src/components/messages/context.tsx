import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CoreMessages, SecurityMessages } from './en.js';
import { enCore } from './en-core.js';

// The context holds the settings components' English defaults plus every override; the setup
// flow's defaults are added where they are read (useSecurityMessages), so pages without the
// flow never load them.
const MessagesContext = createContext<CoreMessages & Partial<SecurityMessages>>(enCore);

export interface SecurityMessagesProviderProps {
  /** Messages to use below; the ones left out come from the enclosing provider (English at the top). */
  messages: Partial<SecurityMessages>;
  children?: ReactNode;
}

/** Sets the messages of every component below, for translation or rewording. */
export function SecurityMessagesProvider({ messages, children }: SecurityMessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const value = useMemo(() => ({ ...parent, ...messages }), [parent, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The settings components' messages in effect: the provider's, with a component's own `messages` on top. */
export function useCoreMessages(overrides?: Partial<SecurityMessages>): CoreMessages & Partial<SecurityMessages> {
  const messages = useContext(MessagesContext);
  return overrides ? { ...messages, ...overrides } : messages;
}
