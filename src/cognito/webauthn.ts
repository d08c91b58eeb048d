// The browser half of adding a passkey: JSON options → `navigator.credentials.create` → JSON
// response. Loaded only with the add-passkey flow, so a page that lists passkeys does not carry it.
import { CognitoError, toCognitoError, type CognitoErrorCategory } from './errors.js';
import type { PasskeyRegistrationJSON } from './passkeys.js';

type Bytes = ArrayBuffer | ArrayBufferView;

/** base64url without padding, as WebAuthn's JSON forms write binary fields. */
export function toBase64Url(data: Bytes): string {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional); throws a `TypeError` for anything else. */
export function fromBase64Url(text: string): ArrayBuffer {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new TypeError('Not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes.buffer;
}

interface PublicKeyCredentialStatics {
  parseCreationOptionsFromJSON?: (options: PublicKeyCredentialCreationOptionsJSON) => PublicKeyCredentialCreationOptions;
}

/** The options `create()` takes: the browser's own parser where it has one, the three binary fields by hand otherwise. */
export function creationOptionsFromJSON(json: PublicKeyCredentialCreationOptionsJSON): PublicKeyCredentialCreationOptions {
  const statics = PublicKeyCredential as unknown as PublicKeyCredentialStatics;
  if (typeof statics.parseCreationOptionsFromJSON === 'function') return statics.parseCreationOptionsFromJSON(json);
  return {
    ...json,
    challenge: fromBase64Url(json.challenge),
    user: { ...json.user, id: fromBase64Url(json.user.id) },
    ...(json.excludeCredentials && {
      excludeCredentials: json.excludeCredentials.map((descriptor) => ({ ...descriptor, id: fromBase64Url(descriptor.id) })),
    }),
  } as PublicKeyCredentialCreationOptions;
}

/** A new credential as RegistrationResponseJSON: `toJSON()` where the browser has it, the same fields by hand otherwise. */
export function registrationResponseToJSON(credential: PublicKeyCredential): PasskeyRegistrationJSON {
  if (typeof (credential as Partial<PublicKeyCredential>).toJSON === 'function') {
    return credential.toJSON() as PasskeyRegistrationJSON;
  }
  const response = credential.response as AuthenticatorAttestationResponse;
  const transports = typeof response.getTransports === 'function' ? response.getTransports() : [];
  return {
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: toBase64Url(response.clientDataJSON),
      attestationObject: toBase64Url(response.attestationObject),
      transports,
    },
    ...(credential.authenticatorAttachment && { authenticatorAttachment: credential.authenticatorAttachment }),
    clientExtensionResults: { ...credential.getClientExtensionResults() },
  };
}

const CATEGORY_OF: Record<string, CognitoErrorCategory> = {
  // The user dismissed the prompt, or it timed out: WebAuthn does not say which, on purpose.
  NotAllowedError: 'not-allowed',
  // The ceremony was aborted: by our own cancel, or by another ceremony on the page taking over.
  AbortError: 'not-allowed',
  // The authenticator already holds a passkey from `excludeCredentials`.
  InvalidStateError: 'conflict',
  // The relying-party id does not fit this page's origin.
  SecurityError: 'configuration',
  // The authenticator supports none of the offered algorithms.
  NotSupportedError: 'not-allowed',
};

/** The kit's error for a failed `create()`: its code is the DOMException's name. */
export function webAuthnError(error: unknown): CognitoError {
  const name = (error as { name?: unknown } | null)?.name;
  const category = typeof name === 'string' ? CATEGORY_OF[name] : undefined;
  if (!category || typeof name !== 'string') return toCognitoError(error);
  return new CognitoError(`The browser did not create a passkey (${name}).`, { code: name, category, cause: error });
}

/**
 * Whether `create()` ended without a passkey and without anything to explain: the prompt was
 * dismissed or timed out (NotAllowedError; WebAuthn does not say which, on purpose) or the
 * ceremony was aborted (AbortError). Nothing was stored; the flow returns quietly.
 */
export function isQuietWebAuthnCancel(error: CognitoError): boolean {
  return error.code === 'NotAllowedError' || error.code === 'AbortError';
}

/**
 * Asks the browser (and the user) for a new passkey for `options` from StartWebAuthnRegistration,
 * and returns it as JSON for CompleteWebAuthnRegistration. Rejects with {@link webAuthnError}.
 */
export async function createPasskeyCredential(
  options: PublicKeyCredentialCreationOptionsJSON,
  { signal }: { signal?: AbortSignal } = {},
): Promise<PasskeyRegistrationJSON> {
  try {
    const credential = await navigator.credentials.create({ publicKey: creationOptionsFromJSON(options), signal });
    if (credential?.type !== 'public-key') throw new DOMException('No passkey was created.', 'NotAllowedError');
    return registrationResponseToJSON(credential as PublicKeyCredential);
  } catch (error) {
    throw webAuthnError(error);
  }
}
