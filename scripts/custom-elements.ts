/**
 * The custom-elements manifest of @autoshares/widgets, analyzed on demand (for the elements
 * reference and the tests): `cem analyze` with custom-elements-manifest.config.mjs, writing
 * the manifest and the framework types into a folder of the caller's choice.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The parts of the manifest schema (custom-elements-manifest 2.x) the kit reads. */
export interface Documented {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
export interface Member extends Documented {
  kind: 'field' | 'method';
  attribute?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  return?: { type?: { text: string } };
  parameters?: Documented[];
}
export interface ElementDeclaration extends Documented {
  kind: 'class';
  customElement?: true;
  tagName?: string;
  attributes?: (Documented & { fieldName?: string })[];
  members?: Member[];
  events?: (Partial<Documented> & { name?: string })[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

/**
 * Runs the analyzer into `outdir` (manifest and framework types); the manifest it wrote. The
 * analyzer takes its output folder relative to the working directory, even an absolute one.
 */
export async function analyzeInto(outdir: string): Promise<Manifest> {
  await promisify(execFile)(
    join(root, 'node_modules/.bin/cem'),
    ['analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'],
    { cwd: root, env: { ...process.env, AUTOSHARES_CEM_OUTDIR: relative(root, outdir) } },
  );
  return JSON.parse(await readFile(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
}

/** Every custom element of the manifest (declarations with a tag name), by tag name. */
export const elementsOf = (manifest: Manifest): (ElementDeclaration & { tagName: string })[] =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d): d is ElementDeclaration & { tagName: string } => Boolean(d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
