/** A software authenticator for unit tests: real registration responses without a browser. */
import type { CBORType } from '@levischuck/tiny-cbor';
import type { PasskeyRegistrationJSON } from '../../cognito/passkeys.js';
import { fromBase64Url, toBase64Url } from '../../cognito/webauthn.js';
import { loadCbor, rpIdHash, type CborCodec } from './registration.js';

/** The creation options fields a test credential is built from (StartWebAuthnRegistration's `CredentialCreationOptions`). */
export interface TestCredentialCreationOptions {
  challenge: string;
  rp?: { id?: string };
}

/** How {@link createTestPasskeyCredential} builds the response; each option can break one check on purpose. */
export interface TestPasskeyCredentialOptions {
  /** The page's origin written into the client data. Default `http://localhost`. */
  origin?: string;
  /** The relying-party id whose hash goes into the authenticator data. Default the options' `rp.id`, else `localhost`. */
  rpId?: string;
  /** The challenge written into the client data. Default the options' own. */
  challenge?: string;
  /** The client data's `type`. Default `webauthn.create`. */
  type?: string;
  /** Where the passkey lives. Default `platform`. */
  attachment?: 'platform' | 'cross-platform';
  /** Default `['internal']` for a platform passkey, `['usb']` for a roaming one. */
  transports?: string[];
  /** The user-present flag. Default `true`. */
  userPresent?: boolean;
  /** The user-verified flag. Default `true`. */
  userVerified?: boolean;
  /** The COSE algorithm label written for the (ES256) key. Default -7. */
  algorithm?: number;
  /** base64url credential id. Default 16 random bytes. */
  credentialId?: string;
  /** The authenticator's AAGUID, 32 hex digits. Default all zeros. */
  aaguid?: string;
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const bytesOf = (text: string) => new Uint8Array(fromBase64Url(text));

/** A fresh ES256 key pair's public half as a COSE_Key (RFC 9053: kty EC2, crv P-256). */
async function coseEs256Key(algorithm: number, { encodeCBOR }: CborCodec): Promise<Uint8Array> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey);
  return encodeCBOR(
    new Map<number, CBORType>([
      [1, 2],
      [3, algorithm],
      [-1, 1],
      [-2, bytesOf(jwk.x ?? '')],
      [-3, bytesOf(jwk.y ?? '')],
    ]),
  );
}

/**
 * Builds the RegistrationResponseJSON a browser would send to CompleteWebAuthnRegistration for
 * `options`: client data, and a `none` attestation whose authenticator data holds a fresh ES256
 * key. Use it in Node or jsdom tests, where there is no authenticator.
 */
export async function createTestPasskeyCredential(
  options: TestCredentialCreationOptions,
  init: TestPasskeyCredentialOptions = {},
): Promise<PasskeyRegistrationJSON> {
  const codec = await loadCbor();
  const attachment = init.attachment ?? 'platform';
  const credentialId = init.credentialId ?? toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  const idBytes = bytesOf(credentialId);
  const clientData = {
    type: init.type ?? 'webauthn.create',
    challenge: init.challenge ?? options.challenge,
    origin: init.origin ?? 'http://localhost',
    crossOrigin: false,
  };
  const flags = 0x40 | (init.userPresent === false ? 0 : 0x01) | (init.userVerified === false ? 0 : 0x04);
  const aaguid = Uint8Array.from((init.aaguid ?? '0'.repeat(32)).replace(/-/g, '').match(/../g) ?? [], (hex) => parseInt(hex, 16));
  const authData = concat(
    await rpIdHash(init.rpId ?? options.rp?.id ?? 'localhost'),
    Uint8Array.of(flags, 0, 0, 0, 0),
    aaguid,
    Uint8Array.of(idBytes.length >> 8, idBytes.length & 0xff),
    idBytes,
    await coseEs256Key(init.algorithm ?? -7, codec),
  );
  const attestationObject = codec.encodeCBOR(new Map<string, CBORType>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
  return {
    id: credentialId,
    rawId: credentialId,
    type: 'public-key',
    response: {
      clientDataJSON: toBase64Url(new TextEncoder().encode(JSON.stringify(clientData))),
      attestationObject: toBase64Url(attestationObject),
      transports: init.transports ?? (attachment === 'platform' ? ['internal'] : ['usb']),
    },
    authenticatorAttachment: attachment,
    clientExtensionResults: {},
  };
}
