import { useState, type SubmitEvent } from 'react';
import { isCognitoError } from 'react-cognito-security';
import { answerChallenge, signIn, type AuthState } from './session.js';

const CHALLENGE_PROMPTS: Record<string, string> = {
  SOFTWARE_TOKEN_MFA: 'Enter the code from your authenticator app.',
  SMS_MFA: 'Enter the code we sent by text message',
  EMAIL_OTP: 'Enter the code we sent by email',
};

function messageOf(error: unknown): string {
  if (isCognitoError(error)) {
    if (error.category === 'wrong-password') return 'Incorrect username or password.';
    if (error.category === 'invalid-code') return 'That code is not right. Try again.';
    if (error.category === 'network' || error.category === 'unavailable') return 'Cannot reach the sign-in service. Try again.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Username and password, then the MFA code if the user has MFA on. Secrets are cleared from the form once sent. */
export function SignIn({ state }: { state: Exclude<AuthState, { step: 'signed-in' }> }) {
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setSecret('');
      setBusy(false);
    }
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const value = secret;
    void run(() => (state.step === 'challenge' ? answerChallenge(value) : signIn(username.trim(), value)));
  }

  if (state.step === 'challenge' && state.options) {
    return (
      <main className="signin">
        <h1>Choose how to verify</h1>
        {state.options.map((option) => (
          <button key={option} type="button" disabled={busy} onClick={() => void run(() => answerChallenge(option))}>
            {option}
          </button>
        ))}
        {error && <p role="alert">{error}</p>}
      </main>
    );
  }

  const challenge = state.step === 'challenge';
  return (
    <main className="signin">
      <h1>{challenge ? 'Two-step verification' : 'Sign in'}</h1>
      {!challenge && state.notice && <p role="status">{state.notice}</p>}
      <form onSubmit={submit} aria-busy={busy || undefined}>
        {challenge ? (
          <>
            <p>
              {CHALLENGE_PROMPTS[state.challenge] ?? `Answer the ${state.challenge} challenge.`}
              {state.destination && ` (${state.destination})`}
            </p>
            <label>
              Code
              <input
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                value={secret}
                onChange={(event) => setSecret(event.target.value)}
                required
              />
            </label>
          </>
        ) : (
          <>
            <label>
              Username
              <input name="username" autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} required />
            </label>
            <label>
              Password
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                value={secret}
                onChange={(event) => setSecret(event.target.value)}
                required
              />
            </label>
          </>
        )}
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={busy}>
          {challenge ? 'Verify' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
