import { malformedResponse } from './errors.js';
import type { AuthFactors, CognitoUser, ContactDetail, MfaState, VerifySoftwareTokenResult } from './model.js';
import type { AssociateSoftwareTokenOutput } from './wire.js';

// Every service response is checked here, once per operation, so a wrong shape becomes a
// clear CognitoError at the boundary instead of a crash deep in a component.

type Json = Record<string, unknown>;

function object(op: string, value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw malformedResponse(op, 'expected a JSON object');
  }
  return value as Json;
}

function string(op: string, body: Json, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw malformedResponse(op, `"${key}" is missing or not a string`);
  return value;
}

function optionalString(op: string, body: Json, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw malformedResponse(op, `"${key}" is not a string`);
  return value;
}

function stringList(op: string, body: Json, key: string): string[] {
  const value = body[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw malformedResponse(op, `"${key}" is not a list of strings`);
  }
  return value;
}

function mfaState(op: string, body: Json): MfaState {
  // An absent or empty PreferredMfaSetting means "no preference" (moto sends "").
  return {
    enabled: stringList(op, body, 'UserMFASettingList'),
    preferred: optionalString(op, body, 'PreferredMfaSetting') || null,
  };
}

function contact(attributes: Record<string, string>, name: string): ContactDetail | null {
  const value = attributes[name];
  return value ? { value, verified: attributes[`${name}_verified`] === 'true' } : null;
}

export function parseGetUser(raw: unknown): CognitoUser {
  const op = 'GetUser';
  const body = object(op, raw);
  const list = body.UserAttributes ?? [];
  if (!Array.isArray(list)) throw malformedResponse(op, '"UserAttributes" is not a list');
  const attributes: Record<string, string> = {};
  for (const item of list) {
    const attribute = object(op, item);
    attributes[string(op, attribute, 'Name')] = optionalString(op, attribute, 'Value') ?? '';
  }
  return {
    username: string(op, body, 'Username'),
    attributes,
    email: contact(attributes, 'email'),
    phoneNumber: contact(attributes, 'phone_number'),
    ...mfaState(op, body),
  };
}

export function parseGetUserAuthFactors(raw: unknown): AuthFactors {
  const op = 'GetUserAuthFactors';
  const body = object(op, raw);
  return {
    username: string(op, body, 'Username'),
    configured: stringList(op, body, 'ConfiguredUserAuthFactors'),
    ...mfaState(op, body),
  };
}

export function parseEmpty(op: string, raw: unknown): void {
  object(op, raw);
}

export function parseAssociateSoftwareToken(raw: unknown): AssociateSoftwareTokenOutput {
  const op = 'AssociateSoftwareToken';
  const body = object(op, raw);
  const secret = string(op, body, 'SecretCode');
  if (!/^[A-Z2-7]{16,}=*$/i.test(secret)) throw malformedResponse(op, '"SecretCode" is not base32');
  const session = optionalString(op, body, 'Session');
  return session === undefined ? { SecretCode: secret } : { SecretCode: secret, Session: session };
}

export function parseVerifySoftwareToken(raw: unknown): VerifySoftwareTokenResult {
  const op = 'VerifySoftwareToken';
  return { status: string(op, object(op, raw), 'Status') };
}
