import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Decorator, Loader, StoryContext } from '@storybook/react-vite';
import { createFetchTransport } from '../src/cognito/transport.js';
import { ar, de, en, SecurityMessagesProvider, type SecurityMessages } from '../src/components/index.js';
import { CognitoSecurityProvider } from '../src/queries/provider.js';
import {
  createCognitoSimulator,
  createSimulatorHandlers,
  type CognitoSimulator,
  type PoolConfig,
  type SimulatedUser,
  type UserSpec,
} from '../src/testing/index.js';
import { startWorker, worker } from './worker.js';

/** What a story asks of the simulated user pool (`parameters.cognito`). */
export interface CognitoStoryParameters {
  /** The pool; also told to the provider. */
  pool?: PoolConfig;
  /** The signed-in user, on top of {@link DEFAULT_USER}. */
  user?: Partial<UserSpec>;
  /** Runs once the user exists: set latency, queue failures, revoke tokens. */
  setup?: (sim: CognitoSimulator, user: SimulatedUser) => void;
}

/** What the loader hands to the decorator and to play functions (`context.loaded`). */
export interface CognitoLoaded {
  sim: CognitoSimulator;
  user: SimulatedUser;
  queryClient: QueryClient;
}

export const DEFAULT_USER: UserSpec = {
  username: 'ada',
  attributes: { email: 'ada@example.com', email_verified: 'true', phone_number: '+15555550123', phone_number_verified: 'true' },
};

const MESSAGES: Record<string, SecurityMessages> = { en, de, ar };
const transport = createFetchTransport({ region: 'us-east-1' });

/** Builds a fresh simulator, user and QueryClient for every story, and serves the simulator through MSW. */
export const cognitoLoader: Loader = async ({ parameters }): Promise<CognitoLoaded> => {
  const { pool, user: userSpec, setup } = (parameters.cognito ?? {}) as CognitoStoryParameters;
  await startWorker();
  const sim = createCognitoSimulator(pool);
  const user = sim.addUser({ ...DEFAULT_USER, ...userSpec });
  worker.resetHandlers(...createSimulatorHandlers(sim));
  setup?.(sim, user);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { sim, user, queryClient };
};

/** The story's simulator, user and QueryClient, for play functions. */
export function cognitoOf(context: Pick<StoryContext, 'loaded'>): CognitoLoaded {
  return context.loaded as CognitoLoaded;
}

/**
 * Wraps a story as an app would: QueryClientProvider, CognitoSecurityProvider for the simulated
 * user, and the messages, direction and theme picked in the toolbar.
 */
export const withCognito: Decorator = (Story, context) => {
  const { sim, user, queryClient } = cognitoOf(context);
  const locale = String(context.globals.locale ?? 'en');
  const theme = String(context.globals.theme ?? 'light');
  return (
    <div
      lang={locale}
      dir={locale === 'ar' ? 'rtl' : 'ltr'}
      data-rcs-theme={theme}
      style={{ colorScheme: theme, background: 'Canvas', color: 'CanvasText', padding: '1rem', fontFamily: 'system-ui, sans-serif' }}
    >
      <QueryClientProvider client={queryClient}>
        <CognitoSecurityProvider
          userId={user.sub}
          transport={transport}
          getAccessToken={() => user.accessToken}
          pool={sim.pool}
        >
          <SecurityMessagesProvider messages={MESSAGES[locale] ?? en}>
            <Story />
          </SecurityMessagesProvider>
        </CognitoSecurityProvider>
      </QueryClientProvider>
    </div>
  );
};
