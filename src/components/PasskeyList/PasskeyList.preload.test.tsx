// A file of its own: the add flow's chunk is loaded once per module registry, and each test file
// gets a fresh one, so here it is not loaded yet when the test starts.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installSoftwareAuthenticator } from '../../../test/authenticator.js';
import { renderWithCognito } from '../../../test/harness.js';
import { addPasskeyChunk } from './InlineAddPasskey.js';
import { PasskeyList } from './PasskeyList.js';

let authenticator: ReturnType<typeof installSoftwareAuthenticator> | undefined;
afterEach(() => {
  authenticator?.restore();
  authenticator = undefined;
  vi.restoreAllMocks();
});

describe('PasskeyList preloading the add flow', () => {
  it('loads the flow’s code on hover or focus, before the click (again after a failed load), so the click starts at once', async () => {
    authenticator = installSoftwareAuthenticator();
    const load = vi.spyOn(addPasskeyChunk, 'load');
    load.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const { sim } = renderWithCognito(<PasskeyList />);
    sim.setLatency('StartWebAuthnRegistration', 200);
    const add = await screen.findByRole('button', { name: 'Add a passkey' });
    // Not with the page or the list.
    expect(load).not.toHaveBeenCalled();
    // The pointer moves over the button: that load fails, quietly.
    fireEvent.pointerEnter(add);
    expect(load).toHaveBeenCalledTimes(1);
    await act(() => expect(load.mock.results[0]?.value).rejects.toThrow('Failed to fetch'));
    expect(screen.queryByRole('alert', { name: '' })).toBeEmptyDOMElement();

    // Focus (keyboard users reach the button before pressing it) tries again.
    act(() => add.focus());
    expect(load).toHaveBeenCalledTimes(2);
    await act(() => load.mock.results[1]?.value as Promise<unknown>);

    fireEvent.click(add);
    // Rendered in the click's own commit: no "Loading…" while the code arrives.
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Add a passkey' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(authenticator?.create).toHaveBeenCalledTimes(1));
  });
});
