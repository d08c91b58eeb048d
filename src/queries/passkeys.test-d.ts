// Type tests, checked by `tsc` in `npm test`: the passkey hooks keep their promises to editors.
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  passkeyKeys,
  passkeysQueryOptions,
  usePasskeys,
  useRemovePasskey,
  type CognitoClient,
  type CognitoError,
  type Passkey,
  type PasskeyAttachment,
  type RemovedPasskey,
} from '../index.js';
import { useAddPasskey, type AddPasskeyStep, type UseAddPasskeyResult } from '../passkey-setup.js';

expectTypeOf(usePasskeys).returns.toEqualTypeOf<UseQueryResult<Passkey[], CognitoError>>();
expectTypeOf(useRemovePasskey).returns.toEqualTypeOf<UseMutationResult<void, CognitoError, string, RemovedPasskey | undefined>>();
// The options factory's data type flows into `useQuery` and `getQueryData`.
expectTypeOf(passkeysQueryOptions({ client: {} as CognitoClient, userId: 'sub' }).queryFn).returns.resolves.toEqualTypeOf<Passkey[]>();
expectTypeOf(passkeyKeys.list('sub')).toEqualTypeOf<readonly ['react-cognito-security', string, 'list-web-authn-credentials']>();

// The flow's state narrows on its step: the error exists exactly in `error`.
declare const add: UseAddPasskeyResult;
if (add.step === 'error') expectTypeOf(add.error).toEqualTypeOf<CognitoError>();
if (add.step === 'waiting-for-authenticator') expectTypeOf(add.error).toBeNull();
expectTypeOf<'waiting-for-authenticator'>().toExtend<AddPasskeyStep>();
expectTypeOf<'scan'>().not.toExtend<AddPasskeyStep>();
expectTypeOf(useAddPasskey).returns.toEqualTypeOf<UseAddPasskeyResult>();

// Attachments the kit does not know still type-check.
expectTypeOf<'hybrid-future'>().toExtend<PasskeyAttachment>();
