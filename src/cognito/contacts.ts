// Contact details (phone number, email): UpdateUserAttributes, GetUserAttributeVerificationCode,
// VerifyUserAttribute, DeleteUserAttributes. Behaviour: docs/behaviour.md#contact-details.
import type { AttributeType } from './wire.js';

/** Where the service sent a verification code; `Destination` is already masked by Cognito. */
export interface CodeDeliveryDetailsType {
  Destination?: string;
  DeliveryMedium?: 'SMS' | 'EMAIL' | (string & {});
  AttributeName?: string;
}

export interface UpdateUserAttributesInput {
  UserAttributes: AttributeType[];
  ClientMetadata?: Record<string, string>;
}

export interface UpdateUserAttributesOutput {
  CodeDeliveryDetailsList?: CodeDeliveryDetailsType[];
}

export interface GetUserAttributeVerificationCodeInput {
  AttributeName: string;
  ClientMetadata?: Record<string, string>;
}

export interface GetUserAttributeVerificationCodeOutput {
  CodeDeliveryDetails?: CodeDeliveryDetailsType;
}

export interface VerifyUserAttributeInput {
  AttributeName: string;
  Code: string;
}

export interface DeleteUserAttributesInput {
  UserAttributeNames: string[];
}
