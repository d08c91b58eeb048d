import type { Decorator, StoryContext } from '@storybook/react-vite';
import { DEFAULT_THEME, THEMES, type Theme } from '../.storybook/themes.js';

/** The locales the toolbar offers; Arabic is laid out right to left. */
export const LOCALES = ['en', 'de', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Args a story may set to override the toolbar for itself (the `*View` stories' controls).
 * They style the story's frame and are not props of the component.
 */
export interface FrameArgs {
  /** Messages and text direction of this story; unset follows the toolbar. */
  locale?: Locale;
  /** Colour scheme of this story; unset follows the toolbar. */
  theme?: Theme;
}

type FrameContext = Pick<StoryContext, 'args' | 'globals'>;

const pick = <T extends string>(allowed: readonly T[], ...values: unknown[]): T | undefined =>
  values.find((value): value is T => allowed.includes(value as T));

/** The story's locale: its own `locale` arg, else the toolbar's. */
export function storyLocale({ args, globals }: FrameContext): Locale {
  return pick(LOCALES, args.locale, globals.locale) ?? 'en';
}

/** The story's theme: its own `theme` arg, else the toolbar's. */
export function storyTheme({ args, globals }: FrameContext): Theme {
  return pick(
    THEMES.map((theme) => theme.value),
    args.theme,
    globals.theme,
  ) ?? DEFAULT_THEME;
}

/**
 * Frames a story as an app page would: language, direction and colour scheme. "System" sets no
 * `data-rcs-theme`, so the components (and the page colours) follow prefers-color-scheme.
 */
export const withFrame: Decorator = (Story, context) => {
  const locale = storyLocale(context);
  const theme = storyTheme(context);
  return (
    <div
      lang={locale}
      dir={locale === 'ar' ? 'rtl' : 'ltr'}
      data-rcs-theme={theme === 'system' ? undefined : theme}
      style={{
        colorScheme: theme === 'system' ? 'light dark' : theme,
        background: 'Canvas',
        color: 'CanvasText',
        padding: '1rem',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <Story />
    </div>
  );
};
