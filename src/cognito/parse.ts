import { malformedResponse } from './errors.js';
import type { AuthFactors, CognitoUser, ContactDetail, MfaState, VerifySoftwareTokenResult } from './model.js';
import type { AssociateSoftwareTokenOutput } from './wire.js';

// Every service response is checked here, once per operation, so a wrong shape becomes a
// clear CognitoError at the boundary instead of a crash deep in a component.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one JSON response of `op` and checks its fields as they are read. */
export function reader(op: string, raw: unknown) {
  const fail = (detail: string) => malformedResponse(op, detail);
  const object = (value: unknown): Json => {
    if (!isObject(value)) throw fail('expected a JSON object');
    return value;
  };
  const body = object(raw);
  function string(key: string, from?: Json): string;
  function string(key: string, from: Json | undefined, optional: true): string | undefined;
  function string(key: string, from: Json = body, optional?: true): string | undefined {
    const value = from[key];
    if (optional && value == null) return undefined;
    if (typeof value !== 'string') throw fail(`"${key}" is missing or not a string`);
    return value;
  }
  const list = <T>(key: string, item: (value: unknown) => T): T[] => {
    const value = body[key] ?? [];
    if (!Array.isArray(value)) throw fail(`"${key}" is not a list`);
    return value.map(item);
  };
  const strings = (key: string) =>
    list(key, (value) => {
      if (typeof value !== 'string') throw fail(`"${key}" is not a list of strings`);
      return value;
    });
  // An absent or empty PreferredMfaSetting means "no preference" (moto sends "").
  const mfa = (): MfaState => ({
    enabled: strings('UserMFASettingList'),
    preferred: string('PreferredMfaSetting', body, true) || null,
  });
  return { body, object, string, list, strings, mfa, fail };
}

function contact(attributes: Record<string, string>, name: string): ContactDetail | null {
  const value = attributes[name];
  return value ? { value, verified: attributes[`${name}_verified`] === 'true' } : null;
}

export function parseGetUser(raw: unknown): CognitoUser {
  const read = reader('GetUser', raw);
  const attributes = Object.fromEntries(
    read.list('UserAttributes', (item) => {
      const attribute = read.object(item);
      return [read.string('Name', attribute), read.string('Value', attribute, true) ?? ''];
    }),
  );
  return {
    username: read.string('Username'),
    attributes,
    email: contact(attributes, 'email'),
    phoneNumber: contact(attributes, 'phone_number'),
    ...read.mfa(),
  };
}

export function parseGetUserAuthFactors(raw: unknown): AuthFactors {
  const read = reader('GetUserAuthFactors', raw);
  return { username: read.string('Username'), configured: read.strings('ConfiguredUserAuthFactors'), ...read.mfa() };
}

export function parseEmpty(op: string, raw: unknown): void {
  reader(op, raw);
}

export function parseAssociateSoftwareToken(raw: unknown): AssociateSoftwareTokenOutput {
  const read = reader('AssociateSoftwareToken', raw);
  const secret = read.string('SecretCode');
  if (!/^[A-Z2-7]{16,}=*$/i.test(secret)) throw read.fail('"SecretCode" is not base32');
  const session = read.string('Session', read.body, true);
  return session === undefined ? { SecretCode: secret } : { SecretCode: secret, Session: session };
}

export function parseVerifySoftwareToken(raw: unknown): VerifySoftwareTokenResult {
  return { status: reader('VerifySoftwareToken', raw).string('Status') };
}
