import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithCognito, type CognitoFixtureOptions } from '../../../test/harness.js';
import type { CognitoSimulator } from '../../testing/index.js';
import { SecurityMessagesProvider } from '../messages/context.js';
import { MfaToggleList } from '../MfaToggleList/MfaToggleList.js';
import type { ContactFlowProps } from './ContactFlow.js';
import { ContactDetails } from './ContactDetails.js';
import { contactDetailsDe } from './messages/de.js';

type User = ReturnType<typeof userEvent.setup>;

const NO_PHONE = { attributes: { email: 'ada@example.com', email_verified: 'true' } };

function setup(options: CognitoFixtureOptions = {}) {
  const user = userEvent.setup();
  return { ...renderWithCognito(<ContactDetails />, options), user };
}

const row = (name: 'phone_number' | 'email') => {
  const element = document.querySelector<HTMLElement>(`[data-rcs="contact"][data-attribute="${name}"]`);
  if (!element) throw new Error(`no ${name} row`);
  return element;
};

/** Opens a row's action and waits for the lazily loaded flow's first field to take focus. */
async function open(user: User, action: string, field: string) {
  await user.click(await screen.findByRole('button', { name: action }));
  const input = await screen.findByRole('textbox', { name: field });
  await waitFor(() => expect(input).toHaveFocus());
  return input;
}

/** Types a new value and sends it, then waits for the code entry. */
async function sendNewValue(user: User, field: string, value: string) {
  const input = screen.getByRole('textbox', { name: field });
  await user.clear(input);
  await user.type(input, value);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  const code = await screen.findByRole('textbox', { name: '6-digit code' });
  await waitFor(() => expect(code).toHaveFocus());
  return code;
}

const wrongCode = (sim: CognitoSimulator, attribute: 'email' | 'phone_number') =>
  sim.lastCode('ada', attribute) === '000000' ? '111111' : '000000';

describe('ContactDetails', () => {
  it('shows each attribute with its state and the actions it allows', async () => {
    setup({ user: { attributes: { email: 'ada@example.com', email_verified: 'false' } } });
    expect(screen.getByRole('heading', { name: 'Contact details' })).toBeInTheDocument();
    expect(await screen.findByText('No phone number')).toBeInTheDocument();
    expect(within(row('phone_number')).getAllByRole('button').map((b) => b.textContent)).toEqual(['Add phone number']);
    expect(within(row('email')).getByText('Not verified')).toBeInTheDocument();
    expect(within(row('email')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Verify email address',
      'Change email address',
      'Remove email address',
    ]);
    expect(row('email')).toHaveAttribute('data-state', 'unverified');
  });

  it('adds a phone number: checks the format first, then verifies the code sent to the masked number', async () => {
    const { user, sim } = setup({ user: NO_PHONE });
    const input = await open(user, 'Add phone number', 'Phone number');
    expect(input).toHaveAccessibleDescription(/International format: \+ and the country code/);

    await user.type(input, '555 0199');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the number in international format: + and 8 to 15 digits');
    expect(input).toHaveValue('555 0199');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(sim.calls.map((call) => call.operation)).not.toContain('UpdateUserAttributes');

    const code = await sendNewValue(user, 'Phone number', '+1 555 555 0199');
    expect(screen.getByText(/We sent a 6-digit code to .\+\*{7}0199./)).toBeInTheDocument();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');

    await user.type(code, sim.lastCode('ada', 'phone_number'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change phone number' })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Phone number verified.');
    expect(within(row('phone_number')).getByText('+15555550199')).toBeInTheDocument();
    expect(within(row('phone_number')).getByText('Verified')).toBeInTheDocument();
  });

  it('keeps showing the number in place, and the new one as pending, while the pool waits for the code', async () => {
    const { user, sim } = setup();
    await open(user, 'Change phone number', 'Phone number');
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveAccessibleDescription(
      /Your current number stays in use until you enter the code sent to the new one\./,
    );
    await sendNewValue(user, 'Phone number', '+447700900123');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const phone = row('phone_number');
    expect(phone).toHaveAttribute('data-state', 'pending');
    expect(within(phone).getByText('+15555550123')).toBeInTheDocument();
    expect(within(phone).getByText('Verified')).toBeInTheDocument();
    expect(phone).toHaveTextContent('Change pending verification New: \u2066+447700900123\u2069, not in use until you enter the code sent to it.');
    expect(screen.getByRole('button', { name: 'Verify phone number' })).toHaveFocus();

    // The code sent before still works: straight to the code entry, nothing sent again.
    const code = await open(user, 'Verify phone number', '6-digit code');
    await user.type(code, sim.lastCode('ada', 'phone_number'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(row('phone_number')).toHaveAttribute('data-state', 'verified'));
    expect(within(row('phone_number')).getByText('+447700900123')).toBeInTheDocument();
    expect(sim.calls.filter((call) => call.operation === 'GetUserAttributeVerificationCode')).toHaveLength(0);
  });

  it('shows the new value in place but not verified when the pool changes it at once', async () => {
    const { user } = setup({ pool: { attributesRequireVerificationBeforeUpdate: [] } });
    await open(user, 'Change email address', 'Email address');
    expect(screen.getByRole('textbox', { name: 'Email address' })).not.toHaveAccessibleDescription(/stays in use/);
    await sendNewValue(user, 'Email address', 'grace@example.org');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(row('email')).toHaveAttribute('data-state', 'unverified');
    expect(within(row('email')).getByText('grace@example.org')).toBeInTheDocument();
    expect(within(row('email')).getByText('Not verified')).toBeInTheDocument();
  });

  describe('says what went wrong, keeps what the user typed, and puts focus where it helps', () => {
    it('shows the service refusing the number format at the field', async () => {
      const { user, sim } = setup();
      sim.failNext('UpdateUserAttributes', { code: 'InvalidParameterException', message: 'Invalid phone number format.' });
      const input = await open(user, 'Change phone number', 'Phone number');
      await user.type(input, '+999999999999');
      await user.click(screen.getByRole('button', { name: 'Send code' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('This phone number was not accepted. Use international format');
      expect(input).toHaveValue('+999999999999');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() => expect(input).toHaveFocus());
    });

    it('shows the service refusing the email address format at the field', async () => {
      const { user, sim } = setup();
      sim.failNext('UpdateUserAttributes', { code: 'InvalidParameterException', message: 'Invalid email address format.' });
      const input = await open(user, 'Change email address', 'Email address');
      await user.type(input, 'grace@example');
      await user.click(screen.getByRole('button', { name: 'Send code' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('This email address was not accepted. Check it for typing mistakes');
      expect(input).toHaveValue('grace@example');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(/This email address was not accepted\./);
      await waitFor(() => expect(input).toHaveFocus());
    });

    it('says the address is already used by another account (AliasExistsException)', async () => {
      const { user, sim } = setup();
      sim.addUser({ username: 'grace', attributes: { email: 'grace@example.org', email_verified: 'true' } });
      const input = await open(user, 'Change email address', 'Email address');
      await user.type(input, 'grace@example.org');
      await user.click(screen.getByRole('button', { name: 'Send code' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('This email address is already used by another account.');
      expect(input).toHaveValue('grace@example.org');
      await waitFor(() => expect(input).toHaveFocus());
    });

    it('says the value is already in place without asking Cognito', async () => {
      const { user, sim } = setup();
      const input = await open(user, 'Change email address', 'Email address');
      await user.type(input, 'ada@example.com');
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      expect(screen.getByRole('alert')).toHaveTextContent('This is already your email address.');
      expect(sim.calls.map((call) => call.operation)).not.toContain('UpdateUserAttributes');
    });

    it('says the text message could not be sent (CodeDeliveryFailureException)', async () => {
      const { user, sim } = setup();
      sim.failNext('UpdateUserAttributes', { code: 'CodeDeliveryFailureException', message: 'Unable to deliver' });
      const input = await open(user, 'Change phone number', 'Phone number');
      await user.type(input, '+447700900123');
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('We could not send a text message to this number.');
      expect(input).toHaveValue('+447700900123');
    });

    it('keeps a wrong code selected for retyping (CodeMismatchException)', async () => {
      const { user, sim } = setup();
      await open(user, 'Change email address', 'Email address');
      const code = await sendNewValue(user, 'Email address', 'grace@example.org');
      await user.type(code, wrongCode(sim, 'email'));
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('That code is not correct. Check it and try again, or send a new code.');
      expect(code).toHaveValue(wrongCode(sim, 'email'));
      expect(code).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() => expect(code).toHaveFocus());
      expect((code as HTMLInputElement).selectionEnd).toBe(6);
    });

    it('offers a new code for an expired one, and clears the field when it arrives', async () => {
      const { user, sim } = setup();
      await open(user, 'Change email address', 'Email address');
      const code = await sendNewValue(user, 'Email address', 'grace@example.org');
      sim.failNext('VerifyUserAttribute', { code: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' });
      await user.type(code, sim.lastCode('ada', 'email'));
      await user.click(screen.getByRole('button', { name: 'Verify' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('This code has expired. Send a new code.');
      const resend = screen.getByRole('button', { name: 'Resend code' });
      await waitFor(() => expect(resend).toHaveFocus());
      await user.click(resend);
      const flow = screen.getByRole('group', { name: 'Email address' });
      await waitFor(() =>
        expect(within(flow).getByRole('status').textContent).toMatch(/New code sent to .g\*\*\*@e\*\*\*.\. Earlier codes no longer work\./),
      );
      expect(code).toHaveValue('');
      await waitFor(() => expect(code).toHaveFocus());
      expect(sim.outbox('ada')).toHaveLength(2);
    });

    it('says when to try again after too many attempts (LimitExceededException)', async () => {
      const { user, sim } = setup();
      await open(user, 'Change email address', 'Email address');
      const code = await sendNewValue(user, 'Email address', 'grace@example.org');
      // The transport retries throttling up to three times, as the AWS SDK does.
      for (let attempt = 0; attempt < 3; attempt++) sim.failNext('VerifyUserAttribute', { code: 'LimitExceededException' });
      await user.type(code, sim.lastCode('ada', 'email'));
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. For your security, wait about an hour before you try again.');
      expect(code).toHaveValue(sim.lastCode('ada', 'email'));
    });

    it('says the new code could not be sent', async () => {
      const { user, sim } = setup({ user: { attributes: { email: 'ada@example.com', email_verified: 'false' } } });
      sim.failNext('GetUserAttributeVerificationCode', { code: 'CodeDeliveryFailureException', message: 'Unable to deliver' });
      await user.click(await screen.findByRole('button', { name: 'Verify email address' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('We could not send an email to this address.');
      await user.click(screen.getByRole('button', { name: 'Resend code' }));
      await waitFor(() => expect(screen.getByText(/We sent a 6-digit code to .a\*\*\*@e\*\*\*./)).toBeInTheDocument());
    });
  });

  describe('removing', () => {
    it('refuses before any request, with the reason, while SMS MFA uses the number', async () => {
      const { user, sim } = setup({ user: { enabledMfa: ['SMS_MFA'] } });
      const remove = await screen.findByRole('button', { name: 'Remove phone number' });
      expect(remove).toHaveAttribute('aria-disabled', 'true');
      expect(remove).toHaveAccessibleDescription('Text-message codes are sent to this number: turn them off before removing it.');
      await user.click(remove);
      expect(screen.queryByRole('group', { name: 'Phone number' })).not.toBeInTheDocument();
      expect(sim.calls.map((call) => call.operation)).not.toContain('DeleteUserAttributes');
    });

    it('refuses at "Remove", with the reason, when SMS was turned on in the MFA list after the confirmation opened', async () => {
      const user = userEvent.setup();
      const { sim } = renderWithCognito(
        <>
          <ContactDetails />
          <MfaToggleList />
        </>,
      );
      await user.click(await screen.findByRole('button', { name: 'Remove phone number' }));
      await screen.findByRole('heading', { name: 'Remove your phone number?' });
      await user.click(screen.getByRole('switch', { name: 'Text message (SMS)' }));
      await waitFor(() => expect(sim.getUserState('ada').enabledMfa).toContain('SMS_MFA'));

      await user.click(screen.getByRole('button', { name: 'Remove' }));
      const flow = screen.getByRole('group', { name: 'Phone number' });
      expect(within(flow).getByRole('alert')).toHaveTextContent('Text-message codes are sent to this number: turn them off before removing it.');
      expect(sim.calls.map((call) => call.operation)).not.toContain('DeleteUserAttributes');
      expect(sim.getUserState('ada').attributes).toHaveProperty('phone_number', '+15555550123');
    });

    it('asks first, removes, announces it and puts focus on "Add"', async () => {
      const { user, sim } = setup();
      await user.click(await screen.findByRole('button', { name: 'Remove email address' }));
      const title = await screen.findByRole('heading', { name: 'Remove your email address?' });
      await waitFor(() => expect(title).toHaveFocus());
      await user.click(screen.getByRole('button', { name: 'Remove' }));

      await waitFor(() => expect(screen.getByRole('button', { name: 'Add email address' })).toHaveFocus());
      expect(screen.getByRole('status')).toHaveTextContent('Email address removed.');
      expect(sim.getUserState('ada').attributes).not.toHaveProperty('email');
    });

    it('puts focus back on the action after Cancel', async () => {
      const { user } = setup();
      await user.click(await screen.findByRole('button', { name: 'Remove email address' }));
      await screen.findByRole('heading', { name: 'Remove your email address?' });
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.getByRole('button', { name: 'Change email address' })).toHaveFocus();
    });
  });

  it('leaves no code in the page, the cache or the call log once it is used', async () => {
    const { user, sim, queryClient } = setup();
    await open(user, 'Change phone number', 'Phone number');
    const input = await sendNewValue(user, 'Phone number', '+447700900123');
    const code = sim.lastCode('ada', 'phone_number');
    await user.type(input, code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Phone number verified.'));
    await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));

    expect(document.body.innerHTML).not.toContain(code);
    const queries = queryClient.getQueryCache().getAll().map((query) => query.state.data);
    const mutations = queryClient.getMutationCache().getAll().map((mutation) => mutation.state);
    expect(JSON.stringify({ queries, mutations, calls: sim.calls })).not.toContain(code);
  });

  it('speaks German with its German catalogue', async () => {
    renderWithCognito(
      <SecurityMessagesProvider messages={contactDetailsDe}>
        <ContactDetails />
      </SecurityMessagesProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Kontaktdaten' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Telefonnummer ändern' })).toBeInTheDocument();
  });

  it('says it is loading while the flow loads, and explains instead of crashing when it cannot load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The chunk fails when the test says so, after it has seen the loading state.
    let fail!: (error: Error) => void;
    const chunk = new Promise<never>((_resolve, reject) => (fail = reject));
    const Unloadable = lazy<(props: ContactFlowProps) => null>(() => chunk);
    const user = userEvent.setup();
    renderWithCognito(<ContactDetails flow={Unloadable} />);
    await user.click(await screen.findByRole('button', { name: 'Change email address' }));
    expect(await within(row('email')).findByText('Loading…')).toBeInTheDocument();
    fail(new Error('Failed to fetch dynamically imported module'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your security settings. Could not connect.');
  });
});

it('renders without a provider when given rows (ContactDetailsView)', async () => {
  const { ContactDetailsView } = await import('./ContactDetailsView.js');
  const onAction = vi.fn();
  render(
    <ContactDetailsView
      rows={[
        {
          attribute: 'phone_number',
          current: { value: '+15555550123', verified: true },
          pending: null,
          codeSent: null,
          state: 'verified',
          removeBlockedBy: null,
          keepsOriginal: true,
        },
      ]}
      onAction={onAction}
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Remove phone number' }));
  expect(onAction).toHaveBeenCalledWith('phone_number', 'remove');
});
