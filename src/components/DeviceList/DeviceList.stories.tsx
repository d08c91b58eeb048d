import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, expectAnnounced, expectLoadError, expectSessionExpired, sessionExpired } from '../../../stories/states.js';
import type { Device } from '../../cognito/devices.js';
import type { DeviceSpec } from '../../testing/index.js';
import { SecurityMessagesProvider } from '../messages/context.js';
import { DeviceList } from './DeviceList.js';
import { DeviceListView } from './DeviceListView.js';
import { deviceListAr } from './messages/ar.js';

const meta = {
  title: 'Components/DeviceList',
  component: DeviceList,
  args: { currentDeviceKey: 'us-east-1_this' },
} satisfies Meta<typeof DeviceList>;

export default meta;
type Story = StoryObj<typeof meta>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.now();
const SEVERAL: DeviceSpec[] = [
  {
    key: 'us-east-1_this',
    name: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    createdAt: now - 40 * DAY,
    lastAuthenticatedAt: now - 2 * HOUR,
  },
  {
    key: 'us-east-1_phone',
    name: 'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
    createdAt: now - 90 * DAY,
    lastAuthenticatedAt: now - 3 * DAY,
  },
  { key: 'us-east-1_ipad', name: 'Kitchen iPad', status: 'not_remembered', createdAt: now - 200 * DAY, lastAuthenticatedAt: now - 60 * DAY },
];

export const Loading: Story = {
  parameters: cognito({ setup: (sim) => sim.setLatency('ListDevices', 60_000) }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading…')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Your devices' })).toHaveAttribute('aria-busy', 'true');
  },
};

export const LoadError: Story = {
  parameters: cognito({ setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('ListDevices', { code: 'InternalErrorException' })) }),
  play: expectLoadError,
};

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

/** Most sign-ins track no device (no SRP + ConfirmDevice): an empty list, not an error. */
export const NoDevices: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You have no remembered devices.')).toBeVisible();
  },
};

/** Device tracking is off in the pool: the section says so instead of listing. */
export const TrackingOff: Story = {
  parameters: cognito({ pool: { deviceTracking: false } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This app does not remember devices, so there are none to show.')).toBeVisible();
    await expect(canvas.queryByRole('list')).not.toBeInTheDocument();
  },
};

export const SeveralDevices: Story = {
  parameters: cognito({ user: { devices: SEVERAL } }),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
    const [mac, phone, ipad] = canvas.getAllByRole('listitem');
    await expect(mac).toHaveTextContent('Safari on macOS');
    await expect(mac).toHaveTextContent('This device');
    await expect(mac).toHaveTextContent('Last used 2 hours ago · Remembered');
    await expect(phone).toHaveTextContent('Samsung Internet on Android');
    await expect(phone).toHaveTextContent('Last used 3 days ago');
    await expect(ipad).toHaveTextContent('Kitchen iPad');
    await expect(ipad).toHaveTextContent('Not remembered');
  },
};

export const ConfirmForgetThisDevice: Story = {
  parameters: cognito({ user: { devices: SEVERAL } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Forget Safari on macOS' }));
    await expect(canvas.getByText('Forget “Safari on macOS”?')).toHaveFocus();
    await expect(canvas.getByText('This is the device you are using now.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Keep it' }));
    await expect(canvas.getByRole('button', { name: 'Forget Safari on macOS' })).toHaveFocus();
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').devices).toHaveLength(3);
  },
};

export const Forgotten: Story = {
  parameters: cognito({ user: { devices: SEVERAL } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Forget Kitchen iPad' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Forget device' }));
    await expectAnnounced({ canvas }, 'status', '“Kitchen iPad” forgotten');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').devices).toHaveLength(2);
  },
};

/** Cognito throttles ForgetDevice (the transport retries twice first): the device comes back with the reason. */
export const ForgetRefused: Story = {
  parameters: cognito({
    user: { devices: SEVERAL },
    setup: (sim) => [1, 2, 3].forEach(() => sim.failNext('ForgetDevice', { code: 'LimitExceededException' })),
  }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Forget Kitchen iPad' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Forget device' }));
    await expectAnnounced({ canvas }, 'alert', "Couldn't forget “Kitchen iPad”: Too many attempts. Wait a few minutes, then try again.");
    await expect(canvas.getByText('Kitchen iPad').closest('li')).toHaveAttribute('data-invalid', 'true');
  },
};

/** The device was forgotten elsewhere meanwhile: it leaves the list, and that is said politely. */
export const AlreadyForgotten: Story = {
  parameters: cognito({ user: { devices: SEVERAL } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Forget Kitchen iPad' }));
    cognitoOf({ loaded }).sim.updateUser('ada', { devices: SEVERAL.slice(0, 2) });
    await userEvent.click(canvas.getByRole('button', { name: 'Forget device' }));
    await expectAnnounced({ canvas }, 'status', 'This device was already forgotten.');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

export const StopRemembering: Story = {
  parameters: cognito({ user: { devices: SEVERAL } }),
  play: async ({ canvas, userEvent, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Stop remembering Samsung Internet on Android' }));
    await expectAnnounced({ canvas }, 'status', '“Samsung Internet on Android” is no longer remembered');
    await expect(canvas.getByRole('button', { name: 'Remember Samsung Internet on Android' })).toBeVisible();
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').devices[1]?.attributes.device_status).toBe('not_remembered');
  },
};

export const RememberRefused: Story = {
  parameters: cognito({ user: { devices: SEVERAL }, setup: (sim) => sim.failNext('UpdateDeviceStatus', { code: 'InvalidParameterException' }) }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remember Kitchen iPad' }));
    await expectAnnounced({ canvas }, 'alert', "Couldn't change “Kitchen iPad”: The request was refused as invalid. Reload the page and try again.");
    await expect(canvas.getByRole('button', { name: 'Remember Kitchen iPad' })).toBeVisible();
  },
};

const viewDevice: Device = {
  key: 'us-east-1_a',
  attributes: {},
  name: 'Kitchen iPad',
  lastIp: null,
  status: 'remembered',
  createdAt: null,
  lastModifiedAt: null,
  lastAuthenticatedAt: null,
};

/** The view on its own while a status change is on its way: the button waits, still focusable. */
export const ViewUpdating: Story = {
  render: () => (
    <DeviceListView
      devices={[viewDevice]}
      onForget={fn()}
      onRememberChange={fn()}
      changes={[{ type: 'stop-remembering', deviceKey: 'us-east-1_a', status: 'pending', error: null, submittedAt: 1, device: undefined }]}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Stop remembering Kitchen iPad' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('listitem')).toHaveTextContent('Not used yet');
  },
};

/** Arabic, right to left, with relative times in Arabic. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  parameters: cognito({ user: { devices: SEVERAL } }),
  render: (args) => (
    <SecurityMessagesProvider messages={deviceListAr}>
      <DeviceList {...args} />
    </SecurityMessagesProvider>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'أجهزتك' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
    await expect(canvas.getByText('هذا الجهاز')).toBeVisible();
  },
};
