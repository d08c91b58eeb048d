/**
 * The whole page, used as a user would with failures on the way, then searched for every secret
 * it handled: the access token, the current, wrong and new passwords, and the verification codes
 * (the right and a wrong one). None may be in query keys or data, the mutation cache, the DOM or
 * any input once used, console output, error messages, or the simulator's call log.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { AccountSecurity } from '../../src/components/AccountSecurity/AccountSecurity.js';
import { renderWithCognito } from '../harness.js';

const OLD = 'Old-password-1';
const WRONG = 'Wrong-guess-7';
const NEW = 'Brand-new-pass-2';

it('keeps the token, passwords and codes out of every place the page and the kit write to', async () => {
  const printed: unknown[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
  }
  const onSessionExpired = vi.fn();
  const user = userEvent.setup();
  const { sim, user: ada, queryClient } = renderWithCognito(<AccountSecurity sections={['contacts', 'password']} />, {
    user: { password: OLD },
    provider: { onSessionExpired },
  });

  // A new email address: a failed send, then a wrong code, then the right one.
  await user.click(await screen.findByRole('button', { name: 'Change email address' }));
  const email = await screen.findByRole('textbox', { name: 'Email address' });
  await user.clear(email);
  await user.type(email, 'grace@example.org');
  sim.failNext('UpdateUserAttributes', 'network');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByRole('alert');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  const code = await screen.findByRole('textbox', { name: '6-digit code' });
  const right = sim.lastCode('ada', 'email');
  const wrongCode = right === '000000' ? '111111' : '000000';
  await user.type(code, wrongCode);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
  await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
  await user.clear(code);
  await user.type(code, right);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
  await waitFor(() => expect(sim.getUserState('ada').attributes).toMatchObject({ email: 'grace@example.org', email_verified: 'true' }));

  // The password: the service fails once, a wrong current password, then the right one.
  const field = (name: string) => screen.getByLabelText(name, { selector: 'input' });
  const form = screen.getByRole('region', { name: 'Change password' });
  await user.type(field('Current password'), WRONG);
  await user.type(field('New password'), NEW);
  await user.type(field('Confirm new password'), NEW);
  // A change is never re-sent by itself: one failure, one answer.
  sim.failNext('ChangePassword', { code: 'InternalErrorException', status: 500 });
  await user.click(within(form).getByRole('button', { name: 'Change password' }));
  await waitFor(() => expect(within(form).getByRole('alert')).toBeInTheDocument());
  await user.click(within(form).getByRole('button', { name: 'Change password' }));
  await waitFor(() => expect(field('Current password')).toHaveAttribute('aria-invalid', 'true'));
  await user.clear(field('Current password'));
  await user.type(field('Current password'), OLD);
  await user.click(within(form).getByRole('button', { name: 'Change password' }));
  await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Your password has been changed.'));
  await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0));

  const errors = [
    ...queryClient.getMutationCache().getAll().map((mutation) => mutation.state.error),
    ...queryClient.getQueryCache().getAll().map((query) => query.state.error),
  ].filter((error): error is Error => error instanceof Error);
  // Settled flows take their mutations out of the cache (their variables held secrets); one error stays.
  expect(errors.length).toBeGreaterThanOrEqual(1);
  const places = {
    keys: JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey)),
    data: JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data)),
    mutations: JSON.stringify(queryClient.getMutationCache().getAll().map((mutation) => [mutation.options.mutationKey, mutation.state])),
    dom: document.documentElement.outerHTML,
    inputs: [...document.querySelectorAll('input')].map((input) => input.value).join('\n'),
    console: printed.map((args) => String(args)).join('\n'),
    errors: errors.map((error) => `${error.name} ${error.message} ${JSON.stringify(error)} ${String(error.cause)}`).join('\n'),
    calls: JSON.stringify(sim.calls),
  };
  const signature = ada.accessToken.split('.')[2] ?? ada.accessToken;
  // Codes as whole numbers: six digits inside a timestamp are no leak.
  const secrets: [string, RegExp][] = [
    ['the access token', new RegExp(signature.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&'))],
    ['the current password', new RegExp(OLD)],
    ['a wrong password', new RegExp(WRONG)],
    ['the new password', new RegExp(NEW)],
    ['the code', new RegExp(`(?<!\\d)${right}(?!\\d)`)],
    ['a wrong code', new RegExp(`(?<!\\d)${wrongCode}(?!\\d)`)],
  ];
  for (const [place, text] of Object.entries(places)) {
    for (const [name, pattern] of secrets) expect(pattern.test(text), `${name} found in ${place}`).toBe(false);
  }
  expect(onSessionExpired).not.toHaveBeenCalled();
}, 30_000);
