/**
 * Storybook 10 (web components + Vite). Stories live in `stories/` and run offline on the
 * in-browser sandbox (MSW); the worker script is served from the installed `msw` package.
 * Autodocs read `packages/widgets/dist/custom-elements.json`, which `pnpm storybook` and
 * `pnpm build-storybook` generate first (`pnpm analyze`). Telemetry is off.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { serveMockServiceWorker } from '@autoshares/sandbox/msw-worker';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), serveMockServiceWorker()];
    return config;
  },
};

export default config;
