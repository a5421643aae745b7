/**
 * The lockfile of a host app installed from the packed tarballs, cut from the workspace's own
 * `pnpm-lock.yaml`, so `pnpm install --offline --frozen-lockfile` installs it from the pnpm
 * store alone (pnpm resolves nothing offline without a lockfile).
 *
 * Each host app (`hosts/<app>`) is a workspace package that depends on the `@autoshares/*`
 * packages with `injected: true`: the workspace lockfile then holds them as `file:packages/<name>`
 * entries resolved in the app's own peer context (React 18 or 19, its Angular), like an installed
 * package. Here each such entry (and each `link:packages/<name>` among their dependencies)
 * becomes the package's tarball, and the app's importer becomes the lockfile's root; every other
 * package is copied with its integrity as it stands, only those the app reaches.
 */
import { parse, stringify } from 'yaml';

type Dependencies = Record<string, string>;
type Specified = Record<string, { specifier: string; version: string }>;
interface Importer {
  dependencies?: Specified;
  devDependencies?: Specified;
  optionalDependencies?: Specified;
  dependenciesMeta?: unknown;
}
interface Snapshot {
  dependencies?: Dependencies;
  optionalDependencies?: Dependencies;
  [key: string]: unknown;
}
export interface Lockfile {
  lockfileVersion: string;
  settings?: Record<string, unknown>;
  overrides?: Dependencies;
  importers: Record<string, Importer>;
  packages?: Record<string, Record<string, unknown>>;
  snapshots?: Record<string, Snapshot>;
}

/** A packed workspace package: its name, the tarball's path as the app names it, its integrity. */
export interface Tarball {
  name: string;
  /** `file:` specifier relative to the app (e.g. `file:../packs/autoshares-widgets-0.1.0.tgz`). */
  specifier: string;
  integrity: string;
  version: string;
}

const WORKSPACE = /^(?:file|link):packages\/([^(]+)(.*)$/;

/** `name@version` → the key of `packages` (no peer suffix) and of `snapshots`. */
function keysOf(name: string, version: string): { pkg: string; snapshot: string } {
  // An aliased dependency's version is the full key (`@types/react@18.3.32`).
  const bare = version.split('(')[0]!;
  const snapshot = bare.lastIndexOf('@') > 0 ? version : `${name}@${version}`;
  return { pkg: snapshot.replace(/\(.*$/, ''), snapshot };
}

/**
 * The lockfile of `hosts/<app>` (its importer key in `workspace`) installed with `tarballs`, and
 * the `overrides` it was made with (the app's pnpm-workspace.yaml must declare the same).
 */
export function hostLockfile(
  workspace: Lockfile,
  importerKey: string,
  tarballs: Tarball[],
): { lockfile: Lockfile; overrides: Dependencies } {
  const byName = new Map(tarballs.map((t) => [t.name, t]));
  const dirOf = (name: string) => name.replace(/^@autoshares\//, '');
  const tarballFor = (dir: string) => {
    const tarball = tarballs.find((t) => dirOf(t.name) === dir);
    if (!tarball) throw new Error(`hosts: no tarball for packages/${dir}`);
    return tarball;
  };
  /** A dependency version with workspace packages replaced by their tarballs. */
  const rewrite = (version: string) => {
    const match = WORKSPACE.exec(version);
    return match ? `${tarballFor(match[1]!).specifier}${match[2]}` : version;
  };
  const rewriteAll = (deps: Dependencies | undefined) =>
    deps && Object.fromEntries(Object.entries(deps).map(([n, v]) => [n, rewrite(v)]));

  const importer = workspace.importers[importerKey];
  if (!importer) throw new Error(`hosts: ${importerKey} is not in the workspace lockfile`);
  const root: Importer = {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    const deps = importer[field];
    if (!deps) continue;
    root[field] = Object.fromEntries(
      Object.entries(deps).map(([name, { specifier, version }]) => [
        name,
        byName.has(name)
          ? { specifier: byName.get(name)!.specifier, version: rewrite(version) }
          : { specifier, version },
      ]),
    );
  }

  const packages: NonNullable<Lockfile['packages']> = {};
  const snapshots: NonNullable<Lockfile['snapshots']> = {};
  /** Copies `name@version` and everything it depends on. */
  const visit = (name: string, version: string) => {
    const workspaceMatch = WORKSPACE.exec(version);
    if (workspaceMatch) {
      const tarball = tarballFor(workspaceMatch[1]!);
      const key = `${name}@${tarball.specifier}${workspaceMatch[2]}`;
      if (snapshots[key]) return;
      const source =
        workspace.snapshots?.[`${name}@${version.replace(/^link:/, 'file:')}`] ??
        workspaceDependencies(workspace, workspaceMatch[1]!);
      snapshots[key] = {
        ...source,
        dependencies: rewriteAll(source.dependencies),
        optionalDependencies: rewriteAll(source.optionalDependencies),
      };
      if (!snapshots[key].dependencies) delete snapshots[key].dependencies;
      if (!snapshots[key].optionalDependencies) delete snapshots[key].optionalDependencies;
      packages[`${name}@${tarball.specifier}`] = {
        ...workspace.packages?.[`${name}@file:packages/${workspaceMatch[1]}`],
        resolution: { integrity: tarball.integrity, tarball: tarball.specifier },
        version: tarball.version,
      };
      return follow(source);
    }
    const keys = keysOf(name, version);
    if (snapshots[keys.snapshot]) return;
    const snapshot = workspace.snapshots?.[keys.snapshot];
    const pkg = workspace.packages?.[keys.pkg];
    if (!snapshot || !pkg) throw new Error(`hosts: ${keys.snapshot} is not in the lockfile`);
    snapshots[keys.snapshot] = snapshot;
    packages[keys.pkg] = pkg;
    follow(snapshot);
  };
  const follow = (snapshot: Snapshot) => {
    for (const deps of [snapshot.dependencies, snapshot.optionalDependencies]) {
      for (const [dep, version] of Object.entries(deps ?? {})) visit(dep, version);
    }
  };
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    for (const [name, { version }] of Object.entries(importer[field] ?? {})) visit(name, version);
  }

  const overrides = Object.fromEntries(tarballs.map((t) => [t.name, t.specifier]));
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    overrides,
    lockfile: {
      lockfileVersion: workspace.lockfileVersion,
      ...(workspace.settings ? { settings: workspace.settings } : {}),
      overrides,
      importers: { '.': root },
      packages: sorted(packages),
      snapshots: sorted(snapshots),
    },
  };
}

/** A workspace package's runtime dependencies, as a snapshot (when nothing injected it). */
function workspaceDependencies(workspace: Lockfile, dir: string): Snapshot {
  const importer = workspace.importers[`packages/${dir}`];
  if (!importer) throw new Error(`hosts: packages/${dir} is not in the workspace lockfile`);
  const versions = (deps: Specified | undefined) =>
    deps && Object.fromEntries(Object.entries(deps).map(([n, d]) => [n, d.version]));
  return {
    dependencies: versions(importer.dependencies),
    optionalDependencies: versions(importer.optionalDependencies),
  };
}

export const parseLockfile = (text: string) => parse(text) as Lockfile;
export const stringifyLockfile = (lockfile: Lockfile) => stringify(lockfile, { lineWidth: 0 });
