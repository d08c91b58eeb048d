import { describe, expect, it } from 'vitest';
import { decodeCBOR, encodeCBOR } from '@levischuck/tiny-cbor';
import { fromBase64Url, toBase64Url } from '../cognito/webauthn.js';
import {
  createCognitoSimulator,
  createTestPasskeyCredential,
  WEBAUTHN_CHALLENGE_TTL_MS,
  type PoolConfig,
  type TestPasskeyCredentialOptions,
} from './index.js';
import { originAllowed } from './webauthn/registration.js';
import { call } from './test-helpers.js';

const START = Date.UTC(2030, 0, 1);

function setup(config: PoolConfig = {}) {
  let clock = START;
  const sim = createCognitoSimulator({ now: () => clock, ...config });
  const { accessToken, sub } = sim.addUser({ username: 'ada' });
  const advance = (ms: number) => (clock += ms);
  return { sim, accessToken, sub, advance };
}

type Setup = ReturnType<typeof setup>;

interface CreationOptions {
  challenge: string;
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  timeout: number;
  excludeCredentials: { id: string; type: string }[];
}

async function start({ sim, accessToken }: Pick<Setup, 'sim' | 'accessToken'>): Promise<CreationOptions> {
  const response = await call(sim, 'StartWebAuthnRegistration', accessToken);
  expect(response.status).toBe(200);
  return (response.body as { CredentialCreationOptions: CreationOptions }).CredentialCreationOptions;
}

/** Start, build a response with `init`, complete: the complete call's response. */
async function register(fixture: Pick<Setup, 'sim' | 'accessToken'>, init: TestPasskeyCredentialOptions = {}) {
  const options = await start(fixture);
  const credential = await createTestPasskeyCredential(options, init);
  return { credential, response: await call(fixture.sim, 'CompleteWebAuthnRegistration', fixture.accessToken, { Credential: credential }) };
}

/** The credential with its attestation object's bytes changed by `change`. */
function withAttestation(credential: Record<string, unknown>, change: (bytes: Uint8Array) => Uint8Array) {
  const response = credential.response as { attestationObject: string };
  const attestationObject = toBase64Url(change(new Uint8Array(fromBase64Url(response.attestationObject))));
  return { ...credential, response: { ...response, attestationObject } };
}

/** The credential with its authenticator data changed by `change` inside a well-formed attestation object. */
function withAuthData(credential: Record<string, unknown>, change: (authData: Uint8Array) => Uint8Array) {
  return withAttestation(credential, (bytes) => {
    const attestation = decodeCBOR(bytes) as Map<string, Uint8Array>;
    attestation.set('authData', change(attestation.get('authData') ?? new Uint8Array()));
    return encodeCBOR(attestation);
  });
}

const errorOf = (response: { status: number; body: unknown }) => ({ status: response.status, code: (response.body as { __type?: string }).__type });

describe('StartWebAuthnRegistration', () => {
  it('answers real creation options: a random challenge, the pool’s relying party, the user’s sub and the configured timeout', async () => {
    const fixture = setup({ relyingPartyId: 'auth.example.com', webAuthnTimeout: 2000 });
    const first = await start(fixture);
    const second = await start(fixture);

    expect(first).toEqual({
      challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) as unknown,
      rp: { id: 'auth.example.com', name: 'auth.example.com' },
      user: { id: toBase64Url(new TextEncoder().encode(fixture.sub)), name: 'ada', displayName: 'ada' },
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      timeout: 2000,
      excludeCredentials: [],
      authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: 'preferred' },
    });
    expect(second.challenge).not.toBe(first.challenge);
    expect(fixture.sim.getUserState('ada').webAuthnChallenge).toEqual({
      challenge: second.challenge,
      expiresAt: START + WEBAUTHN_CHALLENGE_TTL_MS,
      clientId: 'simulatedclient',
    });
  });

  it('excludes the passkeys the user already has, so the browser refuses the same authenticator twice', async () => {
    const fixture = setup();
    fixture.sim.updateUser('ada', { passkeys: [{ credentialId: 'AAAA' }, { credentialId: 'BBBB' }] });
    expect((await start(fixture)).excludeCredentials).toEqual([
      { type: 'public-key', id: 'AAAA' },
      { type: 'public-key', id: 'BBBB' },
    ]);
  });

  it('refuses with WebAuthnNotEnabledException when the pool has no passkey sign-in', async () => {
    const { sim, accessToken } = setup({ passkeys: false });
    expect(errorOf(await call(sim, 'StartWebAuthnRegistration', accessToken))).toEqual({ status: 400, code: 'WebAuthnNotEnabledException' });
  });

  it('refuses with WebAuthnConfigurationMissingException when the pool has no relying party id', async () => {
    const { sim, accessToken } = setup({ relyingPartyId: null });
    expect(errorOf(await call(sim, 'StartWebAuthnRegistration', accessToken))).toEqual({
      status: 400,
      code: 'WebAuthnConfigurationMissingException',
    });
  });
});

describe('CompleteWebAuthnRegistration', () => {
  it('verifies the response, stores the passkey and answers an empty body', async () => {
    const fixture = setup();
    const { credential, response } = await register(fixture, { origin: 'http://localhost:5173', attachment: 'cross-platform', transports: ['usb', 'nfc'] });

    expect(response).toMatchObject({ status: 200, body: {} });
    const state = fixture.sim.getUserState('ada');
    expect(state.passkeys).toEqual([
      {
        credentialId: credential.id,
        name: 'Roaming passkey',
        relyingPartyId: 'localhost',
        attachment: 'cross-platform',
        transports: ['usb', 'nfc'],
        createdAt: START,
        publicKey: expect.stringMatching(/^pQECAyYgAS/) as unknown,
        aaguid: '00000000-0000-0000-0000-000000000000',
      },
    ]);
    expect(state.webAuthnChallenge).toBeNull();
  });

  it('names a passkey on this device "Passkey"', async () => {
    const fixture = setup();
    await register(fixture, { attachment: 'platform' });
    expect(fixture.sim.getUserState('ada').passkeys[0]?.name).toBe('Passkey');
  });

  it('refuses a response to a challenge that was never issued, was used, or expired after 5 minutes', async () => {
    const fixture = setup();
    const unknown = await createTestPasskeyCredential({ challenge: toBase64Url(new Uint8Array(32)) });
    expect(errorOf(await call(fixture.sim, 'CompleteWebAuthnRegistration', fixture.accessToken, { Credential: unknown }))).toEqual({
      status: 400,
      code: 'WebAuthnChallengeNotFoundException',
    });

    const { credential } = await register(fixture);
    const used = JSON.parse(atob(credential.response.clientDataJSON.replace(/-/g, '+').replace(/_/g, '/'))) as { challenge: string };
    const replayed = await createTestPasskeyCredential({ challenge: used.challenge });
    expect(errorOf(await call(fixture.sim, 'CompleteWebAuthnRegistration', fixture.accessToken, { Credential: replayed })).code).toBe(
      'WebAuthnChallengeNotFoundException',
    );

    const options = await start(fixture);
    fixture.advance(WEBAUTHN_CHALLENGE_TTL_MS);
    const late = await createTestPasskeyCredential(options);
    expect(errorOf(await call(fixture.sim, 'CompleteWebAuthnRegistration', fixture.accessToken, { Credential: late })).code).toBe(
      'WebAuthnChallengeNotFoundException',
    );
    expect(fixture.sim.getUserState('ada').passkeys).toHaveLength(1);
  });

  it('refuses a challenge that is not the outstanding one', async () => {
    const fixture = setup();
    const { response } = await register(fixture, { challenge: toBase64Url(new Uint8Array(32).fill(7)) });
    expect(errorOf(response).code).toBe('WebAuthnChallengeNotFoundException');
  });

  it('refuses an origin the pool does not allow with WebAuthnOriginNotAllowedException', async () => {
    const fixture = setup();
    const { response } = await register(fixture, { origin: 'https://evil.example' });
    expect(errorOf(response)).toEqual({ status: 400, code: 'WebAuthnOriginNotAllowedException' });
    expect(fixture.sim.getUserState('ada')).toMatchObject({ passkeys: [], webAuthnChallenge: null });
  });

  it('accepts the origins the pool lists', async () => {
    const fixture = setup({ relyingPartyId: 'example.com', webAuthnOrigins: ['https://*.example.com'] });
    expect((await register(fixture, { origin: 'https://app.example.com' })).response.status).toBe(200);
  });

  it('refuses a credential made for another relying party with WebAuthnRelyingPartyMismatchException', async () => {
    const fixture = setup();
    const { response } = await register(fixture, { rpId: 'example.com' });
    expect(errorOf(response)).toEqual({ status: 400, code: 'WebAuthnRelyingPartyMismatchException' });
  });

  it('refuses a token from another app client than the one that started, with WebAuthnClientMismatchException', async () => {
    const fixture = setup();
    const options = await start(fixture);
    const otherClient = fixture.sim.issueToken('ada', { clientId: 'otherclient' });
    const credential = await createTestPasskeyCredential(options);
    expect(errorOf(await call(fixture.sim, 'CompleteWebAuthnRegistration', otherClient, { Credential: credential }))).toEqual({
      status: 400,
      code: 'WebAuthnClientMismatchException',
    });
  });

  it('refuses an algorithm it did not offer with WebAuthnCredentialNotSupportedException', async () => {
    const fixture = setup();
    const { response } = await register(fixture, { algorithm: -8 });
    expect(errorOf(response)).toEqual({ status: 400, code: 'WebAuthnCredentialNotSupportedException' });
  });

  it('refuses with WebAuthnNotEnabledException when the pool has no passkey sign-in', async () => {
    const { sim, accessToken } = setup({ passkeys: false });
    const credential = await createTestPasskeyCredential({ challenge: 'AAAA' });
    expect(errorOf(await call(sim, 'CompleteWebAuthnRegistration', accessToken, { Credential: credential })).code).toBe(
      'WebAuthnNotEnabledException',
    );
  });

  it.each<[string, TestPasskeyCredentialOptions | ((credential: Record<string, unknown>) => unknown)]>([
    ['an assertion instead of a registration', { type: 'webauthn.get' }],
    ['a response without user presence', { userPresent: false }],
    ['something that is not a credential', () => 'not a credential'],
    ['a credential whose id and rawId differ', (credential) => ({ ...credential, id: 'AAAA' })],
    ['an attestation object that is not CBOR', (credential) => ({ ...credential, response: { ...(credential.response as object), attestationObject: 'AAAA' } })],
    ['an attestation object cut short', (credential) => withAttestation(credential, (bytes) => bytes.subarray(0, bytes.length - 5))],
    ['an attestation object with trailing bytes', (credential) => withAttestation(credential, (bytes) => Uint8Array.of(...bytes, 0x00))],
    ['a credential public key cut short inside the authenticator data', (credential) => withAuthData(credential, (authData) => authData.subarray(0, authData.length - 3))],
  ])('refuses %s with InvalidParameterException', async (_name, change) => {
    const fixture = setup();
    const options = await start(fixture);
    const built = await createTestPasskeyCredential(options, typeof change === 'function' ? {} : change);
    const credential = typeof change === 'function' ? change(built) : built;
    const response = await call(fixture.sim, 'CompleteWebAuthnRegistration', fixture.accessToken, { Credential: credential });
    expect(errorOf(response)).toEqual({ status: 400, code: 'InvalidParameterException' });
    expect(fixture.sim.getUserState('ada').passkeys).toEqual([]);
  });

  it('refuses a credential that is registered already', async () => {
    const fixture = setup();
    const { credential } = await register(fixture);
    const { response } = await register(fixture, { credentialId: credential.id });
    expect(errorOf(response).code).toBe('InvalidParameterException');
  });
});

describe('ListWebAuthnCredentials', () => {
  it('lists every passkey with CreatedAt in epoch seconds, a page at a time', async () => {
    const { sim, accessToken } = setup();
    sim.updateUser('ada', {
      passkeys: Array.from({ length: 12 }, (_, index) => ({ credentialId: `id${index}`, createdAt: START + index * 1500 })),
    });

    const first = await call(sim, 'ListWebAuthnCredentials', accessToken);
    const page = first.body as { Credentials: unknown[]; NextToken?: string };
    expect(page.Credentials).toHaveLength(10);
    expect(page.Credentials[1]).toEqual({
      CredentialId: 'id1',
      FriendlyCredentialName: 'Passkey',
      RelyingPartyId: 'localhost',
      AuthenticatorAttachment: 'platform',
      AuthenticatorTransports: ['internal'],
      CreatedAt: START / 1000 + 1.5,
    });
    const rest = await call(sim, 'ListWebAuthnCredentials', accessToken, { NextToken: page.NextToken });
    expect(rest.body).toEqual({ Credentials: [expect.objectContaining({ CredentialId: 'id10' }), expect.objectContaining({ CredentialId: 'id11' })] });

    const small = await call(sim, 'ListWebAuthnCredentials', accessToken, { MaxResults: 20 });
    expect((small.body as { Credentials: unknown[]; NextToken?: string }).NextToken).toBeUndefined();
  });

  it('refuses MaxResults above 20 and a token it did not issue', async () => {
    const { sim, accessToken } = setup();
    expect(errorOf(await call(sim, 'ListWebAuthnCredentials', accessToken, { MaxResults: 21 })).code).toBe('InvalidParameterException');
    expect(errorOf(await call(sim, 'ListWebAuthnCredentials', accessToken, { NextToken: 'garbage!' })).code).toBe('InvalidParameterException');
  });

  it('omits AuthenticatorAttachment when the browser did not report it', async () => {
    const { sim, accessToken } = setup();
    sim.updateUser('ada', { passkeys: [{ attachment: null, transports: [] }] });
    const { Credentials } = (await call(sim, 'ListWebAuthnCredentials', accessToken)).body as { Credentials: Record<string, unknown>[] };
    expect(Credentials[0]).not.toHaveProperty('AuthenticatorAttachment');
  });
});

describe('DeleteWebAuthnCredential', () => {
  it('removes the passkey, and answers ResourceNotFoundException for an id the user does not have', async () => {
    const { sim, accessToken } = setup();
    sim.updateUser('ada', { passkeys: [{ credentialId: 'AAAA' }, { credentialId: 'BBBB' }] });
    expect((await call(sim, 'DeleteWebAuthnCredential', accessToken, { CredentialId: 'AAAA' })).status).toBe(200);
    expect(sim.getUserState('ada').passkeys.map((p) => p.credentialId)).toEqual(['BBBB']);
    expect(errorOf(await call(sim, 'DeleteWebAuthnCredential', accessToken, { CredentialId: 'AAAA' }))).toEqual({
      status: 400,
      code: 'ResourceNotFoundException',
    });
    expect(errorOf(await call(sim, 'DeleteWebAuthnCredential', accessToken)).code).toBe('InvalidParameterException');
  });
});

describe('ConfiguredUserAuthFactors', () => {
  it('contains WEB_AUTHN exactly while the user has a passkey', async () => {
    const fixture = setup();
    const configured = async () =>
      ((await call(fixture.sim, 'GetUserAuthFactors', fixture.accessToken)).body as { ConfiguredUserAuthFactors: string[] })
        .ConfiguredUserAuthFactors;
    expect(await configured()).toEqual(['PASSWORD']);
    const { credential } = await register(fixture);
    expect(await configured()).toEqual(['PASSWORD', 'WEB_AUTHN']);
    await call(fixture.sim, 'DeleteWebAuthnCredential', fixture.accessToken, { CredentialId: credential.id });
    expect(await configured()).toEqual(['PASSWORD']);
  });

  it('gives a user declared with WEB_AUTHN a passkey', () => {
    const sim = createCognitoSimulator();
    sim.addUser({ username: 'bo', configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] });
    expect(sim.getUserState('bo')).toMatchObject({ configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'], passkeys: [{ name: 'Passkey' }] });
  });
});

describe('Passkey MFA (SetUserMFAPreference WebAuthnMfaSettings)', () => {
  const withPasskeyAndSms = () => {
    const fixture = setup({ passkeyMfa: true });
    fixture.sim.updateUser('ada', { attributes: { phone_number: '+15555550100' }, enabledMfa: ['SMS_MFA'], passkeys: [{}] });
    return fixture;
  };

  it('refuses a request that carries only the WebAuthn setting, even with another factor on', async () => {
    const { sim, accessToken } = withPasskeyAndSms();
    const response = await call(sim, 'SetUserMFAPreference', accessToken, { WebAuthnMfaSettings: { Enabled: true } });
    expect(response.body).toEqual({ __type: 'InvalidParameterException', message: 'WebAuthn MFA requires enabling an additional MFA setting.' });
  });

  it('turns on with another factor re-sent in the same request, and lists WEB_AUTHN_MFA', async () => {
    const { sim, accessToken } = withPasskeyAndSms();
    const response = await call(sim, 'SetUserMFAPreference', accessToken, {
      WebAuthnMfaSettings: { Enabled: true },
      SMSMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    expect(response.status).toBe(200);
    expect(sim.getUserState('ada').webAuthnMfa).toBe(true);
    expect((await call(sim, 'GetUser', accessToken)).body).toMatchObject({ UserMFASettingList: ['SMS_MFA', 'WEB_AUTHN_MFA'] });

    await call(sim, 'SetUserMFAPreference', accessToken, { WebAuthnMfaSettings: { Enabled: false } });
    expect(sim.getUserState('ada').webAuthnMfa).toBe(false);
  });

  it('refuses when the pool does not allow it or the user has no passkey', async () => {
    const request = { WebAuthnMfaSettings: { Enabled: true }, SMSMfaSettings: { Enabled: true, PreferredMfa: false } };
    const off = setup();
    off.sim.updateUser('ada', { attributes: { phone_number: '+15555550100' }, passkeys: [{}] });
    expect(errorOf(await call(off.sim, 'SetUserMFAPreference', off.accessToken, request)).code).toBe('InvalidParameterException');

    const noPasskey = withPasskeyAndSms();
    noPasskey.sim.updateUser('ada', { passkeys: [] });
    expect(errorOf(await call(noPasskey.sim, 'SetUserMFAPreference', noPasskey.accessToken, request)).code).toBe('InvalidParameterException');
    expect(noPasskey.sim.getUserState('ada').webAuthnMfa).toBe(false);
  });

  it('goes off with the last other factor', async () => {
    const { sim, accessToken } = withPasskeyAndSms();
    sim.updateUser('ada', { webAuthnMfa: true });
    await call(sim, 'SetUserMFAPreference', accessToken, { SMSMfaSettings: { Enabled: false, PreferredMfa: false } });
    expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: [], webAuthnMfa: false });
  });
});

describe('origin patterns', () => {
  it('matches any port for :* and any subdomain for *.', () => {
    expect(originAllowed('http://localhost:63315', ['http://localhost:*'])).toBe(true);
    expect(originAllowed('http://localhost', ['http://localhost:*'])).toBe(true);
    expect(originAllowed('http://127.0.0.1:63315', ['http://localhost:*'])).toBe(false);
    expect(originAllowed('https://a.b.example.com', ['https://*.example.com'])).toBe(true);
    expect(originAllowed('https://example.com.evil', ['https://*.example.com'])).toBe(false);
    expect(originAllowed('https://example.com', ['https://example.com'])).toBe(true);
  });
});
