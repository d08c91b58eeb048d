import { describe, expect, it } from 'vitest';
import { isEmailAddress } from '../cognito/contacts.js';
import { createCognitoSimulator, type PoolConfig } from './index.js';
import { call } from './test-helpers.js';

const START = Date.UTC(2030, 0, 1);
const HOUR = 60 * 60 * 1000;

function setup(config: PoolConfig = {}) {
  let clock = START;
  const sim = createCognitoSimulator({ now: () => clock, ...config });
  sim.addUser({
    username: 'ada',
    attributes: { email: 'ada@example.com', email_verified: 'true', phone_number: '+15555550123', phone_number_verified: 'true' },
  });
  // A token that outlives the days these tests skip over.
  const token = sim.issueToken('ada', { expiresInSeconds: 7 * 24 * 3600 });
  return { sim, token, advance: (ms: number) => (clock += ms) };
}

const update = (sim: ReturnType<typeof setup>['sim'], token: string, Name: string, Value: string) =>
  call(sim, 'UpdateUserAttributes', token, { UserAttributes: [{ Name, Value }] });

const attributesOf = (sim: ReturnType<typeof setup>['sim']) => sim.getUserState('ada').attributes;

describe('UpdateUserAttributes (account spec §7)', () => {
  it('keeps the original value and its verified flag while the new one waits, by default', async () => {
    const { sim, token } = setup();
    const answer = await update(sim, token, 'phone_number', '+447700900123');

    expect(answer).toMatchObject({
      status: 200,
      body: { CodeDeliveryDetailsList: [{ Destination: '+********0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] },
    });
    expect(attributesOf(sim)).toMatchObject({ phone_number: '+15555550123', phone_number_verified: 'true' });
    expect(sim.getUserState('ada').pendingAttributes).toEqual({ phone_number: '+447700900123' });
    const user = (await call(sim, 'GetUser', token)).body as { UserAttributes: Array<{ Name: string; Value: string }> };
    expect(user.UserAttributes).toContainEqual({ Name: 'phone_number', Value: '+15555550123' });
  });

  it('stores the new value at once, unverified, for attributes the pool does not hold back', async () => {
    const { sim, token } = setup({ attributesRequireVerificationBeforeUpdate: ['phone_number'] });
    const answer = await update(sim, token, 'email', 'grace@example.org');

    expect(answer.body).toEqual({
      CodeDeliveryDetailsList: [{ Destination: 'g***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' }],
    });
    expect(attributesOf(sim)).toMatchObject({ email: 'grace@example.org', email_verified: 'false' });
    expect(sim.getUserState('ada').pendingAttributes).toEqual({});
  });

  it('sends one code per changed contact attribute, to the outbox and never in the answer', async () => {
    const { sim, token } = setup();
    const answer = await call(sim, 'UpdateUserAttributes', token, {
      UserAttributes: [
        { Name: 'email', Value: 'grace@example.org' },
        { Name: 'phone_number', Value: '+447700900123' },
        { Name: 'name', Value: 'Ada' },
      ],
    });

    const sent = sim.outbox('ada');
    expect(sent.map(({ attribute, medium, destination }) => ({ attribute, medium, destination }))).toEqual([
      { attribute: 'email', medium: 'EMAIL', destination: 'grace@example.org' },
      { attribute: 'phone_number', medium: 'SMS', destination: '+447700900123' },
    ]);
    for (const { code } of sent) {
      expect(code).toMatch(/^\d{6}$/);
      expect(JSON.stringify(answer.body)).not.toContain(code);
    }
    expect(attributesOf(sim).name).toBe('Ada');
    expect(sim.lastCode('ada', 'phone_number')).toBe(sent[1]?.code);
  });

  it('sends nothing when the value is the one already in place', async () => {
    const { sim, token } = setup();
    expect((await update(sim, token, 'email', 'ada@example.com')).body).toEqual({});
    expect(sim.outbox()).toEqual([]);
    expect(() => sim.lastCode('ada', 'email')).toThrow("No verification code was sent to ada's email");
  });

  it('refuses a phone number that is not E.164, and an email address without a domain', async () => {
    const { sim, token } = setup();
    for (const value of ['+1 555 555 0123', '5555550123', '+1234567890123456']) {
      expect((await update(sim, token, 'phone_number', value)).body).toEqual({
        __type: 'InvalidParameterException',
        message: 'Invalid phone number format.',
      });
    }
    expect((await update(sim, token, 'email', 'ada@')).body).toEqual({
      __type: 'InvalidParameterException',
      message: 'Invalid email address format.',
    });
    expect(sim.outbox()).toEqual([]);
  });

  it('takes exactly the email addresses the kit lets through, so the kit is never stricter', async () => {
    const samples = ['ada@example.com', 'a@b', 'ada+tag@sub.example.co.uk', 'ada.example.com', 'ada @example.com', '@example.com', 'ada@', 'a@b@c'];
    for (const value of samples) {
      const { sim, token } = setup();
      const answer = await update(sim, token, 'email', value);
      expect({ value, accepted: answer.status === 200 }).toEqual({ value, accepted: isEmailAddress(value) });
    }
  });

  it('answers AliasExistsException when another user verified the same value, and applies nothing', async () => {
    const { sim, token } = setup();
    sim.addUser({ username: 'grace', attributes: { email: 'grace@example.org', email_verified: 'true' } });
    sim.addUser({ username: 'alan', attributes: { phone_number: '+447700900123', phone_number_verified: 'false' } });

    expect((await update(sim, token, 'email', 'grace@example.org')).body).toEqual({
      __type: 'AliasExistsException',
      message: 'An account with the given email already exists.',
    });
    expect(sim.getUserState('ada').pendingAttributes).toEqual({});
    // An unverified value elsewhere is no alias yet.
    expect((await update(sim, token, 'phone_number', '+447700900123')).status).toBe(200);
  });

  it('deletes an attribute given a blank value, unless an enabled factor uses it', async () => {
    const { sim, token } = setup();
    sim.updateUser('ada', { enabledMfa: ['EMAIL_OTP'] });
    expect((await update(sim, token, 'email', '')).body).toMatchObject({ __type: 'InvalidParameterException' });
    expect((await update(sim, token, 'phone_number', '')).status).toBe(200);
    expect(attributesOf(sim)).not.toHaveProperty('phone_number');
    expect(attributesOf(sim)).not.toHaveProperty('phone_number_verified');
  });

  it('does not let the user mark an attribute verified', async () => {
    const { sim, token } = setup();
    await update(sim, token, 'email', 'grace@example.org');
    expect((await update(sim, token, 'email_verified', 'true')).body).toMatchObject({ __type: 'NotAuthorizedException' });
  });
});

describe('VerifyUserAttribute', () => {
  it('puts the pending value in place, verified, with the code from the outbox', async () => {
    const { sim, token } = setup();
    await update(sim, token, 'phone_number', '+447700900123');
    const answer = await call(sim, 'VerifyUserAttribute', token, {
      AttributeName: 'phone_number',
      Code: sim.lastCode('ada', 'phone_number'),
    });

    expect(answer).toMatchObject({ status: 200, body: {} });
    expect(attributesOf(sim)).toMatchObject({ phone_number: '+447700900123', phone_number_verified: 'true' });
    expect(sim.getUserState('ada').pendingAttributes).toEqual({});
    // Used once.
    const again = await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: sim.lastCode('ada', 'phone_number') });
    expect(again.body).toMatchObject({ __type: 'CodeMismatchException' });
  });

  it('marks an unverified value verified when the pool changed it at once', async () => {
    const { sim, token } = setup({ attributesRequireVerificationBeforeUpdate: [] });
    await update(sim, token, 'email', 'grace@example.org');
    await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'email', Code: sim.lastCode('ada', 'email') });
    expect(attributesOf(sim)).toMatchObject({ email: 'grace@example.org', email_verified: 'true' });
  });

  it('answers CodeMismatchException for a wrong code and keeps the pending value', async () => {
    const { sim, token } = setup();
    await update(sim, token, 'phone_number', '+447700900123');
    const wrong = sim.lastCode('ada', 'phone_number') === '000000' ? '111111' : '000000';
    const answer = await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: wrong });

    expect(answer).toMatchObject({
      status: 400,
      body: { __type: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' },
    });
    expect(sim.getUserState('ada').pendingAttributes).toEqual({ phone_number: '+447700900123' });
  });

  it('answers ExpiredCodeException 24 hours after the code was sent', async () => {
    const { sim, token, advance } = setup();
    await update(sim, token, 'phone_number', '+447700900123');
    const code = sim.lastCode('ada', 'phone_number');
    advance(24 * HOUR);

    expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: code })).body).toEqual({
      __type: 'ExpiredCodeException',
      message: 'Invalid code provided, please request a code again.',
    });
  });

  it('accepts a code until the 24 hours are over', async () => {
    const { sim, token, advance } = setup();
    await update(sim, token, 'email', 'grace@example.org');
    advance(24 * HOUR - 1);
    const answer = await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'email', Code: sim.lastCode('ada', 'email') });
    expect(answer.status).toBe(200);
  });

  it('answers LimitExceededException after five wrong codes, even for the right one, for an hour', async () => {
    const { sim, token, advance } = setup();
    await update(sim, token, 'phone_number', '+447700900123');
    const right = sim.lastCode('ada', 'phone_number');
    const wrong = right === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: wrong })).body).toMatchObject({
        __type: 'CodeMismatchException',
      });
    }
    const limited = await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: right });
    expect(limited.body).toEqual({ __type: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' });

    advance(HOUR);
    expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: right })).status).toBe(200);
  });

  it('answers AliasExistsException when someone else verified the value after the code was sent', async () => {
    const { sim, token } = setup();
    await update(sim, token, 'email', 'grace@example.org');
    sim.addUser({ username: 'grace', attributes: { email: 'grace@example.org', email_verified: 'true' } });

    const answer = await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'email', Code: sim.lastCode('ada', 'email') });
    expect(answer.body).toEqual({ __type: 'AliasExistsException', message: 'An account with the given email already exists.' });
    expect(attributesOf(sim).email).toBe('ada@example.com');
  });

  it('refuses attributes that are not verified by code, and an empty code', async () => {
    const { sim, token } = setup();
    expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'name', Code: '123456' })).body).toMatchObject({
      __type: 'InvalidParameterException',
    });
    expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'email', Code: '' })).body).toMatchObject({
      __type: 'InvalidParameterException',
    });
  });
});

describe('GetUserAttributeVerificationCode', () => {
  it('sends a new code to the pending value, and the previous code stops working', async () => {
    const { sim, token } = setup();
    await update(sim, token, 'phone_number', '+447700900123');
    const first = sim.lastCode('ada', 'phone_number');
    const answer = await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'phone_number' });

    expect(answer.body).toEqual({
      CodeDeliveryDetails: { Destination: '+********0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' },
    });
    const second = sim.lastCode('ada', 'phone_number');
    expect(sim.outbox('ada').map((message) => message.destination)).toEqual(['+447700900123', '+447700900123']);
    if (first !== second) {
      expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: first })).body).toMatchObject({
        __type: 'CodeMismatchException',
      });
    }
    expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: second })).status).toBe(200);
  });

  it('sends a code for the current value when nothing is pending', async () => {
    const { sim, token } = setup();
    sim.updateUser('ada', { attributes: { email_verified: 'false' } });
    await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'email' });
    expect(sim.outbox('ada')).toMatchObject([{ attribute: 'email', destination: 'ada@example.com' }]);
  });

  it('answers LimitExceededException after five re-sends within an hour', async () => {
    const { sim, token, advance } = setup();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'email' })).status).toBe(200);
    }
    expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'email' })).body).toMatchObject({
      __type: 'LimitExceededException',
    });
    expect(sim.outbox('ada')).toHaveLength(5);
    advance(HOUR);
    expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'email' })).status).toBe(200);
  });

  it('counts codes UpdateUserAttributes sends again for the pending value towards the same limit', async () => {
    const { sim, token, advance } = setup();
    // The first code for the change is no re-send.
    expect((await update(sim, token, 'phone_number', '+447700900123')).status).toBe(200);
    for (let attempt = 0; attempt < 3; attempt++) expect((await update(sim, token, 'phone_number', '+447700900123')).status).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'phone_number' })).status).toBe(200);
    }
    expect(sim.outbox('ada')).toHaveLength(6);

    expect((await update(sim, token, 'phone_number', '+447700900123')).body).toEqual({ __type: 'TooManyRequestsException', message: 'Rate exceeded' });
    // Switching to another value while the code still works is a re-send too.
    expect((await update(sim, token, 'phone_number', '+447700900999')).body).toMatchObject({ __type: 'TooManyRequestsException' });
    expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'phone_number' })).body).toMatchObject({
      __type: 'LimitExceededException',
    });
    expect(sim.outbox('ada')).toHaveLength(6);
    expect(sim.getUserState('ada').pendingAttributes).toEqual({ phone_number: '+447700900123' });
    // The other attribute has its own count, and the count lasts an hour.
    expect((await update(sim, token, 'email', 'grace@example.org')).status).toBe(200);
    advance(HOUR);
    expect((await update(sim, token, 'phone_number', '+447700900123')).status).toBe(200);
  });

  it('refuses an attribute the user does not have', async () => {
    const { sim, token } = setup();
    await call(sim, 'DeleteUserAttributes', token, { UserAttributeNames: ['phone_number'] });
    expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'phone_number' })).body).toMatchObject({
      __type: 'InvalidParameterException',
    });
  });

  it('fails as failNext says, sending nothing', async () => {
    const { sim, token } = setup();
    sim.failNext('GetUserAttributeVerificationCode', { code: 'CodeDeliveryFailureException', message: 'Unable to deliver message' });
    expect((await call(sim, 'GetUserAttributeVerificationCode', token, { AttributeName: 'email' })).body).toEqual({
      __type: 'CodeDeliveryFailureException',
      message: 'Unable to deliver message',
    });
    expect(sim.outbox()).toEqual([]);
  });
});

describe('DeleteUserAttributes', () => {
  it('removes the attribute, its verified flag, a pending value and its code', async () => {
    const { sim, token } = setup();
    await update(sim, token, 'phone_number', '+447700900123');
    const code = sim.lastCode('ada', 'phone_number');
    expect((await call(sim, 'DeleteUserAttributes', token, { UserAttributeNames: ['phone_number'] })).body).toEqual({});

    expect(attributesOf(sim)).toEqual({ email: 'ada@example.com', email_verified: 'true' });
    expect(sim.getUserState('ada').pendingAttributes).toEqual({});
    expect((await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'phone_number', Code: code })).body).toMatchObject({
      __type: 'CodeMismatchException',
    });
  });

  it('refuses to remove the phone number while SMS MFA is on, and the email while email MFA is on', async () => {
    const { sim, token } = setup();
    sim.updateUser('ada', { enabledMfa: ['SMS_MFA', 'EMAIL_OTP'] });
    for (const name of ['phone_number', 'email']) {
      const answer = await call(sim, 'DeleteUserAttributes', token, { UserAttributeNames: [name] });
      expect(answer).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException' } });
    }
    expect(attributesOf(sim)).toHaveProperty('phone_number', '+15555550123');
    expect(attributesOf(sim)).toHaveProperty('email', 'ada@example.com');
  });
});

it('keeps every code out of the call log', async () => {
  const { sim, token } = setup();
  await update(sim, token, 'email', 'grace@example.org');
  const code = sim.lastCode('ada', 'email');
  await call(sim, 'VerifyUserAttribute', token, { AttributeName: 'email', Code: code });

  expect(JSON.stringify(sim.calls)).not.toContain(code);
  expect(sim.calls.at(-1)?.input).toEqual({ AttributeName: 'email', Code: '<redacted>', AccessToken: '<redacted>' });
});

it('lists the outbox of every user, oldest first, and forgets it on reset', async () => {
  const { sim, token, advance } = setup();
  const grace = sim.addUser({ username: 'grace', attributes: { email: 'grace@example.org' } });
  advance(1000);
  await update(sim, token, 'email', 'ada@example.net');
  advance(1000);
  await call(sim, 'GetUserAttributeVerificationCode', grace.accessToken, { AttributeName: 'email' });

  expect(sim.outbox().map((message) => message.username)).toEqual(['ada', 'grace']);
  expect(sim.outbox('grace')).toHaveLength(1);
  expect(() => sim.outbox('nobody')).toThrow('No simulated user "nobody"');
  sim.reset();
  expect(sim.outbox()).toEqual([]);
});
