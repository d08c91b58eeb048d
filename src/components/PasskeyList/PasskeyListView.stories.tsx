import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { SIGN_IN_METHODS, viewArgTypes, viewComponent, viewProps, type ViewStoryArgs } from '../../../stories/controls.js';
import type { Passkey } from '../../cognito/passkeys.js';
import { PasskeyListView, type PasskeyListViewProps } from './PasskeyListView.js';

const MARCH_4 = Date.UTC(2026, 2, 4, 12);
const LAPTOP: Passkey = {
  id: 'AAAA',
  name: 'Passkey',
  relyingPartyId: 'localhost',
  attachment: 'platform',
  transports: ['internal', 'hybrid'],
  createdAt: new Date(MARCH_4),
};
const KEY: Passkey = { ...LAPTOP, id: 'BBBB', name: 'Security key', attachment: 'cross-platform', transports: ['usb', 'nfc'] };

const meta = {
  title: 'Views/PasskeyListView',
  component: viewComponent(PasskeyListView),
  render: (args) => <PasskeyListView {...viewProps(args)} />,
  argTypes: {
    ...viewArgTypes,
    passkeys: { control: 'object' },
    support: { control: 'inline-radio', options: ['supported', 'insecure-context', 'no-webauthn'] },
    signInFactors: { control: 'check', options: SIGN_IN_METHODS },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    addFlow: { control: false },
    removals: { control: false },
    notice: { control: false },
  },
  args: { passkeys: [LAPTOP, KEY], support: 'supported', status: 'success', onAdd: fn(), onRemove: fn() },
} satisfies Meta<ViewStoryArgs<PasskeyListViewProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: edit the passkeys, browser support, sign-in methods, a load status and error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const [laptop, key] = canvas.getAllByRole('listitem');
    await expect(laptop).toHaveTextContent('Saved on a device');
    await expect(key).toHaveTextContent('Security key');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    await expect(args.onAdd).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Security key' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Remove passkey' }));
    await expect(args.onRemove).toHaveBeenCalledWith(KEY);
  },
};

/** On a page that is not https, "Add" gives way to the reason; existing passkeys can still go. */
export const InsecurePage: Story = {
  args: { support: 'insecure-context' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Passkeys can only be added on a secure (https) page.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Remove Passkey' })).toBeVisible();
  },
};

export const NoPasskeys: Story = {
  args: { passkeys: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('You have no passkeys yet.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toBeVisible();
  },
};

export const LoadError: Story = {
  args: { status: 'error', error: 'InternalErrorException (unavailable)', passkeys: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Could not load your security settings/)).toHaveAttribute('role', 'alert');
    await expect(canvas.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument();
  },
};
