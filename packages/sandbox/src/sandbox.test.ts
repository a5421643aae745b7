import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSandbox, SANDBOX_CREDENTIALS } from './index.ts';

test('createSandbox serves the API through fetch(Request) without any server', async () => {
  const sandbox = createSandbox({ autoStart: false, seed: 3 });
  try {
    const login = await sandbox.fetch(
      new Request('http://sandbox.test/api/token', {
        method: 'POST',
        headers: {
          'Et-App-Key': SANDBOX_CREDENTIALS.appKey,
          Username: 'demo',
          Password: 'demo1234',
        },
      }),
    );
    assert.equal(login.status, 200);
    const { Token } = (await login.json()) as { Token: string };
    const accounts = await sandbox.fetch(
      new Request('http://sandbox.test/api/v1.0/users/@me/accounts', {
        headers: { 'Et-App-Key': SANDBOX_CREDENTIALS.appKey, Authorization: `Bearer ${Token}` },
      }),
    );
    assert.equal(((await accounts.json()) as unknown[]).length, 2);
    assert.equal(sandbox.driver.running, false);
    sandbox.start();
    assert.equal(sandbox.driver.running, true);
    sandbox.stop();
    assert.equal(sandbox.driver.running, false);
    assert.equal(sandbox.oauth, null);
  } finally {
    sandbox.close();
  }
});

test('createSandbox mounts the OAuth authorization server only when asked', async () => {
  const off = createSandbox({ autoStart: false });
  const on = createSandbox({ autoStart: false, oauth: true });
  try {
    const path = 'http://sandbox.test/authorize?response_type=code';
    assert.equal((await off.fetch(new Request(path))).status, 404);
    assert.notEqual((await on.fetch(new Request(path))).status, 404);
    assert.ok(on.oauth);
  } finally {
    off.close();
    on.close();
  }
});

test('the tick rate is validated', () => {
  assert.throws(() => createSandbox({ autoStart: false, tickRate: -5 }), /tickRate/);
});
