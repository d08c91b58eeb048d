import { useMfaSettings } from '../../queries/hooks.js';
import { FactorBadgesView, type FactorBadgesViewProps } from './FactorBadgesView.js';

/** Props of {@link FactorBadges}. */
export type FactorBadgesProps = Pick<FactorBadgesViewProps, 'messages' | 'className'>;

/**
 * Summary badges: MFA off / on / required, each enabled factor with its "Preferred" marker,
 * and the ways to sign in. The sign-in section hides when the pool cannot report them.
 * Reads `useMfaSettings()`.
 */
export function FactorBadges(props: FactorBadgesProps) {
  const settings = useMfaSettings();
  return (
    <FactorBadgesView
      {...props}
      status={settings.status}
      error={settings.error}
      enabled={settings.enabled}
      preferred={settings.preferred}
      required={settings.pool.mfa === 'ON'}
      signInMethods={settings.authFactors?.configured}
    />
  );
}
