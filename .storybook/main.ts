import type { StorybookConfig } from '@storybook/web-components-vite';

const LIT_DIRECTIVES = ['class-map', 'style-map', 'if-defined', 'ref', 'live', 'repeat', 'map', 'when', 'choose', 'keyed', 'guard'];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No onboarding checklist over the sidebar, nor its guide in the menu: this catalog is documentation.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    return {
      ...config,
      // Relative asset URLs: the static catalog works from any sub-path of any host.
      base: './',
      optimizeDeps: {
        ...config.optimizeDeps,
        // One pre-bundled copy of Lit for stories and the elements alike; otherwise the
        // decorator helpers and the elements can end up with two copies ("Multiple versions of Lit loaded").
        include: [
          ...(config.optimizeDeps?.include ?? []),
          'lit',
          'lit/decorators.js',
          'lit/directive.js',
          'lit/directive-helpers.js',
          'lit/static-html.js',
          ...LIT_DIRECTIVES.map((name) => `lit/directives/${name}.js`),
          // Found late by the optimizer otherwise, which reloads the page in the middle of a test run.
          '@storybook/web-components-vite',
          'storybook/actions/decorator',
          'storybook/test',
        ],
      },
    };
  },
};

export default config;
