import { expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { renderWithCognito } from '../../../test/harness.js';
import { SignOutEverywhere } from '../SignOutEverywhere/SignOutEverywhere.js';
import { DeviceList } from './DeviceList.js';

// Keyboard only: Tab to each control, Enter or Space to press it; focus must always land
// somewhere the user can go on from.

const CHROME_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const DEVICES = [
  { key: 'us-east-1_this', name: CHROME_WIN },
  { key: 'us-east-1_ipad', name: 'Kitchen iPad' },
];

const announced = () => page.getByRole('status').elements().map((element) => element.textContent).join('\n');

function renderPage() {
  const onSessionExpired = vi.fn();
  const rendered = renderWithCognito(
    <>
      <DeviceList currentDeviceKey="us-east-1_this" />
      <SignOutEverywhere />
    </>,
    { user: { devices: DEVICES }, provider: { onSessionExpired } },
  );
  return { ...rendered, onSessionExpired };
}

it('forgets a device with the keyboard alone', async () => {
  const { sim } = renderPage();
  const forgetIpad = page.getByRole('button', { name: 'Forget Kitchen iPad' });
  await expect.element(forgetIpad).toBeVisible();

  // Stop remembering and Forget for this device, then Stop remembering and Forget for the iPad.
  await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
  await expect.element(forgetIpad).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByText('Forget “Kitchen iPad”?')).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('button', { name: 'Forget device' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');

  await expect.element(page.getByRole('heading', { name: 'Your devices' })).toHaveFocus();
  await expect.poll(announced).toContain('“Kitchen iPad” forgotten');
  expect(page.getByRole('listitem').elements()).toHaveLength(1);
  expect(sim.getUserState('ada').devices.map((device) => device.key)).toEqual(['us-east-1_this']);

  // From the heading, the next stop is the remaining device's first action.
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('button', { name: 'Stop remembering Chrome on Windows' })).toHaveFocus();
});

it('signs out everywhere with the keyboard alone', async () => {
  const { sim, onSessionExpired, user } = renderPage();
  const start = page.getByRole('button', { name: 'Sign out everywhere…' });
  await expect.element(page.getByRole('button', { name: 'Forget Kitchen iPad' })).toBeVisible();

  // Past both devices' two actions to the section below.
  await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}');
  await expect.element(start).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByText('Sign out everywhere?')).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  await expect.element(page.getByRole('button', { name: 'Sign out everywhere', exact: true })).toHaveFocus();
  await userEvent.keyboard(' ');

  await expect.element(page.getByText('You have been signed out everywhere.')).toHaveFocus();
  expect(onSessionExpired).toHaveBeenCalledOnce();
  expect(sim.calls.filter((call) => call.operation === 'GlobalSignOut')).toHaveLength(1);
  expect((await sim.handle('GetUser', { AccessToken: user.accessToken })).body).toMatchObject({ message: 'Access Token has been revoked' });
  // The list no longer shows this user's devices.
  await expect.poll(() => page.getByRole('listitem').elements().length).toBe(0);
});
