import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { composeStory, setProjectAnnotations, type Meta, type StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { DEFAULT_THEME, STORY_TEST_RUNS, THEMES, type Theme } from '../.storybook/themes.js';
import '../src/styles.css';
import { storyTheme, withFrame } from '../stories/frame.js';

// The storybook test project runs every story once per entry of STORY_TEST_RUNS, passing its
// globals as storybookTest's `initialGlobals` would. Composed the same way here, a component
// whose muted text is readable in light only must pass the axe check in the first run and fail
// it in the dark one: the dark run is a real second check, not a second look at light.

/** Theme overrides with a dark-only contrast bug: #30353c on the dark background is 1.5:1. */
const darkOnlyBug = { '--rcs-color-muted': 'light-dark(#59616b, #30353c)' } as CSSProperties;

function Probe() {
  return (
    <div data-rcs="badges" style={darkOnlyBug}>
      <p data-rcs="loading">Loading…</p>
    </div>
  );
}

const meta = { title: 'Probe', component: Probe } satisfies Meta<typeof Probe>;
const LowContrastInDark: StoryObj<typeof meta> = {};

beforeAll(() => {
  setProjectAnnotations([a11yAnnotations, { decorators: [withFrame], parameters: { a11y: { test: 'error' } } }]);
});

/** Runs the probe as the storybook project runs a story in `run`, and returns its a11y violations. */
async function violationsIn(run: { globals: { theme?: Theme } }) {
  const story = composeStory(LowContrastInDark, meta, { initialGlobals: run.globals }, 'LowContrastInDark');
  await story.run();
  const report = story.reporting.reports.find((entry) => entry.type === 'a11y');
  const result = report?.result as { violations?: { id: string }[] } | undefined;
  return { status: report?.status, violations: (result?.violations ?? []).map((violation) => violation.id) };
}

describe('the storybook project’s colour-scheme runs', () => {
  it('are the system scheme (light in headless Chromium) and forced dark', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
    expect(STORY_TEST_RUNS.map((run) => run.globals)).toEqual([{}, { theme: 'dark' }]);
  });

  it('pass a story that is readable in the system scheme', async () => {
    const [system] = STORY_TEST_RUNS;
    expect(await violationsIn(system)).toEqual({ status: 'passed', violations: [] });
  });

  it('fail the same story on its contrast in the dark run', async () => {
    const [, dark] = STORY_TEST_RUNS;
    expect(await violationsIn(dark)).toEqual({ status: 'failed', violations: ['color-contrast'] });
  });
});

/** The components' background (styles.css, `--_bg`) in each scheme. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(24, 27, 32)' };

/** Renders the probe in the frame under the toolbar's `globals`; returns the frame and the component's background. */
async function framed(globals: { theme?: Theme }) {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  const story = composeStory(LowContrastInDark, meta, { initialGlobals: globals }, 'LowContrastInDark');
  await story.run({ canvasElement });
  const frame = canvasElement.querySelector<HTMLElement>('[lang]');
  const root = canvasElement.querySelector('[data-rcs="badges"]');
  if (!frame || !root) throw new Error('The probe did not render in its frame.');
  return { frame, background: getComputedStyle(root).backgroundColor };
}

/** Emulates the reader's system colour scheme, as DevTools' "Rendering" panel does. */
const emulateScheme = (scheme: 'light' | 'dark' | '') =>
  cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });

describe('the theme toolbar', () => {
  afterEach(async () => {
    await emulateScheme('');
    document.body.replaceChildren();
  });

  it('offers System first, then Light and Dark to force one, and starts on System', () => {
    expect(THEMES[0]).toEqual({ value: 'system', title: 'System' });
    expect(THEMES.map((theme) => theme.value)).toEqual(['system', 'light', 'dark']);
    expect(DEFAULT_THEME).toBe('system');
    expect(storyTheme({ args: {}, globals: {} })).toBe('system');
  });

  it('forces no theme by default: the frame and the components follow the system’s light preference', async () => {
    const { frame, background } = await framed({});
    expect(frame).not.toHaveAttribute('data-rcs-theme');
    expect(frame.style.colorScheme).toBe('light dark');
    expect(background).toBe(BACKGROUND.light);
  });

  it('follows a dark system preference by default, axe check included', async () => {
    await emulateScheme('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    const { frame, background } = await framed({});
    expect(frame).not.toHaveAttribute('data-rcs-theme');
    expect(background).toBe(BACKGROUND.dark);
    // The default run of the storybook project now checks the dark colours.
    const [system] = STORY_TEST_RUNS;
    expect(await violationsIn(system)).toEqual({ status: 'failed', violations: ['color-contrast'] });
  });

  it('forces Light over a dark system preference, and Dark over a light one', async () => {
    await emulateScheme('dark');
    const light = await framed({ theme: 'light' });
    expect(light.frame).toHaveAttribute('data-rcs-theme', 'light');
    expect(light.background).toBe(BACKGROUND.light);
    expect(await violationsIn({ globals: { theme: 'light' } })).toEqual({ status: 'passed', violations: [] });
    await emulateScheme('light');
    const dark = await framed({ theme: 'dark' });
    expect(dark.frame).toHaveAttribute('data-rcs-theme', 'dark');
    expect(dark.background).toBe(BACKGROUND.dark);
  });
});
