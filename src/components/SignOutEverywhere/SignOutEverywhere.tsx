import { useSignOutEverywhere } from '../../queries/devices/hooks.js';
import { SignOutEverywhereView, type SignOutEverywhereViewProps } from './SignOutEverywhereView.js';

/** Props of {@link SignOutEverywhere}. */
export type SignOutEverywhereProps = Omit<SignOutEverywhereViewProps, 'flow'>;

/**
 * Signs the user out on every device (GlobalSignOut) after a confirmation that says what that
 * does and does not do. Then the session ends: this user's cache is cleared and the provider's
 * `onSessionExpired` is called once (sign out locally there). Needs `<CognitoSecurityProvider>`.
 */
export function SignOutEverywhere(props: SignOutEverywhereProps) {
  const flow = useSignOutEverywhere();
  return <SignOutEverywhereView {...props} flow={flow} />;
}
