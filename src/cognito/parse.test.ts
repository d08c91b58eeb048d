import { describe, expect, it } from 'vitest';
import { parseGetUser, parseGetUserAuthFactors, parseVerifySoftwareToken, parseAssociateSoftwareToken } from './parse.js';

describe('parseGetUser', () => {
  it('normalises absent MFA fields to an empty list and no preference', () => {
    const user = parseGetUser({ Username: 'ada', UserAttributes: [{ Name: 'sub', Value: 'abc' }] });
    expect(user).toMatchObject({ username: 'ada', enabled: [], preferred: null, email: null, phoneNumber: null });
    expect(user.attributes).toEqual({ sub: 'abc' });
  });

  it('reads contact details with their verified flags', () => {
    const user = parseGetUser({
      Username: 'ada',
      UserAttributes: [
        { Name: 'email', Value: 'ada@example.com' },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'phone_number', Value: '+15555550123' },
        { Name: 'phone_number_verified', Value: 'false' },
      ],
    });
    expect(user.email).toEqual({ value: 'ada@example.com', verified: true });
    expect(user.phoneNumber).toEqual({ value: '+15555550123', verified: false });
  });

  it('keeps unknown MFA values instead of dropping them, and reads "" as no preference', () => {
    const user = parseGetUser({ Username: 'ada', UserAttributes: [], UserMFASettingList: ['SMS_MFA', 'FUTURE_MFA'], PreferredMfaSetting: '' });
    expect(user.enabled).toEqual(['SMS_MFA', 'FUTURE_MFA']);
    expect(user.preferred).toBeNull();
  });

  it.each([
    ['a string body', 'oops', 'expected a JSON object'],
    ['a missing Username', { UserAttributes: [] }, '"Username" is missing'],
    ['attributes that are not a list', { Username: 'a', UserAttributes: {} }, '"UserAttributes" is not a list'],
    ['an MFA list of numbers', { Username: 'a', UserAttributes: [], UserMFASettingList: [1] }, '"UserMFASettingList" is not a list of strings'],
  ])('rejects %s as a malformed response', (_name, body, detail) => {
    expect(() => parseGetUser(body)).toThrow(expect.objectContaining({ category: 'malformed-response', message: expect.stringContaining(detail) as string }) as Error);
  });
});

describe('parseGetUserAuthFactors', () => {
  it('keeps configured sign-in factors, unknown ones included', () => {
    const factors = parseGetUserAuthFactors({ Username: 'ada', ConfiguredUserAuthFactors: ['PASSWORD', 'WEB_AUTHN', 'TELEPATHY'] });
    expect(factors).toEqual({ username: 'ada', configured: ['PASSWORD', 'WEB_AUTHN', 'TELEPATHY'], enabled: [], preferred: null });
  });
});

describe('software token responses', () => {
  it('rejects a secret that is not base32', () => {
    expect(() => parseAssociateSoftwareToken({ SecretCode: 'not base32 at all!' })).toThrow(/not base32/);
  });

  it('requires the verification status', () => {
    expect(parseVerifySoftwareToken({ Status: 'SUCCESS' })).toEqual({ status: 'SUCCESS' });
    expect(() => parseVerifySoftwareToken({})).toThrow(/"Status" is missing/);
  });
});
