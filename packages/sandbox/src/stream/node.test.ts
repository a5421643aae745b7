import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import type { StreamerHub } from '../contract.ts';
import { createStreamerHub } from './hub.ts';
import { attachStreamer } from './node.ts';
import { createFakeWorld, waitFor, type FakeWorld } from './test-support.ts';
import { openTestClient } from './ws-test-support.ts';

let world: FakeWorld;
let hub: StreamerHub;
let server: Server;
let detach: () => void;
let origin: string;

beforeEach(async () => {
  world = createFakeWorld();
  hub = createStreamerHub(world, { pingIntervalMs: 50 });
  server = createServer((_req, res) => res.end('plain http'));
  detach = attachStreamer(server, hub);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  detach();
  hub.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const sessionUrl = (kind: 'quote' | 'data', userId: number, session: string): string =>
  `${origin}/streamer/${kind}/CreateSession.txt?User=${userId}:${session}&Password=${session}&HttpClientType=WebSocket`;

test('a ws client logs in, subscribes to a quote, gets the snapshot and updates, pings and pongs', async () => {
  const session = world.createStreamerSession(1, 'quote');
  const client = await openTestClient(sessionUrl('quote', 1, session));
  const created = await client.nextMessage((m) => m.Cmd === 'CreateSession.txt');
  assert.equal(created.StatusCode, 'Ok');

  client.send({
    Cmd: 'Subscribe.txt',
    SessionId: created.SessionId,
    Keys: '5',
    EntityType: 'Quote',
    HttpClientType: 'WebSocket',
  });
  const ack = await client.nextMessage((m) => m.Cmd === 'Subscribe.txt');
  assert.equal(ack.StatusCode, 'Ok');
  const snapshot = await client.nextMessage((m) => m.EntityType === 'Quote' && m.Cmd === undefined);
  assert.equal(snapshot.Key, '5');
  assert.equal(snapshot.Last, '100');

  world.emit({ type: 'quote', securityId: 5, quote: { SecurityId: 5, Last: 100.75 } });
  const update = await client.nextMessage((m) => m.EntityType === 'Quote' && m.Cmd === undefined);
  assert.equal(update.Last, '100.75');

  await client.nextMessage((m) => m.Cmd === 'Ping');
  client.send({ Cmd: 'Pong', StatusCode: 'Ok' });
  await client.nextMessage((m) => m.Cmd === 'Ping');
  assert.equal(client.received((m) => m.StatusCode === 'Error').length, 0);
  assert.equal(client.binaryFrames, 0, 'every frame is a text frame');
  client.ws.close();
});

test('both streamer paths are served; a refused login is answered and closed', async () => {
  const dataSession = world.createStreamerSession(2, 'data');
  const data = await openTestClient(sessionUrl('data', 2, dataSession));
  assert.equal((await data.nextMessage()).StatusCode, 'Ok');

  const wrong = await openTestClient(sessionUrl('quote', 1, dataSession));
  const refused = await wrong.nextMessage();
  assert.deepEqual([refused.Cmd, refused.StatusCode], ['CreateSession.txt', 'Error']);
  assert.equal(await wrong.waitClosed(), 1008);
  await waitFor(
    () => hub.stats().sockets.data === 1 && hub.stats().sockets.quote === 0,
    2000,
    'stats',
  );
  data.ws.close();
});

test('other upgrade paths are refused', async () => {
  await assert.rejects(openTestClient(`${origin}/somewhere/else`));
  await assert.rejects(openTestClient(`${origin}/streamer/quote`));
});

test('dropSockets closes a real socket; the detach function closes the rest', async () => {
  const a = await openTestClient(sessionUrl('quote', 1, world.createStreamerSession(1, 'quote')));
  const b = await openTestClient(sessionUrl('data', 2, world.createStreamerSession(2, 'data')));
  await a.nextMessage();
  await b.nextMessage();
  assert.equal(hub.dropSockets(1), 1);
  assert.equal(await a.waitClosed(), 4000);
  assert.equal(b.ws.readyState, WebSocket.OPEN);
  detach();
  await b.waitClosed();
  await waitFor(() => hub.stats().sockets.data === 0, 2000, 'the hub to forget the socket');
});

test('sendMalformed makes the next frames arrive as non-JSON', async () => {
  const client = await openTestClient(
    sessionUrl('quote', 1, world.createStreamerSession(1, 'quote')),
  );
  const created = await client.nextMessage();
  client.send({
    Cmd: 'Subscribe.txt',
    SessionId: created.SessionId,
    Keys: '6',
    EntityType: 'Quote',
  });
  await client.nextMessage((m) => m.EntityType === 'Quote' && m.Cmd === undefined);
  hub.sendMalformed(1);
  world.emit({ type: 'quote', securityId: 6, quote: { Last: 201 } });
  world.emit({ type: 'quote', securityId: 6, quote: { Last: 202 } });
  const broken = await client.nextFrame();
  assert.throws(() => JSON.parse(broken));
  assert.equal((await client.nextMessage()).Last, '202');
  client.ws.close();
});
