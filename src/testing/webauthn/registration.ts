/**
 * Reading a WebAuthn registration response (RegistrationResponseJSON) the way a relying party
 * verifies it (WebAuthn Level 3, §7.1): client data, attestation object, authenticator data and
 * the credential's COSE public key. Attestation statements are not verified: Cognito asks for
 * none (its creation options carry no `attestation`), so browsers send `fmt: "none"`.
 */
import { fromBase64Url, toBase64Url } from '../../cognito/webauthn.js';
import { CognitoFault } from '../protocol.js';

const invalid = (detail: string) => new CognitoFault('InvalidParameterException', `Invalid credential: ${detail}`);

/** A decoded CBOR map (tiny-cbor decodes maps to `Map`, keyed by integers or text). */
export type CborMap = Map<string | number, unknown>;

/** The CBOR codec, `@levischuck/tiny-cbor`. */
export type CborCodec = typeof import('@levischuck/tiny-cbor');

/**
 * Loads `@levischuck/tiny-cbor`, an optional peer of the testing entry: imported only when a
 * registration is simulated, so `react-cognito-security/testing` loads without it.
 */
export async function loadCbor(): Promise<CborCodec> {
  try {
    return await import('@levischuck/tiny-cbor');
  } catch (cause) {
    throw new Error('Install @levischuck/tiny-cbor to simulate passkey registration (npm install -D @levischuck/tiny-cbor).', { cause });
  }
}

/** The algorithms the simulated pool offers in `pubKeyCredParams` (ES256, RS256), as Cognito's options do. */
export const SUPPORTED_ALGORITHMS: readonly number[] = [-7, -257];

/** What the browser signed into `clientDataJSON`. */
export interface ClientData {
  type: string;
  challenge: string;
  origin: string;
}

/** A registration response, decoded but not yet checked against the pool. */
export interface RegistrationResponse {
  credentialId: string;
  clientData: ClientData;
  /** The attestation object's `authData`. */
  authData: Uint8Array;
  transports: string[];
  attachment: 'platform' | 'cross-platform' | null;
}

/** The parts of authenticator data (WebAuthn §6.1) a registration needs. */
export interface AuthenticatorData {
  rpIdHash: Uint8Array;
  userPresent: boolean;
  userVerified: boolean;
  aaguid: string;
  credentialId: string;
  /** The credential public key, COSE-encoded, base64url. */
  publicKey: string;
  coseKey: CborMap;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function bytesOf(value: unknown, field: string): Uint8Array {
  if (typeof value !== 'string') throw invalid(`${field} is missing`);
  try {
    return new Uint8Array(fromBase64Url(value));
  } catch {
    throw invalid(`${field} is not base64url`);
  }
}

/** Runs a tiny-cbor decode; whatever it refuses (truncated, trailing bytes, ill-formed) is an InvalidParameterException. */
function cbor<T>(read: () => T, field: string): T {
  try {
    return read();
  } catch (error) {
    throw invalid(`${field} is not valid CBOR (${error instanceof Error ? error.message : String(error)})`);
  }
}

function readClientData(bytes: Uint8Array): ClientData {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid('clientDataJSON is not JSON');
  }
  if (!isRecord(data)) throw invalid('clientDataJSON is not an object');
  const { type, challenge, origin } = data;
  if (typeof type !== 'string' || typeof challenge !== 'string' || typeof origin !== 'string') {
    throw invalid('clientDataJSON lacks type, challenge or origin');
  }
  return { type, challenge, origin };
}

/** Decodes a RegistrationResponseJSON; a wrong shape is an InvalidParameterException. */
export function readRegistrationResponse(credential: unknown, { decodeCBOR }: CborCodec): RegistrationResponse {
  if (!isRecord(credential)) throw invalid('Credential must be a RegistrationResponseJSON object');
  const { id, rawId, type, response } = credential;
  if (type !== 'public-key') throw invalid('type must be "public-key"');
  if (typeof id !== 'string' || typeof rawId !== 'string' || !isRecord(response)) throw invalid('id, rawId or response is missing');
  const rawIdText = toBase64Url(bytesOf(rawId, 'rawId'));
  if (rawIdText !== id.replace(/=+$/, '')) throw invalid('id and rawId differ');
  const attestationBytes = bytesOf(response.attestationObject, 'attestationObject');
  const attestation = cbor(() => decodeCBOR(attestationBytes), 'attestationObject');
  const authData = attestation instanceof Map ? attestation.get('authData') : undefined;
  if (!(attestation instanceof Map) || typeof attestation.get('fmt') !== 'string' || !(authData instanceof Uint8Array)) {
    throw invalid('attestationObject lacks fmt or authData');
  }
  const transports = Array.isArray(response.transports) ? response.transports.filter((t) => typeof t === 'string') : [];
  const attachment = credential.authenticatorAttachment;
  return {
    credentialId: rawIdText,
    clientData: readClientData(bytesOf(response.clientDataJSON, 'clientDataJSON')),
    authData,
    transports,
    attachment: attachment === 'platform' || attachment === 'cross-platform' ? attachment : null,
  };
}

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;

function uuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Reads authenticator data with attested credential data (a registration always has it). */
export function readAuthenticatorData(authData: Uint8Array, { decodePartialCBOR }: CborCodec): AuthenticatorData {
  if (authData.length < 37 + 18) throw invalid('authenticator data is too short');
  const flags = authData[32] ?? 0;
  if (!(flags & FLAG_ATTESTED_CREDENTIAL)) throw invalid('authenticator data has no attested credential');
  const idLength = ((authData[53] ?? 0) << 8) | (authData[54] ?? 0);
  const keyStart = 55 + idLength;
  if (keyStart > authData.length) throw invalid('credential id overruns the authenticator data');
  const [coseKey, length] = cbor(() => decodePartialCBOR(authData, keyStart), 'credentialPublicKey');
  const end = keyStart + length;
  // tiny-cbor cuts a byte string short at the end of the data instead of refusing it.
  if (end > authData.length) throw invalid('credentialPublicKey is not valid CBOR (truncated)');
  if (!(coseKey instanceof Map)) throw invalid('credentialPublicKey is not a COSE key');
  return {
    rpIdHash: authData.slice(0, 32),
    userPresent: (flags & FLAG_USER_PRESENT) !== 0,
    userVerified: (flags & FLAG_USER_VERIFIED) !== 0,
    aaguid: uuid(authData.subarray(37, 53)),
    credentialId: toBase64Url(authData.subarray(55, keyStart)),
    publicKey: toBase64Url(authData.subarray(keyStart, end)),
    coseKey,
  };
}

const notSupported = (detail: string) => new CognitoFault('WebAuthnCredentialNotSupportedException', `The credential is not supported: ${detail}`);

const bytesField = (key: CborMap, label: number): string | undefined => {
  const value = key.get(label);
  return value instanceof Uint8Array ? toBase64Url(value) : undefined;
};

/**
 * Checks that a COSE key uses an offered algorithm and is a real key (Web Crypto imports it);
 * resolves with its algorithm, or throws WebAuthnCredentialNotSupportedException.
 */
export async function checkPublicKey(coseKey: CborMap): Promise<number> {
  const algorithm = coseKey.get(3);
  if (typeof algorithm !== 'number' || !SUPPORTED_ALGORITHMS.includes(algorithm)) {
    throw notSupported(`algorithm ${JSON.stringify(algorithm)} was not offered`);
  }
  const jwk: JsonWebKey =
    algorithm === -7
      ? { kty: 'EC', crv: 'P-256', x: bytesField(coseKey, -2), y: bytesField(coseKey, -3) }
      : { kty: 'RSA', n: bytesField(coseKey, -1), e: bytesField(coseKey, -2) };
  const params = algorithm === -7 ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const keyType = coseKey.get(1);
  if (keyType !== (algorithm === -7 ? 2 : 3)) throw notSupported('the key type does not match its algorithm');
  try {
    await globalThis.crypto.subtle.importKey('jwk', jwk, params, false, ['verify']);
  } catch {
    throw notSupported('the public key is malformed');
  }
  return algorithm;
}

/** SHA-256 of the relying-party id, as authenticator data carries it. */
export async function rpIdHash(rpId: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(rpId)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `origin` matches one of `patterns`: exact origins, where `:*` stands for any port
 * (or none) and a leading `*.` in the host for any subdomain.
 */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const source = escapeRegExp(pattern).replace(/:\\\*$/, '(?::\\d+)?').replace('//\\*\\.', '//(?:[a-z0-9-]+\\.)+');
    return new RegExp(`^${source}$`, 'i').test(origin);
  });
}
