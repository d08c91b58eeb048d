import type { AuthFactorType, MfaSettingValue } from '../../cognito/wire.js';
import { useCoreMessages } from '../messages/context.js';
import { factorName, signInName } from '../messages/text.js';
import { LoadState } from '../shared/LoadState.js';
import type { SettingsViewProps } from '../shared/types.js';

/** Props of {@link FactorBadgesView}. */
export interface FactorBadgesViewProps extends SettingsViewProps {
  /** Enabled MFA factors; values the kit does not know are shown generically. */
  enabled: readonly MfaSettingValue[];
  preferred: MfaSettingValue | null;
  /** The pool requires MFA (`MfaConfiguration` ON). */
  required?: boolean;
  /** Configured sign-in methods (GetUserAuthFactors); `undefined` hides the section. */
  signInMethods?: readonly AuthFactorType[];
}

/** A compact summary of MFA status, enabled factors and ways to sign in, without data fetching. */
export function FactorBadgesView(props: FactorBadgesViewProps) {
  const { enabled, preferred, required = false, signInMethods, status, error, className } = props;
  const m = useCoreMessages(props.messages);
  const mfaState = required ? 'required' : enabled.length ? 'on' : 'off';
  // SOFTWARE_TOKEN is a second factor only: it is listed under verification methods (docs/behaviour.md#ways-to-sign-in).
  const ways = signInMethods?.filter((method) => method !== 'SOFTWARE_TOKEN') ?? [];

  return (
    <div data-rcs="badges" className={className} aria-busy={status === 'pending' || undefined}>
      <LoadState status={status} error={error} m={m}>
        <dl data-rcs="summary">
          <div>
            <dt>{m.mfaStatus}</dt>
            <dd>
              <span data-rcs="badge" data-state={mfaState}>
                {required ? m.mfaRequired : enabled.length ? m.mfaOn : m.mfaOff}
              </span>
            </dd>
          </div>
          {enabled.length > 0 && (
            <div>
              <dt>{m.mfaMethods}</dt>
              <dd>
                <ul data-rcs="badges-list">
                  {enabled.map((factor) => (
                    <li key={factor} data-rcs="badge" data-state={factor === preferred ? 'preferred' : 'on'}>
                      {factorName(m, factor)}
                      {factor === preferred && <span data-rcs="preferred-marker"> ({m.preferred})</span>}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {ways.length > 0 && (
            <div>
              <dt>{m.signInMethods}</dt>
              <dd>
                <ul data-rcs="badges-list">
                  {ways.map((method) => (
                    <li key={method} data-rcs="badge">
                      {signInName(m, method)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </LoadState>
    </div>
  );
}
