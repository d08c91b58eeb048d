import { describe, expect, it } from 'vitest';
import { contactOf, withContact } from './contactModel.js';
import {
  isE164PhoneNumber,
  isEmailAddress,
  normalisePhoneNumber,
  parseGetUserAttributeVerificationCode,
  parseUpdateUserAttributes,
} from './contacts.js';
import { parseGetUser } from './parse.js';

const malformed = { name: 'CognitoError', code: 'MalformedResponse', category: 'malformed-response' };

describe('parseUpdateUserAttributes', () => {
  it('reads one delivery per changed attribute, with the destination Cognito masked', () => {
    expect(
      parseUpdateUserAttributes({
        CodeDeliveryDetailsList: [
          { Destination: '+*******0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' },
          { Destination: 'a***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
        ],
      }),
    ).toEqual([
      { attribute: 'phone_number', medium: 'SMS', destination: '+*******0123' },
      { attribute: 'email', medium: 'EMAIL', destination: 'a***@e***' },
    ]);
  });

  it('reads an answer without deliveries (nothing needed a code) as none', () => {
    expect(parseUpdateUserAttributes({})).toEqual([]);
  });

  it('fills in what the model leaves optional from the request', () => {
    expect(parseUpdateUserAttributes({ CodeDeliveryDetailsList: [{}] }, 'email')).toEqual([
      { attribute: 'email', medium: 'EMAIL', destination: '' },
    ]);
  });

  it('refuses a wrong shape at the boundary', () => {
    expect(() => parseUpdateUserAttributes({ CodeDeliveryDetailsList: {} })).toThrow(expect.objectContaining(malformed));
    expect(() => parseUpdateUserAttributes({ CodeDeliveryDetailsList: [{ Destination: 7 }] })).toThrow(
      expect.objectContaining(malformed),
    );
    expect(() => parseUpdateUserAttributes('<html>')).toThrow(expect.objectContaining(malformed));
  });
});

describe('parseGetUserAttributeVerificationCode', () => {
  it('reads where the new code went, and an absent answer as unknown', () => {
    expect(
      parseGetUserAttributeVerificationCode(
        { CodeDeliveryDetails: { Destination: '+*******0123', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } },
        'phone_number',
      ),
    ).toEqual({ attribute: 'phone_number', medium: 'SMS', destination: '+*******0123' });
    expect(parseGetUserAttributeVerificationCode({}, 'email')).toBeNull();
  });

  it('refuses a wrong shape at the boundary', () => {
    expect(() => parseGetUserAttributeVerificationCode({ CodeDeliveryDetails: 'sent' }, 'email')).toThrow(
      expect.objectContaining(malformed),
    );
  });
});

describe('phone numbers and email addresses before sending', () => {
  it('accepts E.164 only: + and 8 to 15 digits', () => {
    expect(['+15555550123', '+4930901820', '+123456789012345'].map(isE164PhoneNumber)).toEqual([true, true, true]);
    expect(['15555550123', '+1555', '+1234567890123456', '+1 555 555 0123', '+1555555012a'].map(isE164PhoneNumber)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('drops the spaces, dashes, dots and brackets people type', () => {
    expect(normalisePhoneNumber(' +1 (555) 555-01.23 ')).toBe('+15555550123');
  });

  it('wants something on both sides of one @, without spaces', () => {
    expect(['ada@example.com', 'a@b'].map(isEmailAddress)).toEqual([true, true]);
    expect(['ada.example.com', 'ada @example.com', '@example.com', 'ada@'].map(isEmailAddress)).toEqual([false, false, false, false]);
  });
});

describe('withContact', () => {
  const user = parseGetUser({
    Username: 'ada',
    UserAttributes: [
      { Name: 'email', Value: 'ada@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ],
  });

  it('sets an attribute and its verified flag in both views of the user', () => {
    const next = withContact(user, 'phone_number', { value: '+15555550123', verified: false });
    expect(contactOf(next, 'phone_number')).toEqual({ value: '+15555550123', verified: false });
    expect(next.attributes).toEqual({ email: 'ada@example.com', email_verified: 'true', phone_number: '+15555550123', phone_number_verified: 'false' });
  });

  it('removes an attribute with its verified flag', () => {
    const next = withContact(user, 'email', null);
    expect(next.email).toBeNull();
    expect(next.attributes).toEqual({});
  });
});
