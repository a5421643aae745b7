/**
 * The demo's `/host/token` (what partners copy) on the demo's real Vite dev server
 * (vite.config.ts) on 127.0.0.1, against a real sandbox: pages of the demo's own origin get a
 * token; a page of any other origin (another local port included) gets 403, and no answer
 * carries CORS headers that would let it read one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandboxServer, type SandboxServer } from '@autoshares/sandbox/node';
import { createServer, type ViteDevServer } from 'vite';

let sandbox: SandboxServer;
let vite: ViteDevServer;
let origin: string;

before(async () => {
  sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1', tickRate: 1 });
  process.env.AUTOSHARES_SANDBOX_URL = sandbox.url;
  vite = await createServer({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    // Any free port; no file watching or dependency crawl for a test of one route.
    server: { port: 0, strictPort: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    logLevel: 'silent',
  });
  await vite.listen();
  const address = vite.httpServer!.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://127.0.0.1:${address.port}`;
});

after(async () => {
  await vite?.close();
  await sandbox?.close();
  delete process.env.AUTOSHARES_SANDBOX_URL;
});

/** `/host/token` as a browser sends it from a page of `from` (fetch metadata and Origin). */
function tokenRequest(from: string, method = 'GET', site?: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', Origin: from };
  headers['Sec-Fetch-Site'] = site ?? (from === origin ? 'same-origin' : 'same-site');
  return fetch(`${origin}/host/token`, { method, headers });
}

describe('demo /host/token', () => {
  it('gives a working token to a page of the demo’s own origin', async () => {
    const response = await tokenRequest(origin);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    const body = (await response.json()) as { access_token?: string };
    assert.equal(typeof body.access_token, 'string');
    const info = await fetch(`${sandbox.apiUrl}/v1.0/users/@me/info`, {
      headers: {
        Authorization: `Bearer ${body.access_token}`,
        'Et-App-Key': 'autoshares-sandbox-key',
      },
    });
    assert.equal(info.status, 200, 'the token works');
  });

  it('answers another local origin 403, with no token and no CORS header', async () => {
    const foreign = [
      { from: 'http://127.0.0.1:9999', site: 'same-site' },
      { from: 'http://localhost:5174', site: 'same-site' },
      { from: 'https://evil.example', site: 'cross-site' },
    ];
    for (const { from, site } of foreign) {
      for (const method of ['GET', 'POST']) {
        const response = await tokenRequest(from, method, site);
        const text = await response.text();
        assert.equal(response.status, 403, `${method} from ${from}`);
        assert.ok(!text.includes('access_token'), `${method} from ${from}`);
        assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
        assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
      }
    }
    // An old browser without fetch metadata: the Origin header decides.
    const old = await fetch(`${origin}/host/token`, {
      headers: { Origin: 'http://127.0.0.1:9999' },
    });
    assert.equal(old.status, 403);
  });

  it('does not answer a CORS preflight from another local origin with an allow', async () => {
    const response = await fetch(`${origin}/host/token`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:9999',
        'Access-Control-Request-Method': 'GET',
      },
    });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  });
});
