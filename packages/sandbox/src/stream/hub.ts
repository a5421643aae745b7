/**
 * The ETNA streamer core: one hub serves both streamers (quote and data) for every transport
 * (Node `ws`, MSW in the browser) through {@link SandboxSocket}. It answers CreateSession,
 * Subscribe/Unsubscribe and Pong, pings, and fans world events out to subscribed sockets.
 *
 * Fan-out cost is per subscriber, not per socket: subscriptions are indexed by `EntityType:key`,
 * so an event touches only the sockets subscribed to its key, and is serialized once.
 */
import { STREAM_COMMANDS as CMD, streamerFor } from '@autoshares/client/contract';
import type {
  QuoteModel,
  SandboxSocket,
  SandboxWorld,
  StreamerHub,
  StreamerKind,
  WorldEvent,
} from '../contract.ts';
import { eventMessage, eventTopic, quoteMessage, type StreamMessage } from './messages.ts';
import {
  PING,
  canSubscribe,
  commandAck,
  commandError,
  createSessionError,
  createSessionOk,
  isEntityType,
  parseCommand,
  parseKey,
  resolveStreamerLogin,
  splitKeys,
  type ClientCommand,
} from './protocol.ts';

export interface StreamerHubOptions {
  /** How often every socket gets `{"Cmd":"Ping"}`, in ms. Default 10 000. */
  pingIntervalMs?: number;
}

/** Close code of a socket dropped by the `dropSockets` fault knob. */
export const DROPPED_CLOSE_CODE = 4000;
/** Close code after a refused CreateSession (bad or foreign streamer session). */
export const REFUSED_CLOSE_CODE = 1008;

interface Connection {
  readonly kind: StreamerKind;
  readonly socket: SandboxSocket;
  readonly userId: number;
  readonly sessionId: string;
  /** Subscribed topics (`EntityType:key`). */
  readonly topics: Set<string>;
  /** Outgoing messages still to corrupt (fault knob). */
  malformed: number;
  /** The delayed quote last sent per security (users without market-data agreements). */
  delayedSent?: Map<number, QuoteModel>;
  open: boolean;
}

const topicOf = (entityType: string, key: number): string => `${entityType}:${key}`;

/**
 * A random GUID for a CreateSession. `crypto.randomUUID` exists only in secure contexts, so a
 * page served over plain http from a LAN address falls back to `getRandomValues`.
 */
export function newSessionId(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A frame that is certainly not JSON: the first half of a JSON object. */
const corrupt = (text: string): string => text.slice(0, Math.max(1, Math.floor(text.length / 2)));

/** Create the streamer hub over a world. Call `close()` to stop it. */
export function createStreamerHub(
  world: SandboxWorld,
  options: StreamerHubOptions = {},
): StreamerHub {
  const pingIntervalMs = options.pingIntervalMs ?? 10_000;
  const connections = new Set<Connection>();
  const subscribers = new Map<string, Set<Connection>>();
  const connectionsOpened: Record<StreamerKind, number> = { data: 0, quote: 0 };
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  let stampSentAt = false;

  /**
   * Sandbox behaviour, off unless the `/__sandbox/streams/stamp` knob turns it on: a data
   * message gets a last field `"SentAt"` (epoch ms with microseconds, as a string like every
   * value) so a benchmark can see how long the message took to arrive. ETNA sends no such field.
   */
  const stamped = (text: string): string =>
    stampSentAt
      ? `${text.slice(0, -1)},"SentAt":"${(performance.timeOrigin + performance.now()).toFixed(3)}"}`
      : text;

  function send(conn: Connection, text: string): void {
    if (!conn.open) return;
    if (conn.malformed > 0) {
      conn.malformed -= 1;
      text = corrupt(text);
    }
    try {
      conn.socket.send(text);
    } catch {
      // The transport closed under us; its close callback removes the connection.
    }
  }

  const sendMessage = (conn: Connection, message: StreamMessage): void =>
    send(conn, JSON.stringify(message));

  function startPings(): void {
    if (pingTimer !== undefined) return;
    const ping = JSON.stringify(PING);
    pingTimer = setInterval(() => {
      for (const conn of connections) send(conn, ping);
    }, pingIntervalMs);
    // Never keep a Node process alive just to ping.
    (pingTimer as { unref?: () => void }).unref?.();
  }

  function stopPingsIfIdle(): void {
    if (connections.size === 0 && pingTimer !== undefined) {
      clearInterval(pingTimer);
      pingTimer = undefined;
    }
  }

  /** Tells the world a quote topic gained or lost a subscriber (option contracts stream only while watched). */
  function watchQuote(topic: string, watching: boolean): void {
    if (topic.startsWith('Quote:')) world.watchQuote?.(Number(topic.slice(6)), watching);
  }

  function remove(conn: Connection): void {
    if (!conn.open) return;
    conn.open = false;
    for (const topic of conn.topics) {
      watchQuote(topic, false);
      const set = subscribers.get(topic);
      set?.delete(conn);
      if (set?.size === 0) subscribers.delete(topic);
    }
    conn.topics.clear();
    connections.delete(conn);
    stopPingsIfIdle();
  }

  function subscribe(conn: Connection, topic: string): void {
    if (conn.topics.has(topic)) return;
    conn.topics.add(topic);
    watchQuote(topic, true);
    let set = subscribers.get(topic);
    if (!set) subscribers.set(topic, (set = new Set()));
    set.add(conn);
  }

  function unsubscribe(conn: Connection, topic: string): void {
    if (!conn.topics.delete(topic)) return;
    watchQuote(topic, false);
    const set = subscribers.get(topic);
    set?.delete(conn);
    if (set?.size === 0) subscribers.delete(topic);
  }

  function handleSubscription(conn: Connection, command: ClientCommand): void {
    const keys = splitKeys(command.Keys);
    if (command.SessionId !== conn.sessionId) {
      sendMessage(conn, commandAck(command, [], keys, 'Invalid SessionId'));
      return;
    }
    const entityType = command.EntityType;
    if (!isEntityType(entityType) || streamerFor(entityType) !== conn.kind) {
      sendMessage(
        conn,
        commandAck(
          command,
          [],
          keys,
          `EntityType '${entityType ?? ''}' is not served by the ${conn.kind} streamer`,
        ),
      );
      return;
    }
    if (keys.length === 0) {
      sendMessage(conn, commandAck(command, [], [], 'No Keys'));
      return;
    }
    const accepted: string[] = [];
    const rejected: string[] = [];
    const ids: number[] = [];
    const isSubscribe = command.Cmd === CMD.subscribe;
    for (const key of keys) {
      const id = parseKey(key);
      if (id === null || (isSubscribe && !canSubscribe(world, conn.userId, entityType, id))) {
        rejected.push(key);
        continue;
      }
      accepted.push(key);
      ids.push(id);
      if (isSubscribe) subscribe(conn, topicOf(entityType, id));
      else unsubscribe(conn, topicOf(entityType, id));
    }
    sendMessage(conn, commandAck(command, accepted, rejected));
    if (isSubscribe && entityType === 'Quote') {
      // A quote subscription starts with a snapshot of the current quote.
      for (const id of ids) {
        conn.delayedSent?.delete(id); // a new subscription gets its snapshot, delayed or not
        if (sendDelayedQuote(conn, id)) continue;
        const quote = world.quote(id);
        if (quote) send(conn, stamped(JSON.stringify(quoteMessage(id, quote))));
      }
    }
  }

  /**
   * For a user whose quotes are delayed (unsigned market-data agreement), sends the security's
   * quote as it was then, once per change, and returns true; false when the user is real time
   * (or the world keeps no past quotes of the security: the live quote goes out).
   */
  function sendDelayedQuote(conn: Connection, securityId: number): boolean {
    const delayMs = world.quoteDelayMs?.(conn.userId) ?? 0;
    if (delayMs <= 0) return false;
    const quote = world.delayedQuote?.(securityId, delayMs);
    if (!quote) return false;
    conn.delayedSent ??= new Map();
    if (conn.delayedSent.get(securityId) !== quote) {
      conn.delayedSent.set(securityId, quote);
      send(conn, stamped(JSON.stringify(quoteMessage(securityId, quote))));
    }
    return true;
  }

  function handleFrame(conn: Connection, data: string): void {
    if (!conn.open) return;
    const command = parseCommand(data);
    if (!command) {
      sendMessage(conn, commandError('Unknown', 'The message is not a streamer command'));
      return;
    }
    switch (command.Cmd) {
      case CMD.pong:
        return;
      case CMD.subscribe:
      case CMD.unsubscribe:
        handleSubscription(conn, command);
        return;
      default:
        sendMessage(conn, commandError(command.Cmd, `Unknown command '${command.Cmd}'`));
    }
  }

  function onEvent(event: WorldEvent): void {
    const { entityType, key } = eventTopic(event);
    const set = subscribers.get(topicOf(entityType, key));
    if (!set) return;
    let text: string | undefined;
    for (const conn of set) {
      // Watchlist ids are not secret; their content goes to the watchlist's owner only.
      if (event.type === 'watchlistContent' && conn.userId !== event.userId) continue;
      if (event.type === 'quote' && sendDelayedQuote(conn, event.securityId)) continue;
      text ??= stamped(JSON.stringify(eventMessage(event)));
      send(conn, text);
    }
  }

  const stopListening = world.on(onEvent);

  const matching = (userId: number | undefined): Connection[] =>
    [...connections].filter((conn) => userId === undefined || conn.userId === userId);

  return {
    accept(kind, url, socket) {
      connectionsOpened[kind] += 1;
      const refuse = (message: string): void => {
        try {
          socket.send(JSON.stringify(createSessionError(message)));
          socket.close(REFUSED_CLOSE_CODE, message);
        } catch {
          // Already gone.
        }
      };
      if (closed) return refuse('The streamer is closed');
      if (!url.pathname.endsWith(`/${CMD.createSession}`))
        return refuse(`Expected ${CMD.createSession}`);
      const userId = resolveStreamerLogin(world, url);
      if (userId === null) return refuse('Invalid user or streamer session');

      const conn: Connection = {
        kind,
        socket,
        userId,
        sessionId: newSessionId(),
        topics: new Set(),
        malformed: 0,
        open: true,
      };
      connections.add(conn);
      socket.onMessage((data) => handleFrame(conn, data));
      socket.onClose(() => remove(conn));
      startPings();
      sendMessage(conn, createSessionOk(conn.sessionId));
    },

    dropSockets(userId) {
      const dropped = matching(userId);
      for (const conn of dropped) {
        remove(conn);
        try {
          conn.socket.close(DROPPED_CLOSE_CODE, 'Dropped by the sandbox');
        } catch {
          // Already gone.
        }
      }
      return dropped.length;
    },

    sendMalformed(count, userId) {
      for (const conn of matching(userId)) conn.malformed += Math.max(0, Math.floor(count));
    },

    stampSendTime(on) {
      stampSentAt = on;
    },

    stats() {
      const sockets: Record<StreamerKind, number> = { data: 0, quote: 0 };
      let subscriptions = 0;
      for (const conn of connections) {
        sockets[conn.kind] += 1;
        subscriptions += conn.topics.size;
      }
      return { sockets, subscriptions, connectionsOpened: { ...connectionsOpened } };
    },

    close() {
      if (closed) return;
      closed = true;
      stopListening();
      for (const conn of [...connections]) {
        remove(conn);
        try {
          conn.socket.close(1001, 'Sandbox streamer closed');
        } catch {
          // Already gone.
        }
      }
      stopPingsIfIdle();
    },
  };
}
