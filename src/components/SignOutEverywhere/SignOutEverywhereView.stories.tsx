import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, frameArgTypes, loadArgTypes, viewComponent, type ErrorName } from '../../../stories/controls.js';
import type { FrameArgs } from '../../../stories/frame.js';
import type { SignOutEverywhereStep, UseSignOutEverywhereResult } from '../../queries/devices/hooks.js';
import { SignOutEverywhereView, type SignOutEverywhereViewProps } from './SignOutEverywhereView.js';

/** The view's props with the flow's state picked by controls: its step and error, and its actions. */
interface SignOutEverywhereViewStoryArgs
  extends Omit<SignOutEverywhereViewProps, 'flow'>, Pick<UseSignOutEverywhereResult, 'signOutEverywhere' | 'reset'>, FrameArgs {
  /** The flow's step (`useSignOutEverywhere().step`); `signing-out` is pending. */
  step: SignOutEverywhereStep;
  /** The last attempt's error, shown once the confirmation is open. */
  error?: ErrorName;
}

const meta = {
  title: 'Views/SignOutEverywhereView',
  component: viewComponent<SignOutEverywhereViewProps, SignOutEverywhereViewStoryArgs>(SignOutEverywhereView),
  render: ({ step, error, signOutEverywhere, reset, locale: _locale, theme: _theme, ...props }) => (
    <SignOutEverywhereView
      {...props}
      flow={{ step, isPending: step === 'signing-out', error: (error && ERRORS[error]) ?? null, signOutEverywhere, reset }}
    />
  ),
  argTypes: {
    ...frameArgTypes,
    error: loadArgTypes.error,
    step: { control: 'inline-radio', options: ['idle', 'signing-out', 'signed-out'] satisfies SignOutEverywhereStep[] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  // `flow` is built from the step, error and actions above.
  parameters: { controls: { exclude: ['flow'] } },
  args: { step: 'idle', signOutEverywhere: fn(), reset: fn() },
} satisfies Meta<SignOutEverywhereViewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: a step, an error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere…' }));
    await expect(canvas.getByRole('group', { name: 'Sign out everywhere?' })).toHaveAccessibleDescription(
      expect.stringContaining('Every sign-in to your account ends'),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere' }));
    await expect(args.signOutEverywhere).toHaveBeenCalledOnce();
  },
};

/** GlobalSignOut failed: the confirmation stays open with the reason; the user is still signed in. */
export const Refused: Story = {
  args: { error: 'offline (network)' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out everywhere…' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('You are still signed in. Could not reach the server.');
  },
};

export const SignedOut: Story = {
  args: { step: 'signed-out' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Sign out everywhere' })).toHaveAttribute('data-state', 'signed-out');
    await expect(canvas.getByRole('status')).toHaveTextContent('You have been signed out everywhere.');
  },
};
