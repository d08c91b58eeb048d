import { describe, expect, it, vi } from 'vitest';
import { createCognitoClient } from './client.js';
import { forgetDevice, globalSignOut, listDevices, parseListDevices, updateDeviceStatus } from './devices.js';
import type { CognitoError } from './errors.js';
import { createFetchTransport } from './transport.js';
import { createCognitoSimulator, createSimulatorHandlers, type DeviceSpec } from '../testing/index.js';
import { installHandlers } from '../../test/handlers.js';

function setup(devices: DeviceSpec[] = []) {
  const sim = createCognitoSimulator();
  const user = sim.addUser({ username: 'ada', devices });
  installHandlers(createSimulatorHandlers(sim));
  const onSessionExpired = vi.fn<(error: CognitoError) => void>();
  const client = createCognitoClient({
    transport: createFetchTransport({ region: 'us-east-1', retry: { baseDelayMs: 1 } }),
    userId: user.sub,
    getAccessToken: () => user.accessToken,
    onSessionExpired,
  });
  return { sim, user, client, onSessionExpired };
}

describe('parseListDevices', () => {
  it('reads attributes into fields and epoch seconds into dates; missing dates and attributes are null', () => {
    expect(
      parseListDevices({
        Devices: [
          {
            DeviceKey: 'k1',
            DeviceAttributes: [{ Name: 'device_name', Value: 'Kitchen iPad' }, { Name: 'device_status', Value: 'remembered' }, { Name: 'custom' }],
            DeviceCreateDate: 1736293876.115,
          },
        ],
        PaginationToken: '',
      }),
    ).toEqual({
      devices: [
        {
          key: 'k1',
          attributes: { device_name: 'Kitchen iPad', device_status: 'remembered', custom: '' },
          name: 'Kitchen iPad',
          lastIp: null,
          status: 'remembered',
          createdAt: new Date(1736293876115),
          lastModifiedAt: null,
          lastAuthenticatedAt: null,
        },
      ],
      paginationToken: undefined,
    });
  });

  it('reads a missing Devices as an empty list', () => {
    expect(parseListDevices({})).toEqual({ devices: [], paginationToken: undefined });
  });

  it.each([
    [{ Devices: [{}] }, /DeviceKey/],
    [{ Devices: [{ DeviceKey: 'k', DeviceCreateDate: '2026-01-01' }] }, /DeviceCreateDate/],
    [{ Devices: [{ DeviceKey: 'k', DeviceAttributes: {} }] }, /DeviceAttributes/],
    [{ Devices: 'none' }, /Devices/],
  ])('refuses a malformed answer (%j) as malformed-response', (raw, detail) => {
    expect(() => parseListDevices(raw)).toThrow(detail);
    expect(() => parseListDevices(raw)).toThrow(expect.objectContaining({ category: 'malformed-response' }) as Error);
  });
});

describe('device operations over the client', () => {
  it('lists every page, updates a status, forgets a device', async () => {
    const devices = Array.from({ length: 61 }, (_, index) => ({ key: `us-east-1_${String(index).padStart(2, '0')}` }));
    const { sim, client } = setup(devices);
    expect(await listDevices(client)).toHaveLength(61);
    await updateDeviceStatus(client, { DeviceKey: 'us-east-1_00', DeviceRememberedStatus: 'not_remembered' });
    await forgetDevice(client, 'us-east-1_01');
    const state = sim.getUserState('ada').devices;
    expect(state).toHaveLength(60);
    expect(state[0]?.attributes.device_status).toBe('not_remembered');
    await expect(forgetDevice(client, 'us-east-1_01')).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('stops on a repeated PaginationToken instead of paging forever', async () => {
    const { client, sim } = setup([{ key: 'us-east-1_a' }]);
    const realHandle = sim.handle.bind(sim);
    // A faulty service: every page, the first included, names the same next page.
    sim.handle = async (operation, body) => {
      const input = (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>;
      const { PaginationToken: _ignored, ...rest } = input;
      const response = await realHandle(operation, rest);
      return operation === 'ListDevices' ? { ...response, body: { ...(response.body as object), PaginationToken: 'same' } } : response;
    };
    installHandlers(createSimulatorHandlers(sim));
    await expect(listDevices(client)).rejects.toMatchObject({ category: 'malformed-response', message: expect.stringContaining('repeats') as string });
  });

  it('signs out everywhere: the token is revoked, and the next call ends the session', async () => {
    const { client, onSessionExpired } = setup();
    await globalSignOut(client);
    expect(onSessionExpired).not.toHaveBeenCalled();
    await expect(client.getUser()).rejects.toMatchObject({ category: 'session-expired', message: 'Access Token has been revoked' });
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });
});
