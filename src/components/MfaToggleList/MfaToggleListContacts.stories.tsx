import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { cognitoOf } from '../../../stories/harness.js';
import { cognito, expectAnnounced } from '../../../stories/states.js';
import { MfaToggleList } from './MfaToggleList.js';

// "Add a phone number first" and "Add an email address first" open the contact flow below the
// switches; once verified, the factor can be turned on right there.
const meta = {
  title: 'Components/MfaToggleList/Adding a contact',
  component: MfaToggleList,
} satisfies Meta<typeof MfaToggleList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole journey: no phone number → number added and verified → SMS codes on and preferred. */
export const NoPhoneToSmsOn: Story = {
  parameters: cognito({ user: { attributes: { email: 'ada@example.com', email_verified: 'true' } } }),
  play: async ({ canvas, userEvent, loaded }) => {
    const { sim } = cognitoOf({ loaded });
    const sms = await canvas.findByRole('switch', { name: 'Text message (SMS)' });
    await expect(sms).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a phone number first.' }));

    const number = await canvas.findByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(number).toHaveFocus());
    await userEvent.type(number, '+1 555 555 0199');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const code = await canvas.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, sim.lastCode('ada', 'phone_number'));
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));

    const title = await canvas.findByRole('heading', { name: 'Turn on Text message (SMS)' });
    await waitFor(() => expect(title).toHaveFocus());
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on' }));
    await expectAnnounced({ canvas }, 'status', 'Text message (SMS) turned on');
    await waitFor(() => expect(sms).toHaveFocus());
    await expect(sms).toBeChecked();
    await expect(sim.getUserState('ada')).toMatchObject({
      attributes: { phone_number: '+15555550199', phone_number_verified: 'true' },
      enabledMfa: ['SMS_MFA'],
      preferredMfa: 'SMS_MFA',
    });
  },
};

/** The email address is added and verified, but email codes stay off ("Not now"): the switch is now eligible. */
export const NoEmailNotNow: Story = {
  parameters: cognito({ user: { attributes: { phone_number: '+15555550123' } } }),
  play: async ({ canvas, userEvent, loaded }) => {
    const { sim } = cognitoOf({ loaded });
    await userEvent.click(await canvas.findByRole('button', { name: 'Add an email address first.' }));
    const address = await canvas.findByRole('textbox', { name: 'Email address' });
    await waitFor(() => expect(address).toHaveFocus());
    await userEvent.type(address, 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    const code = await canvas.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, sim.lastCode('ada', 'email'));
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Not now' }));

    const email = canvas.getByRole('switch', { name: 'Email' });
    await expect(email).toHaveFocus();
    await expect(email).not.toHaveAttribute('aria-disabled');
    await expect(sim.getUserState('ada').enabledMfa).toEqual([]);
  },
};
