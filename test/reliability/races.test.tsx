/**
 * Races, as a property: random action sequences against the simulator, with faults, latency,
 * refetches and remounts in between. Once everything settles, what the hooks and the components
 * show must equal the simulator's state; every failed action must have been reported; and the
 * server must hold exactly the effect of the actions it applied, in order (nothing undone).
 *
 * Reproduce a failure with the seed and path fast-check prints:
 *   FC_SEED=<seed> FC_PATH=<path> npx vitest run --project unit test/reliability/races.test.tsx
 * Explore further with FC_SEED=random FC_RUNS=500.
 */
import { focusManager } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isCognitoError, networkError } from '../../src/cognito/errors.js';
import { applyMfaIntent, type MfaIntent } from '../../src/cognito/mfa.js';
import type { MfaState } from '../../src/cognito/model.js';
import type { CognitoTransport } from '../../src/cognito/transport.js';
import type { MfaFactor } from '../../src/cognito/wire.js';
import { FactorBadges, MfaToggleList, PreferredMfaPicker } from '../../src/mfa.js';
import { useAuthFactors, useMfaSettings, type MfaSettings } from '../../src/queries/hooks.js';
import { cognitoKeys } from '../../src/queries/keys.js';
import type { AuthFactors } from '../../src/cognito/model.js';
import { ALL_FACTORS, createReliabilityFixture, factorLabel, normalise, sleep, type ReliabilityFixture } from './fixture.js';

// ---- scenario model -------------------------------------------------------------------------

/** How the service answers the SetUserMFAPreference request of one action. */
type Fault =
  | { kind: 'ok' }
  /** A listed exception, sent `times` times in a row (the transport retries throttling). */
  | { kind: 'exception'; code: string; times: number }
  /** No answer: the simulator fails before applying. */
  | { kind: 'network' }
  /** HTTP 200 with a non-JSON body: the simulator fails before applying. */
  | { kind: 'malformed' }
  /** Applied by the service, but the answer never arrives: the outcome is unknown to the client. */
  | { kind: 'lost' };

/**
 * An action: most of the time one the page offers right now (picked among the changes the
 * hooks say are allowed, `pick` modulo their number); otherwise `raw`, which may be one the
 * kit or the service refuses.
 */
interface ActionChoice {
  mode: 'offered' | 'raw';
  pick: number;
  raw: MfaIntent;
}

type Step =
  | { kind: 'intent'; choice: ActionChoice; fault: Fault; latency: number; gap: number }
  | { kind: 'focus'; gap: number }
  | { kind: 'invalidate'; gap: number }
  | { kind: 'remount'; gap: number }
  | { kind: 'read-latency'; ms: number; gap: number };

interface Scenario {
  pool: { mfa: 'OPTIONAL' | 'ON'; emailMfaAvailable: boolean };
  user: { phone: boolean; email: boolean; totp: boolean; enabled: MfaFactor[]; preferred: MfaFactor | null };
  steps: Step[];
}

// Exceptions listed for SetUserMFAPreference that leave the session alive. The session-ending
// ones (NotAuthorized, PasswordResetRequired, UserNotConfirmed, UserNotFound) clear the cache by
// design and have their own tests in faults.test.tsx and sessions.test.tsx.
const EXCEPTIONS = [
  'ForbiddenException',
  'InternalErrorException',
  'InvalidParameterException',
  'ResourceNotFoundException',
  'TooManyRequestsException',
] as const;

const factorArb = fc.constantFrom<MfaFactor>(...ALL_FACTORS);
const gapArb = fc.integer({ min: 0, max: 20 });

const intentArb: fc.Arbitrary<MfaIntent> = fc.oneof(
  fc.record({ type: fc.constant('enable' as const), factor: factorArb, preferred: fc.option(fc.boolean(), { nil: undefined }) }),
  fc.record({ type: fc.constant('disable' as const), factor: factorArb }),
  fc.record({ type: fc.constant('prefer' as const), factor: factorArb }),
  fc.constant<MfaIntent>({ type: 'clear-preference' }),
);

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Fault>({ kind: 'ok' }) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...EXCEPTIONS)
      .chain((code) =>
        fc.record({
          kind: fc.constant('exception' as const),
          code: fc.constant(code),
          times: code === 'TooManyRequestsException' ? fc.integer({ min: 1, max: 3 }) : fc.constant(1),
        }),
      ),
  },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'network' }) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'malformed' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'lost' }) },
);

const choiceArb: fc.Arbitrary<ActionChoice> = fc.record({
  mode: fc.constantFrom('offered' as const, 'offered' as const, 'offered' as const, 'raw' as const),
  pick: fc.nat(20),
  raw: intentArb,
});

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('intent' as const),
      choice: choiceArb,
      fault: faultArb,
      latency: fc.integer({ min: 0, max: 30 }),
      gap: gapArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('focus' as const), gap: gapArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('invalidate' as const), gap: gapArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remount' as const), gap: gapArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('read-latency' as const), ms: fc.integer({ min: 0, max: 30 }), gap: gapArb }) },
);

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    pool: fc.record({ mfa: fc.constantFrom('OPTIONAL' as const, 'OPTIONAL' as const, 'ON' as const), emailMfaAvailable: fc.boolean() }),
    phone: fc.boolean(),
    email: fc.boolean(),
    totp: fc.boolean(),
    enabled: fc.subarray([...ALL_FACTORS]),
    preferredIndex: fc.nat(3),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 10 }),
  })
  .map(({ pool, phone, email, totp, enabled, preferredIndex, steps }) => ({
    pool,
    user: {
      phone,
      email,
      totp: totp || enabled.includes('SOFTWARE_TOKEN_MFA'),
      enabled,
      preferred: enabled[preferredIndex] ?? null,
    },
    steps,
  }));

// ---- rendering -------------------------------------------------------------------------------

interface Snapshot {
  settings: MfaSettings;
  authFactors: AuthFactors | undefined;
}

function Probe({ sink }: { sink: { current?: Snapshot } }) {
  const settings = useMfaSettings();
  const authFactors = useAuthFactors().data;
  // The test reads the latest render's values once everything has settled.
  // eslint-disable-next-line react-hooks/immutability
  sink.current = { settings, authFactors };
  return null;
}

function Page({ sink }: { sink: { current?: Snapshot } }) {
  return (
    <>
      <Probe sink={sink} />
      <MfaToggleList />
      <PreferredMfaPicker />
      <FactorBadges />
    </>
  );
}

/** What the rendered components show, read from the DOM. */
function readDom(container: HTMLElement) {
  const switches: Record<string, { checked: boolean; invalid: boolean }> = {};
  for (const row of container.querySelectorAll<HTMLElement>('[data-rcs="toggle-list"] li[data-rcs="factor"]')) {
    const label = row.querySelector('[data-rcs="factor-label"]')?.textContent ?? '';
    const button = row.querySelector('[role="switch"]');
    switches[label] = { checked: button?.getAttribute('aria-checked') === 'true', invalid: row.dataset.invalid === 'true' };
  }
  const radios = [...container.querySelectorAll<HTMLLabelElement>('[data-rcs="picker"] label[data-rcs="option"]')];
  const checkedRadio = radios.find((label) => label.querySelector('input')?.checked);
  const badges = [...container.querySelectorAll<HTMLElement>('[data-rcs="badges"] li[data-rcs="badge"][data-state]')];
  return {
    switches,
    radioCount: radios.length,
    checkedRadio: checkedRadio?.textContent ?? null,
    badges: badges.map((badge) => badge.firstChild?.textContent ?? '').sort(),
    preferredBadge: badges.find((badge) => badge.dataset.state === 'preferred')?.firstChild?.textContent ?? null,
  };
}

/** Waits until no request is in flight and nothing is left to do, twice in a row. */
async function settle(fixture: ReliabilityFixture): Promise<void> {
  let quiet = 0;
  for (let round = 0; quiet < 2; round++) {
    if (round > 200) throw new Error('The page never settled: requests kept going for over 7 s.');
    await act(() => sleep(35));
    quiet = fixture.queryClient.isMutating() === 0 && fixture.queryClient.isFetching() === 0 ? quiet + 1 : 0;
  }
}

/** The changes the page offers for what it shows now, as the components would send them. */
function offeredIntents(settings: MfaSettings): MfaIntent[] {
  const offered: MfaIntent[] = [];
  for (const view of settings.factors) {
    const { factor } = view;
    if (!view.enabled && !view.enableBlockedBy) offered.push({ type: 'enable', factor }, { type: 'enable', factor, preferred: true });
    if (view.enabled && !view.disableBlockedBy) offered.push({ type: 'disable', factor });
    if (view.enabled && !view.preferred) offered.push({ type: 'prefer', factor });
    // Turning on again what is on (a double click that raced the refetch): keeps the preference.
    if (view.enabled) offered.push({ type: 'enable', factor });
  }
  if (settings.preferred !== null) offered.push({ type: 'clear-preference' });
  return offered;
}

function chooseIntent(choice: ActionChoice, settings: MfaSettings | undefined): MfaIntent {
  const offered = choice.mode === 'offered' && settings ? offeredIntents(settings) : [];
  return { ...(offered[choice.pick % Math.max(offered.length, 1)] ?? choice.raw) };
}

const sameState = (a: MfaState, b: MfaState) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

// ---- one run ---------------------------------------------------------------------------------

async function runScenario(scenario: Scenario): Promise<void> {
  const plans = new Map<MfaIntent, Step & { kind: 'intent' }>();
  /** What happened on the wire for each action that sent a request. */
  const truth = new Map<MfaIntent, 'applied' | 'lost' | 'rejected'>();
  const transientLies: string[] = [];

  const running = (): MfaIntent | undefined =>
    fixture.queryClient
      .getMutationCache()
      .getAll()
      .find((mutation) => mutation.state.status === 'pending' && !mutation.state.isPaused)?.state.variables as MfaIntent | undefined;

  const wrapTransport = (inner: CognitoTransport): CognitoTransport => ({
    async send(operation, input, options) {
      if (operation !== 'SetUserMFAPreference') return inner.send(operation, input, options);
      const intent = running();
      const plan = intent && plans.get(intent);
      if (!intent || !plan) throw new Error('SetUserMFAPreference was sent outside any action');
      const { sim } = fixture;
      sim.setLatency('SetUserMFAPreference', plan.latency);
      const { fault } = plan;
      if (fault.kind === 'exception') for (let i = 0; i < fault.times; i++) sim.failNext(operation, { code: fault.code });
      if (fault.kind === 'network' || fault.kind === 'malformed') sim.failNext(operation, fault.kind);
      try {
        const output = await inner.send(operation, input, options);
        truth.set(intent, fault.kind === 'lost' ? 'lost' : 'applied');
        if (fault.kind === 'lost') throw networkError(new TypeError('fetch failed: the connection closed before the answer'));
        return output;
      } catch (error) {
        if (!truth.has(intent)) truth.set(intent, 'rejected');
        throw error;
      }
    },
  });

  // After each action's own callbacks ran (its rollback or confirmation), the caches must still
  // show the newest change in flight: rolling back an earlier one must not hide a later one.
  const checkCaches = (settled: { state: { variables: unknown } }, failed: boolean) => {
    const others = fixture.queryClient
      .getMutationCache()
      .getAll()
      .filter((mutation) => mutation !== settled && mutation.state.status === 'pending');
    const newest = (others.at(-1)?.state.variables ?? (failed ? undefined : settled.state.variables)) as MfaIntent | undefined;
    if (!newest) return;
    const { sub } = fixture.user;
    for (const key of [cognitoKeys.cognitoUser(sub), cognitoKeys.authFactors(sub)]) {
      const shown = fixture.queryClient.getQueryData<MfaState>(key);
      if (shown && !sameState(applyMfaIntent(shown, newest), shown)) {
        transientLies.push(`${key.at(-1) ?? ''} showed ${JSON.stringify(normalise(shown))} without ${JSON.stringify(newest)}`);
      }
    }
  };

  const { pool, user } = scenario;
  const fixture: ReliabilityFixture = createReliabilityFixture({
    pool: { mfa: pool.mfa, emailMfaAvailable: pool.emailMfaAvailable },
    user: {
      username: 'ada',
      attributes: {
        ...(user.phone && { phone_number: '+15555550123' }),
        ...(user.email && { email: 'ada@example.com' }),
      },
      enabledMfa: user.enabled,
      preferredMfa: user.preferred,
      ...(user.totp && { totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }),
    },
    wrapTransport,
    mutationCache: { onSettled: (_data, error, _variables, _context, mutation) => checkCaches(mutation, error !== null) },
  });
  const initial = fixture.sim.getUserState('ada');
  const sink: { current?: Snapshot } = {};
  let mount = 0;
  const view = render(<Page key={mount} sink={sink} />, { wrapper: fixture.wrapper });
  try {
    await waitFor(() => expect(sink.current?.settings.status).toBe('success'));

    const intents: MfaIntent[] = [];
    for (const step of scenario.steps) {
      await act(async () => {
        switch (step.kind) {
          case 'intent': {
            const intent = chooseIntent(step.choice, sink.current?.settings);
            plans.set(intent, step);
            intents.push(intent);
            sink.current?.settings.change(intent);
            break;
          }
          case 'focus':
            focusManager.setFocused(false);
            focusManager.setFocused(true);
            break;
          case 'invalidate':
            void fixture.queryClient.invalidateQueries({ queryKey: cognitoKeys.user(fixture.user.sub) });
            break;
          case 'remount':
            view.rerender(<Page key={++mount} sink={sink} />);
            break;
          case 'read-latency':
            fixture.sim.setLatency('GetUser', step.ms);
            fixture.sim.setLatency('GetUserAuthFactors', step.ms);
            break;
        }
        await sleep(step.gap);
      });
    }
    await settle(fixture);

    // 1. The server holds exactly the effect of the actions it applied, in order.
    let model: MfaState = { enabled: initial.enabledMfa, preferred: initial.preferredMfa };
    const mutations = fixture.queryClient.getMutationCache().getAll();
    for (const intent of intents) {
      const mutation = mutations.find((m) => m.state.variables === intent);
      const outcome = truth.get(intent);
      const described = `${JSON.stringify(intent)} (${outcome ?? 'not sent'})`;
      expect(mutation?.state.status, described).not.toBe('pending');
      // 2. Every failure was reported; nothing that failed on the wire was called a success.
      if (outcome === 'applied') {
        expect(mutation?.state.status, described).toBe('success');
      } else if (outcome === 'lost' || outcome === 'rejected') {
        expect(mutation?.state.status, described).toBe('error');
        expect(isCognitoError(mutation?.state.error), described).toBe(true);
      } else if (mutation?.state.status === 'success') {
        // Nothing was sent and the kit called it done: it must have been a no-op.
        expect(sameState(applyMfaIntent(model, intent), model), described).toBe(true);
      } else {
        // Nothing was sent and the kit refused it: with a reason the UI can show.
        expect(mutation?.state.error, described).toMatchObject({ category: 'not-allowed' });
      }
      if (outcome === 'applied' || outcome === 'lost') model = applyMfaIntent(model, intent);
    }
    const stored = fixture.sim.getUserState('ada');
    expect(normalise(stored), 'server state vs the applied actions').toEqual(normalise(model));

    // 3. What the hooks show equals the server.
    const snapshot = sink.current;
    if (!snapshot) throw new Error('The probe never rendered');
    const expected = normalise(stored);
    expect(normalise(snapshot.settings), 'useMfaSettings').toEqual(expected);
    if (snapshot.authFactors) expect(normalise(snapshot.authFactors), 'useAuthFactors').toEqual(expected);
    for (const view of snapshot.settings.factors) {
      expect({ factor: view.factor, enabled: view.enabled, preferred: view.preferred, pending: view.pending }).toEqual({
        factor: view.factor,
        enabled: stored.enabledMfa.includes(view.factor),
        preferred: stored.preferredMfa === view.factor,
        pending: false,
      });
      // The last change to each factor: its failure is still on screen, its success is not an error.
      const last = [...intents].reverse().find((intent) => 'factor' in intent && intent.factor === view.factor);
      const lastMutation = last && mutations.find((m) => m.state.variables === last);
      expect(view.error !== null, `error shown for ${view.factor}`).toBe(lastMutation?.state.status === 'error');
    }
    expect(snapshot.settings.lastChange?.intent).toBe(intents.at(-1));

    // 4. What the components show equals the server.
    const dom = readDom(view.container);
    for (const factor of ALL_FACTORS) {
      const shown = dom.switches[factorLabel(factor)];
      expect(shown?.checked, `switch ${factor}`).toBe(stored.enabledMfa.includes(factor));
      expect(shown?.invalid, `error marker ${factor}`).toBe(snapshot.settings.factors.find((f) => f.factor === factor)?.error != null);
    }
    expect(dom.badges).toEqual(stored.enabledMfa.map(factorLabel).sort());
    expect(dom.preferredBadge).toBe(stored.preferredMfa && factorLabel(stored.preferredMfa));
    if (stored.enabledMfa.length >= 2) {
      expect(dom.checkedRadio).toBe(stored.preferredMfa ? factorLabel(stored.preferredMfa) : 'No preference — ask at sign-in');
    } else {
      expect(dom.radioCount).toBe(0);
    }

    // 5. No rollback ever hid a change that was still in flight.
    expect(transientLies).toEqual([]);
  } finally {
    view.unmount();
    fixture.queryClient.clear();
    focusManager.setFocused(undefined);
  }
}

// ---- the property ----------------------------------------------------------------------------

const envSeed = process.env.FC_SEED;
const seed = envSeed === 'random' ? Date.now() ^ Math.floor(Math.random() * 0x7fffffff) : Number(envSeed ?? 20260511);
const numRuns = Number(process.env.FC_RUNS ?? 60);
const path = process.env.FC_PATH;

afterEach(() => focusManager.setFocused(undefined));

describe('MFA settings under races and faults', () => {
  it(
    `show exactly the stored state once settled, report every failure and never undo a success (seed ${seed}, ${numRuns} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb, (scenario) => runScenario(scenario)),
        { seed, numRuns, ...(path !== undefined && { path }) },
      );
    },
    300_000,
  );
});
