import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCognitoClient } from '../../src/cognito/client.js';
import { buildPasskeyMfaRequest, passkeyMfaIneligibility } from '../../src/cognito/passkeyMfa.js';
import {
  completeWebAuthnRegistration,
  deleteWebAuthnCredential,
  listWebAuthnCredentials,
  parseListWebAuthnCredentials,
  parseStartWebAuthnRegistration,
  passkeySupport,
  startWebAuthnRegistration,
} from '../../src/cognito/passkeys.js';
import { creationOptionsFromJSON, fromBase64Url, registrationResponseToJSON, toBase64Url, webAuthnError } from '../../src/cognito/webauthn.js';
import { createTestPasskeyCredential } from '../../src/testing/index.js';
import { createCognitoFixture } from '../harness.js';

function fixture(options: Parameters<typeof createCognitoFixture>[0] = {}) {
  const made = createCognitoFixture(options);
  const client = createCognitoClient({ transport: made.transport, getAccessToken: () => made.user.accessToken });
  return { ...made, client };
}

afterEach(() => vi.unstubAllGlobals());

describe('parseListWebAuthnCredentials', () => {
  it('reads CreatedAt as epoch seconds with a fraction, and missing transports and attachment as empty', () => {
    // The AWS CLI's own example: no AuthenticatorTransports although the model requires it.
    const page = parseListWebAuthnCredentials({
      Credentials: [
        {
          AuthenticatorAttachment: 'cross-platform',
          CreatedAt: 1736293876.115,
          CredentialId: '8LApgk4-lNUFHbhm2w6Und7',
          FriendlyCredentialName: 'Roaming passkey',
          RelyingPartyId: 'auth.example.com',
        },
        { CreatedAt: 0, CredentialId: 'b', FriendlyCredentialName: 'Passkey', RelyingPartyId: 'x', AuthenticatorTransports: ['internal'] },
      ],
    });
    expect(page.nextToken).toBeUndefined();
    expect(page.passkeys[0]).toEqual({
      id: '8LApgk4-lNUFHbhm2w6Und7',
      name: 'Roaming passkey',
      relyingPartyId: 'auth.example.com',
      attachment: 'cross-platform',
      transports: [],
      createdAt: new Date(1736293876115),
    });
    expect(page.passkeys[1]).toMatchObject({ attachment: null, transports: ['internal'] });
  });

  it.each([
    ['no Credentials list', {}],
    ['a CreatedAt that is a date string', { Credentials: [{ CreatedAt: '2026-01-01', CredentialId: 'a', FriendlyCredentialName: 'P', RelyingPartyId: 'x' }] }],
    ['a credential without an id', { Credentials: [{ CreatedAt: 1, FriendlyCredentialName: 'P', RelyingPartyId: 'x' }] }],
    ['transports that are not strings', { Credentials: [{ CreatedAt: 1, CredentialId: 'a', FriendlyCredentialName: 'P', RelyingPartyId: 'x', AuthenticatorTransports: [1] }] }],
  ])('turns %s into a malformed-response error', (_name, body) => {
    expect(() => parseListWebAuthnCredentials(body)).toThrow(expect.objectContaining({ category: 'malformed-response' }));
  });
});

describe('parseStartWebAuthnRegistration', () => {
  it('passes the creation options through and refuses options without a challenge or user id', () => {
    const options = { challenge: 'abc', rp: { id: 'x', name: 'x' }, user: { id: 'dQ', name: 'u', displayName: 'u' }, pubKeyCredParams: [] };
    expect(parseStartWebAuthnRegistration({ CredentialCreationOptions: options })).toBe(options);
    expect(() => parseStartWebAuthnRegistration({ CredentialCreationOptions: { ...options, challenge: 1 } })).toThrow(/challenge/);
    expect(() => parseStartWebAuthnRegistration({ CredentialCreationOptions: { ...options, user: {} } })).toThrow(/"id"/);
    expect(() => parseStartWebAuthnRegistration({})).toThrow(/malformed/);
  });
});

describe('the passkey operations against the simulator', () => {
  it('lists every passkey, following NextToken across pages of 20', async () => {
    const { sim, client } = fixture();
    sim.updateUser('ada', { passkeys: Array.from({ length: 45 }, (_, index) => ({ credentialId: `id${index}` })) });
    const passkeys = await listWebAuthnCredentials(client);
    expect(passkeys.map((passkey) => passkey.id)).toEqual(Array.from({ length: 45 }, (_, index) => `id${index}`));
    const pages = sim.calls.filter((call) => call.operation === 'ListWebAuthnCredentials');
    expect(pages.map((call) => call.input.MaxResults)).toEqual([20, 20, 20]);
    expect(pages[0]?.input).not.toHaveProperty('NextToken');
  });

  it('stops with a malformed-response error when the service repeats a NextToken', async () => {
    const client = createCognitoClient({
      getAccessToken: () => 'token',
      transport: { send: () => Promise.resolve({ Credentials: [], NextToken: 'same' }) },
    });
    await expect(listWebAuthnCredentials(client)).rejects.toMatchObject({ category: 'malformed-response' });
  });

  it('registers a passkey: start, a response built for those options, complete; then deletes it', async () => {
    const { sim, client } = fixture();
    const options = await startWebAuthnRegistration(client);
    await completeWebAuthnRegistration(client, await createTestPasskeyCredential(options));
    const [passkey] = await listWebAuthnCredentials(client);
    expect(passkey).toMatchObject({ name: 'Passkey', attachment: 'platform', transports: ['internal'], relyingPartyId: 'localhost' });
    await deleteWebAuthnCredential(client, passkey?.id ?? '');
    expect(sim.getUserState('ada').passkeys).toEqual([]);
    await expect(deleteWebAuthnCredential(client, 'gone')).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
  });
});

describe('the browser codec', () => {
  const json = {
    challenge: 'AQID',
    rp: { id: 'localhost', name: 'localhost' },
    user: { id: 'BAUG', name: 'ada', displayName: 'ada' },
    pubKeyCredParams: [{ type: 'public-key' as const, alg: -7 }],
    excludeCredentials: [{ type: 'public-key' as const, id: 'Bwg' }],
  };

  it('round-trips base64url without padding, and refuses other text', () => {
    const data = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(new Uint8Array(fromBase64Url(toBase64Url(data)))).toEqual(data);
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
    expect(() => fromBase64Url('a+b/')).toThrow(TypeError);
  });

  it('decodes the binary fields by hand when the browser has no parseCreationOptionsFromJSON', () => {
    vi.stubGlobal('PublicKeyCredential', vi.fn());
    const options = creationOptionsFromJSON(json);
    expect(new Uint8Array(options.challenge as ArrayBuffer)).toEqual(new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(options.user.id as ArrayBuffer)).toEqual(new Uint8Array([4, 5, 6]));
    expect(new Uint8Array(options.excludeCredentials?.[0]?.id as ArrayBuffer)).toEqual(new Uint8Array([7, 8]));
    expect(options.rp).toEqual(json.rp);
  });

  it('uses the browser’s own parser and toJSON() where they exist', () => {
    const parsed = { challenge: new ArrayBuffer(1) } as PublicKeyCredentialCreationOptions;
    const parseCreationOptionsFromJSON = vi.fn(() => parsed);
    vi.stubGlobal('PublicKeyCredential', Object.assign(vi.fn(), { parseCreationOptionsFromJSON }));
    expect(creationOptionsFromJSON(json)).toBe(parsed);
    const own = { id: 'x' };
    expect(registrationResponseToJSON({ toJSON: () => own } as unknown as PublicKeyCredential)).toBe(own);
  });

  it('encodes a credential without toJSON() field by field', () => {
    const credential = {
      id: 'AQ',
      type: 'public-key',
      rawId: new Uint8Array([1]).buffer,
      authenticatorAttachment: 'cross-platform',
      response: { clientDataJSON: new Uint8Array([2]).buffer, attestationObject: new Uint8Array([3]).buffer, getTransports: () => ['usb'] },
      getClientExtensionResults: () => ({ credProps: { rk: true } }),
    } as unknown as PublicKeyCredential;
    expect(registrationResponseToJSON(credential)).toEqual({
      id: 'AQ',
      rawId: 'AQ',
      type: 'public-key',
      response: { clientDataJSON: 'Ag', attestationObject: 'Aw', transports: ['usb'] },
      authenticatorAttachment: 'cross-platform',
      clientExtensionResults: { credProps: { rk: true } },
    });
  });

  it('names WebAuthn failures by their DOMException and keeps other errors as they are', () => {
    expect(webAuthnError(new DOMException('x', 'NotAllowedError'))).toMatchObject({ code: 'NotAllowedError', category: 'not-allowed' });
    expect(webAuthnError(new DOMException('x', 'InvalidStateError'))).toMatchObject({ code: 'InvalidStateError', category: 'conflict' });
    expect(webAuthnError(new DOMException('x', 'SecurityError'))).toMatchObject({ code: 'SecurityError', category: 'configuration' });
    expect(webAuthnError(new TypeError('bad'))).toMatchObject({ code: 'TypeError', category: 'unknown' });
  });

  it('says why a page cannot create passkeys', () => {
    vi.stubGlobal('isSecureContext', false);
    expect(passkeySupport()).toBe('insecure-context');
    vi.stubGlobal('isSecureContext', true);
    expect(passkeySupport()).toBe('no-webauthn');
    vi.stubGlobal('PublicKeyCredential', vi.fn());
    vi.stubGlobal('navigator', { credentials: { create: () => null } });
    expect(passkeySupport()).toBe('supported');
  });
});

describe('passkey MFA requests (account spec §8)', () => {
  it('re-sends every enabled factor with its preference beside WebAuthnMfaSettings', () => {
    expect(buildPasskeyMfaRequest({ enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'WEB_AUTHN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' }, true)).toEqual({
      WebAuthnMfaSettings: { Enabled: true },
      SMSMfaSettings: { Enabled: true, PreferredMfa: false },
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(buildPasskeyMfaRequest({ enabled: [], preferred: null }, false)).toEqual({ WebAuthnMfaSettings: { Enabled: false } });
  });

  it('needs a passkey and another enabled MFA factor', () => {
    expect(passkeyMfaIneligibility({ enabled: ['SMS_MFA'], preferred: null }, 0)).toBe('no-passkey');
    expect(passkeyMfaIneligibility({ enabled: ['WEB_AUTHN_MFA'], preferred: null }, 1)).toBe('no-other-factor');
    expect(passkeyMfaIneligibility({ enabled: ['EMAIL_OTP'], preferred: null }, 1)).toBeNull();
  });
});
