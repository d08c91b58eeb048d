import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithCognito } from '../../../test/harness.js';
import { useCognitoUser } from '../../queries/hooks.js';
import { cognitoKeys } from '../../queries/keys.js';
import { signOutEverywhereAr } from './messages/ar.js';
import { signOutEverywhereDe } from './messages/de.js';
import { signOutEverywhereEn } from './messages/en.js';
import { DeviceList } from '../DeviceList/DeviceList.js';
import { SignOutEverywhere } from './SignOutEverywhere.js';

function Profile() {
  const user = useCognitoUser();
  return <p>{user.data ? `Signed in as ${user.data.username}` : '…'}</p>;
}

function renderSignOut() {
  const onSessionExpired = vi.fn();
  const rendered = renderWithCognito(
    <>
      <Profile />
      <SignOutEverywhere />
    </>,
    { provider: { onSessionExpired } },
  );
  return { ...rendered, account: rendered.user, onSessionExpired, user: userEvent.setup() };
}

describe('SignOutEverywhere', () => {
  it('says what it does and does not do before signing out', async () => {
    const { user, sim } = renderSignOut();
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere…' }));
    expect(screen.getByText('Sign out everywhere?')).toHaveFocus();
    const group = screen.getByRole('group', { name: 'Sign out everywhere?' });
    expect(group).toHaveAccessibleDescription(/for up to an hour/);
    expect(group).toHaveAccessibleDescription(/does not show or end single sessions/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Sign out everywhere…' })).toHaveFocus();
    expect(sim.calls.some((call) => call.operation === 'GlobalSignOut')).toBe(false);
  });

  it('signs out everywhere, then calls onSessionExpired once, clears the cache and shows the signed-out state', async () => {
    const { user, sim, queryClient, onSessionExpired, account } = renderSignOut();
    await screen.findByText('Signed in as ada');
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere…' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    const done = await screen.findByText('You have been signed out everywhere.');
    expect(done).toHaveFocus();
    expect(onSessionExpired).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'SignedOutEverywhere' }));
    expect(sim.calls.filter((call) => call.operation === 'GlobalSignOut')).toHaveLength(1);
    const facts = JSON.stringify(cognitoKeys.mfaSessionFacts(account.sub));
    const queries = queryClient.getQueryCache().findAll({ queryKey: cognitoKeys.user(account.sub) });
    expect(queries.filter((query) => JSON.stringify(query.queryKey) !== facts).every((query) => query.state.data === undefined)).toBe(true);
    expect(screen.queryByText('Signed in as ada')).not.toBeInTheDocument();
    expect((await sim.handle('GetUser', { AccessToken: account.accessToken })).body).toMatchObject({ message: 'Access Token has been revoked' });
  });

  it.each([
    [{ code: 'LimitExceededException' }, 'You are still signed in. Too many attempts. Wait a few minutes, then try again.'],
    ['network', 'You are still signed in. Could not reach the server. Check your connection, then try again.'],
  ] as const)('keeps the user signed in with a reason when GlobalSignOut fails (%j)', async (failure, text) => {
    const { user, sim, onSessionExpired } = renderSignOut();
    await screen.findByText('Signed in as ada');
    for (let attempt = 0; attempt < 3; attempt++) sim.failNext('GlobalSignOut', failure);
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere…' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(screen.getByText('Signed in as ada')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeInTheDocument();
  });

  it('gives every catalogue the same keys', () => {
    expect(Object.keys(signOutEverywhereDe).sort()).toEqual(Object.keys(signOutEverywhereEn).sort());
    expect(Object.keys(signOutEverywhereAr).sort()).toEqual(Object.keys(signOutEverywhereEn).sort());
  });
});

describe('secrets', () => {
  it('keeps the access token out of query keys, cached data, mutations, the DOM, errors and the call log', async () => {
    const onSessionExpired = vi.fn();
    const { sim, queryClient, user: account } = renderWithCognito(
      <>
        <DeviceList />
        <SignOutEverywhere />
      </>,
      { user: { devices: [{ key: 'us-east-1_a', name: 'Kitchen iPad' }, { key: 'us-east-1_b' }] }, provider: { onSessionExpired } },
    );
    const user = userEvent.setup();
    sim.failNext('ForgetDevice', { code: 'ForbiddenException' });
    await user.click(await screen.findByRole('button', { name: 'Forget Kitchen iPad' }));
    await user.click(screen.getByRole('button', { name: 'Forget device' }));
    await screen.findByText(/Couldn't forget/, { selector: '[data-rcs="error"]' });
    await user.click(screen.getByRole('button', { name: 'Stop remembering Kitchen iPad' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere…' }));
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await screen.findByText('You have been signed out everywhere.');

    const errors = [
      ...queryClient.getMutationCache().getAll().map((m) => m.state.error),
      ...queryClient.getQueryCache().getAll().map((q) => q.state.error),
      ...onSessionExpired.mock.calls.map(([error]: unknown[]) => error),
    ].filter((error): error is Error => error instanceof Error);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const places = [
      JSON.stringify(queryClient.getQueryCache().getAll().map((q) => [q.queryKey, q.state.data])),
      JSON.stringify(queryClient.getMutationCache().getAll().map((m) => [m.options.mutationKey, m.state.variables, m.state.context])),
      document.documentElement.outerHTML,
      errors.map((error) => `${error.message} ${JSON.stringify(error)} ${String(error.cause)}`).join('\n'),
      JSON.stringify(sim.calls),
    ];
    const signature = account.accessToken.split('.')[2] ?? account.accessToken;
    for (const place of places) expect(place).not.toContain(signature);
  });
});
