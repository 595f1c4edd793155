/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { extractArgTypes, extractComponentDescription, setManifest, type Manifest } from './manifest.js';
import './preview.css';

// `npm start` and `npm run build-storybook` generate custom-elements.json first (`npm run analyze`).
// A glob, not a plain import, so that a checkout without the manifest still starts, only without autodocs tables.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
setManifest(manifest);
if (manifest) setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark' | 'auto';

/**
 * Applies the toolbar globals to every story. A global that is set overrides the story's own
 * `theme`, `locale` and `dir` args, so every element in the story follows the toolbar; the
 * reset item ("As the story sets it") gives each story back its own values.
 */
const withToolbarGlobals: Decorator = (story, context) => {
  const { theme, direction, locale } = context.globals as { theme?: Theme; direction?: 'ltr' | 'rtl'; locale?: string };
  const overrides: Record<string, unknown> = {};
  if (theme) overrides.theme = theme;
  if (direction) overrides.dir = direction;
  if (locale) overrides.locale = locale;
  const args = { ...context.args, ...overrides };
  const effectiveTheme = (args.theme as Theme | undefined) ?? 'light';
  // The story root paints the page in the theme's colours too, so standalone parts (which have no
  // card surface of their own) keep their contrast on a dark page.
  return html`<div
    class="news-story-root"
    data-theme=${effectiveTheme}
    data-view=${context.viewMode}
    dir=${(args.dir as string | undefined) ?? 'ltr'}
    lang=${(args.locale as string | undefined) ?? 'en'}
  >
    ${story({ args })}
  </div>`;
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    a11y: {
      // Any axe violation fails the story, in the a11y panel and in the story tests.
      test: 'error',
    },
    actions: {
      handles: ['news-card-error', 'news-card-load', 'news-card-click', 'news-card-impression'],
    },
    controls: {
      expanded: true,
      sort: 'requiredFirst',
    },
    docs: {
      toc: true,
      extractArgTypes,
      extractComponentDescription,
    },
    options: {
      storySort: {
        order: ['Introduction', 'Data formats', 'Theming', 'Playground', 'Elements', ['News card', 'News headline', 'News byline', 'News photo', 'News related'], '*'],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of every element (the theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { type: 'reset', title: 'As the story sets it' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the system)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of every story (the dir attribute)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { type: 'reset', title: 'As the story sets it' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of labels and dates (the locale attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { type: 'reset', title: 'As the story sets it' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [withToolbarGlobals, withActions],
};

export default preview;
