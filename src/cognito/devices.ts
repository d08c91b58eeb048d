// Remembered devices and sign-out: ListDevices, UpdateDeviceStatus, ForgetDevice, GlobalSignOut.
// Behaviour: docs/behaviour.md#devices. Free functions over `client.call`, so apps without a
// device list do not carry them.
import type { CognitoClient } from './client.js';
import { malformedResponse } from './errors.js';
import { parseEmpty, reader } from './parse.js';
import type { SendOptions } from './transport.js';
import type { AttributeType } from './wire.js';

export interface DeviceType {
  DeviceKey: string;
  DeviceAttributes?: AttributeType[];
  /** Epoch seconds on the wire. */
  DeviceCreateDate?: number;
  DeviceLastModifiedDate?: number;
  DeviceLastAuthenticatedDate?: number;
}

export interface ListDevicesInput {
  Limit?: number;
  PaginationToken?: string;
}

export interface ListDevicesOutput {
  Devices?: DeviceType[];
  PaginationToken?: string;
}

export interface UpdateDeviceStatusInput {
  DeviceKey: string;
  DeviceRememberedStatus: 'remembered' | 'not_remembered';
}

export interface ForgetDeviceInput {
  DeviceKey: string;
}

/** Whether Cognito remembers a device (skips MFA on it): `device_status`; newer values are kept. */
export type DeviceRememberedStatus = 'remembered' | 'not_remembered' | (string & {});

/** One of the user's tracked devices, from ListDevices. */
export interface Device {
  /** `DeviceKey`: what UpdateDeviceStatus and ForgetDevice take (`region_uuid`). */
  key: string;
  /** Every attribute Cognito keeps for the device (`device_name`, `last_ip_used`, `device_status`…). */
  attributes: Record<string, string>;
  /** `device_name`: often the browser's user agent, or what the app passed to ConfirmDevice. */
  name: string | null;
  /** `last_ip_used`, when Cognito recorded it. */
  lastIp: string | null;
  /** `device_status`; `null` when the service does not say. */
  status: DeviceRememberedStatus | null;
  createdAt: Date | null;
  lastModifiedAt: Date | null;
  /** The last sign-in from this device. */
  lastAuthenticatedAt: Date | null;
}

/** The largest page ListDevices serves (`Limit` 0–60). */
const PAGE_SIZE = 60;

function epochDate(read: ReturnType<typeof reader>, from: Record<string, unknown>, key: string): Date | null {
  const value = from[key];
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw read.fail(`"${key}" is not epoch seconds`);
  return new Date(value * 1000);
}

export function parseListDevices(raw: unknown): { devices: Device[]; paginationToken: string | undefined } {
  const read = reader('ListDevices', raw);
  const devices = read.list('Devices', (item): Device => {
    const device = read.object(item);
    const pairs = (device.DeviceAttributes ?? []) as unknown;
    if (!Array.isArray(pairs)) throw read.fail('"DeviceAttributes" is not a list');
    const attributes: Record<string, string> = Object.fromEntries(
      pairs.map((pair) => {
        const attribute = read.object(pair);
        return [read.string('Name', attribute), read.string('Value', attribute, true) ?? ''];
      }),
    );
    return {
      key: read.string('DeviceKey', device),
      attributes,
      name: attributes.device_name || null,
      lastIp: attributes.last_ip_used || null,
      status: attributes.device_status || null,
      createdAt: epochDate(read, device, 'DeviceCreateDate'),
      lastModifiedAt: epochDate(read, device, 'DeviceLastModifiedDate'),
      lastAuthenticatedAt: epochDate(read, device, 'DeviceLastAuthenticatedDate'),
    };
  });
  return { devices, paginationToken: read.string('PaginationToken', read.body, true) || undefined };
}

/**
 * ListDevices, following `PaginationToken` until the last page: every tracked device of the user.
 * With device tracking off in the pool it rejects with `InvalidUserPoolConfigurationException`.
 */
export async function listDevices(client: CognitoClient, options?: SendOptions): Promise<Device[]> {
  const devices: Device[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const input: ListDevicesInput = { Limit: PAGE_SIZE, ...(token !== undefined && { PaginationToken: token }) };
    const page = parseListDevices(await client.call('ListDevices', input, options));
    devices.push(...page.devices);
    token = page.paginationToken;
    if (token !== undefined) {
      // A token served twice would page forever.
      if (seen.has(token)) throw malformedResponse('ListDevices', '"PaginationToken" repeats');
      seen.add(token);
    }
  } while (token !== undefined);
  return devices;
}

/** UpdateDeviceStatus: remembers a device (`remembered`) or stops remembering it (`not_remembered`). */
export async function updateDeviceStatus(
  client: CognitoClient,
  input: UpdateDeviceStatusInput,
  options?: SendOptions,
): Promise<void> {
  parseEmpty('UpdateDeviceStatus', await client.call('UpdateDeviceStatus', input, options));
}

/** ForgetDevice: removes a tracked device (ResourceNotFoundException for an unknown key). */
export async function forgetDevice(client: CognitoClient, deviceKey: string, options?: SendOptions): Promise<void> {
  parseEmpty('ForgetDevice', await client.call('ForgetDevice', { DeviceKey: deviceKey }, options));
}

/**
 * GlobalSignOut: revokes every refresh token of the user and the access tokens issued with them,
 * for the user-pool APIs. Other services may accept tokens already issued until they expire
 * (up to an hour). The session is over once it resolves: the app must sign out locally too.
 */
export async function globalSignOut(client: CognitoClient, options?: SendOptions): Promise<void> {
  parseEmpty('GlobalSignOut', await client.call('GlobalSignOut', {}, options));
}
