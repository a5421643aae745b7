/**
 * A real `ws` client for the streamer tests (not exported from the package): records every
 * frame from the moment the socket is created so no message is missed, and waits for frames
 * with a bound.
 */
import { WebSocket } from 'ws';
import { waitFor } from './test-support.ts';

export type Message = Record<string, string>;

export interface TestClient {
  ws: WebSocket;
  /** Every frame received, raw. */
  frames: string[];
  /** Close code once closed. */
  closeCode: number | null;
  /** How many frames arrived as binary (browsers would see a Blob, not text). */
  binaryFrames: number;
  /** The next frame after those already taken that satisfies `predicate` (others are skipped). */
  nextFrame(predicate?: (frame: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Like `nextFrame`, for JSON frames (non-JSON frames are skipped). */
  nextMessage(predicate?: (message: Message) => boolean, timeoutMs?: number): Promise<Message>;
  /** Every JSON message received so far that satisfies `predicate`. */
  received(predicate?: (message: Message) => boolean): Message[];
  send(message: object): void;
  waitClosed(timeoutMs?: number): Promise<number>;
}

const tryParse = (frame: string): Message | null => {
  try {
    return JSON.parse(frame) as Message;
  } catch {
    return null;
  }
};

/** Open a WebSocket and resolve once open (or reject on error/unexpected response, bounded). */
export async function openTestClient(url: string, timeoutMs = 2000): Promise<TestClient> {
  const ws = new WebSocket(url);
  const client: TestClient = {
    ws,
    frames: [],
    closeCode: null,
    binaryFrames: 0,
    async nextFrame(predicate = () => true, wait = 2000) {
      let found: string | undefined;
      await waitFor(
        () => {
          while (cursor < client.frames.length) {
            const frame = client.frames[cursor++];
            if (predicate(frame)) {
              found = frame;
              return true;
            }
          }
          return false;
        },
        wait,
        'a matching frame',
      );
      return found as string;
    },
    async nextMessage(predicate = () => true, wait = 2000) {
      const frame = await client.nextFrame((f) => {
        const message = tryParse(f);
        return message !== null && predicate(message);
      }, wait);
      return JSON.parse(frame) as Message;
    },
    received(predicate = () => true) {
      return client.frames.map(tryParse).filter((m): m is Message => m !== null && predicate(m));
    },
    send(message) {
      ws.send(JSON.stringify(message));
    },
    async waitClosed(wait = 2000) {
      await waitFor(() => client.closeCode !== null, wait, 'the socket to close');
      return client.closeCode as number;
    },
  };
  let cursor = 0;
  ws.on('message', (data, isBinary) => {
    if (isBinary) client.binaryFrames += 1;
    client.frames.push(data.toString());
  });
  ws.on('close', (code) => (client.closeCode = code));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`WebSocket ${url} did not open in ${timeoutMs} ms`)),
      timeoutMs,
    );
    ws.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return client;
}
