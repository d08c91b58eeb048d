import type { CognitoError } from '../../cognito/errors.js';
import type { Passkey } from '../../cognito/passkeys.js';
import type { AuthFactorType } from '../../cognito/wire.js';
import type { CoreMessages } from '../messages/en.js';
import { errorReason } from '../messages/text.js';
import type { KnownPasskeyTransport, PasskeyErrorCode, PasskeyListCoreMessages, PasskeyListMessages } from './messages/en.js';

/** Why a passkey action failed, for the user: a passkey-specific sentence where there is one. */
export function passkeyErrorText(m: Partial<PasskeyListMessages>, core: CoreMessages, error: CognitoError): string {
  return m[`passkeys.error.${error.code as PasskeyErrorCode}`] ?? errorReason(core, error);
}

/** "Added 4 Dec 2026", in the catalogue's (or the given) locale. */
export function createdText(m: PasskeyListCoreMessages, date: Date, locale: string): string {
  return m['passkeys.created'](new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date));
}

/** Where a passkey lives and how it connects, in words: unknown attachments and transports are left out. */
export function whereText(m: PasskeyListCoreMessages, passkey: Passkey, locale: string): string[] {
  const parts: string[] = [];
  if (passkey.attachment === 'platform') parts.push(m['passkeys.platform']);
  if (passkey.attachment === 'cross-platform') parts.push(m['passkeys.crossPlatform']);
  const words = passkey.transports.flatMap((transport) => {
    const key = `passkeys.transport.${transport as KnownPasskeyTransport}` as const;
    return key in m ? [m[key]] : [];
  });
  if (words.length > 0) parts.push(m['passkeys.transports'](new Intl.ListFormat(locale, { type: 'disjunction' }).format(words)));
  return parts;
}

/**
 * What removing the last passkey costs: `last-passwordless` when only the password is left,
 * `last-way` when nothing is. Unknown sign-in factors (newer values) count as other ways in;
 * unknown configuration (not loaded) warns as if only the password were left.
 */
export function lastPasskeyWarning(
  passkeyCount: number,
  signInFactors: readonly AuthFactorType[] | undefined,
): 'last-passwordless' | 'last-way' | null {
  if (passkeyCount !== 1) return null;
  if (!signInFactors) return 'last-passwordless';
  // An authenticator app is a second step, never a way in on its own.
  const others = signInFactors.filter((factor) => factor !== 'WEB_AUTHN' && factor !== 'SOFTWARE_TOKEN');
  if (others.some((factor) => factor !== 'PASSWORD')) return null;
  return others.includes('PASSWORD') ? 'last-passwordless' : 'last-way';
}
