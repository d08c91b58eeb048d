// Type tests, checked by `tsc` in `npm test`: the device hooks keep their promises to editors.
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  deviceKeys,
  devicesQueryOptions,
  useDevices,
  useForgetDevice,
  useSignOutEverywhere,
  useUpdateDeviceStatus,
  type CognitoClient,
  type CognitoError,
  type Device,
  type DeviceRememberedStatus,
  type DeviceStatusChange,
  type ForgottenDevice,
  type PreviousDeviceStatus,
  type SignOutEverywhereStep,
  type UseSignOutEverywhereResult,
} from '../index.js';

expectTypeOf(useDevices).returns.toEqualTypeOf<UseQueryResult<Device[], CognitoError>>();
expectTypeOf(useForgetDevice).returns.toEqualTypeOf<UseMutationResult<void, CognitoError, string, ForgottenDevice | undefined>>();
expectTypeOf(useUpdateDeviceStatus).returns.toEqualTypeOf<
  UseMutationResult<void, CognitoError, DeviceStatusChange, PreviousDeviceStatus | undefined>
>();
expectTypeOf(useSignOutEverywhere).returns.toEqualTypeOf<UseSignOutEverywhereResult>();
// The options factory's data type flows into `useQuery` and `getQueryData`.
expectTypeOf(devicesQueryOptions({ client: {} as CognitoClient, userId: 'sub' }).queryFn).returns.resolves.toEqualTypeOf<Device[]>();
expectTypeOf(deviceKeys.list('sub')).toEqualTypeOf<readonly ['react-cognito-security', string, 'list-devices']>();

expectTypeOf<'signed-out'>().toExtend<SignOutEverywhereStep>();
// Statuses the kit does not know still type-check.
expectTypeOf<'remembered-forever'>().toExtend<DeviceRememberedStatus>();
expectTypeOf<Device['lastAuthenticatedAt']>().toEqualTypeOf<Date | null>();
