import type { QueryClient } from '@tanstack/react-query';
import type { Decorator, Loader, StoryContext } from '@storybook/react-vite';
import type { ComponentType, ReactNode } from 'react';
import { SecurityMessagesProvider } from '../src/index.js';
import { ar, de, en } from '../src/mfa.js';
import { contactDetailsAr, contactDetailsDe } from '../src/contacts.js';
import type { AnyMessages } from '../src/index.js';
import { changePasswordFormAr, changePasswordFormDe, deleteAccountAr, deleteAccountDe } from '../src/account.js';
import { passkeyListAr, passkeyListDe } from '../src/passkeys.js';
import { accountSecurityAr, accountSecurityDe } from '../src/account-security.js';
import { deviceListAr, deviceListDe, signOutEverywhereAr, signOutEverywhereDe } from '../src/devices.js';
import { getResponse } from 'msw';
import {
  createSimulatorHandlers,
  type CognitoSimulator,
  type PoolConfig,
  type SimulatedUser,
  type UserSpec,
} from '../src/testing/index.js';
import { setHandlerInstaller } from '../test/handlers.js';
import { createCognitoFixture, type CognitoFixture } from '../test/harness.js';
import { storyLocale, type Locale } from './frame.js';
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
const MESSAGES: Record<Locale, AnyMessages> = {
  en,
  de: { ...de, ...contactDetailsDe, ...passkeyListDe, ...changePasswordFormDe, ...deleteAccountDe, ...deviceListDe, ...signOutEverywhereDe, ...accountSecurityDe },
  ar: { ...ar, ...contactDetailsAr, ...passkeyListAr, ...changePasswordFormAr, ...deleteAccountAr, ...deviceListAr, ...signOutEverywhereAr, ...accountSecurityAr },
};

setHandlerInstaller((handlers) => worker.resetHandlers(...handlers));

/** A fetch that `sim`'s MSW handlers answer in the page itself, without the service worker. */
function fetchFrom(sim: () => CognitoSimulator): typeof fetch {
  return async (input, init) => {
    const response = await getResponse(createSimulatorHandlers(sim()), new Request(input, init));
    // As the browser's fetch does when the request never gets an answer.
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}

/**
 * Builds a fresh simulator, user and QueryClient for every story, served through the MSW worker.
 * A docs page renders all of a component's stories at once while the page has one set of worker
 * handlers, so there each story's transport asks its own simulator directly.
 */
export const cognitoLoader: Loader = async ({ parameters, viewMode }): Promise<CognitoLoaded> => {
  const { pool, user, setup } = (parameters.cognito ?? {}) as CognitoStoryParameters;
  const docs = viewMode === 'docs';
  if (!docs) await startWorker();
  const fixture: CognitoFixture = createCognitoFixture({ pool, user, fetch: docs ? fetchFrom(() => fixture.sim) : undefined });
  setup?.(fixture.sim, fixture.user);
  return fixture;
};

/** The story's simulator, user and QueryClient, for play functions. */
export function cognitoOf(context: Pick<StoryContext, 'loaded'>): CognitoLoaded {
  return context.loaded as CognitoLoaded;
}

/** Wraps a story as an app would: the providers for the simulated user, and the messages of its locale. */
export const withCognito: Decorator = (Story, context) => {
  const { wrapper: Providers } = cognitoOf(context);
  return (
    <Providers>
      <SecurityMessagesProvider messages={MESSAGES[storyLocale(context)]}>
        <Story />
      </SecurityMessagesProvider>
    </Providers>
  );
};
