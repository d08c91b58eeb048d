// Contact details (phone number, email): UpdateUserAttributes, GetUserAttributeVerificationCode,
// VerifyUserAttribute, DeleteUserAttributes. Behaviour: docs/behaviour.md#contact-details.
// Free functions over `client.call`, so apps without the contact flow do not carry them. What
// the page needs on load (the attributes, reading and writing them in a user) is in contactModel.ts.
import type { CognitoClient } from './client.js';
import { CONTACT_ATTRIBUTES, type ContactAttribute } from './contactModel.js';
import { parseEmpty, reader } from './parse.js';
import type { SendOptions } from './transport.js';
import type { AttributeType } from './wire.js';

export type { ContactAttribute } from './contactModel.js';

/** Where the service sent a verification code; `Destination` is already masked by Cognito. */
export interface CodeDeliveryDetailsType {
  Destination?: string;
  DeliveryMedium?: 'SMS' | 'EMAIL' | (string & {});
  AttributeName?: string;
}

export interface UpdateUserAttributesInput {
  UserAttributes: AttributeType[];
  ClientMetadata?: Record<string, string>;
}

export interface UpdateUserAttributesOutput {
  CodeDeliveryDetailsList?: CodeDeliveryDetailsType[];
}

export interface GetUserAttributeVerificationCodeInput {
  AttributeName: string;
  ClientMetadata?: Record<string, string>;
}

export interface GetUserAttributeVerificationCodeOutput {
  CodeDeliveryDetails?: CodeDeliveryDetailsType;
}

export interface VerifyUserAttributeInput {
  AttributeName: string;
  Code: string;
}

export interface DeleteUserAttributesInput {
  UserAttributeNames: string[];
}


/** A verification code Cognito sent. */
export interface CodeDelivery {
  /** The attribute the code verifies. */
  attribute: ContactAttribute | (string & {});
  /** How it travelled. */
  medium: 'SMS' | 'EMAIL' | (string & {});
  /** Where it went, as Cognito masked it (`+*******0123`, `a***@e***`); `''` if Cognito did not say. */
  destination: string;
}

/**
 * E.164 as the kit checks it before sending: `+` and 8 to 15 digits, nothing else
 * (Cognito answers "Invalid phone number format." to anything that is not `+` and digits).
 */
export function isE164PhoneNumber(value: string): boolean {
  return /^\+\d{8,15}$/.test(value);
}

/** Drops the spaces, dashes, dots and brackets people type in phone numbers: `+1 (555) 010-0123` → `+15550100123`. */
export function normalisePhoneNumber(text: string): string {
  return text.replace(/[\s().-]/g, '');
}

/**
 * A plausible email address: something, `@`, something, with no spaces (`a@b` included). No
 * stricter than the service, whose exact rule is unknown; its "Invalid email address format."
 * has the last word.
 */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}

function parseDelivery(
  read: ReturnType<typeof reader>,
  value: unknown,
  fallbackAttribute: string,
): CodeDelivery {
  const details = read.object(value);
  const attribute = read.string('AttributeName', details, true) ?? fallbackAttribute;
  return {
    attribute,
    medium: read.string('DeliveryMedium', details, true) ?? (attribute === 'email' ? 'EMAIL' : 'SMS'),
    destination: read.string('Destination', details, true) ?? '',
  };
}

export function parseUpdateUserAttributes(raw: unknown, fallbackAttribute = ''): CodeDelivery[] {
  const read = reader('UpdateUserAttributes', raw);
  return read.list('CodeDeliveryDetailsList', (item) => parseDelivery(read, item, fallbackAttribute));
}

export function parseGetUserAttributeVerificationCode(raw: unknown, attribute: string): CodeDelivery | null {
  const read = reader('GetUserAttributeVerificationCode', raw);
  const details = read.body.CodeDeliveryDetails;
  return details == null ? null : parseDelivery(read, details, attribute);
}

/**
 * UpdateUserAttributes: changes attributes; a blank value deletes one. Changing `email` or
 * `phone_number` sends a code, one per changed attribute, returned here (spec §7).
 */
export async function updateUserAttributes(
  client: CognitoClient,
  input: UpdateUserAttributesInput,
  options?: SendOptions,
): Promise<CodeDelivery[]> {
  const contact = input.UserAttributes.find((attribute) => CONTACT_ATTRIBUTES.includes(attribute.Name as ContactAttribute));
  return parseUpdateUserAttributes(await client.call('UpdateUserAttributes', input, options), contact?.Name);
}

/** GetUserAttributeVerificationCode: sends a new code for an attribute; the previous one stops working. */
export async function getUserAttributeVerificationCode(
  client: CognitoClient,
  input: GetUserAttributeVerificationCodeInput,
  options?: SendOptions,
): Promise<CodeDelivery | null> {
  return parseGetUserAttributeVerificationCode(
    await client.call('GetUserAttributeVerificationCode', input, options),
    input.AttributeName,
  );
}

/** VerifyUserAttribute: confirms an attribute with the code Cognito sent; `*_verified` becomes `true`. */
export async function verifyUserAttribute(
  client: CognitoClient,
  input: VerifyUserAttributeInput,
  options?: SendOptions,
): Promise<void> {
  parseEmpty('VerifyUserAttribute', await client.call('VerifyUserAttribute', input, options));
}

/** DeleteUserAttributes: removes attributes (and their `*_verified` flags). */
export async function deleteUserAttributes(
  client: CognitoClient,
  input: DeleteUserAttributesInput,
  options?: SendOptions,
): Promise<void> {
  parseEmpty('DeleteUserAttributes', await client.call('DeleteUserAttributes', input, options));
}
