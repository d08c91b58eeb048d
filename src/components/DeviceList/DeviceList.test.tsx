import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import type { DeviceSpec } from '../../testing/index.js';
import { DeviceList } from './DeviceList.js';

const CHROME_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const DEVICES: DeviceSpec[] = [
  { key: 'us-east-1_a', name: CHROME_WIN },
  { key: 'us-east-1_b', name: SAFARI_IPHONE },
  { key: 'us-east-1_c', name: 'Kitchen iPad', status: 'not_remembered' },
];

function renderList(devices: DeviceSpec[] = DEVICES, options: Parameters<typeof renderWithCognito>[1] = {}) {
  const rendered = renderWithCognito(<DeviceList currentDeviceKey="us-east-1_a" />, { user: { devices }, ...options });
  return { ...rendered, user: userEvent.setup() };
}

const names = () => screen.queryAllByRole('listitem').map((item) => item.querySelector('[data-rcs="device-name"]')?.textContent);

describe('DeviceList', () => {
  it('lists every device with a readable name and marks this device', async () => {
    renderList();
    await waitFor(() => expect(names()).toEqual(['Chrome on Windows', 'Safari on iPhone', 'Kitchen iPad']));
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('This device');
  });

  it('forgets a device after confirmation: gone at once, announced, forgotten in Cognito', async () => {
    const { user, sim } = renderList();
    await waitFor(() => expect(names()).toHaveLength(3));
    sim.setLatency('ForgetDevice', 200);
    await user.click(screen.getByRole('button', { name: 'Forget Safari on iPhone' }));
    await user.click(screen.getByRole('button', { name: 'Forget device' }));
    expect(names()).toEqual(['Chrome on Windows', 'Kitchen iPad']);
    expect(screen.getByRole('heading', { name: 'Your devices' })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('“Safari on iPhone” forgotten'));
    expect(sim.getUserState('ada').devices.map((device) => device.key)).toEqual(['us-east-1_a', 'us-east-1_c']);
  });

  it('puts a refused device back where it was and says why, on its row and aloud', async () => {
    const { user, sim } = renderList();
    await waitFor(() => expect(names()).toHaveLength(3));
    for (let attempt = 0; attempt < 3; attempt++) sim.failNext('ForgetDevice', { code: 'LimitExceededException' });
    await user.click(screen.getByRole('button', { name: 'Forget Safari on iPhone' }));
    await user.click(screen.getByRole('button', { name: 'Forget device' }));
    await waitFor(() => expect(names()).toEqual(['Chrome on Windows', 'Safari on iPhone', 'Kitchen iPad']));
    const reason = "Couldn't forget “Safari on iPhone”: Too many attempts. Wait a few minutes, then try again.";
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(reason));
    expect(within(screen.getAllByRole('listitem')[1] as HTMLElement).getByText(reason)).toBeInTheDocument();
  });

  it('drops a device Cognito no longer knows and says it was already forgotten', async () => {
    const { user, sim } = renderList();
    await waitFor(() => expect(names()).toHaveLength(3));
    sim.updateUser('ada', { devices: [DEVICES[0] as DeviceSpec, DEVICES[2] as DeviceSpec] });
    await user.click(screen.getByRole('button', { name: 'Forget Safari on iPhone' }));
    await user.click(screen.getByRole('button', { name: 'Forget device' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('This device was already forgotten.'));
    expect(names()).toEqual(['Chrome on Windows', 'Kitchen iPad']);
  });

  it('stops remembering and remembers a device, optimistically', async () => {
    const { user, sim } = renderList();
    await waitFor(() => expect(names()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Stop remembering Chrome on Windows' }));
    expect(screen.getByRole('button', { name: 'Remember Chrome on Windows' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('“Chrome on Windows” is no longer remembered'));
    await user.click(screen.getByRole('button', { name: 'Remember Kitchen iPad' }));
    await waitFor(() => expect(sim.getUserState('ada').devices.map((device) => device.attributes.device_status)).toEqual(['not_remembered', 'remembered', 'remembered']));
  });

  it('rolls back a refused status change and says why', async () => {
    const { user, sim } = renderList();
    await waitFor(() => expect(names()).toHaveLength(3));
    sim.failNext('UpdateDeviceStatus', { code: 'ForbiddenException' });
    await user.click(screen.getByRole('button', { name: 'Stop remembering Chrome on Windows' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Couldn't change “Chrome on Windows”: The request was blocked."));
    expect(screen.getByRole('button', { name: 'Stop remembering Chrome on Windows' })).toBeInTheDocument();
  });

  it('reads no devices as an empty list', async () => {
    renderList([]);
    expect(await screen.findByText('You have no remembered devices.')).toBeInTheDocument();
  });

  it('explains, without an error, that the pool does not track devices', async () => {
    renderList(DEVICES, { pool: { deviceTracking: false } });
    expect(await screen.findByText('This app does not remember devices, so there are none to show.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
