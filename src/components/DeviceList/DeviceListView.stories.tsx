import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, viewArgTypes, viewComponent, viewProps, type ViewStoryArgs } from '../../../stories/controls.js';
import type { Device } from '../../cognito/devices.js';
import { DeviceListView, type DeviceListViewProps } from './DeviceListView.js';

const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2026, 11, 5, 12));

/** A device as ListDevices reports it: remembered, used two days ago, unless overridden. */
const device = (overrides: Partial<Device> = {}): Device => ({
  key: 'us-east-1_laptop',
  attributes: {},
  name: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  lastIp: '198.51.100.7',
  status: 'remembered',
  createdAt: new Date(NOW.getTime() - 30 * DAY),
  lastModifiedAt: null,
  lastAuthenticatedAt: new Date(NOW.getTime() - 2 * DAY),
  ...overrides,
});

const IPAD = device({ key: 'us-east-1_ipad', name: 'Kitchen iPad', status: 'not_remembered', lastIp: null, lastAuthenticatedAt: new Date(NOW.getTime() - 60 * DAY) });

const meta = {
  title: 'Views/DeviceListView',
  component: viewComponent(DeviceListView),
  render: (args) => <DeviceListView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    devices: { control: 'object' },
    currentDeviceKey: { control: 'inline-radio', options: ['us-east-1_laptop', 'us-east-1_ipad', null] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    changes: { control: false },
    notice: { control: false },
    now: { control: false },
  },
  args: {
    devices: [device(), IPAD],
    currentDeviceKey: 'us-east-1_laptop',
    status: 'success',
    now: NOW,
    onForget: fn(),
    onRememberChange: fn(),
  },
} satisfies Meta<ViewStoryArgs<DeviceListViewProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: edit the devices, the current one, a load status and error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const [laptop] = canvas.getAllByRole('listitem');
    await expect(laptop).toHaveTextContent('Chrome on Windows');
    await expect(laptop).toHaveTextContent('This device');
    await expect(laptop).toHaveAttribute('data-current', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Forget Kitchen iPad' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Forget device' }));
    await expect(args.onForget).toHaveBeenCalledWith(IPAD);
  },
};

/** Device tracking is off in the user pool: no list, and why. */
export const TrackingOff: Story = {
  args: { status: 'error', error: 'InvalidUserPoolConfigurationException (device tracking off)', devices: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Your devices' })).toHaveAttribute('data-state', 'unavailable');
    await expect(canvas.getByText('This app does not remember devices, so there are none to show.')).toBeVisible();
  },
};

/** Forgetting a device failed: its row says why. */
export const ForgetFailed: Story = {
  args: {
    changes: [
      { type: 'forget', deviceKey: 'us-east-1_ipad', device: IPAD, status: 'error', error: ERRORS['TooManyRequestsException (throttled)'], submittedAt: 1 },
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Forget Kitchen iPad' })).toHaveAccessibleDescription(
      expect.stringContaining("Couldn't forget “Kitchen iPad”"),
    );
  },
};

export const NoDevices: Story = {
  args: { devices: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('You have no remembered devices.')).toBeVisible();
  },
};
