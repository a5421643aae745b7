/// <reference types="vite/client" />
/**
 * The configurator page's script (demo/configurator.html, served by `pnpm start`): loads the
 * widgets and their manifest, and mounts the configurator with a preview signed in to the
 * sandbox through the demo host's own token route (`/host/token`, as the dashboard does).
 *
 * The manifest is `@autoshares/widgets/custom-elements.json` (`packages/widgets/dist/`), which
 * `pnpm start` writes first when it is missing or older than the widgets' sources
 * (ensure-manifest.ts); Vite serves it by URL.
 */
import '@autoshares/widgets';
import manifestUrl from '@autoshares/widgets/custom-elements.json?url';
import widgetsPackage from '@autoshares/widgets/package.json';
import { mountConfigurator } from './app.ts';
import { loadWidgets } from './manifest.ts';

const root = document.querySelector<HTMLElement>('#configurator')!;

/** The demo host's token endpoint: `{ access_token, expires_at }` for the demo user. */
async function hostTokenProvider() {
  const response = await fetch('/host/token', { headers: { Accept: 'application/json' } });
  if (!response.ok) return null;
  return (await response.json()) as { access_token: string; expires_at: number };
}

try {
  const widgets = await loadWidgets(manifestUrl);
  root.querySelector('.loading')?.remove();
  mountConfigurator(root, {
    widgets,
    cdnUrl: `https://cdn.jsdelivr.net/npm/@autoshares/widgets@${widgetsPackage.version}/dist/cdn/autoshares.js`,
    connection: {
      baseUrl: root.dataset.baseUrl!,
      appKey: root.dataset.appKey!,
      tokenProvider: hostTokenProvider,
    },
  });
} catch (error) {
  const message = root.querySelector<HTMLElement>('.loading')!;
  message.setAttribute('role', 'alert');
  message.textContent = (error as Error).message;
}
