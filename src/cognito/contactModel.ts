// Contact attributes on the user model, without any network code, so that pages showing
// them load none of the contact operations (src/cognito/contacts.ts).
import type { CognitoUser, ContactDetail } from './model.js';

/** The attributes a code verifies and MFA sends codes to (SMS to `phone_number`, email OTP to `email`). */
export type ContactAttribute = 'email' | 'phone_number';

/** Both contact attributes, in display order. */
export const CONTACT_ATTRIBUTES: readonly ContactAttribute[] = ['phone_number', 'email'];

const FIELD = { email: 'email', phone_number: 'phoneNumber' } as const satisfies Record<ContactAttribute, keyof CognitoUser>;

/** The user's contact detail for an attribute, as GetUser reports it. */
export function contactOf(user: Pick<CognitoUser, 'email' | 'phoneNumber'>, attribute: ContactAttribute): ContactDetail | null {
  return user[FIELD[attribute]];
}

/** `user` with one contact attribute set (or removed, with `null`), its `*_verified` flag included. */
export function withContact<T extends CognitoUser>(user: T, attribute: ContactAttribute, detail: ContactDetail | null): T {
  const { [attribute]: _value, [`${attribute}_verified`]: _verified, ...others } = user.attributes;
  const attributes = detail
    ? { ...others, [attribute]: detail.value, [`${attribute}_verified`]: String(detail.verified) }
    : others;
  return { ...user, attributes, [FIELD[attribute]]: detail };
}
