import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { generate } from 'lean-qr/nano';
import { describe, expect, it, vi } from 'vitest';
import { otpauthUri, useTotpSetup } from '../../queries/totp.js';
import { generateTotpCode } from '../../testing/index.js';
import { renderHookWithCognito, renderWithCognito } from '../../../test/harness.js';
import { qrPath } from './qrPath.js';
import { groupSecret } from './SetupKey.js';
import { TotpSetup } from './TotpSetup.js';

type User = ReturnType<typeof userEvent.setup>;

/** Starts the flow and reads the setup key off the screen, as a person typing it into an app would. */
async function startAndReadKey(user: User): Promise<string> {
  await user.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
  await screen.findByRole('heading', { name: 'Scan the QR code' });
  return screen.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent.replaceAll(' ', '');
}

async function enterCode(user: User, code: string) {
  const input = screen.getByRole('textbox', { name: '6-digit code from the app' });
  await user.clear(input);
  await user.type(input, code);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
}

/** A valid-looking code that is not the current one. */
const wrong = (code: string) => code.replace(/^./, (digit) => String((Number(digit) + 5) % 10));

describe('TotpSetup', () => {
  it('takes a user from no authenticator app to one that is on and preferred, without leaving the page', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" onComplete={onComplete} />);

    const secret = await startAndReadKey(user);
    expect(secret).toBe(sim.getUserState('ada').pendingTotpSecret);
    expect(screen.getByRole('img', { name: /QR code for your authenticator app/ })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Device name (optional)' }), 'Pixel 9');
    await enterCode(user, await generateTotpCode(secret));
    await screen.findByRole('heading', { name: 'Turn on the authenticator app' });
    expect(screen.getByRole('checkbox', { name: 'Make it my preferred method' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    await screen.findByRole('heading', { name: 'Authenticator app is on' });
    expect(sim.getUserState('ada')).toMatchObject({
      totpVerified: true,
      enabledMfa: ['SOFTWARE_TOKEN_MFA'],
      preferredMfa: 'SOFTWARE_TOKEN_MFA',
    });
    expect(sim.calls.find((call) => call.operation === 'VerifySoftwareToken')?.input).toMatchObject({
      FriendlyDeviceName: 'Pixel 9',
    });
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ preferred: true });
  });

  it('turns the app on without making it preferred when the user unticks the preference', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />, {
      user: { enabledMfa: ['SMS_MFA'], preferredMfa: 'SMS_MFA' },
    });
    await enterCode(user, await generateTotpCode(await startAndReadKey(user)));
    await user.click(await screen.findByRole('checkbox', { name: 'Make it my preferred method' }));
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    await screen.findByText('You can use codes from your app when you sign in.');
    expect(sim.getUserState('ada')).toMatchObject({ enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SMS_MFA' });
  });

  it('shows a wrong code at the input, keeps the same key, and accepts the right code next', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />);
    const secret = await startAndReadKey(user);

    await enterCode(user, wrong(await generateTotpCode(secret)));
    const input = screen.getByRole('textbox', { name: '6-digit code from the app' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That code did not work. Enter the newest code your app shows.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(alert.textContent);
    expect(input).toHaveFocus();
    expect(screen.getByText(groupSecret(secret))).toBeInTheDocument();

    await enterCode(user, await generateTotpCode(secret));
    await screen.findByRole('heading', { name: 'Turn on the authenticator app' });
    expect(sim.calls.filter((call) => call.operation === 'AssociateSoftwareToken')).toHaveLength(1);
  });

  it('asks for six digits without calling Cognito when the code is incomplete', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />);
    await startAndReadKey(user);
    await enterCode(user, '123');
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the 6-digit code from your app.');
    expect(sim.calls.some((call) => call.operation === 'VerifySoftwareToken')).toBe(false);
  });

  it('keeps only the digits of a pasted code such as "123 456"', async () => {
    const user = userEvent.setup();
    renderWithCognito(<TotpSetup issuer="Acme" />);
    await startAndReadKey(user);
    const input = screen.getByRole('textbox', { name: '6-digit code from the app' });
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await user.click(input);
    await user.paste('123 456');
    expect(input).toHaveValue('123456');
  });

  it('asks the user to wait when Cognito throttles, without calling the code wrong', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />);
    const secret = await startAndReadKey(user);
    // The transport retries throttling, so every attempt must fail.
    for (let attempt = 0; attempt < 3; attempt++) sim.failNext('VerifySoftwareToken', { code: 'TooManyRequestsException' });

    await enterCode(user, await generateTotpCode(secret));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Wait a moment and try again.');
    expect(screen.getByRole('textbox', { name: '6-digit code from the app' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(groupSecret(secret))).toBeInTheDocument();
  });

  it('starts over cleanly, without the old key, when the session has expired', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />);
    const secret = await startAndReadKey(user);
    sim.failNext('VerifySoftwareToken', { code: 'NotAuthorizedException', message: 'Access Token has been revoked' });

    await enterCode(user, await generateTotpCode(secret));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has expired. Sign in again.');
    expect(screen.queryByText(groupSecret(secret))).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up authenticator app' })).toHaveFocus();
  });

  it('warns that the current authenticator stops working and associates only after confirmation', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />, {
      user: { enabledMfa: ['SOFTWARE_TOKEN_MFA'], preferredMfa: 'SOFTWARE_TOKEN_MFA' },
    });
    // Clicked before GetUser answers: the hook reads the user first and still warns.
    await user.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    expect(await screen.findByRole('heading', { name: 'Replace your authenticator app?' })).toHaveFocus();
    expect(screen.getByText(/stops working as soon as you continue/)).toBeInTheDocument();
    expect(sim.calls.some((call) => call.operation === 'AssociateSoftwareToken')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Replace authenticator app' }));
    await screen.findByRole('heading', { name: 'Scan the QR code' });
    expect(sim.getUserState('ada').totpVerified).toBe(false);
  });

  it('says authenticator apps are unavailable when the pool does not offer them', async () => {
    renderWithCognito(<TotpSetup issuer="Acme" />, { pool: { factors: ['SMS_MFA', 'EMAIL_OTP'] } });
    expect(await screen.findByText('Authenticator apps are not available for this account.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('learns from a refused association that authenticator apps are unavailable', async () => {
    const user = userEvent.setup();
    const { sim } = renderWithCognito(<TotpSetup issuer="Acme" />);
    sim.failNext('AssociateSoftwareToken', {
      code: 'SoftwareTokenMFANotFoundException',
      message: 'Software Token MFA has not been enabled by the userPool.',
    });
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }));
    expect(await screen.findByText('Authenticator apps are not available for this account.')).toBeInTheDocument();
  });

  it('starts at once with autoStart and moves focus to the QR step', async () => {
    renderWithCognito(<TotpSetup issuer="Acme" autoStart />);
    expect(await screen.findByRole('heading', { name: 'Scan the QR code' })).toHaveFocus();
  });

  it('returns focus to the start button and calls onCancel when the user cancels', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    renderWithCognito(<TotpSetup issuer="Acme" onCancel={onCancel} />);
    const secret = await startAndReadKey(user);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Set up authenticator app' })).toHaveFocus();
    expect(screen.queryByText(groupSecret(secret))).not.toBeInTheDocument();
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('useTotpSetup', () => {
  it('labels the account with the issuer and the user email in the otpauth URI', async () => {
    const { result, sim } = renderHookWithCognito(() => useTotpSetup({ issuer: 'Acme Corp' }));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('scan'));
    const secret = sim.getUserState('ada').pendingTotpSecret;
    expect(result.current).toMatchObject({
      otpauthUri: `otpauth://totp/Acme%20Corp:ada%40example.com?secret=${secret ?? ''}&issuer=Acme%20Corp`,
    });
  });

  it("names the provider's appName as the issuer when the flow is given none", async () => {
    const { result } = renderHookWithCognito(() => useTotpSetup(), { provider: { appName: 'Acme Books' } });
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('scan'));
    expect(result.current).toMatchObject({ otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\/Acme%20Books:ada%40example\.com\?.*&issuer=Acme%20Books$/) as string });
  });

  it('keeps the secret out of the query and mutation caches through the whole flow', async () => {
    const { result, sim, queryClient } = renderHookWithCognito(() => useTotpSetup({ issuer: 'Acme' }));
    act(() => result.current.start());
    await waitFor(() => expect(result.current.step).toBe('scan'));
    const secret = sim.getUserState('ada').pendingTotpSecret ?? '';
    act(() => result.current.verify('000000'));
    await waitFor(() => expect(result.current.error?.category).toBe('invalid-code'));
    const code = await generateTotpCode(secret);
    act(() => result.current.verify(code));
    await waitFor(() => expect(result.current.step).toBe('choosing'));
    act(() => result.current.enable({ preferred: true }));
    await waitFor(() => expect(result.current.step).toBe('done'));

    const caches = JSON.stringify([
      queryClient.getQueryCache().getAll().map((query) => query.state),
      queryClient.getMutationCache().getAll().map((mutation) => mutation.state),
    ]);
    expect(secret).not.toBe('');
    expect(caches).not.toContain(secret);
    expect(caches).not.toContain(code);
  });

  it('ignores an association that answers after the user cancelled', async () => {
    const { result, sim } = renderHookWithCognito(() => useTotpSetup({ issuer: 'Acme' }));
    await waitFor(() => expect(sim.calls.some((call) => call.operation === 'GetUser')).toBe(true));
    sim.setLatency('AssociateSoftwareToken', 30);
    act(() => result.current.start());
    act(() => result.current.cancel());
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(result.current).toEqual(expect.objectContaining({ step: 'idle', error: null }));
    expect(result.current).not.toHaveProperty('secret');
  });
});

describe('otpauthUri', () => {
  it('drops colons from the label parts, since apps split issuer and account at the first colon', () => {
    expect(otpauthUri({ issuer: 'Acme: Admin', accountName: 'a:b@example.com', secret: 'jbsw y3dp ehpk 3pxp==' })).toBe(
      'otpauth://totp/Acme%20Admin:ab%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Admin',
    );
  });
});

describe('groupSecret', () => {
  it('splits the key into groups of four for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });
});

describe('qrPath', () => {
  it('covers exactly the dark modules of the encoded matrix', () => {
    const matrix = generate('otpauth://totp/Acme:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme');
    const dark = new Set<string>();
    for (const [, x, y, width] of qrPath(matrix).matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let dx = 0; dx < Number(width); dx++) dark.add(`${Number(x) + dx},${y ?? ''}`);
    }
    for (let y = 0; y < matrix.size; y++) {
      for (let x = 0; x < matrix.size; x++) expect(dark.has(`${x},${y}`)).toBe(matrix.get(x, y));
    }
  });
});
