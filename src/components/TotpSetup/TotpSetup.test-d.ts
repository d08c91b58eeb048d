import { expectTypeOf } from 'vitest';
import type { CognitoError } from '../../cognito/errors.js';
import type { TotpSetupStep, UseTotpSetupResult } from '../../queries/totp.js';

declare const setup: UseTotpSetupResult;

// The secret and its URI exist only while the user can scan or type them.
if (setup.step === 'scan' || setup.step === 'verifying') {
  expectTypeOf(setup.secret).toEqualTypeOf<string>();
  expectTypeOf(setup.otpauthUri).toEqualTypeOf<string>();
} else {
  expectTypeOf(setup).not.toHaveProperty('secret');
}

if (setup.step === 'done') expectTypeOf(setup.preferred).toEqualTypeOf<boolean>();

expectTypeOf(setup.error).toEqualTypeOf<CognitoError | null>();
expectTypeOf<TotpSetupStep>().toEqualTypeOf<
  'idle' | 'confirm-replace' | 'associating' | 'scan' | 'verifying' | 'choosing' | 'enabling' | 'done'
>();
expectTypeOf(setup.verify).parameters.toEqualTypeOf<[code: string, deviceName?: string]>();
