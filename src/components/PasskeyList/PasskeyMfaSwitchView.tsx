import { useId } from 'react';
import type { PasskeyMfa } from '../../queries/passkeys/mfa.js';
import { useComponentMessages, useCoreMessages } from '../messages/context.js';
import type { SecurityMessages } from '../messages/en.js';
import { LoadState } from '../shared/LoadState.js';
import { Switch } from '../shared/Switch.js';
import { listEn } from './messages/en-list.js';
import { mfaEn } from './messages/en-mfa.js';
import type { PasskeyListMessages } from './messages/en.js';
import { NoticeRegions } from '../shared/NoticeRegions.js';
import { passkeyMfaNotice } from './notice.js';
import { passkeyErrorText } from './text.js';

const DEFAULTS = { ...listEn, ...mfaEn };

/** Props of {@link PasskeyMfaSwitchView}. */
export interface PasskeyMfaSwitchViewProps {
  /** The switch's state and `setEnabled`, from `usePasskeyMfa()`. */
  mfa: Omit<PasskeyMfa, 'offered'>;
  /** Messages to use instead of the provider's (partial). */
  messages?: Partial<PasskeyListMessages & SecurityMessages>;
  className?: string;
}

/**
 * The passkey-MFA switch without data fetching, laid out like the other MFA switches: no
 * "preferred", and the reason it cannot be turned on is said before the click (it stays
 * focusable, `aria-disabled`). Outcomes are announced.
 */
export function PasskeyMfaSwitchView({ mfa, messages, className }: PasskeyMfaSwitchViewProps) {
  const m = useComponentMessages(DEFAULTS, messages);
  const core = useCoreMessages(messages);
  const id = useId();
  const { enabled, pending, error } = mfa;
  const blocked = enabled ? null : mfa.enableBlockedBy;
  const described = [`${id}h`, blocked && `${id}r`, error && `${id}e`, pending && `${id}p`].filter(Boolean).join(' ');
  return (
    <div data-rcs="passkey-mfa" className={className} aria-busy={mfa.status === 'pending' || undefined}>
      <LoadState status={mfa.status} error={null} m={core}>
        <div
          data-rcs="factor"
          data-state={enabled ? 'on' : 'off'}
          data-pending={pending || undefined}
          data-disabled={blocked ? true : undefined}
          data-invalid={error ? true : undefined}
        >
          <span data-rcs="factor-text">
            <span id={`${id}l`} data-rcs="factor-label">
              {m['passkeys.mfa']}
            </span>
            <span id={`${id}h`} data-rcs="factor-hint">
              {m['passkeys.mfaHint']}
            </span>
          </span>
          <Switch
            id={id}
            checked={enabled}
            describedBy={described}
            disabled={Boolean(blocked) || pending}
            pending={pending}
            onCheckedChange={mfa.setEnabled}
            text={core}
          />
          {blocked && (
            <p id={`${id}r`} data-rcs="factor-reason">
              {m[blocked === 'no-passkey' ? 'passkeys.mfaNoPasskey' : 'passkeys.mfaNoOtherFactor']}
            </p>
          )}
          {error && (
            <p id={`${id}e`} data-rcs="factor-error">
              {core.saveFailed(passkeyErrorText(m, core, error))}
            </p>
          )}
        </div>
      </LoadState>
      <NoticeRegions notice={passkeyMfaNotice(m, core, mfa.lastChange)} />
    </div>
  );
}
