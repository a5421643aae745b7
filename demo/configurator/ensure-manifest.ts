/**
 * The widgets' custom-elements manifest for the configurator page (Node side, used by
 * `pnpm start`): `packages/widgets/dist/custom-elements.json` is written with `pnpm analyze`'s
 * command when it is missing or older than the widgets' sources or the analyzer's config, so a
 * clean clone's `pnpm start` serves the configurator too.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newestMtime } from '../../scripts/cdn-bundle.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The manifest the configurator page loads. */
export const manifestPath = `${root}packages/widgets/dist/custom-elements.json`;
const config = 'custom-elements-manifest.config.mjs';
const sources = [`${root}packages/widgets/src`, `${root}${config}`];

/** Runs the analyzer from the repository root; rejects when it fails. */
function analyze(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      `${root}node_modules/.bin/cem`,
      ['analyze', '--quiet', '--config', config],
      { cwd: root, stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`custom-elements.json: cem exited with ${code}`)),
    );
  });
}

/** Writes the manifest when it is missing or stale. */
export async function ensureManifest(): Promise<void> {
  const written = await newestMtime(manifestPath);
  const newest = Math.max(...(await Promise.all(sources.map(newestMtime))));
  if (written && written >= newest) return;
  console.log(`  Writing custom-elements.json (${written ? 'sources changed' : 'missing'})…`);
  await analyze();
}
