import type { QueryClient } from '@tanstack/react-query';
import type { Decorator, Loader, StoryContext } from '@storybook/react-vite';
import type { ComponentType, ReactNode } from 'react';
import { contactDetailsAr, contactDetailsDe } from '../src/components/ContactDetails/index.js';
import { ar, de, en, SecurityMessagesProvider, type AnyMessages } from '../src/components/index.js';
import type { CognitoSimulator, PoolConfig, SimulatedUser, UserSpec } from '../src/testing/index.js';
import { setHandlerInstaller } from '../test/handlers.js';
import { createCognitoFixture } from '../test/harness.js';
import { startWorker, worker } from './worker.js';

/** What a story asks of the simulated user pool (`parameters.cognito`). */
export interface CognitoStoryParameters {
  /** The pool; also told to the provider. */
  pool?: PoolConfig;
  /** The signed-in user, on top of the test harness's default user "ada". */
  user?: Partial<UserSpec>;
  /** Runs once the user exists, before the story renders: set latency, queue failures, revoke tokens. */
  setup?: (sim: CognitoSimulator, user: SimulatedUser) => void;
}

/** What the loader hands to the decorator and to play functions (`context.loaded`). */
export interface CognitoLoaded {
  sim: CognitoSimulator;
  user: SimulatedUser;
  queryClient: QueryClient;
  /** QueryClientProvider and CognitoSecurityProvider for the simulated user. */
  wrapper: ComponentType<{ children?: ReactNode }>;
}

// Every component's catalogue for the locale picked in the toolbar.
const MESSAGES: Record<string, AnyMessages> = { en, de: { ...de, ...contactDetailsDe }, ar: { ...ar, ...contactDetailsAr } };

setHandlerInstaller((handlers) => worker.resetHandlers(...handlers));

/** Builds a fresh simulator, user and QueryClient for every story, served through the MSW worker. */
export const cognitoLoader: Loader = async ({ parameters }): Promise<CognitoLoaded> => {
  const { pool, user, setup } = (parameters.cognito ?? {}) as CognitoStoryParameters;
  await startWorker();
  const fixture = createCognitoFixture({ pool, user });
  setup?.(fixture.sim, fixture.user);
  return fixture;
};

/** The story's simulator, user and QueryClient, for play functions. */
export function cognitoOf(context: Pick<StoryContext, 'loaded'>): CognitoLoaded {
  return context.loaded as CognitoLoaded;
}

/** Wraps a story as an app would, with the messages, direction and theme picked in the toolbar. */
export const withCognito: Decorator = (Story, context) => {
  const { wrapper: Providers } = cognitoOf(context);
  const locale = String(context.globals.locale ?? 'en');
  const theme = String(context.globals.theme ?? 'light');
  return (
    <div
      lang={locale}
      dir={locale === 'ar' ? 'rtl' : 'ltr'}
      data-rcs-theme={theme}
      style={{ colorScheme: theme, background: 'Canvas', color: 'CanvasText', padding: '1rem', fontFamily: 'system-ui, sans-serif' }}
    >
      <Providers>
        <SecurityMessagesProvider messages={MESSAGES[locale] ?? en}>
          <Story />
        </SecurityMessagesProvider>
      </Providers>
    </div>
  );
};
