/**
 * Devices and sign-out: ListDevices, UpdateDeviceStatus, ForgetDevice and GlobalSignOut (account
 * spec §9). Devices are given by tests (`UserSpec.devices`): the simulator has no SRP sign-in or
 * ConfirmDevice that would track them.
 */
import type { DeviceType, ListDevicesOutput } from '../../cognito/devices.js';
import { CognitoFault } from '../protocol.js';
import { randomUuid } from '../random.js';
import type { ResolvedPoolConfig } from '../simulator.js';
import type { DomainOperations, SimulatorContext, UserRecord } from './context.js';

/** A device as the simulated pool stores it. */
export interface SimulatedDevice {
  /** `DeviceKey`, `{region}_{uuid}` as the service makes them. */
  key: string;
  /** `DeviceAttributes` in order: `device_name`, `device_status`, `last_ip_used` and any others given. */
  attributes: Record<string, string>;
  /** Epoch milliseconds. */
  createdAt: number;
  lastModifiedAt: number;
  lastAuthenticatedAt: number;
}

/** A device to give a user directly (`UserSpec.devices`, `UserPatch.devices`); every field has a default. */
export interface DeviceSpec {
  /** Default a new `{region}_{uuid}`. */
  key?: string;
  /** `device_name`: a user agent or what the app passed to ConfirmDevice. Default a Chrome-on-macOS user agent. */
  name?: string;
  /** `device_status`. Default `remembered`. */
  status?: 'remembered' | 'not_remembered';
  /** `last_ip_used`. Default `192.0.2.1`. */
  lastIp?: string;
  /** Other attributes, added as given. */
  attributes?: Record<string, string>;
  /** Default the simulator's `now()`. */
  createdAt?: Date | number;
  /** Default `createdAt`. */
  lastAuthenticatedAt?: Date | number;
  /** Default the later of `createdAt` and `lastAuthenticatedAt`. */
  lastModifiedAt?: Date | number;
}

/** ListDevices' page size when `Limit` is absent or 0 [?]; the maximum is 60. */
const DEFAULT_PAGE_SIZE = 10;

const DEFAULT_DEVICE_NAME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const millis = (value: Date | number | undefined, fallback: number) =>
  value === undefined ? fallback : typeof value === 'number' ? value : value.getTime();

/** A stored device from a test's spec. */
export function deviceFromSpec(spec: DeviceSpec, pool: ResolvedPoolConfig): SimulatedDevice {
  const createdAt = millis(spec.createdAt, pool.now());
  const lastAuthenticatedAt = millis(spec.lastAuthenticatedAt, createdAt);
  return {
    key: spec.key ?? `${pool.region}_${randomUuid()}`,
    attributes: {
      device_name: spec.name ?? DEFAULT_DEVICE_NAME,
      device_status: spec.status ?? 'remembered',
      last_ip_used: spec.lastIp ?? '192.0.2.1',
      ...spec.attributes,
    },
    createdAt,
    lastAuthenticatedAt,
    lastModifiedAt: millis(spec.lastModifiedAt, Math.max(createdAt, lastAuthenticatedAt)),
  };
}

const fault = (code: string, message: string) => new CognitoFault(code, message);

const validation = (value: unknown, field: string, constraint: string) =>
  fault(
    'InvalidParameterException',
    `1 validation error detected: Value ${value === undefined || value === null ? 'null' : `'${JSON.stringify(value)}'`} at '${field}' failed to satisfy constraint: ${constraint}`,
  );

function requireTracking(pool: ResolvedPoolConfig): void {
  // [?] The account spec: with tracking off, the device operations answer this.
  if (!pool.deviceTracking) throw fault('InvalidUserPoolConfigurationException', 'Device tracking is not enabled for this user pool.');
}

function pageSize(value: unknown): number {
  if (value === undefined || value === null || value === 0) return DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 60) {
    throw validation(value, 'limit', 'Member must have value less than or equal to 60');
  }
  return value;
}

const encodeToken = (key: string) => btoa(`devices:${key}`);

/** The index after the device a token names. A token for a device forgotten meanwhile is refused [?]. */
function decodeToken(token: unknown, devices: readonly SimulatedDevice[]): number {
  if (token === undefined || token === null) return 0;
  let key: string | undefined;
  try {
    const text = typeof token === 'string' ? atob(token) : '';
    if (text.startsWith('devices:')) key = text.slice('devices:'.length);
  } catch {
    // Not base64: refused below.
  }
  const index = devices.findIndex((device) => device.key === key);
  if (index < 0) throw fault('InvalidParameterException', 'Invalid pagination token.');
  return index + 1;
}

const seconds = (ms: number) => ms / 1000;

function describe(device: SimulatedDevice): DeviceType {
  return {
    DeviceKey: device.key,
    DeviceAttributes: Object.entries(device.attributes).map(([Name, Value]) => ({ Name, Value })),
    // Epoch seconds on the wire, with the milliseconds as a fraction.
    DeviceCreateDate: seconds(device.createdAt),
    DeviceLastModifiedDate: seconds(device.lastModifiedAt),
    DeviceLastAuthenticatedDate: seconds(device.lastAuthenticatedAt),
  };
}

function deviceOf(user: UserRecord, input: Record<string, unknown>): number {
  const key = input.DeviceKey;
  if (typeof key !== 'string' || key === '') throw validation(key, 'deviceKey', 'Member must not be null');
  if (key.length > 55) throw validation(key, 'deviceKey', 'Member must have length less than or equal to 55');
  const index = user.devices.findIndex((device) => device.key === key);
  if (index < 0) throw fault('ResourceNotFoundException', 'Device does not exist.');
  return index;
}

export function deviceOperations({ pool, tokens }: SimulatorContext): DomainOperations<
  'ListDevices' | 'UpdateDeviceStatus' | 'ForgetDevice' | 'GlobalSignOut'
> {
  return {
    ListDevices: (user, input): ListDevicesOutput => {
      requireTracking(pool);
      const size = pageSize(input.Limit);
      const offset = decodeToken(input.PaginationToken, user.devices);
      const page = user.devices.slice(offset, offset + size);
      const last = page.at(-1);
      return {
        Devices: page.map(describe),
        ...(last && offset + size < user.devices.length && { PaginationToken: encodeToken(last.key) }),
      };
    },

    UpdateDeviceStatus: (user, input) => {
      requireTracking(pool);
      const status = input.DeviceRememberedStatus;
      if (status !== undefined && status !== 'remembered' && status !== 'not_remembered') {
        throw validation(status, 'deviceRememberedStatus', 'Member must satisfy enum value set: [remembered, not_remembered]');
      }
      const device = user.devices[deviceOf(user, input)];
      // [?] A missing status leaves the device as it is.
      if (device && status !== undefined) {
        device.attributes.device_status = status;
        device.lastModifiedAt = pool.now();
      }
      return {};
    },

    ForgetDevice: (user, input) => {
      requireTracking(pool);
      user.devices.splice(deviceOf(user, input), 1);
      return {};
    },

    GlobalSignOut: (user) => {
      // Every token of the user, this one included, now answers "Access Token has been revoked".
      tokens.revokeAll(user.username);
      return {};
    },
  };
}
