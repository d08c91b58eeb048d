/**
 * One test per fault a SetUserMFAPreference call can meet: what the user sees, that the
 * optimistic change rolled back, that nothing else was lost, and whether a retry is offered.
 */
import { focusManager } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CognitoErrorCategory } from '../../src/cognito/errors.js';
import { en, FactorBadges, MfaToggleList, PreferredMfaPicker } from '../../src/mfa.js';
import type { MfaErrorCategory } from '../../src/components/messages/en.js';
import { useMfaSettings, type MfaSettings } from '../../src/queries/hooks.js';
import type { CognitoSimulator } from '../../src/testing/index.js';
import { installHandlers } from '../handlers.js';
import { createReliabilityFixture, normalise, sleep } from './fixture.js';

const TARGET = 'AWSCognitoIdentityProviderService.SetUserMFAPreference';

/** Answers the next SetUserMFAPreference with `response`, leaving every other request to the simulator. */
function answerNextSetWith(response: () => Response) {
  let left = 1;
  installHandlers([
    http.post(/cognito-idp/, async ({ request }) => {
      if (request.headers.get('X-Amz-Target') !== TARGET || left === 0) return undefined;
      left--;
      await delay(50);
      return response();
    }),
  ]);
}

interface FaultCase {
  name: string;
  inject: (sim: CognitoSimulator, control: { timeoutNext: () => void }) => void;
  code: string;
  category: CognitoErrorCategory;
  retryable: boolean;
  /** The session cannot go on: onSessionExpired, cache cleared, "sign in again" instead of the settings. */
  sessionEnds?: boolean;
  /** The service refused this factor for this user: the switch locks with a reason instead of offering a retry. */
  locksFactor?: boolean;
}

const exception =
  (code: string, message?: string, times = 1) =>
  (sim: CognitoSimulator) => {
    for (let i = 0; i < times; i++) sim.failNext('SetUserMFAPreference', { code, ...(message !== undefined && { message }) });
  };

/** Failures without a readable answer: the change may have been applied. */
const ANSWERLESS: readonly CognitoErrorCategory[] = ['network', 'unavailable', 'malformed-response', 'unknown'];

const CASES: FaultCase[] = [
  { name: 'ForbiddenException (WAF)', inject: exception('ForbiddenException'), code: 'ForbiddenException', category: 'not-allowed', retryable: false },
  { name: 'InternalErrorException (HTTP 500)', inject: exception('InternalErrorException'), code: 'InternalErrorException', category: 'unavailable', retryable: true },
  {
    name: 'InvalidParameterException',
    inject: exception('InvalidParameterException', 'User does not have delivery config set to turn on EMAIL_OTP'),
    code: 'InvalidParameterException',
    category: 'not-allowed',
    retryable: false,
    locksFactor: true,
  },
  {
    name: 'NotAuthorizedException (invalid token)',
    inject: exception('NotAuthorizedException', 'Invalid Access Token'),
    code: 'NotAuthorizedException',
    category: 'session-expired',
    retryable: false,
    sessionEnds: true,
  },
  {
    name: 'PasswordResetRequiredException',
    inject: exception('PasswordResetRequiredException', 'Password reset required for the user'),
    code: 'PasswordResetRequiredException',
    category: 'session-expired',
    retryable: false,
    sessionEnds: true,
  },
  { name: 'ResourceNotFoundException', inject: exception('ResourceNotFoundException'), code: 'ResourceNotFoundException', category: 'configuration', retryable: false },
  {
    name: 'TooManyRequestsException, three times in a row (retries exhausted)',
    inject: exception('TooManyRequestsException', 'Rate exceeded', 3),
    code: 'TooManyRequestsException',
    category: 'throttled',
    retryable: true,
  },
  {
    name: 'UserNotConfirmedException',
    inject: exception('UserNotConfirmedException', 'User is not confirmed.'),
    code: 'UserNotConfirmedException',
    category: 'session-expired',
    retryable: false,
    sessionEnds: true,
  },
  {
    name: 'UserNotFoundException',
    inject: exception('UserNotFoundException', 'User does not exist.'),
    code: 'UserNotFoundException',
    category: 'session-expired',
    retryable: false,
    sessionEnds: true,
  },
  { name: 'a network failure', inject: (sim) => sim.failNext('SetUserMFAPreference', 'network'), code: 'NetworkError', category: 'network', retryable: true },
  {
    name: 'a timeout (the app’s fetch gives up)',
    inject: (_sim, { timeoutNext }) => timeoutNext(),
    code: 'TimeoutError',
    category: 'network',
    retryable: false,
  },
  {
    name: 'HTTP 500 with a non-JSON body',
    inject: () => answerNextSetWith(() => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 500, headers: { 'Content-Type': 'text/html' } })),
    code: 'ServiceUnavailable',
    category: 'unavailable',
    retryable: true,
  },
  {
    name: 'HTTP 200 with a wrong-shaped body',
    inject: () =>
      answerNextSetWith(() => new HttpResponse('[1,2,3]', { status: 200, headers: { 'Content-Type': 'application/x-amz-json-1.1' } })),
    code: 'MalformedResponse',
    category: 'malformed-response',
    retryable: false,
  },
  {
    name: 'an unknown __type',
    inject: exception('BrandNewException', 'Something new happened'),
    code: 'BrandNewException',
    category: 'unknown',
    retryable: false,
  },
];

/** What the user is told, from the English catalogue, for a failed "turn on Email". */
function announced(fault: FaultCase): string {
  const reason =
    fault.category === 'unknown'
      ? en['error.unknown']('Something new happened')
      : fault.locksFactor
        ? en['error.not-allowed']
        : en[`error.${fault.category as MfaErrorCategory}`];
  return en.turnOnFailed(en['factor.EMAIL_OTP'], reason);
}

function Page({ sink }: { sink: { current?: MfaSettings } }) {
  const settings = useMfaSettings();
  // eslint-disable-next-line react-hooks/immutability
  sink.current = settings;
  return (
    <>
      <MfaToggleList />
      <PreferredMfaPicker />
      <FactorBadges />
    </>
  );
}

afterEach(() => focusManager.setFocused(undefined));

describe('a failed SetUserMFAPreference', () => {
  it.each(CASES)('$name: is reported, rolls back only itself and offers a retry only when one can help', async (fault) => {
    let slowNext = false;
    let signedOut = false;
    const onSessionExpired = vi.fn(() => {
      signedOut = true;
    });
    const fixture = createReliabilityFixture({
      user: {
        username: 'ada',
        attributes: { email: 'ada@example.com', phone_number: '+15555550123' },
        enabledMfa: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
        preferredMfa: 'SMS_MFA',
      },
      // The app's fetch gives up after 30 ms on the request marked slow.
      fetch: (input, init) => {
        const isSet = new Headers(init?.headers).get('X-Amz-Target') === TARGET;
        if (!(isSet && slowNext)) return fetch(input, init);
        slowNext = false;
        return fetch(input, { ...init, signal: AbortSignal.timeout(30) });
      },
      provider: ({ user }) => ({ onSessionExpired, getAccessToken: () => (signedOut ? null : user.accessToken) }),
    });
    const { sim } = fixture;
    const sink: { current?: MfaSettings } = {};
    render(<Page sink={sink} />, { wrapper: fixture.wrapper });
    const email = await screen.findByRole('switch', { name: en['factor.EMAIL_OTP'] });
    const before = sim.getUserState('ada');
    sim.setLatency('SetUserMFAPreference', 300);

    fault.inject(sim, {
      timeoutNext: () => {
        slowNext = true;
        sim.setLatency('SetUserMFAPreference', 120);
      },
    });
    fireEvent.click(email);
    await act(() => sleep(5));
    // Optimistic: on at once, long before Cognito answers.
    expect(email).toBeChecked();
    sim.setLatency('SetUserMFAPreference', 0);

    if (fault.sessionEnds) {
      // The settings give way to "sign in again"; the app is told once; nothing of the user stays cached.
      expect(await screen.findAllByText(en['error.session-expired'])).not.toHaveLength(0);
      expect(screen.queryByRole('switch')).not.toBeInTheDocument();
      expect(onSessionExpired).toHaveBeenCalledTimes(1);
      expect(onSessionExpired.mock.calls[0]).toEqual([expect.objectContaining({ code: fault.code, category: 'session-expired' })]);
      await act(() => sleep(50));
      expect(fixture.queryClient.getQueryData(['react-cognito-security', fixture.user.sub, 'cognito-user'])).toBeUndefined();
      expect(sim.getUserState('ada')).toEqual(before);
      return;
    }

    // The user is told what failed and why, in the assertive live region and next to the switch.
    await waitFor(() => expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(announced(fault)), {
      timeout: 2000,
    });
    const row = email.closest('li');
    if (!row) throw new Error('no row');
    // A failure without a readable answer may have been applied: the row says it is unconfirmed.
    const rowText = ANSWERLESS.includes(fault.category) ? /^Could not confirm the change\./ : /^Not saved\./;
    expect(within(row).getByText(rowText)).toBeInTheDocument();

    // Rolled back, and nothing else lost: SMS stays on and preferred, the app stays on, data still shown.
    await waitFor(() => expect(fixture.queryClient.isFetching() + fixture.queryClient.isMutating()).toBe(0));
    expect(email).not.toBeChecked();
    expect(screen.getByRole('switch', { name: en['factor.SMS_MFA'] })).toBeChecked();
    expect(screen.getByRole('switch', { name: en['factor.SOFTWARE_TOKEN_MFA'] })).toBeChecked();
    expect(screen.getByRole('radio', { name: en['factor.SMS_MFA'] })).toBeChecked();
    expect(normalise(sink.current ?? { enabled: [], preferred: null })).toEqual({ enabled: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferred: 'SMS_MFA' });
    expect(sink.current?.factors.find((f) => f.factor === 'EMAIL_OTP')?.error).toMatchObject({
      code: fault.code,
      category: fault.category,
      retryable: fault.retryable,
    });
    expect(onSessionExpired).not.toHaveBeenCalled();

    if (fault.code === 'TimeoutError') {
      // The request the app gave up on still lands at Cognito later: the next read shows it.
      await waitFor(() => expect(sim.getUserState('ada').enabledMfa).toContain('EMAIL_OTP'));
      act(() => {
        focusManager.setFocused(false);
        focusManager.setFocused(true);
      });
      await waitFor(() => expect(email).toBeChecked());
      return;
    }
    expect(sim.getUserState('ada')).toEqual(before);

    if (fault.locksFactor) {
      // Not offered again: the switch explains why instead.
      expect(email).toHaveAttribute('aria-disabled', 'true');
      expect(within(row).getByText(en['blocked.unavailable'])).toBeInTheDocument();
    } else {
      expect(email).not.toHaveAttribute('aria-disabled');
    }
    if (fault.retryable) {
      // Trying again once the service recovered works.
      await userEvent.click(email);
      await waitFor(() => expect(sim.getUserState('ada').enabledMfa).toContain('EMAIL_OTP'));
      await waitFor(() => expect(within(row).queryByText(rowText)).not.toBeInTheDocument());
      expect(email).toBeChecked();
    }
  });
});
