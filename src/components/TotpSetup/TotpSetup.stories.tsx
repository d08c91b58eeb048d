import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, untilLoaded } from '../../../stories/states.js';
import { generateTotpCode } from '../../testing/index.js';
import { TotpSetup } from './TotpSetup.js';

const meta = {
  title: 'Components/TotpSetup',
  component: TotpSetup,
  tags: ['autodocs'],
  args: { issuer: 'Acme', onComplete: fn(), onCancel: fn() },
} satisfies Meta<typeof TotpSetup>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = Pick<StoryContext, 'canvas' | 'userEvent' | 'canvasElement' | 'loaded'>;

/** Starts the flow and reads the setup key off the screen, as a person typing it into an app would. */
async function readKey(context: Play): Promise<string> {
  const { canvas, userEvent } = context;
  await untilLoaded(context);
  await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }));
  await canvas.findByRole('heading', { name: 'Scan the QR code' });
  return canvas.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent.replaceAll(' ', '');
}

async function enterCode({ canvas, userEvent }: Play, code: string) {
  const input = canvas.getByRole('textbox', { name: '6-digit code from the app' });
  await userEvent.clear(input);
  await userEvent.type(input, code);
  await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
}

/** From no authenticator to one that is on and preferred. */
export const HappyPath: Story = {
  play: async (context) => {
    const { canvas, userEvent, args, loaded } = context;
    const key = await readKey(context);
    await expect(canvas.getByRole('img', { name: /QR code for your authenticator app/ })).toBeVisible();
    await enterCode(context, await generateTotpCode(key));
    await userEvent.click(await canvas.findByRole('button', { name: 'Turn on' }));
    const done = await canvas.findByRole('heading', { name: 'Authenticator app is on' });
    await waitFor(() => expect(done).toHaveFocus());
    await expect(args.onComplete).toHaveBeenCalledWith({ preferred: true });
    await expect(cognitoOf({ loaded }).sim.getUserState('ada')).toMatchObject({
      enabledMfa: ['SOFTWARE_TOKEN_MFA'],
      preferredMfa: 'SOFTWARE_TOKEN_MFA',
    });
  },
};

/** A wrong code is explained at the input and the key stays for another try (ends on that state). */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas } = context;
    const key = await readKey(context);
    const right = await generateTotpCode(key);
    await enterCode(context, right.replace(/^./, (digit) => String((Number(digit) + 5) % 10)));
    const input = canvas.getByRole('textbox', { name: '6-digit code from the app' });
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That code did not work.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    // Focus moves in an effect, after the browser paints the error.
    await waitFor(() => expect(input).toHaveFocus());
    await expect(canvas.getByText(key.replace(/(.{4})(?=.)/g, '$1 '))).toBeVisible();
  },
};

/** The user already has an authenticator: a warning comes first, before any request (docs/behaviour.md#mfa-row-13). */
export const ReplaceWarning: Story = {
  parameters: cognito({ user: { enabledMfa: ['SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await untilLoaded(context);
    await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }));
    const title = await canvas.findByRole('heading', { name: 'Replace your authenticator app?' });
    await waitFor(() => expect(title).toHaveFocus());
    await expect(canvas.getByText(/stops working as soon as you continue/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Replace authenticator app' })).toBeVisible();
    const { sim } = cognitoOf({ loaded });
    await expect(sim.calls.map((call) => call.operation)).not.toContain('AssociateSoftwareToken');
    await expect(sim.getUserState('ada').totpVerified).toBe(true);
  },
};

/** The pool does not offer authenticator apps: the flow says so and offers nothing to press. */
export const PoolWithoutTotp: Story = {
  parameters: cognito({ pool: { factors: ['SMS_MFA', 'EMAIL_OTP'] } }),
  play: async (context) => {
    const { canvas } = context;
    await untilLoaded(context);
    await expect(canvas.getByText('Authenticator apps are not available for this account.')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
