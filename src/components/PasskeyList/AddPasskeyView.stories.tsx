import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, frameArgTypes, loadArgTypes, viewComponent, type ErrorName } from '../../../stories/controls.js';
import type { FrameArgs } from '../../../stories/frame.js';
import type { AddPasskeyStep, UseAddPasskeyResult } from '../../queries/passkeys/add.js';
import { AddPasskeyView, type AddPasskeyViewProps } from './AddPasskeyView.js';

/** The view's props with the flow's state picked by controls: its step and error, and its actions. */
interface AddPasskeyViewStoryArgs extends Omit<AddPasskeyViewProps, 'add'>, Pick<UseAddPasskeyResult, 'start' | 'cancel'>, FrameArgs {
  /** The flow's step (`useAddPasskey().step`). */
  step: AddPasskeyStep;
  /** Why it failed, in the `error` step. */
  error?: ErrorName;
}

const PENDING: ReadonlySet<AddPasskeyStep> = new Set(['starting', 'waiting-for-authenticator', 'completing']);

/** The `useAddPasskey()` result a step shows. */
function addAt({ step, error, start, cancel }: AddPasskeyViewStoryArgs): UseAddPasskeyResult {
  const actions = { isPending: PENDING.has(step), start, cancel };
  const failure = (error && ERRORS[error]) ?? ERRORS['WebAuthnNotEnabledException (passkeys off)'];
  if (step === 'error') return { step, error: failure, cancelled: false, ...actions };
  return { step, error: null, cancelled: false, ...actions };
}

const meta = {
  title: 'Views/AddPasskeyView',
  component: viewComponent<AddPasskeyViewProps, AddPasskeyViewStoryArgs>(AddPasskeyView),
  render: (args) => <AddPasskeyView add={addAt(args)} messages={args.messages} className={args.className} />,
  argTypes: {
    ...frameArgTypes,
    error: loadArgTypes.error,
    step: {
      control: 'select',
      options: ['idle', 'starting', 'waiting-for-authenticator', 'completing', 'done', 'error'] satisfies AddPasskeyStep[],
    },
  },
  // `add` is built from the step, error and actions above.
  parameters: { controls: { exclude: ['add'] } },
  args: { step: 'waiting-for-authenticator', start: fn(), cancel: fn() },
} satisfies Meta<AddPasskeyViewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: a step, an error, a locale and theme. The browser's prompt is open here. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const flow = canvas.getByRole('group', { name: 'Add a passkey' });
    await expect(flow).toHaveAttribute('data-pending', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Follow the steps your browser shows to create the passkey.');
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(args.cancel).toHaveBeenCalledOnce();
  },
};

/** It failed: the reason, "Try again" and "Cancel". */
export const Failed: Story = {
  args: { step: 'error', error: 'WebAuthnNotEnabledException (passkeys off)' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The passkey was not added. Passkeys are not turned on for this app.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.start).toHaveBeenCalledOnce();
  },
};

export const Added: Story = {
  args: { step: 'done' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Passkey added');
    await expect(canvas.getByRole('button', { name: 'Close' })).toBeVisible();
  },
};
