// Type tests, checked by `tsc` in `npm test`: the public hooks keep their promises to editors.
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  cognitoKeys,
  cognitoUserQueryOptions,
  useAuthFactors,
  useCognitoUser,
  useMfaSettings,
  useSetMfaPreference,
  type AuthFactors,
  type CognitoClient,
  type CognitoError,
  type CognitoUser,
  type MfaChangeContext,
  type MfaIntent,
  type MfaSettingValue,
} from '../index.js';

expectTypeOf(useCognitoUser).returns.toEqualTypeOf<UseQueryResult<CognitoUser, CognitoError>>();
expectTypeOf(useAuthFactors).returns.toEqualTypeOf<UseQueryResult<AuthFactors, CognitoError>>();
expectTypeOf(useSetMfaPreference).returns.toEqualTypeOf<UseMutationResult<void, CognitoError, MfaIntent, MfaChangeContext>>();

// Intents are checked: a factor name is required where it matters, and typos are errors.
expectTypeOf<{ type: 'enable'; factor: 'SMS_MFA'; preferred: true }>().toExtend<MfaIntent>();
expectTypeOf<{ type: 'clear-preference' }>().toExtend<MfaIntent>();
expectTypeOf<{ type: 'enable' }>().not.toExtend<MfaIntent>();
expectTypeOf<{ type: 'disable'; factor: 'SMS' }>().not.toExtend<MfaIntent>();

// Service values the kit does not know still type-check, while known ones autocomplete.
expectTypeOf<'FUTURE_MFA'>().toExtend<MfaSettingValue>();
expectTypeOf(useMfaSettings).returns.toHaveProperty('preferred').toEqualTypeOf<MfaSettingValue | null>();

// Query options carry their data type into the key, for getQueryData and useSuspenseQuery.
declare const client: CognitoClient;
const options = cognitoUserQueryOptions({ client, userId: 'sub' });
expectTypeOf(options.queryKey).toExtend<readonly unknown[]>();
expectTypeOf(cognitoKeys.cognitoUser('sub')).toEqualTypeOf<readonly ['react-cognito-security', string, 'cognito-user']>();
