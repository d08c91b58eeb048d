import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Device } from '../../cognito/devices.js';
import { CognitoError } from '../../cognito/errors.js';
import { useMutationRecords, type MutationOutcome } from '../mutationRecords.js';
import { useCognitoSecurity } from '../provider.js';
import { deviceKeys } from './keys.js';
import {
  devicesQueryOptions,
  forgetDeviceMutationOptions,
  globalSignOutMutationOptions,
  updateDeviceStatusMutationOptions,
  type DeviceStatusChange,
  type ForgottenDevice,
  type PreviousDeviceStatus,
} from './options.js';

/** The signed-in user's tracked devices (ListDevices, all pages). Device tracking off: error `InvalidUserPoolConfigurationException`. */
export function useDevices() {
  const { client, userId } = useCognitoSecurity('useDevices');
  return useQuery(devicesQueryOptions({ client, userId }));
}

/** Forgets a device optimistically: `mutate(device.key)`; rolls back only that device if Cognito refuses. */
export function useForgetDevice() {
  const { client, userId } = useCognitoSecurity('useForgetDevice');
  return useMutation<void, CognitoError, string, ForgottenDevice | undefined>(forgetDeviceMutationOptions({ client, userId }));
}

/** Remembers a device or stops remembering it, optimistically: `mutate({ deviceKey, remembered: false })`. */
export function useUpdateDeviceStatus() {
  const { client, userId } = useCognitoSecurity('useUpdateDeviceStatus');
  return useMutation<void, CognitoError, DeviceStatusChange, PreviousDeviceStatus | undefined>(
    updateDeviceStatusMutationOptions({ client, userId }),
  );
}

/** One ForgetDevice or UpdateDeviceStatus call, as the mutation cache holds it. */
export interface DeviceChange extends MutationOutcome {
  type: 'forget' | 'remember' | 'stop-remembering';
  deviceKey: string;
  /** The device as it was when it left the list (forget only), for announcing the outcome. */
  device: Device | undefined;
}

/** Every device change of this session (forget, remember, stop remembering), oldest first, from any component. */
export function useDeviceChanges(): DeviceChange[] {
  const { userId } = useCognitoSecurity('useDeviceChanges');
  const forgets = useMutationRecords(deviceKeys.forget(userId), (deviceKey: string, forgotten: ForgottenDevice | undefined) => ({
    type: 'forget' as const,
    deviceKey,
    device: forgotten?.device,
  }));
  const updates = useMutationRecords(deviceKeys.updateStatus(userId), (change: DeviceStatusChange) => ({
    type: change.remembered ? ('remember' as const) : ('stop-remembering' as const),
    deviceKey: change.deviceKey,
    device: undefined,
  }));
  return [...forgets, ...updates].sort((a, b) => a.submittedAt - b.submittedAt);
}

/** The steps of signing out everywhere: `idle → signing-out → signed-out`, back to `idle` on an error. */
export type SignOutEverywhereStep = 'idle' | 'signing-out' | 'signed-out';

/** {@link useSignOutEverywhere}'s state and actions. */
export interface UseSignOutEverywhereResult {
  step: SignOutEverywhereStep;
  isPending: boolean;
  /** Why the last attempt failed; the user is still signed in. */
  error: CognitoError | null;
  /** Sends GlobalSignOut. Ignored while one is on its way. */
  signOutEverywhere: () => void;
  /** Back to `idle`, forgetting the last error. */
  reset: () => void;
}

/** The reason the session ended, as `onSessionExpired` and the cleared queries receive it. */
export const signedOutEverywhere = () =>
  new CognitoError('You signed out everywhere.', { code: 'SignedOutEverywhere', category: 'session-expired' });

/**
 * Headless "sign out everywhere" (GlobalSignOut). Once Cognito revoked the user's tokens the
 * session ends: every query of the user is cleared, answers to requests sent before are dropped,
 * and the provider's `onSessionExpired` is called exactly once (sign the user out locally there).
 * The actions are stable functions.
 */
export function useSignOutEverywhere(): UseSignOutEverywhereResult {
  const { client, userId, endSession } = useCognitoSecurity('useSignOutEverywhere');
  const mutation = useMutation({
    ...globalSignOutMutationOptions({ client, userId }),
    // On the mutation, not on `mutate`: it runs even if the page unmounted meanwhile.
    onSuccess: () => endSession(signedOutEverywhere()),
  });
  const { mutate, reset, isPending } = mutation;
  const sending = useRef(false);
  const signOutEverywhere = useCallback(() => {
    if (sending.current) return;
    sending.current = true;
    mutate(undefined, { onSettled: () => void (sending.current = false) });
  }, [mutate]);

  const step: SignOutEverywhereStep = mutation.isSuccess ? 'signed-out' : isPending ? 'signing-out' : 'idle';
  return { step, isPending, error: mutation.error, signOutEverywhere, reset };
}
