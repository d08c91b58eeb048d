import { MutationCache, QueryClient, QueryClientProvider, type MutationCacheConfig } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { MFA_FACTORS } from '../../src/cognito/mfa.js';
import type { MfaState } from '../../src/cognito/model.js';
import { createFetchTransport, type CognitoTransport } from '../../src/cognito/transport.js';
import type { MfaFactor, MfaSettingValue } from '../../src/cognito/wire.js';
import { en } from '../../src/components/index.js';
import { CognitoSecurityProvider, type CognitoSecurityProviderProps } from '../../src/queries/provider.js';
import {
  createCognitoSimulator,
  createSimulatorHandlers,
  type CognitoSimulator,
  type PoolConfig,
  type SimulatedUser,
  type UserSpec,
} from '../../src/testing/index.js';
import { installHandlers } from '../handlers.js';

export interface ReliabilityFixtureOptions {
  pool?: PoolConfig;
  user?: UserSpec;
  /** The fetch the transport uses (default: the global one, which msw intercepts). */
  fetch?: typeof fetch;
  /** Wraps the fetch transport (fault injection at the transport boundary). */
  wrapTransport?: (transport: CognitoTransport) => CognitoTransport;
  /** Called after each mutation's own callbacks ran (rollback done), before the next one starts. */
  mutationCache?: MutationCacheConfig;
  provider?: (fixture: { sim: CognitoSimulator; user: SimulatedUser }) => Partial<CognitoSecurityProviderProps>;
}

export interface ReliabilityFixture {
  sim: CognitoSimulator;
  user: SimulatedUser;
  queryClient: QueryClient;
  transport: CognitoTransport;
  wrapper: (props: { children?: ReactNode }) => ReactElement;
}

export const ADA: UserSpec = {
  username: 'ada',
  attributes: { email: 'ada@example.com', phone_number: '+15555550123' },
};

/**
 * A simulator served over msw/node, a fresh QueryClient and the provider, like test/harness.tsx,
 * but with hooks for fault injection and for watching mutations settle.
 */
export function createReliabilityFixture(options: ReliabilityFixtureOptions = {}): ReliabilityFixture {
  const sim = createCognitoSimulator(options.pool);
  const user = sim.addUser(options.user ?? ADA);
  installHandlers(createSimulatorHandlers(sim));
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
    mutationCache: new MutationCache(options.mutationCache),
  });
  const base = createFetchTransport({
    region: 'us-east-1',
    retry: { baseDelayMs: 1 },
    ...(options.fetch && { fetch: options.fetch }),
  });
  const transport = options.wrapTransport ? options.wrapTransport(base) : base;
  const providerProps = options.provider?.({ sim, user });
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

/** MFA state as a comparable value: enabled factors as a sorted list. */
export function normalise(state: MfaState | { enabledMfa: readonly MfaSettingValue[]; preferredMfa: MfaSettingValue | null }) {
  const enabled = 'enabled' in state ? state.enabled : state.enabledMfa;
  const preferred = 'preferred' in state ? state.preferred : state.preferredMfa;
  return { enabled: [...enabled].sort(), preferred };
}

/** The English display name of a factor, as the components label it. */
export const factorLabel = (factor: MfaFactor): string => en[`factor.${factor}`];

export const ALL_FACTORS: readonly MfaFactor[] = MFA_FACTORS;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
