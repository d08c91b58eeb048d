import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHookWithCognito, renderWithCognito } from '../../../test/harness.js';
import { useChangePassword } from '../../queries/password/changePassword.js';
import type { CognitoSimulator } from '../../testing/index.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { changePasswordFormDe } from './messages/de.js';
import { changePasswordFormEn as en } from './messages/en.js';

const OLD = 'Old-password-1';
const NEW = 'Brand-new-pass-2';

type User = ReturnType<typeof userEvent.setup>;

const current = () => screen.getByLabelText('Current password', { selector: 'input' });
const fresh = () => screen.getByLabelText('New password', { selector: 'input' });
const confirm = () => screen.getByLabelText('Confirm new password', { selector: 'input' });
const submit = () => screen.getByRole('button', { name: 'Change password' });
/** Waits for the form itself: until GetUserAuthFactors answers, it shows a loading state. */
const loaded = () => screen.findByLabelText('New password', { selector: 'input' });

/** Fills fields as a password manager would (pasting), which keeps the tests fast on a loaded machine. */
async function fill(user: User, values: { current?: string; next?: string; confirm?: string }) {
  for (const [input, value] of [
    [current, values.current],
    [fresh, values.next],
    [confirm, values.confirm],
  ] as const) {
    if (value === undefined) continue;
    await user.click(input());
    await user.paste(value);
  }
}

function renderForm(options: Parameters<typeof renderWithCognito>[1] = {}, props: Parameters<typeof ChangePasswordForm>[0] = {}) {
  const onSessionExpired = vi.fn();
  const rendered = renderWithCognito(<ChangePasswordForm {...props} />, {
    ...options,
    user: { password: OLD, ...options.user },
    provider: { onSessionExpired },
  });
  return { ...rendered, onSessionExpired, user: userEvent.setup() };
}

const calls = (sim: CognitoSimulator) => sim.calls.filter((call) => call.operation === 'ChangePassword');

afterEach(() => vi.restoreAllMocks());

describe('ChangePasswordForm', () => {
  it('has the fields password managers expect: current and new passwords, and the username hidden', async () => {
    const { container } = renderForm();
    await loaded();
    expect(current()).toHaveAttribute('autocomplete', 'current-password');
    expect(current()).toHaveAttribute('type', 'password');
    expect(fresh()).toHaveAttribute('autocomplete', 'new-password');
    expect(confirm()).toHaveAttribute('autocomplete', 'new-password');
    await waitFor(() => expect(container.querySelector('input[autocomplete="username"]')).toHaveValue('ada@example.com'));
    expect(container.querySelector('input[autocomplete="username"]')).not.toBeVisible();
  });

  it.each([
    ['the email address', { email: 'grace@example.com', preferred_username: 'grace' }, {}, 'grace@example.com'],
    ['the preferred username when there is no email', { preferred_username: 'grace' }, {}, 'grace'],
    ['the Cognito username when there is neither', {}, {}, 'ada'],
    ['the app’s username over every attribute', { email: 'grace@example.com' }, { username: '+15555550100' }, '+15555550100'],
  ])('offers password managers %s as the username', async (_name, attributes, props, expected) => {
    const { container } = renderForm({ user: { attributes } }, props);
    await loaded();
    await waitFor(() => expect(container.querySelector('input[autocomplete="username"]')).toHaveValue(expected));
  });

  it('changes the password, clears every field and announces it', async () => {
    const { user, sim } = renderForm();
    await loaded();
    await fill(user, { current: OLD, next: NEW, confirm: NEW });
    await user.click(submit());

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.'));
    for (const input of [current(), fresh(), confirm()]) expect(input).toHaveValue('');
    expect(submit()).toHaveFocus();
    expect(calls(sim).map((call) => call.status)).toEqual([200]);
    // The new password is now the current one.
    await fill(user, { current: NEW, next: 'Third-password-3', confirm: 'Third-password-3' });
    await user.click(submit());
    await waitFor(() => expect(calls(sim).map((call) => call.errorCode ?? call.status)).toEqual([200, 200]));
  });

  it('shows a wrong current password at that field, keeps the session and everything typed, then accepts the right one', async () => {
    const { user, sim, onSessionExpired, queryClient } = renderForm();
    await loaded();
    await fill(user, { current: 'Not-my-password-9', next: NEW, confirm: NEW });
    await user.click(submit());

    await waitFor(() => expect(current()).toHaveAccessibleDescription('That is not your current password.'));
    expect(current()).toHaveAttribute('aria-invalid', 'true');
    expect(current()).toHaveFocus();
    expect(fresh()).toHaveValue(NEW);
    expect(confirm()).toHaveValue(NEW);
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(queryClient.getQueryCache().getAll().every((query) => query.state.status === 'success')).toBe(true);

    await user.clear(current());
    expect(current()).not.toHaveAttribute('aria-invalid');
    await user.type(current(), OLD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.'));
    expect(calls(sim).map((call) => call.errorCode ?? call.status)).toEqual(['NotAuthorizedException', 200]);
  });

  it.each([
    ['InvalidPasswordException', {}, 'weakpassword', 'This password cannot be used. Password does not conform to policy: Password must have uppercase characters'],
    [
      'PasswordHistoryPolicyViolationException',
      { passwordPolicy: { passwordHistorySize: 3 } },
      OLD,
      'This password cannot be used. The password cannot be one of the previous passwords.',
    ],
  ])('shows the service’s reason for %s next to the new password', async (_code, pool, proposed, message) => {
    const { user, onSessionExpired } = renderForm({ pool });
    await loaded();
    await fill(user, { current: OLD, next: proposed, confirm: proposed });
    await user.click(submit());

    await waitFor(() => expect(fresh()).toHaveAccessibleDescription(expect.stringContaining(message) as string));
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(fresh()).toHaveFocus();
    expect(fresh()).toHaveValue(proposed);
    expect(current()).toHaveValue(OLD);
    expect(current()).not.toHaveAttribute('aria-invalid');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('says when to try again after too many attempts', async () => {
    const { user, sim } = renderForm();
    // The transport retries throttling: every attempt must fail.
    for (let attempt = 0; attempt < 3; attempt++) sim.failNext('ChangePassword', { code: 'LimitExceededException' });
    await loaded();
    await fill(user, { current: OLD, next: NEW, confirm: NEW });
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. For your security, wait up to 15 minutes before you try again.');
    expect(current()).toHaveValue(OLD);
    expect(current()).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['a revoked token', { code: 'NotAuthorizedException', message: 'Access Token has been revoked' }, 'Your session has expired. Sign in again.'],
    ['a lost connection', 'network', en['password.unconfirmed']],
    ['an unknown refusal', { code: 'InvalidParameterException', message: 'Odd request' }, 'Your password was not changed (Odd request).'],
    ['a misconfigured app', { code: 'ResourceNotFoundException', message: 'No pool' }, en['password.configuration']],
  ] as const)('explains %s in an alert', async (_name, failure, text) => {
    const { user, sim, onSessionExpired } = renderForm();
    await loaded();
    sim.failNext('ChangePassword', failure);
    await fill(user, { current: OLD, next: NEW, confirm: NEW });
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(fresh()).toHaveValue(NEW);
    expect(onSessionExpired).toHaveBeenCalledTimes(text === 'Your session has expired. Sign in again.' ? 1 : 0);
  });

  it('checks the confirmation and empty fields before sending anything', async () => {
    const { user, sim } = renderForm();
    await loaded();
    await user.click(submit());
    expect(current()).toHaveAccessibleDescription('Enter your current password.');
    expect(fresh()).toHaveAccessibleDescription(expect.stringContaining('Enter a new password.') as string);
    expect(current()).toHaveFocus();

    await fill(user, { current: OLD, next: NEW, confirm: 'Brand-new-pass-3' });
    await user.click(submit());
    expect(confirm()).toHaveAccessibleDescription('The passwords do not match.');
    expect(confirm()).toHaveAttribute('aria-invalid', 'true');
    expect(confirm()).toHaveFocus();
    expect(calls(sim)).toHaveLength(0);
  });

  it('shows and hides each password with a labelled toggle button', async () => {
    const { user } = renderForm();
    await loaded();
    const toggle = screen.getByRole('button', { name: 'Show new password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveTextContent('Show');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(fresh()).toHaveAttribute('type', 'text');
    expect(fresh()).toHaveAttribute('spellcheck', 'false');
    expect(current()).toHaveAttribute('type', 'password');
    await user.click(toggle);
    expect(fresh()).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Show current password' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Show confirmed password' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('ticks the policy’s rules as the user types, and lists the history rule', async () => {
    const { user } = renderForm({}, { passwordPolicy: { minimumLength: 10, requireSymbols: false, passwordHistorySize: 5 } });
    await loaded();
    const rule = (name: string) => screen.getByText(name).closest('li');
    expect(screen.queryByText('A symbol, such as ! ? # % or a space')).not.toBeInTheDocument();
    expect(screen.getByText('Not one of your last 5 passwords')).toBeInTheDocument();
    expect(rule('At least 10 characters')).not.toHaveAttribute('data-met');
    expect(fresh()).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters (not yet)') as string);

    await user.type(fresh(), 'abcdefghij');
    expect(rule('At least 10 characters')).toHaveAttribute('data-met', 'true');
    expect(rule('A lower-case letter (a–z)')).toHaveAttribute('data-met', 'true');
    expect(rule('An upper-case letter (A–Z)')).not.toHaveAttribute('data-met');
    expect(fresh()).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters (done)') as string);
    await user.type(fresh(), 'A1');
    expect(rule('An upper-case letter (A–Z)')).toHaveAttribute('data-met', 'true');
    expect(rule('A number (0–9)')).toHaveAttribute('data-met', 'true');
  });

  it('offers a passwordless user to set a first password without the current one, then to change it', async () => {
    const { user, sim } = renderForm({ user: { password: undefined, configuredAuthFactors: ['WEB_AUTHN'] } });
    await screen.findByRole('heading', { name: 'Set a password' });
    expect(screen.getByText(en['password.setIntro'])).toBeInTheDocument();
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    await fill(user, { next: NEW, confirm: NEW });
    await user.click(screen.getByRole('button', { name: 'Set password' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password has been set.'));
    expect(calls(sim)[0]?.input).not.toHaveProperty('PreviousPassword');
    expect(sim.getUserState('ada')).toMatchObject({ hasPassword: true, configuredAuthFactors: ['PASSWORD', 'WEB_AUTHN'] });
    // GetUserAuthFactors is read again: the form now changes the password it set.
    await screen.findByLabelText('Current password', { selector: 'input' });
    expect(screen.getByRole('heading', { name: 'Change password' })).toBeInTheDocument();
    expect(current()).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('Your password has been set.');
  });

  it('asks for the current password after setting a first password, even when the app says there is none', async () => {
    const { user, sim } = renderForm({ user: { password: undefined, configuredAuthFactors: ['WEB_AUTHN'] } }, { hasPassword: false });
    await screen.findByRole('heading', { name: 'Set a password' });
    await fill(user, { next: NEW, confirm: NEW });
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password has been set.'));

    await fill(user, { current: NEW, next: 'Third-password-3', confirm: 'Third-password-3' });
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.'));
    expect(calls(sim).map((call) => [call.errorCode ?? call.status, 'PreviousPassword' in (call.input as object)])).toEqual([
      [200, false],
      [200, true],
    ]);
  });

  it('asks for the current password when GetUserAuthFactors is unavailable, or not when the app says there is none', async () => {
    const unavailable = renderForm({}, {});
    for (let i = 0; i < 3; i++) unavailable.sim.failNext('GetUserAuthFactors', { code: 'UnknownOperationException' });
    await unavailable.queryClient.resetQueries();
    await screen.findByLabelText('Current password', { selector: 'input' });
    unavailable.unmount();

    renderForm({}, { hasPassword: false });
    await screen.findByRole('heading', { name: 'Set a password' });
  });

  it('shows a loading state until it knows whether the user has a password', () => {
    const { sim } = renderWithCognito(<ChangePasswordForm />, {});
    sim.setLatency('GetUserAuthFactors', 60_000);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Change password' })).toHaveAttribute('aria-busy', 'true');
  });

  it('reads its strings from the catalogue, with overrides', async () => {
    renderForm({}, { messages: { ...changePasswordFormDe, 'password.title': 'Kennwort ändern' } });
    await screen.findByLabelText('Neues Passwort', { selector: 'input' });
    expect(screen.getByRole('heading', { name: 'Kennwort ändern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anzeigen: neues Passwort' })).toBeInTheDocument();
  });

  it('keeps every password out of the caches, the DOM, the console and the simulator’s log', async () => {
    const printed: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args));
    }
    const { user, sim, queryClient } = renderForm();
    await loaded();
    const wrong = 'Wrong-guess-77';
    await fill(user, { current: wrong, next: NEW, confirm: NEW });
    await user.click(screen.getByRole('button', { name: 'Show current password' }));
    await user.click(submit());
    await waitFor(() => expect(current()).toHaveAttribute('aria-invalid', 'true'));
    await user.clear(current());
    await user.type(current(), OLD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your password has been changed.'));

    const places = {
      queries: JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state])),
      mutations: JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => mutation.state)),
      dom: document.documentElement.outerHTML,
      inputs: [...document.querySelectorAll('input')].map((input) => input.value).join('\n'),
      console: printed.map((args) => String(args)).join('\n'),
      calls: JSON.stringify(sim.calls),
    };
    for (const [place, text] of Object.entries(places)) {
      for (const secret of [OLD, NEW, wrong]) expect(text.includes(secret), `a password found in ${place}`).toBe(false);
    }
  });
});

describe('useChangePassword', () => {
  it('keeps its actions’ identity across renders', async () => {
    const { result, rerender } = renderHookWithCognito(() => useChangePassword());
    const { change, reset } = result.current;
    await waitFor(() => expect(result.current.hasPassword).toBe(true));
    rerender();
    expect(result.current.change).toBe(change);
    expect(result.current.reset).toBe(reset);
  });

  it('sends one request for a double submit', async () => {
    const { result, sim } = renderHookWithCognito(() => useChangePassword(), { user: { password: OLD } });
    result.current.change({ currentPassword: OLD, newPassword: NEW });
    result.current.change({ currentPassword: OLD, newPassword: NEW });
    await waitFor(() => expect(result.current.step).toBe('done'));
    expect(calls(sim)).toHaveLength(1);
  });
});
