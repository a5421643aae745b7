/**
 * Packs a publishable package as npm would get it: `pnpm pack` (so `publishConfig` applies and
 * `workspace:` ranges become versions) into `destination`. Used by `pnpm check:packages` and
 * `pnpm test:hosts`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The path of the tarball of `packages/<name>`, packed into `destination`. */
export function pack(name: string, destination: string): string {
  execFileSync('pnpm', ['pack', '--pack-destination', destination], {
    cwd: join(root, 'packages', name),
    stdio: 'pipe',
  });
  const tarball = readdirSync(destination).find((file) =>
    new RegExp(`^autoshares-${name}-\\d.*\\.tgz$`).test(file),
  );
  if (!tarball) throw new Error(`pack: no tarball of @autoshares/${name} in ${destination}`);
  return join(destination, tarball);
}
