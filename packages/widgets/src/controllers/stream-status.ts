import type { AutoSharesClient } from '@autoshares/client';

export type StreamerKind = 'quote' | 'data';

/** A streamer whose link failed and is retrying: data on screen may be old. */
export function isStale(client: AutoSharesClient | undefined, kind: StreamerKind): boolean {
  if (!client) return false;
  return client.stream.status(kind) === 'reconnecting';
}

/** Calls `listener` whenever a streamer's status changes; returns an unsubscribe function. */
export function onStreamStatus(
  client: AutoSharesClient,
  listener: (kind: StreamerKind) => void,
): () => void {
  return client.stream.onStatus((kind: StreamerKind) => listener(kind));
}
