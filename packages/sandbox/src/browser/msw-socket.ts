/**
 * MSW's intercepted WebSocket client connection as the streamer hub's {@link SandboxSocket}.
 */
import type { WebSocketHandlerConnection } from 'msw';
import type { SandboxSocket } from '../contract.ts';

/** The client side of an MSW WebSocket connection (`ws.link(…)` `connection` event). */
export type MswClientConnection = WebSocketHandlerConnection['client'];

const decoder = new TextDecoder();

/** Text of a WebSocket message as MSW hands it over (string, Blob is not expected here, or bytes). */
function frameText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return decoder.decode(data);
  if (ArrayBuffer.isView(data)) return decoder.decode(data);
  return String(data);
}

/** Adapt an MSW client connection to the hub's socket interface. */
export function adaptMswClient(client: MswClientConnection): SandboxSocket {
  return {
    send: (data) => client.send(data),
    close(code, reason) {
      // MSW drops messages sent to a socket that is closed before it opened; the page must still
      // get the CreateSession Error that precedes a refusal, so wait for the open event first.
      const socket = (client as { socket?: WebSocket }).socket;
      if (socket?.readyState === WebSocket.CONNECTING) {
        socket.addEventListener('open', () => client.close(code, reason), { once: true });
      } else {
        client.close(code, reason);
      }
    },
    onMessage: (listener) =>
      client.addEventListener('message', (event) => listener(frameText(event.data))),
    onClose: (listener) => client.addEventListener('close', () => listener()),
  };
}
