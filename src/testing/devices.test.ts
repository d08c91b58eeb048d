import { describe, expect, it } from 'vitest';
import { createCognitoSimulator, type DeviceSpec, type PoolConfig } from './index.js';
import { call } from './test-helpers.js';

const START = Date.UTC(2030, 0, 1);

function setup(devices: DeviceSpec[] = [], config: PoolConfig = {}) {
  let clock = START;
  const sim = createCognitoSimulator({ now: () => clock, ...config });
  const { accessToken } = sim.addUser({ username: 'ada', devices });
  const advance = (ms: number) => (clock += ms);
  return { sim, accessToken, advance };
}

const errorOf = (response: { status: number; body: unknown }) => ({
  status: response.status,
  code: (response.body as { __type?: string }).__type,
  message: (response.body as { message?: string }).message,
});

type Listed = { Devices: { DeviceKey: string; DeviceAttributes: { Name: string; Value: string }[]; DeviceCreateDate: number; DeviceLastModifiedDate: number; DeviceLastAuthenticatedDate: number }[]; PaginationToken?: string };

const many = (count: number): DeviceSpec[] => Array.from({ length: count }, (_, index) => ({ key: `us-east-1_${String(index).padStart(4, '0')}`, name: `Device ${index}` }));

describe('ListDevices', () => {
  it('lists devices with their attributes and epoch-second dates', async () => {
    const { sim, accessToken } = setup([
      { key: 'us-east-1_a', name: 'Kitchen iPad', lastIp: '198.51.100.7', createdAt: START - 86_400_000, lastAuthenticatedAt: START - 3_600_000 },
    ]);
    const response = await call(sim, 'ListDevices', accessToken);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      Devices: [
        {
          DeviceKey: 'us-east-1_a',
          DeviceAttributes: [
            { Name: 'device_name', Value: 'Kitchen iPad' },
            { Name: 'device_status', Value: 'remembered' },
            { Name: 'last_ip_used', Value: '198.51.100.7' },
          ],
          DeviceCreateDate: (START - 86_400_000) / 1000,
          DeviceLastModifiedDate: (START - 3_600_000) / 1000,
          DeviceLastAuthenticatedDate: (START - 3_600_000) / 1000,
        },
      ],
    });
  });

  it('answers an empty list for a user without tracked devices (the usual case)', async () => {
    const { sim, accessToken } = setup();
    expect((await call(sim, 'ListDevices', accessToken)).body).toEqual({ Devices: [] });
  });

  it('pages with Limit and PaginationToken until the last page, which has no token', async () => {
    const { sim, accessToken } = setup(many(25));
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const response = await call(sim, 'ListDevices', accessToken, { Limit: 10, ...(token && { PaginationToken: token }) });
      const body = response.body as Listed;
      keys.push(...body.Devices.map((device) => device.DeviceKey));
      token = body.PaginationToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(keys).toEqual(many(25).map((device) => device.key));
  });

  it('serves 10 devices a page without a Limit (or with 0) and up to 60 with one', async () => {
    const { sim, accessToken } = setup(many(70));
    expect((((await call(sim, 'ListDevices', accessToken)).body) as Listed).Devices).toHaveLength(10);
    expect((((await call(sim, 'ListDevices', accessToken, { Limit: 0 })).body) as Listed).Devices).toHaveLength(10);
    expect((((await call(sim, 'ListDevices', accessToken, { Limit: 60 })).body) as Listed).Devices).toHaveLength(60);
  });

  it.each([61, -1, 1.5, '10'])('refuses Limit %j with InvalidParameterException', async (limit) => {
    const { sim, accessToken } = setup();
    expect(errorOf(await call(sim, 'ListDevices', accessToken, { Limit: limit }))).toMatchObject({ status: 400, code: 'InvalidParameterException' });
  });

  it('refuses a pagination token it did not issue', async () => {
    const { sim, accessToken } = setup(many(3));
    expect(errorOf(await call(sim, 'ListDevices', accessToken, { PaginationToken: 'bogus' }))).toMatchObject({ code: 'InvalidParameterException' });
  });

  it('answers InvalidUserPoolConfigurationException for every device operation when the pool does not track devices', async () => {
    const { sim, accessToken } = setup([{ key: 'us-east-1_a' }], { deviceTracking: false });
    for (const [operation, input] of [
      ['ListDevices', {}],
      ['UpdateDeviceStatus', { DeviceKey: 'us-east-1_a', DeviceRememberedStatus: 'not_remembered' }],
      ['ForgetDevice', { DeviceKey: 'us-east-1_a' }],
    ] as const) {
      expect(errorOf(await call(sim, operation, accessToken, input))).toMatchObject({ status: 400, code: 'InvalidUserPoolConfigurationException' });
    }
  });
});

describe('UpdateDeviceStatus', () => {
  it('sets device_status and the last-modified date', async () => {
    const { sim, accessToken, advance } = setup([{ key: 'us-east-1_a' }]);
    advance(5000);
    const response = await call(sim, 'UpdateDeviceStatus', accessToken, { DeviceKey: 'us-east-1_a', DeviceRememberedStatus: 'not_remembered' });
    expect(response).toMatchObject({ status: 200, body: {} });
    const [device] = sim.getUserState('ada').devices;
    expect(device?.attributes.device_status).toBe('not_remembered');
    expect(device?.lastModifiedAt).toBe(START + 5000);
  });

  it('refuses an unknown status value and an unknown device', async () => {
    const { sim, accessToken } = setup([{ key: 'us-east-1_a' }]);
    expect(errorOf(await call(sim, 'UpdateDeviceStatus', accessToken, { DeviceKey: 'us-east-1_a', DeviceRememberedStatus: 'forever' }))).toMatchObject({
      code: 'InvalidParameterException',
    });
    expect(errorOf(await call(sim, 'UpdateDeviceStatus', accessToken, { DeviceKey: 'us-east-1_zz', DeviceRememberedStatus: 'remembered' }))).toMatchObject({
      status: 400,
      code: 'ResourceNotFoundException',
    });
  });
});

describe('ForgetDevice', () => {
  it('removes the device, and a second ForgetDevice answers ResourceNotFoundException', async () => {
    const { sim, accessToken } = setup([{ key: 'us-east-1_a' }, { key: 'us-east-1_b' }]);
    expect(await call(sim, 'ForgetDevice', accessToken, { DeviceKey: 'us-east-1_a' })).toMatchObject({ status: 200, body: {} });
    expect(sim.getUserState('ada').devices.map((device) => device.key)).toEqual(['us-east-1_b']);
    expect(errorOf(await call(sim, 'ForgetDevice', accessToken, { DeviceKey: 'us-east-1_a' }))).toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('refuses a request without a DeviceKey', async () => {
    const { sim, accessToken } = setup();
    expect(errorOf(await call(sim, 'ForgetDevice', accessToken))).toMatchObject({ code: 'InvalidParameterException' });
  });
});

describe('GlobalSignOut', () => {
  it('revokes every token of the user: later calls answer "Access Token has been revoked"', async () => {
    const { sim, accessToken } = setup();
    const other = sim.issueToken('ada');
    const bob = sim.addUser({ username: 'bob' });
    expect(await call(sim, 'GlobalSignOut', accessToken)).toMatchObject({ status: 200, body: {} });
    for (const token of [accessToken, other]) {
      expect(errorOf(await call(sim, 'GetUser', token))).toEqual({
        status: 400,
        code: 'NotAuthorizedException',
        message: 'Access Token has been revoked',
      });
    }
    expect((await call(sim, 'GetUser', bob.accessToken)).status).toBe(200);
    // A token issued afterwards (a new sign-in) works.
    expect((await call(sim, 'GetUser', sim.issueToken('ada'))).status).toBe(200);
  });

  it('keeps the token out of the call log', async () => {
    const { sim, accessToken } = setup();
    await call(sim, 'GlobalSignOut', accessToken);
    expect(JSON.stringify(sim.calls)).not.toContain(accessToken);
  });
});

describe('failNext', () => {
  it.each(['ListDevices', 'UpdateDeviceStatus', 'ForgetDevice', 'GlobalSignOut'] as const)('fails the next %s once, leaving the state as it was', async (operation) => {
    const { sim, accessToken } = setup([{ key: 'us-east-1_a' }]);
    sim.failNext(operation, { code: 'LimitExceededException' });
    const input = { DeviceKey: 'us-east-1_a', DeviceRememberedStatus: 'not_remembered' };
    expect(errorOf(await call(sim, operation, accessToken, input))).toMatchObject({ code: 'LimitExceededException' });
    expect(sim.getUserState('ada').devices).toHaveLength(1);
    expect((await call(sim, 'GetUser', accessToken)).status).toBe(200);
  });
});
