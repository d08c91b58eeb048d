import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderHookWithCognito, renderWithCognito } from '../../../test/harness.js';
import { useCognitoUser } from '../../queries/hooks.js';
import { cognitoKeys } from '../../queries/keys.js';
import { useDeleteAccount } from '../../queries/password/deleteAccount.js';
import type { CognitoSimulator } from '../../testing/index.js';
import { DeleteAccount, type DeleteAccountProps } from './DeleteAccount.js';
import { deleteAccountDe } from './messages/de.js';

/** Something else on the page that shows the user's data, to see it cleared. */
function Profile() {
  const user = useCognitoUser();
  return <p>{user.data ? `Signed in as ${user.data.username}` : user.error ? user.error.message : '…'}</p>;
}

function renderDelete(props: DeleteAccountProps = {}) {
  const onSessionExpired = vi.fn();
  const rendered = renderWithCognito(
    <>
      <Profile />
      <DeleteAccount {...props} />
    </>,
    { provider: { onSessionExpired } },
  );
  return { ...rendered, account: rendered.user, onSessionExpired, user: userEvent.setup() };
}

const deletes = (sim: CognitoSimulator) => sim.calls.filter((call) => call.operation === 'DeleteUser');
const confirmInput = () => screen.getByRole('textbox', { name: 'To confirm, type DELETE' });

async function confirmWith(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: 'Delete account…' }));
  await user.type(confirmInput(), text);
  await user.click(screen.getByRole('button', { name: 'Delete my account' }));
}

describe('DeleteAccount', () => {
  it('warns, asks for the typed word, deletes the account, then calls onAccountDeleted once and clears the cache', async () => {
    const onAccountDeleted = vi.fn();
    const { user, sim, queryClient, onSessionExpired, account } = renderDelete({ onAccountDeleted });
    await screen.findByText('Signed in as ada');
    expect(screen.getByRole('heading', { name: 'Delete account' })).toBeInTheDocument();
    expect(screen.getByText(/cannot be undone/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    expect(confirmInput()).toHaveFocus();
    await user.type(confirmInput(), 'delete');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    const done = await screen.findByText('Your account has been deleted.');
    expect(done).toHaveFocus();
    expect(onAccountDeleted).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'AccountDeleted', category: 'session-expired' }));
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(() => sim.getUserState('ada')).toThrow();
    expect(deletes(sim)).toHaveLength(1);
    // Every query of the user is emptied; only the session facts (never fetched) are back to their start.
    const queries = queryClient.getQueryCache().findAll({ queryKey: cognitoKeys.user(account.sub) });
    const facts = JSON.stringify(cognitoKeys.mfaSessionFacts(account.sub));
    expect(queries.length).toBeGreaterThan(1);
    for (const query of queries) {
      expect(query.state.data).toEqual(JSON.stringify(query.queryKey) === facts ? { totpVerified: false, unavailable: [] } : undefined);
    }
    expect(screen.queryByText('Signed in as ada')).not.toBeInTheDocument();
    expect(screen.getByText('The account has been deleted.')).toBeInTheDocument();

    // Anything still asking Cognito afterwards fails quietly: the app is not told twice.
    await queryClient.refetchQueries();
    expect(onAccountDeleted).toHaveBeenCalledOnce();
    expect(onSessionExpired).not.toHaveBeenCalled();
  }, 15_000);

  it('calls the provider’s onSessionExpired once when no onAccountDeleted is given', async () => {
    const { user, onSessionExpired } = renderDelete();
    await confirmWith(user, 'DELETE');
    await screen.findByText('Your account has been deleted.');
    expect(onSessionExpired).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: 'AccountDeleted' }));
  });

  it('sends nothing until the confirmation matches', async () => {
    const { user, sim } = renderDelete();
    await confirmWith(user, 'DELET');
    expect(confirmInput()).toHaveAccessibleDescription('Type DELETE as shown to confirm.');
    expect(confirmInput()).toHaveAttribute('aria-invalid', 'true');
    expect(confirmInput()).toHaveFocus();
    expect(deletes(sim)).toHaveLength(0);
  });

  it('can ask for the username instead of a word', async () => {
    const { user, sim } = renderDelete({ confirmText: 'ada' });
    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    await user.type(screen.getByRole('textbox', { name: 'To confirm, type ada' }), 'ada');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await screen.findByText('Your account has been deleted.');
    expect(deletes(sim)).toHaveLength(1);
  });

  it('returns focus to the start button on cancel, without calling Cognito', async () => {
    const { user, sim } = renderDelete();
    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete account…' })).toHaveFocus();
    expect(deletes(sim)).toHaveLength(0);
  });

  it.each([
    ['throttled', { code: 'TooManyRequestsException' }, 3, 'Your account was not deleted. Too many attempts. Wait a few minutes, then try again.'],
    ['unanswered', { code: 'InternalErrorException' }, 1, 'We could not confirm that your account was deleted. Reload the page to check.'],
    ['refused', { code: 'ForbiddenException', message: 'Request blocked' }, 1, 'Your account was not deleted. Something went wrong (Request blocked).'],
  ] as const)('keeps the user on the page with the reason when the request is %s, and lets them retry', async (_name, failure, times, text) => {
    const { user, sim, onSessionExpired } = renderDelete();
    for (let i = 0; i < times; i++) sim.failNext('DeleteUser', failure);
    await confirmWith(user, 'DELETE');
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(confirmInput()).toHaveValue('DELETE');
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(sim.getUserState('ada').username).toBe('ada');

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await screen.findByText('Your account has been deleted.');
  });

  it('explains an expired session instead of deleting', async () => {
    const { user, sim, onSessionExpired } = renderDelete();
    await screen.findByText('Signed in as ada');
    sim.revokeTokens('ada');
    await confirmWith(user, 'DELETE');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired. Sign in again.');
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('reads its strings from the catalogue', async () => {
    const user = userEvent.setup();
    renderWithCognito(<DeleteAccount messages={deleteAccountDe} />);
    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    expect(screen.getByRole('textbox', { name: 'Geben Sie zur Bestätigung LÖSCHEN ein' })).toHaveFocus();
  });
});

describe('useDeleteAccount', () => {
  it('sends DeleteUser once for a double press and keeps its actions stable', async () => {
    const { result, rerender, sim } = renderHookWithCognito(() => useDeleteAccount());
    const { deleteAccount, reset } = result.current;
    deleteAccount();
    deleteAccount();
    await waitFor(() => expect(result.current.step).toBe('deleted'));
    rerender();
    expect(result.current.deleteAccount).toBe(deleteAccount);
    expect(result.current.reset).toBe(reset);
    expect(deletes(sim)).toHaveLength(1);
  });
});
