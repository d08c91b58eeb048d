import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, frameArgTypes, loadArgTypes, viewComponent, type ErrorName } from '../../../stories/controls.js';
import type { FrameArgs } from '../../../stories/frame.js';
import type { PasskeyMfa } from '../../queries/passkeys/mfa.js';
import { PasskeyMfaSwitchView, type PasskeyMfaSwitchViewProps } from './PasskeyMfaSwitchView.js';

/** The view's props with the switch's state picked by controls. */
interface PasskeyMfaSwitchViewStoryArgs
  extends Omit<PasskeyMfaSwitchViewProps, 'mfa'>, Pick<PasskeyMfa, 'enabled' | 'pending' | 'enableBlockedBy' | 'status' | 'setEnabled'>, FrameArgs {
  /** Why the last change failed. */
  error?: ErrorName;
}

const meta = {
  title: 'Views/PasskeyMfaSwitchView',
  component: viewComponent<PasskeyMfaSwitchViewProps, PasskeyMfaSwitchViewStoryArgs>(PasskeyMfaSwitchView),
  render: ({ enabled, pending, enableBlockedBy, status, setEnabled, error, messages, className }) => (
    <PasskeyMfaSwitchView
      mfa={{ enabled, pending, enableBlockedBy, status, setEnabled, error: (error && ERRORS[error]) ?? null, lastChange: undefined }}
      messages={messages}
      className={className}
    />
  ),
  argTypes: {
    ...frameArgTypes,
    ...loadArgTypes,
    enableBlockedBy: { control: 'inline-radio', options: ['no-passkey', 'no-other-factor', null] },
  },
  // `mfa` is built from the state and `setEnabled` above.
  parameters: { controls: { exclude: ['mfa'] } },
  args: { enabled: false, pending: false, enableBlockedBy: null, status: 'success', setEnabled: fn() },
} satisfies Meta<PasskeyMfaSwitchViewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const NAME = 'Passkey as two-step verification';

/** Every control applies: on or off, saving, why it cannot be turned on, an error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const toggle = canvas.getByRole('switch', { name: NAME });
    await expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await expect(args.setEnabled).toHaveBeenCalledWith(true);
  },
};

/** No passkey yet: the switch stays focusable and says why before the click. */
export const NoPasskey: Story = {
  args: { enableBlockedBy: 'no-passkey' },
  play: async ({ canvas, userEvent, args }) => {
    const toggle = canvas.getByRole('switch', { name: NAME });
    await expect(toggle).toHaveAttribute('aria-disabled', 'true');
    await expect(toggle).toHaveAccessibleDescription(expect.stringContaining('Add a passkey first.'));
    await userEvent.click(toggle);
    await expect(args.setEnabled).not.toHaveBeenCalled();
  },
};

/** Cognito refused: the switch is back off, with the reason beside it. */
export const FailedSave: Story = {
  args: { error: 'TooManyRequestsException (throttled)' },
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('switch', { name: NAME });
    await expect(toggle).not.toBeChecked();
    await expect(toggle.closest('[data-rcs="factor"]')).toHaveAttribute('data-invalid', 'true');
    await expect(toggle).toHaveAccessibleDescription(expect.stringContaining('Too many attempts'));
  },
};

export const On: Story = {
  args: { enabled: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('switch', { name: NAME })).toBeChecked();
  },
};
