import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ERRORS, frameArgTypes, loadArgTypes, viewComponent, type ErrorName } from '../../../stories/controls.js';
import type { FrameArgs } from '../../../stories/frame.js';
import { otpauthUri, type TotpSetupStep, type UseTotpSetupResult } from '../../queries/totp.js';
import { TotpSetupView, type TotpSetupViewProps } from './TotpSetupView.js';

type Actions = Pick<UseTotpSetupResult, 'available' | 'replacesExisting' | 'start' | 'verify' | 'enable' | 'cancel'>;

/** The view's props with the flow's state picked by controls: its step and error, and its actions. */
interface TotpSetupViewStoryArgs extends Omit<TotpSetupViewProps, 'setup'>, Actions, FrameArgs {
  /** The flow's step (`useTotpSetup().step`). */
  step: TotpSetupStep;
  /** The flow's last error, where the step can have one. */
  error?: ErrorName;
}

// The example key of the Key URI Format documentation: public, and no account's secret.
const EXAMPLE_KEY = 'JBSWY3DPEHPK3PXP';

/** The `useTotpSetup()` result a step shows. */
function setupAt({ step, error, available, replacesExisting, start, verify, enable, cancel }: TotpSetupViewStoryArgs): UseTotpSetupResult {
  const isPending = step === 'associating' || step === 'verifying' || step === 'enabling';
  const actions = { isPending, available, replacesExisting, start, verify, enable, cancel };
  const failure = (error && ERRORS[error]) ?? null;
  switch (step) {
    case 'confirm-replace':
    case 'associating':
      return { step, error: null, ...actions };
    case 'scan':
    case 'verifying':
      return {
        step,
        secret: EXAMPLE_KEY,
        otpauthUri: otpauthUri({ issuer: 'Acme', accountName: 'ada@example.com', secret: EXAMPLE_KEY }),
        error: failure,
        ...actions,
      };
    case 'done':
      return { step, preferred: true, error: null, ...actions };
    default:
      return { step, error: failure, ...actions };
  }
}

const meta = {
  title: 'Views/TotpSetupView',
  component: viewComponent<TotpSetupViewProps, TotpSetupViewStoryArgs>(TotpSetupView),
  tags: ['autodocs'],
  render: (args) => {
    const { headingLevel, className, messages } = args;
    return <TotpSetupView setup={setupAt(args)} headingLevel={headingLevel} className={className} messages={messages} />;
  },
  argTypes: {
    ...frameArgTypes,
    error: loadArgTypes.error,
    step: {
      control: 'select',
      options: ['idle', 'confirm-replace', 'associating', 'scan', 'verifying', 'choosing', 'enabling', 'done'] satisfies TotpSetupStep[],
    },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  // `setup` is built from the step, error and actions above.
  parameters: { controls: { exclude: ['setup'] } },
  args: {
    step: 'idle',
    available: true,
    replacesExisting: false,
    start: fn(),
    verify: fn(),
    enable: fn(),
    cancel: fn(),
  },
} satisfies Meta<TotpSetupViewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every control applies: pick a step and an error, a locale and theme. */
export const Playground: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }));
    await expect(args.start).toHaveBeenCalledOnce();
  },
};

export const ReplaceWarning: Story = {
  args: { step: 'confirm-replace', replacesExisting: true },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('heading', { name: 'Replace your authenticator app?' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Replace authenticator app' }));
    await expect(args.start).toHaveBeenCalledWith({ replaceExisting: true });
  },
};

export const Scan: Story = {
  args: { step: 'scan' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('img', { name: /QR code for your authenticator app/ })).toBeVisible();
    await expect(canvas.getByText('JBSW Y3DP EHPK 3PXP')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code from the app' }), '123 456');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(args.verify).toHaveBeenCalledWith('123456', '');
  },
};

export const WrongCode: Story = {
  args: { step: 'scan', error: 'CodeMismatchException (invalid code)' },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: '6-digit code from the app' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining('That code did not work.'));
  },
};

export const Choosing: Story = {
  args: { step: 'choosing' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('checkbox', { name: 'Make it my preferred method' })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on' }));
    await expect(args.enable).toHaveBeenCalledWith({ preferred: true });
  },
};

export const Done: Story = {
  args: { step: 'done' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Authenticator app is on' })).toBeVisible();
    await expect(canvas.getByText('When you sign in, you will be asked for a code from your app.')).toBeVisible();
  },
};

export const Unavailable: Story = {
  args: { available: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Authenticator apps are not available for this account.')).toBeVisible();
  },
};
