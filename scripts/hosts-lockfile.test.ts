/**
 * The host app lockfile cut from the workspace's (scripts/hosts-lockfile.ts): the app's importer
 * becomes the root, its injected workspace packages and their workspace dependencies become the
 * tarballs, and only the packages the app reaches are kept. `pnpm test:hosts` installs with it.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hostLockfile, parseLockfile, stringifyLockfile } from './hosts-lockfile.ts';

const workspace = parseLockfile(`
lockfileVersion: '9.0'
settings:
  autoInstallPeers: true
importers:
  hosts/react:
    dependencies:
      '@autoshares/react':
        specifier: workspace:*
        version: file:packages/react(react@19.3.1)
      react:
        specifier: ^19.3.1
        version: 19.3.1
    dependenciesMeta:
      '@autoshares/react':
        injected: true
  packages/client:
    dependencies:
      ky:
        specifier: ^1.0.0
        version: 1.14.0
    devDependencies:
      '@autoshares/sandbox':
        specifier: workspace:*
        version: link:../sandbox
  packages/widgets: {}
packages:
  '@autoshares/react@file:packages/react':
    resolution: {directory: packages/react, type: directory}
    peerDependencies:
      react: ^18.0.0 || ^19.0.0
  ky@1.14.0:
    resolution: {integrity: sha512-ky}
  react@19.3.1:
    resolution: {integrity: sha512-react}
  unused@1.0.0:
    resolution: {integrity: sha512-unused}
snapshots:
  '@autoshares/react@file:packages/react(react@19.3.1)':
    dependencies:
      '@autoshares/widgets': link:packages/widgets
      react: 19.3.1
  '@autoshares/widgets@file:packages/widgets':
    dependencies:
      '@autoshares/client': link:packages/client
  ky@1.14.0: {}
  react@19.3.1: {}
  unused@1.0.0: {}
`);
const tarballs = ['client', 'widgets', 'react'].map((name) => ({
  name: `@autoshares/${name}`,
  specifier: `file:autoshares-${name}-0.1.0.tgz`,
  integrity: `sha512-${name}`,
  version: '0.1.0',
}));

it('installs the injected workspace packages from their tarballs, in the app’s peer context', () => {
  const { lockfile, overrides } = hostLockfile(workspace, 'hosts/react', tarballs);
  assert.deepEqual(lockfile.importers, {
    '.': {
      dependencies: {
        '@autoshares/react': {
          specifier: 'file:autoshares-react-0.1.0.tgz',
          version: 'file:autoshares-react-0.1.0.tgz(react@19.3.1)',
        },
        react: { specifier: '^19.3.1', version: '19.3.1' },
      },
    },
  });
  assert.deepEqual(lockfile.packages!['@autoshares/react@file:autoshares-react-0.1.0.tgz'], {
    resolution: { integrity: 'sha512-react', tarball: 'file:autoshares-react-0.1.0.tgz' },
    peerDependencies: { react: '^18.0.0 || ^19.0.0' },
    version: '0.1.0',
  });
  assert.deepEqual(
    lockfile.snapshots!['@autoshares/react@file:autoshares-react-0.1.0.tgz(react@19.3.1)'],
    {
      dependencies: { '@autoshares/widgets': 'file:autoshares-widgets-0.1.0.tgz', react: '19.3.1' },
    },
  );
  // The client was not injected: its runtime dependencies come from its importer (not its
  // dev dependencies, which a tarball does not install).
  assert.deepEqual(lockfile.snapshots!['@autoshares/client@file:autoshares-client-0.1.0.tgz'], {
    dependencies: { ky: '1.14.0' },
  });
  assert.deepEqual(overrides, {
    '@autoshares/client': 'file:autoshares-client-0.1.0.tgz',
    '@autoshares/widgets': 'file:autoshares-widgets-0.1.0.tgz',
    '@autoshares/react': 'file:autoshares-react-0.1.0.tgz',
  });
  assert.deepEqual(lockfile.overrides, overrides);
});

it('keeps only the packages the app reaches', () => {
  const { lockfile } = hostLockfile(workspace, 'hosts/react', tarballs);
  assert.deepEqual(Object.keys(lockfile.packages!).sort(), [
    '@autoshares/client@file:autoshares-client-0.1.0.tgz',
    '@autoshares/react@file:autoshares-react-0.1.0.tgz',
    '@autoshares/widgets@file:autoshares-widgets-0.1.0.tgz',
    'ky@1.14.0',
    'react@19.3.1',
  ]);
  assert.match(stringifyLockfile(lockfile), /^lockfileVersion: "?'?9\.0/);
});

it('names what is missing: an app not in the workspace, a package without its tarball', () => {
  assert.throws(() => hostLockfile(workspace, 'hosts/nope', tarballs), /hosts\/nope is not in/);
  assert.throws(
    () => hostLockfile(workspace, 'hosts/react', tarballs.slice(1)),
    /no tarball for packages\/client/,
  );
});
