import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { composeStory, setProjectAnnotations, type Meta, type StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORY_TEST_RUNS } from '../.storybook/themes.js';
import '../src/styles.css';
import { withFrame } from '../stories/frame.js';

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
async function violationsIn(run: (typeof STORY_TEST_RUNS)[number]) {
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
