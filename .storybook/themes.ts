/**
 * The theme toolbar. "System" leaves the colour scheme to the reader's prefers-color-scheme,
 * as an app that sets nothing would; Light and Dark force one through `data-rcs-theme`.
 */
export const THEMES = [
  { value: 'system', title: 'System' },
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
] as const;

/** A value of the `theme` global. */
export type Theme = (typeof THEMES)[number]['value'];

/** The toolbar's starting theme. */
export const DEFAULT_THEME: Theme = 'system';

/**
 * The runs of the storybook test project (vite.config.ts): every story, its play function and
 * its axe check run once as a reader with a light system sees them (headless Chromium prefers
 * light) and once with Dark forced, so a contrast failure in either scheme fails the story.
 */
export const STORY_TEST_RUNS = [
  { name: 'storybook', globals: {} },
  { name: 'storybook (dark)', globals: { theme: 'dark' } },
] as const satisfies ReadonlyArray<{ name: string; globals: { theme?: Theme } }>;
