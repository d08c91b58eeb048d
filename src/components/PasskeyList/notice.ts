import type { PasskeyRemoval } from '../../queries/passkeys/hooks.js';
import type { PasskeyMfaChange } from '../../queries/passkeys/mfa.js';
import type { CoreMessages } from '../messages/en.js';
import type { PasskeyListCoreMessages, PasskeyMfaMessages } from './messages/en.js';
import type { Notice as PasskeyNotice } from '../shared/NoticeRegions.js';
import { passkeyErrorText } from './text.js';

const finished = (status: string) => status === 'success' || status === 'error';

/** The announcement for the newest of the last addition (`addedAt`) and the last removal, or `null`. */
export function passkeyListNotice(
  m: PasskeyListCoreMessages,
  core: CoreMessages,
  addedAt: number | null,
  removal: PasskeyRemoval | undefined,
): PasskeyNotice | null {
  const added: PasskeyNotice | null = addedAt === null ? null : { text: m['passkeys.added'], tone: 'polite', key: addedAt };
  if (!removal || !finished(removal.status) || (added && added.key >= removal.submittedAt)) return added;
  const name = removal.name ?? m['passkeys.title'];
  // Already gone (removed elsewhere) is what the user asked for: said as a removal, not a failure.
  return removal.error && removal.error.code !== 'ResourceNotFoundException'
    ? { text: m['passkeys.removeFailed'](name, passkeyErrorText(m, core, removal.error)), tone: 'assertive', key: removal.submittedAt }
    : { text: m['passkeys.removed'](name), tone: 'polite', key: removal.submittedAt };
}

/** The announcement for the last passkey-MFA change once it finished, or `null`. */
export function passkeyMfaNotice(m: PasskeyListCoreMessages & PasskeyMfaMessages, core: CoreMessages, change: PasskeyMfaChange | undefined): PasskeyNotice | null {
  if (!change || !finished(change.status)) return null;
  const label = m['passkeys.mfa'];
  if (change.error) {
    const failed = change.enabled ? core.turnOnFailed : core.turnOffFailed;
    return { text: failed(label, passkeyErrorText(m, core, change.error)), tone: 'assertive', key: change.submittedAt };
  }
  return { text: (change.enabled ? core.turnedOn : core.turnedOff)(label), tone: 'polite', key: change.submittedAt };
}
