import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Device } from '../../cognito/devices.js';
import { CognitoError, errorFromService } from '../../cognito/errors.js';
import type { DeviceChange } from '../../queries/devices/hooks.js';
import { enCore } from '../messages/en-core.js';
import { DeviceListView } from './DeviceListView.js';
import { deviceListAr } from './messages/ar.js';
import { deviceListDe } from './messages/de.js';
import { deviceListEn, type DeviceErrorCode } from './messages/en.js';
import { deviceErrorText, deviceName, relativeTime } from './text.js';

const noop = () => undefined;
const NOW = new Date(Date.UTC(2026, 11, 5, 12));
const CHROME_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const device = (overrides: Partial<Device> = {}): Device => ({
  key: 'us-east-1_a',
  attributes: {},
  name: CHROME_WIN,
  lastIp: '198.51.100.7',
  status: 'remembered',
  createdAt: new Date(NOW.getTime() - 30 * 86_400_000),
  lastModifiedAt: null,
  lastAuthenticatedAt: new Date(NOW.getTime() - 2 * 86_400_000),
  ...overrides,
});
const error = (code: string, message = 'x') => errorFromService(code, message, 400);

describe('DeviceListView', () => {
  it('names a user-agent device by browser and system, with last use as relative time and its status', () => {
    render(<DeviceListView devices={[device()]} onForget={noop} now={NOW} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Chrome on Windows');
    expect(item).toHaveTextContent('Last used 2 days ago · Remembered · IP address 198.51.100.7');
    expect(within(item).getByRole('button', { name: 'Forget Chrome on Windows' })).toBeInTheDocument();
  });

  it('writes relative times in the active locale', () => {
    render(<DeviceListView devices={[device()]} onForget={noop} now={NOW} messages={deviceListDe} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Zuletzt verwendet vorgestern · Gemerkt');
  });

  it('marks the current device as "This device" and warns in its confirmation', async () => {
    const user = userEvent.setup();
    render(<DeviceListView devices={[device(), device({ key: 'us-east-1_b', name: 'Kitchen iPad' })]} currentDeviceKey="us-east-1_a" onForget={noop} now={NOW} />);
    const [current, other] = screen.getAllByRole('listitem');
    expect(current).toHaveTextContent('This device');
    expect(current).toHaveAttribute('data-current', 'true');
    expect(other).not.toHaveTextContent('This device');
    await user.click(within(current as HTMLElement).getByRole('button', { name: 'Forget Chrome on Windows' }));
    expect(screen.getByText('This is the device you are using now.')).toBeInTheDocument();
  });

  it('asks before forgetting, in place; "Keep it" returns focus to Forget, confirming calls onForget and focuses the heading', async () => {
    const user = userEvent.setup();
    const onForget = vi.fn();
    render(<DeviceListView devices={[device()]} onForget={onForget} now={NOW} />);
    const forget = screen.getByRole('button', { name: 'Forget Chrome on Windows' });
    await user.click(forget);
    expect(forget).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Forget “Chrome on Windows”?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(forget).toHaveFocus();
    expect(onForget).not.toHaveBeenCalled();
    await user.click(forget);
    await user.click(screen.getByRole('button', { name: 'Forget device' }));
    expect(onForget).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ key: 'us-east-1_a' }));
    expect(screen.getByRole('heading', { name: 'Your devices' })).toHaveFocus();
  });

  it('offers "Stop remembering" for a remembered device and "Remember" for another', async () => {
    const user = userEvent.setup();
    const onRememberChange = vi.fn();
    render(
      <DeviceListView
        devices={[device(), device({ key: 'us-east-1_b', name: 'Kitchen iPad', status: 'not_remembered' })]}
        onForget={noop}
        onRememberChange={onRememberChange}
        now={NOW}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Stop remembering Chrome on Windows' }));
    await user.click(screen.getByRole('button', { name: 'Remember Kitchen iPad' }));
    expect(onRememberChange.mock.calls.map(([d, remembered]: unknown[]) => [(d as Device).key, remembered as boolean])).toEqual([
      ['us-east-1_a', false],
      ['us-east-1_b', true],
    ]);
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Not remembered');
  });

  it('titles the section for every tracked device, remembered or not', () => {
    render(
      <DeviceListView
        devices={[device(), device({ key: 'us-east-1_b', name: 'Kitchen iPad', status: 'not_remembered' })]}
        onForget={noop}
        onRememberChange={noop}
        now={NOW}
      />,
    );
    const section = screen.getByRole('region', { name: 'Your devices' });
    expect(section).toHaveTextContent('Devices this app recorded when you signed in. Remembered ones can skip the extra sign-in step.');
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps a status button focusable but inert while its change is pending', () => {
    const pending: DeviceChange = { type: 'stop-remembering', deviceKey: 'us-east-1_a', status: 'pending', error: null, submittedAt: 1, device: undefined };
    render(<DeviceListView devices={[device()]} onForget={noop} onRememberChange={noop} changes={[pending]} now={NOW} />);
    expect(screen.getByRole('button', { name: 'Stop remembering Chrome on Windows' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says why the last change of a device failed, on its row', () => {
    const failed: DeviceChange = { type: 'forget', deviceKey: 'us-east-1_a', status: 'error', error: error('LimitExceededException'), submittedAt: 1, device: undefined };
    render(<DeviceListView devices={[device()]} onForget={noop} changes={[failed]} now={NOW} />);
    expect(screen.getByRole('listitem')).toHaveAttribute('data-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Forget Chrome on Windows' })).toHaveAccessibleDescription(
      /Couldn't forget “Chrome on Windows”: Too many attempts. Wait a few minutes, then try again./,
    );
  });

  it('reads an empty list as "no remembered devices", not as an error', () => {
    render(<DeviceListView devices={[]} onForget={noop} />);
    expect(screen.getByText('You have no remembered devices.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeEmptyDOMElement();
  });

  it('hides the list and explains when the pool does not track devices', () => {
    const { container } = render(
      <DeviceListView devices={[]} status="error" error={error('InvalidUserPoolConfigurationException', 'Device tracking is off')} onForget={noop} />,
    );
    expect(screen.getByText('This app does not remember devices, so there are none to show.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(container.querySelector('[data-rcs="load-error"]')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'unavailable');
  });

  it('shows the load state: busy while loading, the reason when loading failed', () => {
    const { rerender, container } = render(<DeviceListView devices={[]} status="pending" onForget={noop} />);
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    rerender(<DeviceListView devices={[]} status="error" error={error('TooManyRequestsException')} onForget={noop} />);
    expect(container.querySelector('[data-rcs="load-error"]')).toHaveTextContent('Could not load your security settings.');
  });

  it('announces the given notice in the matching live region', () => {
    render(<DeviceListView devices={[]} onForget={noop} notice={{ text: '“Kitchen iPad” forgotten', tone: 'polite', key: 1 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('“Kitchen iPad” forgotten');
  });
});

describe('device names', () => {
  it('uses the name the app gave, and "Unnamed device" without one', () => {
    expect(deviceName(deviceListEn, { name: 'Kitchen iPad' })).toBe('Kitchen iPad');
    expect(deviceName(deviceListEn, { name: null })).toBe('Unnamed device');
    expect(deviceName(deviceListAr, { name: CHROME_WIN })).toBe('Chrome على Windows');
  });
});

describe('relativeTime', () => {
  it.each([
    [-30_000, 'now'],
    [-5 * 60_000, '5 minutes ago'],
    [-3 * 3_600_000, '3 hours ago'],
    [-86_400_000, 'yesterday'],
    [-14 * 86_400_000, '2 weeks ago'],
    [-400 * 86_400_000, 'last year'],
  ])('%d ms reads as %s', (offset, text) => {
    expect(relativeTime(new Date(NOW.getTime() + offset), NOW, 'en')).toBe(text);
  });
});

describe('device error sentences', () => {
  const codes: DeviceErrorCode[] = [
    'LimitExceededException',
    'TooManyRequestsException',
    'ResourceNotFoundException',
    'NotAuthorizedException',
    'InvalidUserPoolConfigurationException',
    'InvalidParameterException',
    'ForbiddenException',
  ];
  it.each(codes)('has a sentence of its own for %s in every catalogue', (code) => {
    for (const m of [deviceListEn, deviceListDe, deviceListAr]) {
      expect(deviceErrorText(m, enCore, error(code, 'service wording'))).toBe(m[`devices.error.${code}`]);
    }
  });

  it('words a network failure, and falls back to the shared wording for the rest', () => {
    const network = new CognitoError('offline', { code: 'NetworkError', category: 'network' });
    expect(deviceErrorText(deviceListEn, enCore, network)).toBe('Could not reach the server. Check your connection, then try again.');
    expect(deviceErrorText(deviceListEn, enCore, error('InternalErrorException'))).toBe(enCore['error.unavailable']);
  });

  it('gives every catalogue the same keys', () => {
    expect(Object.keys(deviceListDe).sort()).toEqual(Object.keys(deviceListEn).sort());
    expect(Object.keys(deviceListAr).sort()).toEqual(Object.keys(deviceListEn).sort());
  });
});
