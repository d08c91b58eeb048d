/**
 * Passkeys: ListWebAuthnCredentials, StartWebAuthnRegistration, CompleteWebAuthnRegistration and
 * DeleteWebAuthnCredential (account spec §8). Registration is verified for real: the challenge,
 * the origin, the relying-party hash and the credential's public key.
 */
import type { ListWebAuthnCredentialsOutput, StartWebAuthnRegistrationOutput, WebAuthnCredentialDescription } from '../../cognito/passkeys.js';
import { fromBase64Url, toBase64Url } from '../../cognito/webauthn.js';
import { CognitoFault } from '../protocol.js';
import type { ResolvedPoolConfig } from '../simulator.js';
import {
  checkPublicKey,
  loadCbor,
  originAllowed,
  readAuthenticatorData,
  readRegistrationResponse,
  rpIdHash,
  SUPPORTED_ALGORITHMS,
} from '../webauthn/registration.js';
import type { DomainOperations, SimulatorContext, UserRecord } from './context.js';

/** A passkey as the simulated pool stores it. */
export interface SimulatedPasskey {
  /** base64url, as ListWebAuthnCredentials and DeleteWebAuthnCredential use it. */
  credentialId: string;
  /** `FriendlyCredentialName`. */
  name: string;
  relyingPartyId: string;
  attachment: 'platform' | 'cross-platform' | null;
  transports: string[];
  /** Epoch milliseconds. */
  createdAt: number;
  /** The COSE public key, base64url; `''` for a passkey added directly by a test. */
  publicKey: string;
  /** The authenticator's AAGUID. */
  aaguid: string;
}

/** A passkey to give a user directly (`UserSpec.passkeys`, `UserPatch.passkeys`); every field has a default. */
export interface PasskeySpec {
  credentialId?: string;
  /** Default chosen as the service does, from where the passkey lives. */
  name?: string;
  /** Default `platform`. */
  attachment?: 'platform' | 'cross-platform' | null;
  /** Default `['internal']` for a platform passkey, `['usb', 'nfc']` otherwise. */
  transports?: string[];
  /** Default the simulator's `now()`. */
  createdAt?: Date | number;
}

/** The challenge of the last StartWebAuthnRegistration, until it is used or expires. */
export interface PendingWebAuthnChallenge {
  challenge: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** The app client whose token started the registration. */
  clientId: string;
}

/** How long a registration challenge stays valid [?]: the account spec says "about 5 minutes". */
export const WEBAUTHN_CHALLENGE_TTL_MS = 5 * 60_000;

/** ListWebAuthnCredentials' page size when `MaxResults` is absent [?]; the maximum is 20. */
const DEFAULT_PAGE_SIZE = 10;

/**
 * `FriendlyCredentialName` as the service picks it: the AWS CLI's example lists a cross-platform
 * passkey as "Roaming passkey"; other names are not documented, so everything else is "Passkey".
 */
export function friendlyPasskeyName(attachment: string | null): string {
  return attachment === 'cross-platform' ? 'Roaming passkey' : 'Passkey';
}

/** A stored passkey from a test's spec. */
export function passkeyFromSpec(spec: PasskeySpec, pool: ResolvedPoolConfig): SimulatedPasskey {
  const attachment = spec.attachment === undefined ? 'platform' : spec.attachment;
  const createdAt = spec.createdAt ?? pool.now();
  return {
    credentialId: spec.credentialId ?? toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(16))),
    name: spec.name ?? friendlyPasskeyName(attachment),
    relyingPartyId: pool.relyingPartyId ?? 'localhost',
    attachment,
    transports: spec.transports ?? (attachment === 'platform' ? ['internal'] : ['usb', 'nfc']),
    createdAt: typeof createdAt === 'number' ? createdAt : createdAt.getTime(),
    publicKey: '',
    aaguid: '00000000-0000-0000-0000-000000000000',
  };
}

const fault = (code: string, message: string) => new CognitoFault(code, message);

function requirePasskeys(pool: ResolvedPoolConfig): string {
  if (!pool.passkeys) throw fault('WebAuthnNotEnabledException', 'Passkey sign-in is not enabled for this user pool.');
  if (pool.relyingPartyId === null) {
    throw fault('WebAuthnConfigurationMissingException', 'The user pool has no relying party id or domain for passkeys.');
  }
  return pool.relyingPartyId;
}

/** The `client_id` claim of an access token the simulator issued (it was authenticated already). */
function clientIdOf(token: unknown): string {
  const payload = typeof token === 'string' ? token.split('.')[1] : undefined;
  if (!payload) return '';
  const claims: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(payload)));
  return typeof claims === 'object' && claims !== null && 'client_id' in claims && typeof claims.client_id === 'string' ? claims.client_id : '';
}

function pageSize(value: unknown): number {
  if (value === undefined || value === null || value === 0) return DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 20) {
    throw fault(
      'InvalidParameterException',
      `1 validation error detected: Value '${JSON.stringify(value)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20`,
    );
  }
  return value;
}

const encodeToken = (offset: number) => toBase64Url(new TextEncoder().encode(`passkeys:${offset}`));

function decodeToken(token: unknown, count: number): number {
  if (token === undefined || token === null) return 0;
  let offset = NaN;
  try {
    const text = typeof token === 'string' ? new TextDecoder().decode(fromBase64Url(token)) : '';
    if (text.startsWith('passkeys:')) offset = Number(text.slice('passkeys:'.length));
  } catch {
    // Not base64url: refused below.
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > count) throw fault('InvalidParameterException', 'Invalid pagination token.');
  return offset;
}

function describe(passkey: SimulatedPasskey): WebAuthnCredentialDescription {
  return {
    CredentialId: passkey.credentialId,
    FriendlyCredentialName: passkey.name,
    RelyingPartyId: passkey.relyingPartyId,
    ...(passkey.attachment !== null && { AuthenticatorAttachment: passkey.attachment }),
    AuthenticatorTransports: [...passkey.transports],
    // Epoch seconds, with the milliseconds as a fraction (as the service sends them).
    CreatedAt: passkey.createdAt / 1000,
  };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

function allPasskeys(users: Iterable<UserRecord>): SimulatedPasskey[] {
  return [...users].flatMap((user) => user.passkeys);
}

export function passkeyOperations({ pool, users }: SimulatorContext): DomainOperations<
  'ListWebAuthnCredentials' | 'StartWebAuthnRegistration' | 'CompleteWebAuthnRegistration' | 'DeleteWebAuthnCredential'
> {
  return {
    ListWebAuthnCredentials: (user, input): ListWebAuthnCredentialsOutput => {
      const size = pageSize(input.MaxResults);
      const offset = decodeToken(input.NextToken, user.passkeys.length);
      const end = offset + size;
      return {
        Credentials: user.passkeys.slice(offset, end).map(describe),
        ...(end < user.passkeys.length && { NextToken: encodeToken(end) }),
      };
    },

    StartWebAuthnRegistration: (user, input): StartWebAuthnRegistrationOutput => {
      const rpId = requirePasskeys(pool);
      const challenge = toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
      // One registration at a time per user [?]: a new start replaces the previous challenge.
      user.webAuthnChallenge = { challenge, expiresAt: pool.now() + WEBAUTHN_CHALLENGE_TTL_MS, clientId: clientIdOf(input.AccessToken) };
      // The shape of the service's own example (AWS CLI docs): user.id is the user's sub as UTF-8.
      return {
        CredentialCreationOptions: {
          challenge,
          rp: { id: rpId, name: rpId },
          user: { id: toBase64Url(new TextEncoder().encode(user.sub)), name: user.username, displayName: user.username },
          pubKeyCredParams: SUPPORTED_ALGORITHMS.map((alg) => ({ type: 'public-key', alg })),
          timeout: pool.webAuthnTimeout,
          excludeCredentials: user.passkeys.map((passkey) => ({ type: 'public-key', id: passkey.credentialId })),
          authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: 'preferred' },
        },
      };
    },

    CompleteWebAuthnRegistration: async (user, input) => {
      if (!pool.passkeys) throw fault('WebAuthnNotEnabledException', 'Passkey sign-in is not enabled for this user pool.');
      const codec = await loadCbor();
      const response = readRegistrationResponse(input.Credential, codec);
      const pending = user.webAuthnChallenge;
      if (response.clientData.type !== 'webauthn.create') {
        throw fault('InvalidParameterException', 'Invalid credential: the client data is not from a registration (webauthn.create).');
      }
      if (!pending || pending.expiresAt <= pool.now() || pending.challenge !== response.clientData.challenge) {
        throw fault('WebAuthnChallengeNotFoundException', 'The registration challenge was not found or has expired.');
      }
      if (pending.clientId !== clientIdOf(input.AccessToken)) {
        throw fault('WebAuthnClientMismatchException', 'The access token is for another app client than the one that started the registration.');
      }
      // The challenge matched: it is used up, whatever the rest of the checks say.
      user.webAuthnChallenge = null;
      if (!originAllowed(response.clientData.origin, pool.webAuthnOrigins)) {
        throw fault('WebAuthnOriginNotAllowedException', `The origin ${response.clientData.origin} is not allowed for this user pool.`);
      }
      const rpId = pool.relyingPartyId ?? '';
      const authenticator = readAuthenticatorData(response.authData, codec);
      if (!sameBytes(authenticator.rpIdHash, await rpIdHash(rpId))) {
        throw fault('WebAuthnRelyingPartyMismatchException', `The credential was not created for the relying party ${rpId}.`);
      }
      if (!authenticator.userPresent) throw fault('InvalidParameterException', 'Invalid credential: the user was not present.');
      if (authenticator.credentialId !== response.credentialId) {
        throw fault('InvalidParameterException', 'Invalid credential: the credential id differs from the authenticator data.');
      }
      await checkPublicKey(authenticator.coseKey);
      if (allPasskeys(users.values()).some((passkey) => passkey.credentialId === response.credentialId)) {
        throw fault('InvalidParameterException', 'Invalid credential: this credential is already registered.'); // [?]
      }
      user.passkeys.push({
        credentialId: response.credentialId,
        name: friendlyPasskeyName(response.attachment),
        relyingPartyId: rpId,
        attachment: response.attachment,
        transports: response.transports,
        createdAt: pool.now(),
        publicKey: authenticator.publicKey,
        aaguid: authenticator.aaguid,
      });
      return {};
    },

    DeleteWebAuthnCredential: (user, input) => {
      const id = input.CredentialId;
      if (typeof id !== 'string' || id === '') {
        throw fault(
          'InvalidParameterException',
          "1 validation error detected: Value null at 'credentialId' failed to satisfy constraint: Member must not be null",
        );
      }
      const index = user.passkeys.findIndex((passkey) => passkey.credentialId === id);
      if (index < 0) throw fault('ResourceNotFoundException', 'The credential was not found.');
      user.passkeys.splice(index, 1);
      return {};
    },
  };
}
