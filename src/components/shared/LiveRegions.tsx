import type { MfaIntent } from '../../cognito/mfa.js';
import type { MfaChange } from '../../queries/hooks.js';
import type { CoreMessages } from '../messages/en.js';
import { announce } from './announcement.js';
import { NoticeRegions } from './NoticeRegions.js';

interface LiveRegionsProps {
  m: CoreMessages;
  /** The latest change; announced when it finishes, if it is one of `kinds`. */
  change: MfaChange | undefined;
  /** The intents this component makes, so that two components never announce the same change. */
  kinds: readonly MfaIntent['type'][];
}

/**
 * A polite and an assertive live region, always mounted so screen readers hear what is
 * written into them. Keyed by the change, so the same message twice is read twice.
 */
export function LiveRegions({ m, change, kinds }: LiveRegionsProps) {
  const { polite, assertive } = announce(m, change && kinds.includes(change.intent.type) ? change : undefined);
  const key = change?.submittedAt ?? 0;
  const notice = polite ? { text: polite, tone: 'polite' as const, key } : assertive ? { text: assertive, tone: 'assertive' as const, key } : null;
  return <NoticeRegions notice={notice} />;
}
