import { expectTypeOf } from 'vitest';
import type { CodeDelivery } from '../../cognito/contacts.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { ContactVerificationStep, UseContactVerificationResult } from './verification.js';

declare const flow: UseContactVerificationResult;

// Where the code went exists only on the code steps; the code itself is never part of the state.
if (flow.step === 'code' || flow.step === 'sending' || flow.step === 'verifying') {
  expectTypeOf(flow.delivery).toEqualTypeOf<CodeDelivery | null>();
  expectTypeOf(flow.value).toEqualTypeOf<string>();
} else {
  expectTypeOf(flow).not.toHaveProperty('delivery');
}
expectTypeOf(flow).not.toHaveProperty('code');
if (flow.step === 'done') expectTypeOf(flow.outcome).toEqualTypeOf<'verified' | 'saved' | 'removed'>();

expectTypeOf(flow.error).toEqualTypeOf<CognitoError | null>();
expectTypeOf(flow.isPending).toEqualTypeOf<boolean>();
expectTypeOf<ContactVerificationStep>().toEqualTypeOf<
  'idle' | 'editing' | 'saving' | 'code' | 'sending' | 'verifying' | 'confirm-remove' | 'removing' | 'done'
>();
expectTypeOf(flow.verify).parameters.toEqualTypeOf<[code: string]>();
expectTypeOf(flow.removeBlockedBy).toEqualTypeOf<'SMS_MFA' | 'EMAIL_OTP' | null>();
