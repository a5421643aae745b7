/**
 * The CDN loader (`packages/widgets/dist/cdn/autoshares.js`) for the demo pages: built with the
 * CDN step of `pnpm build` (packages/widgets/vite.cdn.config.ts) only when it is missing or older
 * than its sources, so `pnpm start` stays fast.
 */
import { readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnConfig = `${root}packages/widgets/vite.cdn.config.ts`;
/** The loader the demo serves at `/cdn/autoshares.js`. */
export const cdnLoader = `${root}packages/widgets/dist/cdn/autoshares.js`;
/** What the CDN bundle is built from (the widgets, the client they bundle, the build config). */
const cdnSources = [`${root}packages/widgets/src`, `${root}packages/client/src`, cdnConfig];

/**
 * Newest modification time (ms) of a file or of any file under a directory (tests and stories
 * aside); 0 if absent.
 */
export async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && !/\.(test|stories)\.tsx?$/.test(entry.name))
      .map((entry) => stat(`${entry.parentPath}/${entry.name}`).then((s) => s.mtimeMs)),
  );
  return Math.max(0, ...times);
}

/** Builds `packages/widgets/dist/cdn/` when it is missing or older than its sources. */
export async function ensureCdnBundle(): Promise<void> {
  const built = await newestMtime(cdnLoader);
  const sources = Math.max(...(await Promise.all(cdnSources.map(newestMtime))));
  if (built && built >= sources) return;
  console.log(`  Building the CDN loader (${built ? 'sources changed' : 'missing'})…`);
  await build({ configFile: cdnConfig });
}
