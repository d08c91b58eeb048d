import { QueryClientContext, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useInsertionEffect, useMemo, useRef, type ReactNode } from 'react';
import { createCognitoClient, type CognitoClient, type TokenSource } from '../cognito/client.js';
import { CONTACT_ATTRIBUTES, type ContactAttribute } from '../cognito/contactModel.js';
import type { CognitoError } from '../cognito/errors.js';
import { DEFAULT_POOL_CONFIG, type PoolMfaConfig } from '../cognito/mfa.js';
import type { CognitoTransport } from '../cognito/transport.js';
import { expireUserCache } from './session.js';

/** What the app tells the kit about its user pool: settings a user's token cannot read (docs/behaviour.md#pool-settings). */
export interface PoolSettings extends PoolMfaConfig {
  /**
   * The pool's `UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate`: for these
   * attributes Cognito keeps the original value until the new one is verified, so the kit shows a
   * change as pending verification; for the others the new value is in place at once, unverified.
   * Default both (AWS's recommended setting).
   */
  attributesRequireVerificationBeforeUpdate: readonly ContactAttribute[];
}

export interface CognitoSecurityProviderProps extends TokenSource {
  /** The signed-in user's `sub` (Amplify `user.userId`, OIDC `profile.sub`). Scopes the cache. */
  userId: string;
  /** How requests reach Cognito: `createFetchTransport(…)` or `createSdkTransport(…)`. */
  transport: CognitoTransport;
  /**
   * What the pool allows; a user's token cannot read it (docs/behaviour.md#pool-settings). Default:
   * OPTIONAL, all factors, both contact attributes kept until a new value is verified.
   */
  pool?: Partial<PoolSettings>;
  /** Your product's name: the issuer authenticator apps show for this account. */
  appName?: string;
  children?: ReactNode;
}

export interface CognitoSecurityContextValue {
  client: CognitoClient;
  userId: string;
  pool: PoolSettings;
  queryClient: QueryClient;
  appName: string | undefined;
  /**
   * Ends the session on purpose (the account was deleted, the user signed out everywhere), as a
   * revoked token would: clears this user's cache, drops answers to requests already sent, and
   * calls `onSessionExpired` with `reason` — or `notify` instead, when given — once.
   */
  endSession: (reason: CognitoError, notify?: (reason: CognitoError) => void) => void;
}

const CognitoSecurityContext = createContext<CognitoSecurityContextValue | null>(null);

/**
 * Connects the kit to Cognito for one signed-in user. Place it inside your own
 * `QueryClientProvider`: the kit uses your QueryClient and never creates one.
 */
export function CognitoSecurityProvider({ userId, transport, pool, appName, children, ...tokens }: CognitoSecurityProviderProps) {
  const queryClient = useContext(QueryClientContext);
  if (!queryClient) {
    throw new Error(
      '<CognitoSecurityProvider> must be used within a <QueryClientProvider>: react-cognito-security uses your QueryClient and never creates its own.',
    );
  }
  // Token callbacks are usually inline functions; read the latest through a ref so the
  // client (and every query built on it) stays stable across renders.
  const tokensRef = useRef(tokens);
  useInsertionEffect(() => {
    tokensRef.current = tokens;
  });
  // Who hears about a session that `endSession` ends, when not the app's `onSessionExpired`.
  const notifyRef = useRef<((reason: CognitoError) => void) | undefined>(undefined);

  const client = useMemo(
    () =>
      // The ref is read when a request is made, never during render.
      // eslint-disable-next-line react-hooks/refs
      createCognitoClient({
        transport,
        userId,
        getAccessToken: () => tokensRef.current.getAccessToken(),
        refreshAccessToken: () => tokensRef.current.refreshAccessToken?.(),
        onSessionExpired: (error: CognitoError) => {
          // The session is gone: this user's data must not outlive it.
          expireUserCache(queryClient, userId, error);
          (notifyRef.current ?? tokensRef.current.onSessionExpired)?.(error);
        },
      }),
    [transport, userId, queryClient],
  );

  const endSession = useCallback<CognitoSecurityContextValue['endSession']>(
    (reason, notify) => {
      // The client calls back synchronously, at most once per session.
      notifyRef.current = notify;
      try {
        client.endSession(reason);
      } finally {
        notifyRef.current = undefined;
      }
    },
    [client],
  );

  const mfa = pool?.mfa ?? DEFAULT_POOL_CONFIG.mfa;
  const factors = pool?.factors ?? DEFAULT_POOL_CONFIG.factors;
  const keepOriginal = pool?.attributesRequireVerificationBeforeUpdate ?? CONTACT_ATTRIBUTES;
  const passkeyMfa = pool?.passkeyMfa ?? false;
  const value = useMemo(
    () => ({
      client,
      userId,
      queryClient,
      appName,
      pool: { mfa, factors, passkeyMfa, attributesRequireVerificationBeforeUpdate: keepOriginal },
      endSession,
    }),
    [client, userId, queryClient, appName, mfa, factors, passkeyMfa, keepOriginal, endSession],
  );
  return <CognitoSecurityContext.Provider value={value}>{children}</CognitoSecurityContext.Provider>;
}

/** The provider's client, user and pool settings. Throws outside `<CognitoSecurityProvider>`. */
export function useCognitoSecurity(caller = 'useCognitoSecurity'): CognitoSecurityContextValue {
  const value = useContext(CognitoSecurityContext);
  if (!value) throw new Error(`${caller} must be used within <CognitoSecurityProvider>.`);
  return value;
}
