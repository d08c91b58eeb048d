import { usePasskeyMfa } from '../../queries/passkeys/mfa.js';
import { PasskeyMfaSwitchView, type PasskeyMfaSwitchViewProps } from './PasskeyMfaSwitchView.js';

/** Props of {@link PasskeyMfaSwitch}. */
export type PasskeyMfaSwitchProps = Omit<PasskeyMfaSwitchViewProps, 'mfa'>;

/**
 * Passkey MFA on or off (`WebAuthnMfaSettings`), for pools whose WebAuthn factor configuration
 * allows it: renders nothing unless the provider's `pool.passkeyMfa` is set. Eligible with a
 * passkey and another enabled MFA factor. Reads `usePasskeyMfa()`.
 */
export function PasskeyMfaSwitch(props: PasskeyMfaSwitchProps) {
  const mfa = usePasskeyMfa();
  return mfa.offered ? <PasskeyMfaSwitchView {...props} mfa={mfa} /> : null;
}
