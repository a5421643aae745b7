import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  mockServiceWorkerMiddleware,
  mockServiceWorkerPath,
  mockServiceWorkerSource,
  serveMockServiceWorker,
} from './service-worker-file.ts';

test('mockServiceWorkerPath points at the installed msw worker script', () => {
  const path = mockServiceWorkerPath();
  assert.equal(basename(path), 'mockServiceWorker.js');
  assert.equal(existsSync(path), true);
  assert.match(mockServiceWorkerSource(), /INTEGRITY_CHECKSUM/);
});

test('the Vite plugin serves the worker at /mockServiceWorker.js, passes other requests on, and emits it on build', () => {
  const plugin = serveMockServiceWorker();
  let middleware: ((req: { url?: string }, res: never, next: () => void) => void) | undefined;
  const returned: unknown = plugin.configureServer({
    middlewares: {
      use: (m) => {
        middleware = m as typeof middleware;
        return () => assert.fail('a returned function would run as a Vite post hook');
      },
    },
  });
  assert.ok(middleware);
  assert.equal(returned, undefined, 'returns nothing, so Vite runs no post hook');

  const headers: Record<string, string> = {};
  let body = '';
  let passed = 0;
  const res = {
    setHeader: (n: string, v: string) => (headers[n] = v),
    end: (b: string) => (body = b),
  } as never;
  middleware({ url: '/mockServiceWorker.js?v=1' }, res, () => passed++);
  assert.equal(body, mockServiceWorkerSource());
  assert.match(headers['Content-Type'], /javascript/);
  middleware({ url: '/index.html' }, res, () => passed++);
  assert.equal(passed, 1);

  const emitted: { fileName: string; source: string }[] = [];
  plugin.generateBundle.call({ emitFile: (file) => String(emitted.push(file)) });
  assert.deepEqual(
    emitted.map((f) => f.fileName),
    ['mockServiceWorker.js'],
  );
});

test('the web-test-runner middleware serves the worker and passes other paths on', async () => {
  const middleware = mockServiceWorkerMiddleware();
  const context = {
    path: '/mockServiceWorker.js',
    body: undefined as unknown,
    type: '',
    set: () => {},
  };
  let passed = 0;
  await middleware(context, async () => passed++);
  assert.equal(context.body, mockServiceWorkerSource());
  assert.equal(context.type, 'text/javascript');
  await middleware({ ...context, path: '/other.js', body: undefined }, async () => passed++);
  assert.equal(passed, 1);
});
