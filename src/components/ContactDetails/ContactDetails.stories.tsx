import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, expectAnnounced, expectLoadError, expectLoading, expectSessionExpired, loadError, loading, sessionExpired } from '../../../stories/states.js';
import type { ContactAttribute } from '../../cognito/contactModel.js';
import { ContactDetails } from './ContactDetails.js';

const meta = {
  title: 'Components/ContactDetails',
  component: ContactDetails,
  args: { onComplete: fn() },
} satisfies Meta<typeof ContactDetails>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = Pick<StoryContext, 'canvas' | 'userEvent' | 'loaded'>;

const NO_PHONE = { attributes: { email: 'ada@example.com', email_verified: 'true' } };
const UNVERIFIED_EMAIL = { attributes: { email: 'ada@example.com', email_verified: 'false', phone_number: '+15555550123' } };

/** The row of an attribute, once the details have loaded. */
async function rowOf({ canvas }: Pick<Play, 'canvas'>, attribute: ContactAttribute) {
  await canvas.findAllByRole('listitem');
  const row = canvas.getAllByRole('listitem').find((item) => item.dataset.attribute === attribute);
  if (!row) throw new Error(`no ${attribute} row`);
  return row;
}

/** Opens a row's action and types a new value into the lazily loaded form, then sends it. */
async function sendValue({ canvas, userEvent }: Play, action: string, field: string, value: string) {
  await userEvent.click(await canvas.findByRole('button', { name: action }));
  const input = await canvas.findByRole('textbox', { name: field });
  await waitFor(() => expect(input).toHaveFocus());
  await userEvent.type(input, value);
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
  return input;
}

/** Waits for the code entry, then types what Cognito sent (read from the simulator's outbox) or `code`. */
async function enterCode({ canvas, userEvent, loaded }: Play, attribute: ContactAttribute, code?: string) {
  const input = await canvas.findByRole('textbox', { name: '6-digit code' });
  await waitFor(() => expect(input).toHaveFocus());
  await userEvent.type(input, code ?? cognitoOf({ loaded }).sim.lastCode('ada', attribute));
  await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
  return input;
}

/** A code that is not the one Cognito sent. */
const wrongCode = ({ loaded }: Pick<Play, 'loaded'>, attribute: ContactAttribute) =>
  cognitoOf({ loaded }).sim.lastCode('ada', attribute) === '000000' ? '111111' : '000000';

export const Loading: Story = { parameters: loading, play: expectLoading };

export const LoadError: Story = { parameters: loadError, play: expectLoadError };

export const SessionExpired: Story = { parameters: sessionExpired, play: expectSessionExpired };

/** Both attributes verified: change or remove each. */
export const Verified: Story = {
  play: async (context) => {
    const phone = await rowOf(context, 'phone_number');
    await expect(phone).toHaveAttribute('data-state', 'verified');
    await expect(within(phone).getByText('+15555550123')).toBeVisible();
    await expect(within(phone).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Change phone number',
      'Remove phone number',
    ]);
  },
};

/** No phone number yet: add one, check the code, and it is in place, verified. */
export const NoPhoneNumber: Story = {
  parameters: cognito({ user: NO_PHONE }),
  play: async (context) => {
    const { canvas, loaded, args } = context;
    await expect(await rowOf(context, 'phone_number')).toHaveAttribute('data-state', 'none');
    await sendValue(context, 'Add phone number', 'Phone number', '+1 555 555 0199');
    await enterCode(context, 'phone_number');
    await expectAnnounced(context, 'status', 'Phone number verified.');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Change phone number' })).toHaveFocus());
    await expect(args.onComplete).toHaveBeenCalledWith({ attribute: 'phone_number', outcome: 'verified' });
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').attributes).toMatchObject({
      phone_number: '+15555550199',
      phone_number_verified: 'true',
    });
  },
};

/** An email address that was never verified: "Verify" sends a code to it. */
export const Unverified: Story = {
  parameters: cognito({ user: UNVERIFIED_EMAIL }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    const email = await rowOf(context, 'email');
    await expect(email).toHaveAttribute('data-state', 'unverified');
    await expect(within(email).getByText('Not verified')).toBeVisible();
    await userEvent.click(within(email).getByRole('button', { name: 'Verify email address' }));
    await expect(await canvas.findByText(/We sent a 6-digit code to .a\*\*\*@e\*\*\*./)).toBeVisible();
    await enterCode(context, 'email');
    await waitFor(() => expect(email).toHaveAttribute('data-state', 'verified'));
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').attributes.email_verified).toBe('true');
  },
};

/** A new number waits for its code while the pool keeps the current one in use (the default). */
export const PendingChange: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await sendValue(context, 'Change phone number', 'Phone number', '+44 7700 900123');
    await canvas.findByRole('textbox', { name: '6-digit code' });
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    const phone = await rowOf(context, 'phone_number');
    await expect(phone).toHaveAttribute('data-state', 'pending');
    await expect(within(phone).getByText('+15555550123')).toBeVisible();
    await expect(phone).toHaveTextContent('Change pending verification');
    await expect(phone).toHaveTextContent('The current one stays in use until then.');
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').attributes.phone_number).toBe('+15555550123');
  },
};

/** A pool without "keep the original value": the new address is in place at once, not verified. */
export const ChangedAtOnce: Story = {
  parameters: cognito({ pool: { attributesRequireVerificationBeforeUpdate: [] } }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await sendValue(context, 'Change email address', 'Email address', 'grace@example.org');
    await canvas.findByRole('textbox', { name: '6-digit code' });
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    const email = await rowOf(context, 'email');
    await expect(email).toHaveAttribute('data-state', 'unverified');
    await expect(within(email).getByText('grace@example.org')).toBeVisible();
  },
};

/** The code entry, with where the code went (ends on that step). */
export const CodeSent: Story = {
  play: async (context) => {
    const { canvas } = context;
    await sendValue(context, 'Change phone number', 'Phone number', '+447700900123');
    const input = await canvas.findByRole('textbox', { name: '6-digit code' });
    await expect(canvas.getByText(/We sent a 6-digit code to .\+\*{8}0123.\. It works for 24 hours\./)).toBeVisible();
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeVisible();
  },
};

/** A wrong code is explained at the field and stays selected for retyping (ends on that state). */
export const WrongCode: Story = {
  play: async (context) => {
    const { canvas } = context;
    await sendValue(context, 'Change email address', 'Email address', 'grace@example.org');
    await canvas.findByRole('textbox', { name: '6-digit code' });
    const input = await enterCode(context, 'email', wrongCode(context, 'email'));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('That code is not correct.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(input).toHaveFocus());
  },
};

/** An expired code: the reason, and focus on "Resend code" (ends on that state). */
export const ExpiredCode: Story = {
  parameters: cognito({
    setup: (sim) =>
      sim.failNext('VerifyUserAttribute', { code: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' }),
  }),
  play: async (context) => {
    const { canvas } = context;
    await sendValue(context, 'Change email address', 'Email address', 'grace@example.org');
    await enterCode(context, 'email');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This code has expired. Send a new code.');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Resend code' })).toHaveFocus());
  },
};

/** Cognito could not send the text message: the reason at the field, with the number kept. */
export const DeliveryFailure: Story = {
  parameters: cognito({
    setup: (sim) => sim.failNext('UpdateUserAttributes', { code: 'CodeDeliveryFailureException', message: 'Unable to deliver message' }),
  }),
  play: async (context) => {
    const { canvas } = context;
    const input = await sendValue(context, 'Change phone number', 'Phone number', '+447700900123');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We could not send a text message to this number.');
    await expect(input).toHaveValue('+447700900123');
  },
};

/** Another account verified this address: "already used by another account", the address kept. */
export const AliasExists: Story = {
  parameters: cognito({
    setup: (sim) => void sim.addUser({ username: 'grace', attributes: { email: 'grace@example.org', email_verified: 'true' } }),
  }),
  play: async (context) => {
    const { canvas } = context;
    const input = await sendValue(context, 'Change email address', 'Email address', 'grace@example.org');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This email address is already used by another account.');
    await expect(input).toHaveValue('grace@example.org');
    await waitFor(() => expect(input).toHaveFocus());
  },
};

/** Five wrong codes: the sixth attempt is refused, and the user is told when to try again. */
export const LimitExceeded: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await sendValue(context, 'Change email address', 'Email address', 'grace@example.org');
    const input = await canvas.findByRole('textbox', { name: '6-digit code' });
    const { sim } = cognitoOf(context);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await userEvent.clear(input);
      await userEvent.type(input, wrongCode(context, 'email'));
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
      // Answered, and the form is ready for the next try.
      await waitFor(() => expect(sim.calls.filter((call) => call.operation === 'VerifyUserAttribute')).toHaveLength(attempt));
      await waitFor(() => expect(input).not.toHaveAttribute('readonly'));
    }
    await userEvent.clear(input);
    await enterCode(context, 'email');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('wait about an hour before you try again'), { timeout: 4000 });
  },
};

/** The phone number cannot be removed while SMS codes go to it, and the row says why. */
export const RemoveBlockedByMfa: Story = {
  parameters: cognito({ user: { enabledMfa: ['SMS_MFA'] } }),
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    const remove = await canvas.findByRole('button', { name: 'Remove phone number' });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription(expect.stringContaining('turn them off before removing it'));
    await userEvent.click(remove);
    await expect(cognitoOf({ loaded }).sim.calls.map((call) => call.operation)).not.toContain('DeleteUserAttributes');
  },
};

/** Removing asks first, then says it is done. */
export const Remove: Story = {
  play: async (context) => {
    const { canvas, userEvent, loaded } = context;
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove phone number' }));
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Remove your phone number?' })).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Remove' }));
    await expectAnnounced(context, 'status', 'Phone number removed.');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Add phone number' })).toHaveFocus());
    await expect(cognitoOf({ loaded }).sim.getUserState('ada').attributes).not.toHaveProperty('phone_number');
  },
};
