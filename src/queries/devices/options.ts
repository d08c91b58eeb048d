import { mutationOptions, queryOptions, type QueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { forgetDevice, globalSignOut, listDevices, updateDeviceStatus, type Device } from '../../cognito/devices.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { CognitoQueryOptions, CognitoQueryScope } from '../options.js';
import { deviceKeys } from './keys.js';

/** Options for the user's tracked devices (ListDevices, every page): use with `useQuery`, `prefetchQuery`… */
export function devicesQueryOptions({ client, userId }: CognitoQueryScope): CognitoQueryOptions<Device[]> {
  return queryOptions<Device[], CognitoError>({
    queryKey: deviceKeys.list(userId),
    queryFn: ({ signal }) => listDevices(client, { signal }),
    // The fetch transport already retried what may help.
    retry: false,
  });
}

/** What `onMutate` took out of the list, to put exactly that back on failure. */
export interface ForgottenDevice {
  device: Device;
  index: number;
}

/** A device status change: which device, and whether Cognito should remember it. */
export interface DeviceStatusChange {
  deviceKey: string;
  remembered: boolean;
}

/** What `onMutate` changed, to undo exactly that on failure. */
export interface PreviousDeviceStatus {
  deviceKey: string;
  status: Device['status'];
}

type Context = { client: QueryClient };

const inFlight = (queryClient: QueryClient, userId: string) =>
  queryClient.isMutating({ mutationKey: deviceKeys.forget(userId) }) + queryClient.isMutating({ mutationKey: deviceKeys.updateStatus(userId) });

/** Refetches the list once the last device change is done, so a refetch never shows one still on its way. */
function settle(queryClient: QueryClient, userId: string): Promise<void> | undefined {
  if (inFlight(queryClient, userId) === 1) return queryClient.invalidateQueries({ queryKey: deviceKeys.list(userId) });
  return undefined;
}

/**
 * Options for forgetting a device (ForgetDevice; the variable is its key), optimistic: it
 * leaves the list at once and comes back, where it was, if Cognito refuses. A device Cognito
 * no longer knows (ResourceNotFoundException) is gone already, so it stays out of the list.
 */
export function forgetDeviceMutationOptions({
  client,
  userId,
}: CognitoQueryScope): UseMutationOptions<void, CognitoError, string, ForgottenDevice | undefined> {
  const listKey = deviceKeys.list(userId);
  return {
    mutationKey: deviceKeys.forget(userId),
    mutationFn: (deviceKey: string) => forgetDevice(client, deviceKey),
    retry: false,
    onMutate: async (deviceKey: string, { client: queryClient }: Context): Promise<ForgottenDevice | undefined> => {
      // A refetch landing now would bring the device back.
      await queryClient.cancelQueries({ queryKey: listKey });
      const list = queryClient.getQueryData<Device[]>(listKey) ?? [];
      const index = list.findIndex((device) => device.key === deviceKey);
      const device = list[index];
      if (!device) return undefined;
      queryClient.setQueryData<Device[]>(listKey, list.filter((item) => item.key !== deviceKey));
      return { device, index };
    },
    onError: (error: CognitoError, _key: string, removed: ForgottenDevice | undefined, { client: queryClient }: Context) => {
      if (!removed || error.code === 'ResourceNotFoundException') return;
      // Only this device comes back: devices forgotten meanwhile stay forgotten.
      queryClient.setQueryData<Device[]>(listKey, (list = []) =>
        list.some((item) => item.key === removed.device.key)
          ? list
          : [...list.slice(0, removed.index), removed.device, ...list.slice(removed.index)],
      );
    },
    onSettled: (_data: unknown, _error: unknown, _key: string, _removed: unknown, { client: queryClient }: Context) =>
      settle(queryClient, userId),
  };
}

const withStatus = (list: Device[], deviceKey: string, status: Device['status']) =>
  list.map((device) =>
    device.key === deviceKey ? { ...device, status, attributes: { ...device.attributes, device_status: status ?? '' } } : device,
  );

/**
 * Options for remembering a device or not (UpdateDeviceStatus), optimistic: the list shows the
 * new status at once and the old one again if Cognito refuses.
 */
export function updateDeviceStatusMutationOptions({
  client,
  userId,
}: CognitoQueryScope): UseMutationOptions<void, CognitoError, DeviceStatusChange, PreviousDeviceStatus | undefined> {
  const listKey = deviceKeys.list(userId);
  return {
    mutationKey: deviceKeys.updateStatus(userId),
    mutationFn: ({ deviceKey, remembered }: DeviceStatusChange) =>
      updateDeviceStatus(client, { DeviceKey: deviceKey, DeviceRememberedStatus: remembered ? 'remembered' : 'not_remembered' }),
    retry: false,
    onMutate: async ({ deviceKey, remembered }: DeviceStatusChange, { client: queryClient }: Context) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const device = queryClient.getQueryData<Device[]>(listKey)?.find((item) => item.key === deviceKey);
      if (!device) return undefined;
      queryClient.setQueryData<Device[]>(listKey, (list = []) => withStatus(list, deviceKey, remembered ? 'remembered' : 'not_remembered'));
      return { deviceKey, status: device.status };
    },
    onError: (error: CognitoError, _change: DeviceStatusChange, previous: PreviousDeviceStatus | undefined, { client: queryClient }: Context) => {
      if (!previous) return;
      if (error.code === 'ResourceNotFoundException') {
        // Cognito no longer knows the device: it is gone, not changed.
        queryClient.setQueryData<Device[]>(listKey, (list = []) => list.filter((item) => item.key !== previous.deviceKey));
        return;
      }
      queryClient.setQueryData<Device[]>(listKey, (list = []) => withStatus(list, previous.deviceKey, previous.status));
    },
    onSettled: (_data: unknown, _error: unknown, _change: DeviceStatusChange, _previous: unknown, { client: queryClient }: Context) =>
      settle(queryClient, userId),
  };
}

/** Options for the GlobalSignOut mutation. It takes no variables; never retried (it changes state). */
export function globalSignOutMutationOptions({ client, userId }: CognitoQueryScope): UseMutationOptions<void, CognitoError> {
  return mutationOptions<void, CognitoError>({
    mutationKey: deviceKeys.signOutEverywhere(userId),
    mutationFn: () => globalSignOut(client),
    retry: false,
  });
}
