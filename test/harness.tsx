import { MutationCache, QueryClient, QueryClientProvider, type MutationCacheConfig } from '@tanstack/react-query';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createFetchTransport, type CognitoTransport } from '../src/cognito/transport.js';
import { CognitoSecurityProvider, type CognitoSecurityProviderProps } from '../src/queries/provider.js';
import {
  createCognitoSimulator,
  createSimulatorHandlers,
  type CognitoSimulator,
  type PoolConfig,
  type SimulatedUser,
  type UserSpec,
} from '../src/testing/index.js';
import { installHandlers } from './handlers.js';

export interface CognitoFixtureOptions {
  /** The simulated pool; also passed to the provider's `pool` prop. */
  pool?: PoolConfig;
  /** The signed-in user; default Ada with an email and a phone number, no MFA. */
  user?: Partial<UserSpec>;
  /** Extra provider props (token callbacks, …), or a function of the simulator and user that returns them. */
  provider?:
    | Partial<CognitoSecurityProviderProps>
    | ((fixture: { sim: CognitoSimulator; user: SimulatedUser }) => Partial<CognitoSecurityProviderProps>);
  /** The fetch the transport uses (default: the global one, which MSW intercepts). */
  fetch?: typeof fetch;
  /** Wraps the fetch transport, for fault injection at the transport boundary. */
  wrapTransport?: (transport: CognitoTransport) => CognitoTransport;
  /** Mutation-cache callbacks, for watching mutations settle. */
  mutationCache?: MutationCacheConfig;
}

export interface CognitoFixture {
  sim: CognitoSimulator;
  user: SimulatedUser;
  queryClient: QueryClient;
  transport: CognitoTransport;
  wrapper: (props: { children?: ReactNode }) => ReactElement;
}

export const ADA: UserSpec = {
  username: 'ada',
  attributes: {
    email: 'ada@example.com',
    email_verified: 'true',
    phone_number: '+15555550123',
    phone_number_verified: 'true',
  },
};

/** A simulator with one signed-in user, served over MSW, and the providers a test renders in. */
export function createCognitoFixture(options: CognitoFixtureOptions = {}): CognitoFixture {
  const sim = createCognitoSimulator(options.pool);
  const user = sim.addUser({ ...ADA, ...options.user });
  installHandlers(createSimulatorHandlers(sim));
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
    mutationCache: new MutationCache(options.mutationCache),
  });
  const base = createFetchTransport({ region: 'us-east-1', retry: { baseDelayMs: 1 }, fetch: options.fetch });
  const transport = options.wrapTransport ? options.wrapTransport(base) : base;
  const providerProps = typeof options.provider === 'function' ? options.provider({ sim, user }) : options.provider;
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <CognitoSecurityProvider
        userId={user.sub}
        transport={transport}
        getAccessToken={() => user.accessToken}
        pool={options.pool}
        {...providerProps}
      >
        {children}
      </CognitoSecurityProvider>
    </QueryClientProvider>
  );
  return { sim, user, queryClient, transport, wrapper };
}

/** Renders `ui` inside a fresh simulator, QueryClient and CognitoSecurityProvider. */
export function renderWithCognito(ui: ReactElement, options: CognitoFixtureOptions & Omit<RenderOptions, 'wrapper'> = {}) {
  const fixture = createCognitoFixture(options);
  return { ...fixture, ...render(ui, { ...options, wrapper: fixture.wrapper }) };
}

/** Renders a hook inside a fresh simulator, QueryClient and CognitoSecurityProvider. */
export function renderHookWithCognito<T>(hook: () => T, options: CognitoFixtureOptions = {}) {
  const fixture = createCognitoFixture(options);
  return { ...fixture, ...renderHook(hook, { wrapper: fixture.wrapper }) };
}
