import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type SecurityMessages } from './en.js';

const MessagesContext = createContext<SecurityMessages>(en);

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

/** The messages in effect: the provider's, with a component's own `messages` prop on top. */
export function useSecurityMessages(overrides?: Partial<SecurityMessages>): SecurityMessages {
  const messages = useContext(MessagesContext);
  return overrides ? { ...messages, ...overrides } : messages;
}
