/**
 * Test support (not exported from the package): a tiny ETNA streamer on 127.0.0.1 (port 0)
 * that speaks just enough of the protocol to observe the client from the server's side: it
 * records logins and every client command, issues its own SessionId on CreateSession,
 * acknowledges Subscribe like the real server (echoing `Cmd`, `EntityType` and `Keys`), and lets
 * a test push messages, ping, go silent, withhold acknowledgements or drop sockets.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { StreamerServices } from '../connection.ts';
import type { StreamerKind } from '../stream-types.ts';

/** A command the client sent, as the server received it. */
export interface ReceivedCommand {
  kind: StreamerKind;
  /** The SessionId the server issued to the socket it came from. */
  socketSession: string;
  message: Record<string, unknown>;
}

export interface FakeStreamer {
  /** Services to hand to the client: discover (quote with a session id, data without), recover, userId. */
  readonly services: StreamerServices & { recoverCalls: StreamerKind[] };
  /** CreateSession query strings, in order. */
  readonly logins: { kind: StreamerKind; query: URLSearchParams; path: string }[];
  /** Every client frame that parsed as JSON. */
  readonly received: ReceivedCommand[];
  /** SessionIds issued by CreateSession, in order. */
  readonly issuedSessions: string[];
  /** When true, new sockets get no CreateSession reply and no pings (a hung server). */
  silent: boolean;
  /** When false, Subscribe commands get no acknowledgement (a server that only streams). */
  acknowledge: boolean;
  /** Open sockets of a streamer. */
  open(kind: StreamerKind): number;
  /** Commands named `cmd` (e.g. `Subscribe.txt`), optionally of one streamer. */
  commands(cmd: string, kind?: StreamerKind): Record<string, unknown>[];
  /** Sends a frame (object → JSON, string as is) to every open socket of a streamer. */
  send(kind: StreamerKind, frame: object | string): void;
  /** Closes every open socket (a dropped connection). */
  drop(): void;
  close(): Promise<void>;
}

/** The user id the fake streamer expects in `User=<userId>:<session>`. */
export const FAKE_USER_ID = 7;

/** Starts a fake streamer on an ephemeral port. */
export async function startFakeStreamer(): Promise<FakeStreamer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as { port: number };
  const base = `ws://127.0.0.1:${port}`;
  const sockets = new Map<WebSocket, StreamerKind>();
  let sessions = 0;
  const recoverCalls: StreamerKind[] = [];

  const fake: FakeStreamer = {
    services: {
      recoverCalls,
      discover: async () => ({
        QuoteAddresses: [{ Url: `${base}/quote`, Type: 'Delayed', SessionId: 'discovered-quote' }],
        DataAddresses: [{ Url: `${base}/data`, Type: 'delayed' }],
      }),
      recover: async (kind) => {
        recoverCalls.push(kind);
        return `recovered-${kind}-${recoverCalls.length}`;
      },
      userId: async () => FAKE_USER_ID,
    },
    logins: [],
    received: [],
    issuedSessions: [],
    silent: false,
    acknowledge: true,
    open: (kind) => [...sockets.values()].filter((k) => k === kind).length,
    commands: (cmd, kind) =>
      fake.received
        .filter((r) => r.message.Cmd === cmd && (kind === undefined || r.kind === kind))
        .map((r) => r.message),
    send(kind, frame) {
      const text = typeof frame === 'string' ? frame : JSON.stringify(frame);
      for (const [socket, k] of sockets) if (k === kind) socket.send(text);
    },
    drop() {
      for (const socket of sockets.keys()) socket.terminate();
    },
    async close() {
      for (const socket of sockets.keys()) socket.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  server.on('connection', (socket, request) => {
    const url = new URL(request.url ?? '/', base);
    const kind: StreamerKind = url.pathname.startsWith('/quote') ? 'quote' : 'data';
    fake.logins.push({ kind, query: url.searchParams, path: url.pathname });
    sockets.set(socket, kind);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    if (fake.silent) return;
    const sessionId = `server-${kind}-${++sessions}`;
    fake.issuedSessions.push(sessionId);
    socket.on('message', (data) => {
      let message: unknown;
      try {
        message = JSON.parse(String(data));
      } catch {
        return;
      }
      if (typeof message === 'object' && message !== null) {
        const command = message as Record<string, unknown>;
        fake.received.push({ kind, socketSession: sessionId, message: command });
        if (command.Cmd === 'Subscribe.txt' && fake.acknowledge) {
          const { Cmd, EntityType, Keys } = command;
          socket.send(
            JSON.stringify({ Cmd, StatusCode: 'Ok', SessionId: sessionId, EntityType, Keys }),
          );
        }
      }
    });
    socket.send(
      JSON.stringify({ Cmd: 'CreateSession.txt', StatusCode: 'Ok', SessionId: sessionId }),
    );
  });

  return fake;
}
