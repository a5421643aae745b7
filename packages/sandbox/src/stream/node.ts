/**
 * Serve the streamer hub over real WebSockets on a Node HTTP server, with `ws`.
 * The streamers live at `/streamer/quote` and `/streamer/data` (what `GET /v1.0/streamers`
 * announces); clients open `<streamer>/CreateSession.txt?User=…&Password=…&HttpClientType=WebSocket`.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import type { SandboxSocket, StreamerHub } from '../contract.ts';
import { streamerKindForPath } from './protocol.ts';

const frameText = (data: RawData): string =>
  Array.isArray(data)
    ? Buffer.concat(data).toString('utf8')
    : Buffer.from(data as ArrayBuffer).toString('utf8');

/**
 * The hub sends one event's text to every subscriber in a row: encode it to UTF-8 once, not
 * once per socket.
 */
let lastText = '';
let lastBytes = Buffer.alloc(0);
function utf8(text: string): Buffer {
  if (text !== lastText) {
    lastText = text;
    lastBytes = Buffer.from(text, 'utf8');
  }
  return lastBytes;
}

/** A `ws` socket as the hub's {@link SandboxSocket}. */
export function adaptWsSocket(ws: WebSocket): SandboxSocket {
  // An unhandled 'error' would crash the process; a broken client only closes its socket.
  ws.on('error', () => ws.terminate());
  // Frames sent in one synchronous burst (a market beat runs many ticks at once) leave in one
  // write: cork the TCP socket on the first send and uncork on the next tick. `_socket` is the
  // underlying net.Socket (not typed by @types/ws).
  const tcp = (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
  let corked = false;
  const uncork = (): void => {
    corked = false;
    tcp?.uncork();
  };
  return {
    send(data) {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (tcp && !corked) {
        corked = true;
        tcp.cork();
        process.nextTick(uncork);
      }
      ws.send(utf8(data), { binary: false });
    },
    close(code, reason) {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)
        ws.close(code, reason);
    },
    onMessage(listener) {
      ws.on('message', (data) => listener(frameText(data)));
    },
    onClose(listener) {
      ws.on('close', () => listener());
    },
  };
}

/**
 * Answer WebSocket upgrades for the two streamer paths on `server` with `hub`; any other
 * upgrade is refused (socket destroyed). Returns a function that detaches from the server and
 * closes every streamer socket.
 */
export function attachStreamer(server: Server, hub: StreamerHub): () => void {
  const wss = new WebSocketServer({ noServer: true });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', `ws://${request.headers.host ?? '127.0.0.1'}`);
    const kind = streamerKindForPath(url.pathname);
    if (kind === null) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => hub.accept(kind, url, adaptWsSocket(ws)));
  };
  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}
