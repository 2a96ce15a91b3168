/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/react-vite';
import { directionOf, tones, type Tone } from '@errata/catalog';
import { themeClass, themeNames, type ThemeName } from '@errata/tokens';
import { brand as exampleBrand, catalog } from 'virtual:errata/review-config';
import { axeRunOptions, storyKind } from '@errata/test/axe-policy';
import './preview.css';

/**
 * The toolbar's theme choices: every built-in theme, plus the brand (the example one, or yours:
 * ERRATA_STORYBOOK_BRAND, see review-config.ts; applied over light,
 * as a brand only overrides some tokens and relies on a theme for the rest).
 */
type ThemeChoice = ThemeName | 'brand';
type Direction = 'ltr' | 'rtl';
const allThemeClasses = [...Object.values(themeClass), exampleBrand.className];

function classesFor(theme: ThemeChoice): string[] {
  if (theme === 'brand') return [themeClass.light, exampleBrand.className];
  return [themeClass[theme] ?? themeClass.light];
}

/**
 * Renders the real theming, as `ErrorDocument` does on a server: the theme (and brand) class on
 * `<html>` and `<body>` so the whole page background is themed, `lang`/`dir` on `<html>`, and the
 * brand's CSS in a `<style>` element. The wrapper carries the same classes so a story is themed
 * even when copied out of the iframe. Stories that show catalog copy (`parameters.localised`)
 * take `lang` and direction from the locale toolbar: Arabic is always right-to-left.
 */
const withErrataTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as ThemeChoice;
  const localised = context.parameters.localised === true;
  const locale = String(context.globals.locale ?? 'en');
  const lang = localised ? locale : 'en';
  const dir: Direction = localised ? directionOf(locale) : ((context.globals.dir ?? 'ltr') as Direction);
  const classes = classesFor(theme);

  // Applied while rendering, not in an effect, so the first paint (and any screenshot or axe run
  // right after it) already has the theme; it is idempotent, so re-renders are harmless.
  if (typeof document !== 'undefined') {
    const root = document.documentElement;
    for (const element of [root, document.body]) {
      element.classList.remove(...allThemeClasses);
      element.classList.add(...classes);
    }
    root.lang = lang;
    root.dir = dir;
  }

  return (
    <div className={classes.join(' ')} dir={dir} lang={lang}>
      {theme === 'brand' ? <style>{exampleBrand.css}</style> : null}
      <Story />
    </div>
  );
};

const toneTitles: Record<Tone, string> = { friendly: 'Friendly', neutral: 'Neutral', formal: 'Formal' };
const themeTitles: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast', auto: 'Auto (follows the system)' };

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Errata theme (or the example brand over light)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [...themeNames.map((theme) => ({ value: theme, title: themeTitles[theme] })), { value: 'brand', title: `Brand: ${exampleBrand.name}` }],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction (Arabic catalog copy is always right-to-left)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    tone: {
      description: 'Message tone of the catalog copy in every story',
      toolbar: {
        title: 'Tone',
        icon: 'speaker',
        items: tones.map((tone) => ({ value: tone, title: toneTitles[tone] })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the catalog copy in every story (Arabic is right to left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Each language named in itself, as a language picker should.
        items: catalog.locales.map((locale) => ({
          value: locale,
          title: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
          right: locale,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', tone: 'neutral', locale: 'en' },
  decorators: [withErrataTheme],
  // A docs page per component: its props (from the TypeScript types), when to use it and when not
  // (each meta's `docs.description.component`), and its stories.
  tags: ['autodocs'],
  parameters: {
    // Every story shows catalog copy in the locale and tone toolbars (a story whose host page is
    // written in English says `localised: false` and marks its own words).
    localised: true,
    a11y: {
      // Violations fail the story, not just warn (STYLE.md 18).
      test: 'error',
      options: axeRunOptions({ kind: 'page', enhancedContrast: false }),
    },
    options: {
      storySort: {
        order: ['Foundations', 'Components', 'Pages', 'Catalog', 'Operations', 'Copy review'],
      },
    },
  },
  // The a11y panel runs the same policy as the browser suite: page-structure rules only for page
  // stories, and AAA contrast for built-in themes.
  beforeEach(context) {
    const theme = String(context.globals.theme ?? 'light');
    context.parameters.a11y = {
      ...context.parameters.a11y,
      options: axeRunOptions({ kind: storyKind(context.title), enhancedContrast: theme !== 'brand' }),
    };
  },
};

export default preview;
