import { useEffect } from 'react';
import { useTotpSetup, type UseTotpSetupOptions, type UseTotpSetupResult } from '../../queries/totp.js';
import { TotpSetupView, type TotpSetupViewProps } from './TotpSetupView.js';

/** Props of {@link TotpSetup}. */
export interface TotpSetupProps extends UseTotpSetupOptions, Omit<TotpSetupViewProps, 'setup'> {
  /**
   * Start at once (ask Cognito for a secret on mount) instead of showing a "Set up" button:
   * for when the user already chose to set up, e.g. from `MfaToggleList`. A user who has an
   * authenticator still sees the replacement warning first.
   */
  autoStart?: boolean;
  /** Called once the authenticator app is on, with the preference the user chose. */
  onComplete?: (result: { preferred: boolean }) => void;
  /** Called when the user cancels the flow. */
  onCancel?: () => void;
}

/**
 * Sets up an authenticator app from the account page: QR code and setup key, a code from the
 * app to verify it, then turning it on with an explicit preference. Needs
 * `<CognitoSecurityProvider>`; pass `issuer` (your product's name) to label the account in the app.
 */
export function TotpSetup({ issuer, accountName, autoStart = false, onComplete, onCancel, ...view }: TotpSetupProps) {
  const setup = useTotpSetup({ issuer, accountName });

  const { start } = setup;
  useEffect(() => {
    if (autoStart) start();
  }, [autoStart, start]);

  const completed = setup.step === 'done' ? setup.preferred : null;
  useEffect(() => {
    if (completed !== null) onComplete?.({ preferred: completed });
    // Once per completion: a new `onComplete` function on every render must not call it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [completed]);

  const withCancel: UseTotpSetupResult = {
    ...setup,
    cancel: () => {
      setup.cancel();
      onCancel?.();
    },
  };
  return <TotpSetupView setup={withCancel} {...view} />;
}
