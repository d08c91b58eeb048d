import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { MfaToggleList } from './MfaToggleList.js';

const EMAIL_ONLY = { attributes: { email: 'ada@example.com', email_verified: 'true' } };

describe('MfaToggleList: "Add a phone number first"', () => {
  it('adds and verifies a phone number in place, then turns SMS on and preferred right there', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<MfaToggleList />, { user: EMAIL_ONLY });
    const sms = await screen.findByRole('switch', { name: 'Text message (SMS)' });
    const add = screen.getByRole('button', { name: 'Add a phone number first.' });
    expect(sms).toHaveAccessibleDescription(/Add a phone number first\./);
    expect(add).toHaveAttribute('aria-expanded', 'false');

    await user.click(add);
    const input = await screen.findByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(input).toHaveFocus());
    expect(add).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Add a phone number' })).toBeInTheDocument();
    await user.type(input, '+15555550199');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    const code = await screen.findByRole('textbox', { name: '6-digit code' });
    await waitFor(() => expect(code).toHaveFocus());
    // Not verified yet: the pool keeps no number in place, so SMS still cannot be turned on.
    expect(sms).toHaveAttribute('aria-disabled', 'true');
    await user.type(code, sim.lastCode('ada', 'phone_number'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const title = await screen.findByRole('heading', { name: 'Turn on Text message (SMS)' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(sms).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('checkbox', { name: 'Make it my preferred method' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    await waitFor(() => expect(sms).toHaveFocus());
    expect(sms).toBeChecked();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Text message (SMS) turned on'));
    expect(screen.queryByRole('group', { name: 'Phone number' })).not.toBeInTheDocument();
    expect(sim.getUserState('ada')).toMatchObject({
      attributes: { phone_number: '+15555550199', phone_number_verified: 'true' },
      enabledMfa: ['SMS_MFA'],
      preferredMfa: 'SMS_MFA',
    });
  });

  it('leaves the factor off on "Not now", with focus on its now eligible switch', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<MfaToggleList />, { user: { attributes: { phone_number: '+15555550123' } } });
    await user.click(await screen.findByRole('button', { name: 'Add an email address first.' }));
    const input = await screen.findByRole('textbox', { name: 'Email address' });
    await user.type(input, 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const code = await screen.findByRole('textbox', { name: '6-digit code' });
    await user.type(code, sim.lastCode('ada', 'email'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await user.click(await screen.findByRole('button', { name: 'Not now' }));

    const email = screen.getByRole('switch', { name: 'Email' });
    expect(email).toHaveFocus();
    expect(email).not.toBeChecked();
    expect(email).not.toHaveAttribute('aria-disabled');
    expect(sim.getUserState('ada').enabledMfa).toEqual([]);
  });

  it('closes on Cancel and puts focus back on the action', async () => {
    const user = userEvent.setup();
    renderWithCognito(<MfaToggleList />, { user: EMAIL_ONLY });
    await user.click(await screen.findByRole('button', { name: 'Add a phone number first.' }));
    const group = await screen.findByRole('group', { name: 'Phone number' });
    await user.click(within(group).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('group', { name: 'Phone number' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a phone number first.' })).toHaveFocus();
  });

  it('leaves the action to the app when it passes onAddContact', async () => {
    const onAddContact = vi.fn();
    renderWithCognito(<MfaToggleList onAddContact={onAddContact} />, { user: EMAIL_ONLY });
    const add = await screen.findByRole('button', { name: 'Add a phone number first.' });
    await userEvent.click(add);
    expect(onAddContact).toHaveBeenCalledWith('SMS_MFA', expect.anything());
    expect(add).not.toHaveAttribute('aria-expanded');
    expect(screen.queryByRole('group', { name: 'Phone number' })).not.toBeInTheDocument();
  });
});
