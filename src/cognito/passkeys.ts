// Passkeys (WebAuthn): ListWebAuthnCredentials, StartWebAuthnRegistration,
// CompleteWebAuthnRegistration, DeleteWebAuthnCredential. Behaviour: docs/behaviour.md#passkeys.
// Free functions over `client.call`, so apps without passkeys do not carry them.
import type { CognitoClient } from './client.js';
import { malformedResponse } from './errors.js';
import { parseEmpty, reader } from './parse.js';
import type { SendOptions } from './transport.js';

/** A JSON document passed through as-is (WebAuthn creation options, a registration response). */
export type JsonDocument = Record<string, unknown>;

export interface WebAuthnCredentialDescription {
  CredentialId: string;
  FriendlyCredentialName: string;
  RelyingPartyId: string;
  AuthenticatorAttachment?: 'platform' | 'cross-platform' | (string & {});
  /** Required in the service model, yet absent from the service's own CLI example: read as `[]` when missing. */
  AuthenticatorTransports?: string[];
  /** Epoch seconds on the wire, with a fraction (`1736293876.115`). */
  CreatedAt: number;
}

export interface ListWebAuthnCredentialsInput {
  NextToken?: string;
  MaxResults?: number;
}

export interface ListWebAuthnCredentialsOutput {
  Credentials: WebAuthnCredentialDescription[];
  NextToken?: string;
}

export interface StartWebAuthnRegistrationOutput {
  /** WebAuthn's PublicKeyCredentialCreationOptionsJSON. */
  CredentialCreationOptions: JsonDocument;
}

export interface CompleteWebAuthnRegistrationInput {
  /** WebAuthn's RegistrationResponseJSON. */
  Credential: JsonDocument;
}

export interface DeleteWebAuthnCredentialInput {
  CredentialId: string;
}

/** Where a passkey lives: on this device (`platform`), on a security key or phone (`cross-platform`). */
export type PasskeyAttachment = 'platform' | 'cross-platform' | (string & {});

/** How the browser can reach an authenticator (WebAuthn `AuthenticatorTransport`); newer values are kept. */
export type PasskeyTransport = 'usb' | 'nfc' | 'ble' | 'hybrid' | 'internal' | 'smart-card' | (string & {});

/** One of the user's passkeys, from ListWebAuthnCredentials. */
export interface Passkey {
  /** `CredentialId`, base64url: what DeleteWebAuthnCredential takes. */
  id: string;
  /** `FriendlyCredentialName`, chosen by Cognito; there is no operation to rename it. */
  name: string;
  relyingPartyId: string;
  /** `null` when the service does not say. */
  attachment: PasskeyAttachment | null;
  transports: PasskeyTransport[];
  createdAt: Date;
}

/**
 * WebAuthn's RegistrationResponseJSON (`credential.toJSON()`), as CompleteWebAuthnRegistration
 * takes it. Binary fields are base64url strings.
 */
export type PasskeyRegistrationJSON = {
  id: string;
  rawId: string;
  type: string;
  response: {
    clientDataJSON: string;
    attestationObject: string;
    transports?: string[];
    authenticatorData?: string;
    publicKey?: string;
    publicKeyAlgorithm?: number;
  };
  authenticatorAttachment?: string;
  clientExtensionResults: Record<string, unknown>;
};

/** The largest page ListWebAuthnCredentials serves (`MaxResults` 0–20). */
const PAGE_SIZE = 20;

export function parseListWebAuthnCredentials(raw: unknown): { passkeys: Passkey[]; nextToken: string | undefined } {
  const read = reader('ListWebAuthnCredentials', raw);
  if (!Array.isArray(read.body.Credentials)) throw read.fail('"Credentials" is missing or not a list');
  const passkeys = read.list('Credentials', (item): Passkey => {
    const credential = read.object(item);
    const createdAt = credential.CreatedAt;
    if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) throw read.fail('"CreatedAt" is not epoch seconds');
    const transports = credential.AuthenticatorTransports ?? [];
    if (!Array.isArray(transports) || !transports.every((t) => typeof t === 'string')) {
      throw read.fail('"AuthenticatorTransports" is not a list of strings');
    }
    return {
      id: read.string('CredentialId', credential),
      name: read.string('FriendlyCredentialName', credential),
      relyingPartyId: read.string('RelyingPartyId', credential),
      attachment: read.string('AuthenticatorAttachment', credential, true) ?? null,
      transports,
      createdAt: new Date(createdAt * 1000),
    };
  });
  return { passkeys, nextToken: read.string('NextToken', read.body, true) || undefined };
}

export function parseStartWebAuthnRegistration(raw: unknown): PublicKeyCredentialCreationOptionsJSON {
  const read = reader('StartWebAuthnRegistration', raw);
  const options = read.object(read.body.CredentialCreationOptions);
  read.string('challenge', options);
  read.string('id', read.object(options.user));
  read.object(options.rp);
  if (!Array.isArray(options.pubKeyCredParams)) throw read.fail('"pubKeyCredParams" is not a list');
  return options as unknown as PublicKeyCredentialCreationOptionsJSON;
}

/** ListWebAuthnCredentials, following `NextToken` until the last page: every passkey of the user. */
export async function listWebAuthnCredentials(client: CognitoClient, options?: SendOptions): Promise<Passkey[]> {
  const passkeys: Passkey[] = [];
  const seen = new Set<string>();
  let nextToken: string | undefined;
  do {
    const input = { MaxResults: PAGE_SIZE, ...(nextToken !== undefined && { NextToken: nextToken }) };
    const page = parseListWebAuthnCredentials(await client.call('ListWebAuthnCredentials', input, options));
    passkeys.push(...page.passkeys);
    nextToken = page.nextToken;
    if (nextToken !== undefined) {
      // A token served twice would page forever.
      if (seen.has(nextToken)) throw malformedResponse('ListWebAuthnCredentials', '"NextToken" repeats');
      seen.add(nextToken);
    }
  } while (nextToken !== undefined);
  return passkeys;
}

/** StartWebAuthnRegistration: creation options for `navigator.credentials.create`, with a fresh challenge. */
export async function startWebAuthnRegistration(
  client: CognitoClient,
  options?: SendOptions,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return parseStartWebAuthnRegistration(await client.call('StartWebAuthnRegistration', {}, options));
}

/** CompleteWebAuthnRegistration: stores the new passkey; the service answers with an empty body. */
export async function completeWebAuthnRegistration(
  client: CognitoClient,
  credential: PasskeyRegistrationJSON,
  options?: SendOptions,
): Promise<void> {
  parseEmpty('CompleteWebAuthnRegistration', await client.call('CompleteWebAuthnRegistration', { Credential: credential }, options));
}

/** DeleteWebAuthnCredential: removes one passkey (ResourceNotFoundException for an unknown id). */
export async function deleteWebAuthnCredential(client: CognitoClient, credentialId: string, options?: SendOptions): Promise<void> {
  parseEmpty('DeleteWebAuthnCredential', await client.call('DeleteWebAuthnCredential', { CredentialId: credentialId }, options));
}

/**
 * Whether this page can create passkeys: WebAuthn exists only in secure contexts (https or
 * localhost), and not in every browser.
 */
export type PasskeySupport = 'supported' | 'insecure-context' | 'no-webauthn';

/** Checks, without prompting the user, whether this page can create passkeys. */
export function passkeySupport(): PasskeySupport {
  if (typeof window === 'undefined') return 'no-webauthn';
  // `=== false`: a browser too old to say is judged by WebAuthn's presence alone.
  if ((window.isSecureContext as boolean | undefined) === false) return 'insecure-context';
  const credentials = (navigator as Partial<Navigator>).credentials;
  if (typeof window.PublicKeyCredential !== 'function' || typeof credentials?.create !== 'function') return 'no-webauthn';
  return 'supported';
}
