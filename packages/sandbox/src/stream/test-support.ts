/**
 * Test doubles for the streamer tests (not exported from the package): a small in-memory world
 * that emits whatever events a test pushes, and an in-memory {@link SandboxSocket}.
 */
import type {
  QuoteModel,
  SandboxSocket,
  SandboxWorld,
  StreamerKind,
  WorldEvent,
  WorldListener,
} from '../contract.ts';

export interface FakeWorld extends SandboxWorld {
  /** Announce an event to the world's listeners. */
  emit(event: WorldEvent): void;
  /** Set (or replace) the current quote of a security. */
  setQuote(securityId: number, quote: QuoteModel): void;
  /** How many listeners are attached. */
  listenerCount(): number;
}

/** Users 1 and 2; user 1 owns account 101, user 2 owns account 202; securities 5 and 6. */
export function createFakeWorld(): FakeWorld {
  const listeners = new Set<WorldListener>();
  const quotes = new Map<number, QuoteModel>([
    [
      5,
      {
        SecurityId: 5,
        Symbol: 'AAPL',
        Bid: 99.5,
        Ask: 100.5,
        Last: 100,
        Date: '2026-11-23T15:00:00Z',
      },
    ],
    [
      6,
      {
        SecurityId: 6,
        Symbol: 'MSFT',
        Bid: 199.5,
        Ask: 200.5,
        Last: 200,
        Date: '2026-11-23T15:00:00Z',
      },
    ],
  ]);
  const sessions = new Map<string, number>();
  const accounts = new Map<number, number>([
    [101, 1],
    [202, 2],
  ]);
  let sessionCount = 0;
  return {
    seed: 1,
    now: () => Date.UTC(2026, 10, 23, 15),
    step: () => {},
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    userIdForToken: () => null,
    createStreamerSession(userId: number, kind: StreamerKind) {
      sessionCount += 1;
      const id = `${kind}-session-${sessionCount}`;
      sessions.set(id, userId);
      return id;
    },
    userIdForStreamerSession: (id) => sessions.get(id) ?? null,
    userOwnsAccount: (userId, accountId) => accounts.get(accountId) === userId,
    quote: (securityId) => quotes.get(securityId) ?? null,
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    setQuote(securityId, quote) {
      quotes.set(securityId, quote);
    },
    listenerCount: () => listeners.size,
  };
}

export interface MemorySocket {
  socket: SandboxSocket;
  /** Frames the server sent, raw. */
  sent: string[];
  /** Frames the server sent, parsed (throws on malformed ones). */
  messages(): Record<string, string>[];
  /** Deliver a client frame to the server. */
  receive(data: string | object): void;
  /** The client goes away. */
  disconnect(): void;
  /** Set once the server closed the socket. */
  closedWith: { code?: number; reason?: string } | null;
}

export function createMemorySocket(): MemorySocket {
  const messageListeners: ((data: string) => void)[] = [];
  const closeListeners: (() => void)[] = [];
  let open = true;
  const memory: MemorySocket = {
    sent: [],
    closedWith: null,
    messages: () => memory.sent.map((frame) => JSON.parse(frame) as Record<string, string>),
    receive(data) {
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      for (const listener of messageListeners) listener(text);
    },
    disconnect() {
      if (!open) return;
      open = false;
      for (const listener of closeListeners) listener();
    },
    socket: {
      send(data) {
        if (!open) throw new Error('socket closed');
        memory.sent.push(data);
      },
      close(code, reason) {
        memory.closedWith = { code, reason };
        memory.disconnect();
      },
      onMessage: (listener) => void messageListeners.push(listener),
      onClose: (listener) => void closeListeners.push(listener),
    },
  };
  return memory;
}

/** Poll `condition` every 5 ms until it holds or `timeoutMs` passes (then throw). */
export async function waitFor(
  condition: () => boolean,
  timeoutMs = 2000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
