import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderHookWithCognito } from '../../test/harness.js';
import { useDeviceChanges, useDevices, useForgetDevice, useSignOutEverywhere, useUpdateDeviceStatus } from './devices/hooks.js';
import { deviceKeys } from './devices/keys.js';
import { useCognitoUser } from './hooks.js';
import { cognitoKeys } from './keys.js';

const operations = (sim: { calls: readonly { operation: string }[] }) => sim.calls.map((call) => call.operation);
const DAY = 86_400_000;
const three = { user: { devices: [{ key: 'us-east-1_a', name: 'A' }, { key: 'us-east-1_b', name: 'B' }, { key: 'us-east-1_c', name: 'C' }] } };

function useDevicePage() {
  return { devices: useDevices(), forget: useForgetDevice(), update: useUpdateDeviceStatus(), changes: useDeviceChanges() };
}

describe('useDevices', () => {
  it('lists the devices under the user’s key, with attributes read and dates as Date', async () => {
    const created = Date.UTC(2026, 2, 4);
    const { result, queryClient, user } = renderHookWithCognito(useDevices, {
      user: { devices: [{ key: 'us-east-1_a', name: 'Kitchen iPad', lastIp: '198.51.100.7', createdAt: created, lastAuthenticatedAt: created + DAY }] },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual([
      {
        key: 'us-east-1_a',
        attributes: { device_name: 'Kitchen iPad', device_status: 'remembered', last_ip_used: '198.51.100.7' },
        name: 'Kitchen iPad',
        lastIp: '198.51.100.7',
        status: 'remembered',
        createdAt: new Date(created),
        lastModifiedAt: new Date(created + DAY),
        lastAuthenticatedAt: new Date(created + DAY),
      },
    ]);
    expect(queryClient.getQueryData(deviceKeys.list(user.sub))).toBe(result.current.data);
    expect(deviceKeys.list(user.sub).slice(0, 2)).toEqual(cognitoKeys.user(user.sub));
  });

  it('follows PaginationToken until the last page', async () => {
    const devices = Array.from({ length: 130 }, (_, index) => ({ key: `us-east-1_${String(index).padStart(3, '0')}` }));
    const { result, sim } = renderHookWithCognito(useDevices, { user: { devices } });
    await waitFor(() => expect(result.current.data).toHaveLength(130));
    expect(operations(sim)).toEqual(['ListDevices', 'ListDevices', 'ListDevices']);
    expect(sim.calls.map((call) => call.input.Limit)).toEqual([60, 60, 60]);
    expect(result.current.data?.map((device) => device.key)).toEqual(devices.map((device) => device.key));
  });

  it('fails with InvalidUserPoolConfigurationException (category configuration) when the pool does not track devices', async () => {
    const { result } = renderHookWithCognito(useDevices, { pool: { deviceTracking: false } });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'InvalidUserPoolConfigurationException', category: 'configuration' });
  });
});

describe('useForgetDevice', () => {
  it('takes the device out at once, then refetches the list once', async () => {
    const { result, sim } = renderHookWithCognito(useDevicePage, three);
    await waitFor(() => expect(result.current.devices.data).toHaveLength(3));
    sim.setLatency('ForgetDevice', 300);
    sim.resetCalls();
    act(() => result.current.forget.mutate('us-east-1_b'));
    await waitFor(() => expect(result.current.devices.data?.map((d) => d.key)).toEqual(['us-east-1_a', 'us-east-1_c']));
    expect(sim.getUserState('ada').devices).toHaveLength(3);
    await waitFor(() => expect(operations(sim)).toEqual(['ForgetDevice', 'ListDevices']));
    expect(result.current.changes.at(-1)).toMatchObject({ type: 'forget', deviceKey: 'us-east-1_b', status: 'success' });
  });

  it('puts back exactly the refused device, where it was, while another forget stays done; settles once', async () => {
    const { result, sim } = renderHookWithCognito(useDevicePage, three);
    await waitFor(() => expect(result.current.devices.data).toHaveLength(3));
    sim.failNext('ForgetDevice', { code: 'ForbiddenException' });
    sim.setLatency('ForgetDevice', 200);
    sim.setLatency('ListDevices', 1500);
    sim.resetCalls();
    const keys = () => result.current.devices.data?.map((d) => d.key);
    act(() => result.current.forget.mutate('us-east-1_b'));
    act(() => result.current.forget.mutate('us-east-1_c'));
    await waitFor(() => expect(keys()).toEqual(['us-east-1_a']));
    await waitFor(() => expect(keys()).toEqual(['us-east-1_a', 'us-east-1_b']), { timeout: 1200 });
    await waitFor(() => expect(result.current.changes.map((c) => c.status)).toEqual(['error', 'success']), { timeout: 4000 });
    await waitFor(() => expect(operations(sim).filter((op) => op === 'ListDevices')).toHaveLength(1), { timeout: 4000 });
    expect(result.current.changes[0]?.error?.code).toBe('ForbiddenException');
    expect(sim.getUserState('ada').devices.map((d) => d.key)).toEqual(['us-east-1_a', 'us-east-1_b']);
  });

  it('leaves a device Cognito no longer knows (ResourceNotFoundException) out of the list', async () => {
    const { result, sim } = renderHookWithCognito(useDevicePage, three);
    await waitFor(() => expect(result.current.devices.data).toHaveLength(3));
    sim.updateUser('ada', { devices: [{ key: 'us-east-1_a' }, { key: 'us-east-1_c' }] });
    act(() => result.current.forget.mutate('us-east-1_b'));
    await waitFor(() => expect(result.current.changes.at(-1)?.status).toBe('error'));
    expect(result.current.changes.at(-1)?.error?.code).toBe('ResourceNotFoundException');
    expect(result.current.devices.data?.map((d) => d.key)).toEqual(['us-east-1_a', 'us-east-1_c']);
  });
});

describe('useUpdateDeviceStatus', () => {
  it('shows the new status at once and keeps it once Cognito accepts', async () => {
    const { result, sim } = renderHookWithCognito(useDevicePage, three);
    await waitFor(() => expect(result.current.devices.data).toHaveLength(3));
    sim.setLatency('UpdateDeviceStatus', 300);
    act(() => result.current.update.mutate({ deviceKey: 'us-east-1_a', remembered: false }));
    await waitFor(() => expect(result.current.devices.data?.[0]?.status).toBe('not_remembered'));
    expect(sim.getUserState('ada').devices[0]?.attributes.device_status).toBe('remembered');
    await waitFor(() => expect(sim.getUserState('ada').devices[0]?.attributes.device_status).toBe('not_remembered'));
    await waitFor(() => expect(result.current.changes.at(-1)).toMatchObject({ type: 'stop-remembering', status: 'success' }));
    expect(result.current.devices.data?.[0]?.status).toBe('not_remembered');
  });

  it('rolls back the status when Cognito refuses', async () => {
    const { result, sim } = renderHookWithCognito(useDevicePage, three);
    await waitFor(() => expect(result.current.devices.data).toHaveLength(3));
    for (let attempt = 0; attempt < 3; attempt++) sim.failNext('UpdateDeviceStatus', { code: 'TooManyRequestsException' });
    sim.setLatency('UpdateDeviceStatus', 200);
    sim.setLatency('ListDevices', 1500);
    act(() => result.current.update.mutate({ deviceKey: 'us-east-1_c', remembered: false }));
    await waitFor(() => expect(result.current.devices.data?.[2]?.status).toBe('not_remembered'));
    await waitFor(() => expect(result.current.devices.data?.[2]?.status).toBe('remembered'), { timeout: 1200 });
    expect(result.current.devices.data?.[2]?.attributes.device_status).toBe('remembered');
  });
});

describe('useSignOutEverywhere', () => {
  function useSecurityPage() {
    return { signOut: useSignOutEverywhere(), user: useCognitoUser(), devices: useDevices() };
  }

  it('revokes the tokens, then ends the session once: onSessionExpired, cache cleared, step signed-out', async () => {
    const onSessionExpired = vi.fn();
    const { result, sim, queryClient, user } = renderHookWithCognito(useSecurityPage, { ...three, provider: { onSessionExpired } });
    await waitFor(() => expect(result.current.user.isSuccess && result.current.devices.isSuccess).toBe(true));
    act(() => {
      result.current.signOut.signOutEverywhere();
      result.current.signOut.signOutEverywhere();
    });
    await waitFor(() => expect(result.current.signOut.step).toBe('signed-out'));
    expect(operations(sim).filter((op) => op === 'GlobalSignOut')).toHaveLength(1);
    expect(onSessionExpired).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'SignedOutEverywhere', category: 'session-expired' }));
    const queries = queryClient.getQueryCache().findAll({ queryKey: cognitoKeys.user(user.sub) });
    const facts = JSON.stringify(cognitoKeys.mfaSessionFacts(user.sub));
    expect(queries.filter((query) => JSON.stringify(query.queryKey) !== facts).every((query) => query.state.data === undefined)).toBe(true);
    expect(result.current.user.data).toBeUndefined();
    expect(result.current.devices.data).toBeUndefined();
    expect((await sim.handle('GetUser', { AccessToken: user.accessToken })).body).toMatchObject({ message: 'Access Token has been revoked' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it.each([
    [{ code: 'LimitExceededException' }, 'throttled'],
    ['network', 'network'],
  ] as const)('keeps the user signed in when GlobalSignOut fails (%j)', async (failure, category) => {
    const onSessionExpired = vi.fn();
    const { result, sim } = renderHookWithCognito(useSecurityPage, { provider: { onSessionExpired } });
    await waitFor(() => expect(result.current.user.isSuccess).toBe(true));
    // Throttling is retried by the transport (a write without an answer never is): refuse every attempt.
    for (let attempt = 0; attempt < 3; attempt++) sim.failNext('GlobalSignOut', failure);
    act(() => result.current.signOut.signOutEverywhere());
    await waitFor(() => expect(result.current.signOut.error).not.toBeNull());
    expect(result.current.signOut).toMatchObject({ step: 'idle', error: { category } });
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(result.current.user.data?.username).toBe('ada');
    act(() => result.current.signOut.reset());
    await waitFor(() => expect(result.current.signOut.error).toBeNull());
  });
});
