/**
 * `pnpm test:hosts` (after `pnpm build`): the packages as apps get them. Each host app of
 * `hosts/` (Vite React 19 and React 18, Vue with vue-tsc, Svelte 5 with svelte-check, Angular
 * with its application builder) is copied into a temporary folder and installed from the packed
 * tarballs (`pnpm pack`, once), offline from the pnpm store, with a lockfile cut from the
 * workspace's (scripts/hosts-lockfile.ts). Then, per app:
 * - its type-check passes, and fails with the expected diagnostic once a file of its `wrong/`
 *   folder (first line: `expect: <diagnostic>`) is added to `src/`, one file at a time;
 * - it builds, and in headless Chromium, served on 127.0.0.1 with a fresh sandbox user, the
 *   watchlist shows the user's rows from the Node sandbox (the token passed as a property, never
 *   an attribute) and a row click reaches the app's own state through the framework's typed
 *   event binding, once (the app lists each selection).
 *
 * `hosts/react18` holds only dependencies: it runs `hosts/react`'s sources under React 18.
 * `HOSTS=vue,angular pnpm test:hosts` runs some apps only; `HOSTS_KEEP=1` keeps the installed
 * apps (the folder is printed).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { parse, stringify } from 'yaml';
import { startSandboxServer, type SandboxServer } from '@autoshares/sandbox/node';
import { hostLockfile, parseLockfile, stringifyLockfile, type Tarball } from './hosts-lockfile.ts';
import { pack } from './pack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

interface HostApp {
  /** The workspace package whose dependencies are installed (`hosts/<name>`). */
  name: string;
  /** The folder whose sources are built (`hosts/<sources>`); default: `name`. */
  sources?: string;
  /** The build's output folder, relative to the app. */
  out: string;
}
const APPS: HostApp[] = [
  { name: 'react', out: 'dist' },
  { name: 'react18', sources: 'react', out: 'dist' },
  { name: 'vue', out: 'dist' },
  { name: 'svelte', out: 'dist' },
  { name: 'angular', out: 'dist/browser' },
];
const PACKAGES = ['client', 'widgets', 'react', 'angular'];
const only = process.env.HOSTS?.split(',').filter(Boolean);

const work = mkdtempSync(join(tmpdir(), 'autoshares-hosts-'));
let tarballs: (Tarball & { path: string })[] = [];
let sandbox: SandboxServer;
let browser: Browser;

/**
 * The environment of the apps' commands: none of the workspace's (its `node_modules/.bin` on
 * the PATH, pnpm's and npm's variables), so each app runs its own tools.
 */
const appEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)/i.test(name)),
  ),
  PATH: (process.env.PATH ?? '')
    .split(':')
    .filter((entry) => !entry.includes('node_modules'))
    .join(':'),
  NG_CLI_ANALYTICS: 'false',
  CI: 'true',
  FORCE_COLOR: '0',
};

/** Runs `pnpm <args>` in `cwd`: its exit code and output together. */
async function pnpm(cwd: string, ...args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('pnpm', args, {
      cwd,
      maxBuffer: 32 * 1024 * 1024,
      env: appEnv,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

/** Copies the app into `work/<name>` with the tarballs as its `@autoshares/*` dependencies. */
function prepare(app: HostApp): string {
  const dir = join(work, app.name);
  cpSync(join(root, 'hosts', app.sources ?? app.name), dir, {
    recursive: true,
    filter: (path) => !/\/(node_modules|dist)$/.test(path),
  });
  const manifest = JSON.parse(
    readFileSync(join(root, 'hosts', app.name, 'package.json'), 'utf8'),
  ) as Record<string, Record<string, string> | undefined>;
  delete manifest.dependenciesMeta;
  for (const tarball of tarballs) {
    cpSync(tarball.path, join(dir, basename(tarball.path)));
    for (const field of ['dependencies', 'devDependencies'] as const) {
      if (manifest[field]?.[tarball.name]) manifest[field][tarball.name] = tarball.specifier;
    }
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const workspace = parseLockfile(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8'));
  const { lockfile, overrides } = hostLockfile(workspace, `hosts/${app.name}`, tarballs);
  writeFileSync(join(dir, 'pnpm-lock.yaml'), stringifyLockfile(lockfile));
  const { allowBuilds } = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) as {
    allowBuilds?: Record<string, boolean>;
  };
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), stringify({ overrides, allowBuilds }));
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1, and `/session.json` (what a host's backend would hand over). */
function serve(dir: string, session: unknown): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    if (path === '/session.json') {
      return void response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(session));
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs in the page: the watchlist's rows (their symbols), the app's status line, and whether the
 * session's token became an attribute (it must stay a property).
 */
function pageState() {
  const watchlist = document.querySelector('as-watchlist');
  const rows = [...(watchlist?.shadowRoot?.querySelectorAll('tbody tr[data-symbol]') ?? [])];
  return {
    symbols: rows.map((row) => (row as HTMLElement).dataset.symbol!),
    status: document.querySelector('[role="status"]')?.textContent?.trim() ?? '',
    tokenAttribute: document.querySelector('as-session')?.hasAttribute('token') ?? false,
  };
}

/** Polls `probe` every 100 ms, at most `tries` times, until `done`; the last value. */
async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, tries = 200) {
  let value = await probe();
  for (let i = 0; i < tries && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

before(async () => {
  for (const name of PACKAGES) {
    assert.ok(
      existsSync(join(root, 'packages', name, 'dist')),
      `run \`pnpm build\` first: no packages/${name}/dist`,
    );
  }
  const packs = join(work, 'packs');
  mkdirSync(packs);
  tarballs = PACKAGES.map((name) => {
    const path = pack(name, packs);
    const { version } = JSON.parse(
      readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'),
    ) as { version: string };
    return {
      name: `@autoshares/${name}`,
      path,
      specifier: `file:${basename(path)}`,
      version,
      integrity: `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`,
    };
  });
  sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1' });
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 60000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  await sandbox?.close();
  if (process.env.HOSTS_KEEP) console.log(`test:hosts: the apps are kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

describe('host apps', { concurrency: 2 }, () => {
  for (const app of APPS.filter((a) => !only || only.includes(a.name))) {
    describe(app.name, { timeout: 240_000 }, () => {
      let dir = '';

      it('installs from the packed tarballs, offline from the pnpm store', async () => {
        dir = prepare(app);
        const install = await pnpm(
          dir,
          'install',
          '--offline',
          '--frozen-lockfile',
          // The lockfile is cut from the workspace's, which the workspace install verified.
          '--trust-lockfile',
        );
        assert.ok(install.ok, install.output);
        const manifest = readFileSync(join(dir, 'package.json'), 'utf8');
        for (const tarball of tarballs.filter((t) => manifest.includes(t.specifier))) {
          const installed = join(dir, 'node_modules', tarball.name);
          const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
            exports?: unknown;
          };
          assert.ok(
            !realpathSync(installed).startsWith(join(root, 'packages')) &&
              !JSON.stringify(exports).includes('/src/'),
            `${tarball.name} is installed as packed, not linked to the workspace`,
          );
        }
      });

      it('type-checks, and each file of wrong/ fails it with its expected diagnostic', async () => {
        const good = await pnpm(dir, 'run', 'typecheck');
        assert.ok(good.ok, `the app type-checks:\n${good.output}`);
        for (const file of readdirSync(join(dir, 'wrong'))) {
          const source = readFileSync(join(dir, 'wrong', file), 'utf8');
          const expected = /expect: (.+?)\s*(?:-->)?$/m.exec(source)?.[1];
          assert.ok(expected, `wrong/${file} names its expected diagnostic`);
          const target = join(dir, 'src', file);
          writeFileSync(target, source);
          const bad = await pnpm(dir, 'run', 'typecheck');
          rmSync(target);
          assert.ok(!bad.ok, `wrong/${file} must fail the type-check:\n${bad.output}`);
          assert.ok(
            bad.output.includes(expected) && bad.output.includes(file),
            `wrong/${file}: expected "${expected}" in:\n${bad.output}`,
          );
        }
      });

      it('builds, and renders the watchlist with the sandbox data; a row click reaches the app', async () => {
        const build = await pnpm(dir, 'run', 'build');
        assert.ok(build.ok, build.output);
        const user = (await (
          await fetch(`${sandbox.url}/__sandbox/users`, { method: 'POST' })
        ).json()) as { appKey: string; token: string };
        const site = await serve(join(dir, app.out), {
          apiUrl: sandbox.apiUrl,
          appKey: user.appKey,
          token: user.token,
        });
        const tab = await browser.newPage();
        try {
          const problems: string[] = [];
          tab.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
          tab.on('response', (response) => {
            if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
          });
          await tab.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
          const shown = await poll(
            () => tab.evaluate(pageState),
            (state) => state.symbols.length > 0 || problems.length > 0,
          );
          assert.deepEqual(problems, []);
          assert.ok(shown.symbols.length > 0, `the watchlist shows rows: ${JSON.stringify(shown)}`);
          assert.equal(shown.tokenAttribute, false, 'the token stays a property');
          const symbol = shown.symbols[0]!;
          await tab.evaluate((s) => {
            const row = document
              .querySelector('as-watchlist')!
              .shadowRoot!.querySelector(`tbody tr[data-symbol="${s}"]`)!;
            row.querySelector('td')!.click();
          }, symbol);
          const selected = await poll(
            () => tab.evaluate(pageState),
            (state) => state.status === `Selected: ${symbol}`,
          );
          assert.equal(selected.status, `Selected: ${symbol}`);
          assert.deepEqual(problems, []);
        } finally {
          await tab.close();
          site.close();
        }
      });
    });
  }
});
