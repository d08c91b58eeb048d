import type { MfaIntent } from '../../cognito/mfa.js';
import type { MfaChange } from '../../queries/hooks.js';
import type { CoreMessages } from '../messages/en.js';
import { errorReason, factorName } from '../messages/text.js';

/** What to announce for a change that finished: `polite` on success, `assertive` on failure. */
export interface Announcement {
  polite: string;
  assertive: string;
}

function outcome(m: CoreMessages, intent: MfaIntent): [done: string, failed: (reason: string) => string] {
  switch (intent.type) {
    case 'enable': {
      const name = factorName(m, intent.factor);
      return [m.turnedOn(name), (reason) => m.turnOnFailed(name, reason)];
    }
    case 'disable': {
      const name = factorName(m, intent.factor);
      return [m.turnedOff(name), (reason) => m.turnOffFailed(name, reason)];
    }
    case 'prefer':
      return [m.preferredSet(factorName(m, intent.factor)), m.preferFailed];
    case 'clear-preference':
      return [m.preferenceCleared, m.preferFailed];
  }
}

/** The announcement for a change's outcome; empty while it is pending or when there is none. */
export function announce(m: CoreMessages, change: MfaChange | undefined): Announcement {
  if (!change || (change.status !== 'success' && change.status !== 'error')) return { polite: '', assertive: '' };
  const [done, failed] = outcome(m, change.intent);
  return change.status === 'success' || !change.error
    ? { polite: done, assertive: '' }
    : { polite: '', assertive: failed(errorReason(m, change.error)) };
}
