/**
 * Contact details (spec §7 of cognito-account-spec.md): UpdateUserAttributes,
 * GetUserAttributeVerificationCode, VerifyUserAttribute, DeleteUserAttributes. Codes go to an
 * outbox tests read (`sim.outbox()`, `sim.lastCode()`), never into a response.
 */
import type { CodeDeliveryDetailsType, ContactAttribute } from '../../cognito/contacts.js';
import type { MfaFactor } from '../../cognito/wire.js';
import { CognitoFault } from '../protocol.js';
import type { DomainOperations, SimulatorContext, UserRecord } from './context.js';

/** A verification code the simulated pool sent by SMS or email. */
export interface DeliveredCode {
  username: string;
  attribute: ContactAttribute;
  medium: 'SMS' | 'EMAIL';
  /** The unmasked phone number or email address it went to. */
  destination: string;
  code: string;
  /** `now()` when it was sent. */
  sentAt: number;
}

interface ActiveCode {
  code: string;
  /** The value the code proves: the pending new value, or the current one. */
  value: string;
  expiresAt: number;
}

/** A user's contact-verification state (`UserRecord.contacts`). */
export interface ContactRecord {
  /** New values a pool that keeps the original until verification holds back (spec §7, "Pending value"). */
  pending: Partial<Record<ContactAttribute, string>>;
  /** The one code that works per attribute; a new one replaces it. */
  codes: Partial<Record<ContactAttribute, ActiveCode>>;
  /** Every code sent to this user, oldest first. */
  outbox: DeliveredCode[];
  /** When wrong codes were entered and codes were re-sent, per attribute, for LimitExceededException. */
  attempts: Partial<Record<ContactAttribute, { wrong: number[]; resent: number[] }>>;
}

/** A new user's contact state: nothing pending, nothing sent. */
export function newContactRecord(): ContactRecord {
  return { pending: {}, codes: {}, outbox: [], attempts: {} };
}

/** Codes are valid for 24 hours (developer guide). */
export const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Wrong codes, or re-sent codes, allowed per attribute within {@link ATTEMPT_WINDOW_MS} ("about 5", spec §7 [?]). */
export const ATTEMPT_LIMIT = 5;
/** How long wrong codes and re-sends count towards the limit [?]. */
export const ATTEMPT_WINDOW_MS = 60 * 60 * 1000;

const MEDIUM = { phone_number: 'SMS', email: 'EMAIL' } as const satisfies Record<ContactAttribute, 'SMS' | 'EMAIL'>;
/** The factor that sends codes to each attribute. */
const FACTOR_USING = { phone_number: 'SMS_MFA', email: 'EMAIL_OTP' } as const satisfies Record<ContactAttribute, MfaFactor>;
/** Attributes a user's own token may not write (the service's default app-client write permissions). */
const READ_ONLY = ['sub', 'email_verified', 'phone_number_verified'];

/** `record` without `key` (a copy). */
function omit<T extends object>(record: T, key: PropertyKey): T {
  const { [key as keyof T]: _dropped, ...rest } = record;
  return rest as T;
}

const isContact = (name: string): name is ContactAttribute => name === 'email' || name === 'phone_number';
const invalid = (message: string) => new CognitoFault('InvalidParameterException', message);

/** Masks a destination as the service does: `+*******0123`, `a***@e***`. */
export function maskAsCognito(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0] ?? ''}***@${value[at + 1] ?? ''}***`;
  return `+${'*'.repeat(Math.max(0, value.length - 5))}${value.slice(-4)}`;
}

function sixDigits(): string {
  const [word = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return String(word % 1_000_000).padStart(6, '0');
}

function checkFormat(name: ContactAttribute, value: string): void {
  // Spec §7: `+` and digits, no spaces; E.164 allows at most 15 digits.
  if (name === 'phone_number' && !/^\+\d{1,15}$/.test(value)) throw invalid('Invalid phone number format.');
  // Which addresses the service takes is not in the spec [?]: the loosest plausible rule, the
  // kit's own (`isEmailAddress`), so the simulator refuses nothing the kit lets through.
  if (name === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) throw invalid('Invalid email address format.');
}

function attributeName(input: Record<string, unknown>): ContactAttribute {
  const name = input.AttributeName;
  if (typeof name !== 'string' || !isContact(name)) {
    throw invalid(`Invalid attribute name: ${String(name)}. Only email and phone_number can be verified.`);
  }
  return name;
}

export function contactOperations({ pool, users }: SimulatorContext): DomainOperations<
  'UpdateUserAttributes' | 'GetUserAttributeVerificationCode' | 'VerifyUserAttribute' | 'DeleteUserAttributes'
> {
  const recent = (times: number[]) => times.filter((at) => pool.now() - at < ATTEMPT_WINDOW_MS);

  function attemptsOf(user: UserRecord, name: ContactAttribute) {
    const attempts = user.contacts.attempts[name] ?? { wrong: [], resent: [] };
    attempts.wrong = recent(attempts.wrong);
    attempts.resent = recent(attempts.resent);
    user.contacts.attempts[name] = attempts;
    return attempts;
  }

  const limitExceeded = () => new CognitoFault('LimitExceededException', 'Attempt limit exceeded, please try after some time.');

  /**
   * Whether a code UpdateUserAttributes sends now is a re-send: an earlier code for the attribute
   * still works. Re-submitting the pending value (or switching between values) sends a fresh code
   * like GetUserAttributeVerificationCode does, so it counts towards the same limit [?].
   */
  const resends = (user: UserRecord, name: ContactAttribute) => {
    const active = user.contacts.codes[name];
    return active !== undefined && pool.now() < active.expiresAt;
  };

  /** Another user already proved they own this value: it cannot be verified twice (AliasExistsException). */
  function assertNotTaken(user: UserRecord, name: ContactAttribute, value: string): void {
    for (const other of users.values()) {
      if (other !== user && other.attributes[name] === value && other.attributes[`${name}_verified`] === 'true') {
        throw new CognitoFault('AliasExistsException', `An account with the given ${name} already exists.`);
      }
    }
  }

  /** Sends a new code for `value`; the previous code of the attribute stops working. */
  function sendCode(user: UserRecord, name: ContactAttribute, value: string): Required<CodeDeliveryDetailsType> {
    const code = sixDigits();
    const now = pool.now();
    user.contacts.codes[name] = { code, value, expiresAt: now + CODE_LIFETIME_MS };
    user.contacts.outbox.push({ username: user.username, attribute: name, medium: MEDIUM[name], destination: value, code, sentAt: now });
    return { Destination: maskAsCognito(value), DeliveryMedium: MEDIUM[name], AttributeName: name };
  }

  /** Refuses to remove what an enabled factor sends codes to [?]: SMS MFA needs a phone number, email MFA an email. */
  function assertRemovable(user: UserRecord, name: ContactAttribute): void {
    const factor = FACTOR_USING[name];
    if (user.enabledMfa.includes(factor)) {
      throw invalid(`Cannot delete ${name} while ${factor} is enabled for the user.`);
    }
  }

  function remove(user: UserRecord, name: string): void {
    user.attributes = omit(omit(user.attributes, name), `${name}_verified`);
    if (isContact(name)) settle(user, name, 'codes');
  }

  /** Forgets the attribute's pending value (and, with `'codes'`, its code too). */
  function settle(user: UserRecord, name: ContactAttribute, also?: 'codes'): void {
    user.contacts.pending = omit(user.contacts.pending, name);
    if (also) user.contacts.codes = omit(user.contacts.codes, name);
  }

  return {
    UpdateUserAttributes: (user, input) => {
      const list = input.UserAttributes;
      if (!Array.isArray(list) || list.length === 0) {
        throw invalid("1 validation error detected: Value at 'userAttributes' failed to satisfy constraint: Member must not be null");
      }
      const changes = list.map((item: unknown) => {
        const { Name, Value } = (item ?? {}) as { Name?: unknown; Value?: unknown };
        if (typeof Name !== 'string' || (Value !== undefined && typeof Value !== 'string')) {
          throw new CognitoFault('SerializationException', 'UserAttributes must be a list of {Name, Value} strings');
        }
        return { name: Name, value: Value ?? '' };
      });
      // Check everything before changing anything: a refused request applies nothing.
      for (const { name, value } of changes) {
        if (READ_ONLY.includes(name)) {
          throw new CognitoFault('NotAuthorizedException', 'A client attempted to write unauthorized attribute');
        }
        if (!isContact(name)) continue;
        if (value === '') assertRemovable(user, name);
        else {
          checkFormat(name, value);
          assertNotTaken(user, name, value);
          // The model lists no LimitExceededException for UpdateUserAttributes: the common throttling error [?].
          if (value !== user.attributes[name] && resends(user, name) && attemptsOf(user, name).resent.length >= ATTEMPT_LIMIT) {
            throw new CognitoFault('TooManyRequestsException', 'Rate exceeded');
          }
        }
      }
      const deliveries: Array<Required<CodeDeliveryDetailsType>> = [];
      for (const { name, value } of changes) {
        if (value === '') {
          remove(user, name);
          continue;
        }
        if (!isContact(name)) {
          user.attributes[name] = value;
          continue;
        }
        const current = user.attributes[name];
        if (value === current) {
          // Back to the value already in place: nothing to verify for the change.
          settle(user, name);
          continue;
        }
        if (pool.attributesRequireVerificationBeforeUpdate.includes(name)) {
          // The original value (and its verified flag) stays until the new one is verified.
          user.contacts.pending[name] = value;
        } else {
          settle(user, name);
          user.attributes[name] = value;
          user.attributes[`${name}_verified`] = 'false';
        }
        if (resends(user, name)) attemptsOf(user, name).resent.push(pool.now());
        deliveries.push(sendCode(user, name, value));
      }
      return deliveries.length > 0 ? { CodeDeliveryDetailsList: deliveries } : {};
    },

    GetUserAttributeVerificationCode: (user, input) => {
      const name = attributeName(input);
      const value = user.contacts.pending[name] ?? user.attributes[name];
      if (value === undefined) throw invalid(`The user has no ${name} to verify.`);
      const attempts = attemptsOf(user, name);
      if (attempts.resent.length >= ATTEMPT_LIMIT) throw limitExceeded();
      attempts.resent.push(pool.now());
      return { CodeDeliveryDetails: sendCode(user, name, value) };
    },

    VerifyUserAttribute: (user, input) => {
      const name = attributeName(input);
      const code = input.Code;
      if (typeof code !== 'string' || !/^\S+$/.test(code)) {
        throw invalid("1 validation error detected: Value at 'code' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
      }
      const attempts = attemptsOf(user, name);
      if (attempts.wrong.length >= ATTEMPT_LIMIT) throw limitExceeded();
      const active = user.contacts.codes[name];
      const target = user.contacts.pending[name] ?? user.attributes[name];
      if (!active || active.code !== code || active.value !== target) {
        attempts.wrong.push(pool.now());
        throw new CognitoFault('CodeMismatchException', 'Invalid verification code provided, please try again.');
      }
      if (pool.now() >= active.expiresAt) {
        throw new CognitoFault('ExpiredCodeException', 'Invalid code provided, please request a code again.');
      }
      // Someone else verified the same value since the code was sent.
      assertNotTaken(user, name, active.value);
      user.attributes[name] = active.value;
      user.attributes[`${name}_verified`] = 'true';
      settle(user, name, 'codes');
      user.contacts.attempts = omit(user.contacts.attempts, name);
      return {};
    },

    DeleteUserAttributes: (user, input) => {
      const names = input.UserAttributeNames;
      if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
        throw new CognitoFault('SerializationException', 'UserAttributeNames must be a list of strings');
      }
      for (const name of names as string[]) {
        if (READ_ONLY.includes(name)) {
          throw new CognitoFault('NotAuthorizedException', 'A client attempted to write unauthorized attribute');
        }
        if (isContact(name)) assertRemovable(user, name);
      }
      for (const name of names as string[]) remove(user, name);
      return {};
    },
  };
}

/** Codes delivered to `username` (or to everyone), oldest first; copies. */
export function readOutbox(users: Iterable<UserRecord>, username?: string): DeliveredCode[] {
  return [...users]
    .filter((user) => username === undefined || user.username === username)
    .flatMap((user) => user.contacts.outbox)
    .sort((a, b) => a.sentAt - b.sentAt)
    .map((message) => ({ ...message }));
}
