// Remembered devices and sign-out: ListDevices, UpdateDeviceStatus, ForgetDevice, GlobalSignOut.
// Behaviour: docs/behaviour.md#devices.
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
