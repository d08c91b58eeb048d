import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installSoftwareAuthenticator } from '../../../test/authenticator.js';
import { createCognitoFixture } from '../../../test/harness.js';
import { createCognitoClient } from '../../cognito/client.js';
import { passkeysQueryOptions } from '../../queries/passkeys/options.js';
import { PasskeyList } from './PasskeyList.js';

let authenticator: ReturnType<typeof installSoftwareAuthenticator> | undefined;
afterEach(() => {
  authenticator?.restore();
  authenticator = undefined;
  vi.restoreAllMocks();
});

describe('PasskeyList rendered on the server', () => {
  it('hydrates without a mismatch with prefetched passkeys, then offers "Add a passkey" where the browser can', async () => {
    const { wrapper: Wrapper, queryClient, transport, user } = createCognitoFixture({ user: { passkeys: [{ attachment: 'cross-platform' }] } });
    // Prefetched, as a server would before rendering.
    const client = createCognitoClient({ transport, getAccessToken: () => user.accessToken });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor, query(), is newer than 5.89, the lowest supported
    await queryClient.fetchQuery(passkeysQueryOptions({ client, userId: user.sub }));
    const ui = (
      <Wrapper>
        <PasskeyList />
      </Wrapper>
    );

    // The server cannot create passkeys (here: jsdom without WebAuthn); the browser can.
    const html = renderToString(ui);
    expect(html).toContain('Roaming passkey');
    expect(html).not.toContain('Add a passkey');
    expect(html).not.toContain('This browser cannot create passkeys');
    authenticator = installSoftwareAuthenticator();

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(() => hydrateRoot(container, ui, { onRecoverableError: recoverable }));

    expect(recoverable).not.toHaveBeenCalled();
    // React 18.3 also warns that Testing Library's act comes from react-dom/test-utils: not ours.
    const ours = errors.mock.calls.filter(([message]) => !String(message).includes('ReactDOMTestUtils.act'));
    expect(ours).toEqual([]);
    expect(screen.getByText('Roaming passkey')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });
});
