import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useCallback, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { CognitoSecurityProvider, cognitoKeys } from 'react-cognito-security';
import 'react-cognito-security/styles.css';
import { SecurityPage } from './SecurityPage.js';
import { SignIn } from './SignIn.js';
import { getAccessToken, getState, refreshAccessToken, signOut, subscribe, transport } from './session.js';
import './app.css';

const queryClient = new QueryClient();

function App() {
  const state = useSyncExternalStore(subscribe, getState);
  const sub = state.step === 'signed-in' ? state.session.sub : null;

  const leave = useCallback(
    (notice?: string) => {
      // Nothing of this user stays in the cache after sign-out.
      if (sub) queryClient.removeQueries({ queryKey: cognitoKeys.user(sub) });
      signOut(notice);
    },
    [sub],
  );

  if (state.step !== 'signed-in') return <SignIn key={state.step} state={state} />;
  return (
    <CognitoSecurityProvider
      userId={state.session.sub}
      transport={transport}
      getAccessToken={getAccessToken}
      refreshAccessToken={refreshAccessToken}
      onSessionExpired={(error) =>
        leave(error.code === 'SignedOutEverywhere' ? 'You signed out on every device.' : 'Your session has ended. Sign in again.')
      }
      appName="Example app"
    >
      <SecurityPage username={state.session.username} onSignOut={() => leave('You have signed out.')} />
    </CognitoSecurityProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
