/**
 * Reads streamer frames (api-reference §12) into commands and typed data messages, with the
 * entity parsers a connection has: the quote streamer's own ({@link QUOTE_PARSERS}, always
 * loaded), or every entity (`messages.ts`, loaded with the data streamer's first connection).
 *
 * Every value on the wire is a string. A frame that is not JSON, not an object, or lacks what
 * its entity needs (a key, an id) comes back as `{ type: 'invalid' }`: the connection counts and
 * drops it, and no listener ever sees it. Nothing here throws.
 */
import { convertFieldsInto, toNumber, toText, type FieldKind, type RawFields } from './coerce.ts';
import {
  isStreamEntity,
  type StreamEntity,
  type StreamMessage,
  type StreamQuote,
} from './stream-types.ts';

/** One parsed frame. */
export type StreamFrame =
  /** A protocol command or acknowledgement (`CreateSession.txt`, `Ping`, `Subscribe.txt`, …). */
  | { type: 'command'; cmd: string; statusCode?: string; sessionId?: string; fields: RawFields }
  /** A data message of an entity this client understands. */
  | { type: 'data'; message: StreamMessage }
  /** Well-formed, but of an entity this client does not handle (e.g. `Candle`). */
  | { type: 'unknown'; entityType: string }
  /** Malformed JSON or a wrong shape; dropped and counted. */
  | { type: 'invalid'; reason: string };

/** Field name → how its string value is converted. */
export type Kinds = Readonly<Record<string, FieldKind>>;

/** A routing key and typed payload (or a whole quote message), or the reason a message is rejected. */
export type Parsed = { key: string; data: unknown } | QuoteMessage | string;

/** Per entity: raw fields → {@link Parsed}. An entity without a parser is `unknown`. */
export type EntityParsers = Partial<Record<StreamEntity, (raw: RawFields) => Parsed>>;

const QUOTE_FIELDS = {
  Ask: 'number',
  Bid: 'number',
  Last: 'number',
  Price: 'number',
  Mark: 'number',
  Open: 'number',
  High: 'number',
  Low: 'number',
  Close: 'number',
  PreviousClose: 'number',
  Change: 'number',
  ChangePc: 'number',
  Volume: 'number',
  TotalDailyVolume: 'number',
  AskSize: 'number',
  BidSize: 'number',
  OpenInterest: 'number',
  Week52Low: 'number',
  Week52High: 'number',
  QuoteTypes: 'number',
  MarketCap: 'number',
  PeRatio: 'number',
  IsHalted: 'boolean',
  Date: 'date',
  BidTime: 'date',
  AskTime: 'date',
} as const satisfies Partial<Record<keyof StreamQuote, FieldKind>>;

/**
 * The quote that messages of one security make together (`raws` oldest first): each field's
 * latest value that converts, as if each message were converted and merged in turn, but every
 * field converted at most once; `SecurityId` is `id`.
 */
export function convertQuote(raws: readonly RawFields[], id: number): StreamQuote {
  const data: Record<string, unknown> = {};
  for (let i = raws.length - 1; i >= 0; i--)
    convertFieldsInto(data, raws[i]!, QUOTE_FIELDS as Kinds, 'Key');
  data.SecurityId = id;
  return data as StreamQuote;
}

/**
 * A `Quote` message, keyed by its numeric security id. Its fields stay as received (`raw`) until
 * `data` is first read, then are converted once: a reader of `raw` (the quote store keeps a
 * frame's messages and converts each field's latest value once per frame) pays for no
 * conversion of the many messages a later one replaces.
 */
export class QuoteMessage {
  readonly entity = 'Quote';
  readonly key: string;
  #data: StreamQuote | undefined;

  constructor(
    readonly id: number,
    /** The message's fields as received (all strings on the wire); never modified. */
    readonly raw: RawFields,
  ) {
    this.key = String(id);
  }

  /** The converted quote (numbers, epoch ms dates), as every other message's `data`. */
  get data(): StreamQuote {
    return (this.#data ??= convertQuote([this.raw], this.id));
  }
}

/** A `Quote` message: keyed by its numeric security id, converted when first read. */
export function parseQuote(raw: RawFields): Parsed {
  const id = toNumber(raw.Key) ?? toNumber(raw.SecurityId);
  if (id === undefined) return 'Quote without a numeric Key';
  return new QuoteMessage(id, raw);
}

/** The quote streamer's parsers. */
export const QUOTE_PARSERS: EntityParsers = { Quote: parseQuote };

/** Parses one decoded JSON value (an object) into a frame. */
export function parseStreamObject(value: unknown, parsers: EntityParsers): StreamFrame {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { type: 'invalid', reason: 'not an object' };
  }
  const raw = value as RawFields;
  const cmd = toText(raw.Cmd);
  if (cmd !== undefined) {
    return {
      type: 'command',
      cmd,
      statusCode: toText(raw.StatusCode),
      sessionId: toText(raw.SessionId),
      fields: raw,
    };
  }
  const entityType = toText(raw.EntityType);
  if (entityType === undefined) return { type: 'invalid', reason: 'neither Cmd nor EntityType' };
  if (!isStreamEntity(entityType)) return { type: 'unknown', entityType };
  const parse = parsers[entityType];
  if (!parse) return { type: 'unknown', entityType };
  const parsed = parse(raw);
  if (typeof parsed === 'string') return { type: 'invalid', reason: parsed };
  if (parsed instanceof QuoteMessage) return { type: 'data', message: parsed };
  return { type: 'data', message: { entity: entityType, ...parsed } as StreamMessage };
}

/**
 * Parses one WebSocket text frame. A frame holding a JSON array yields one result per element
 * (tolerated in case a streamer batches messages).
 */
export function parseStreamFrames(text: unknown, parsers: EntityParsers): StreamFrame[] {
  if (typeof text !== 'string') return [{ type: 'invalid', reason: 'not a text frame' }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [{ type: 'invalid', reason: 'malformed JSON' }];
  }
  return Array.isArray(value)
    ? value.map((item) => parseStreamObject(item, parsers))
    : [parseStreamObject(value, parsers)];
}
