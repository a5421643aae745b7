/** Streamer discovery and session recovery (api-reference §12.1). */
import { AutoSharesError } from '../errors.ts';
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { StreamerDataModel } from '../types.ts';
import { STREAMER_SESSION_TYPE, type StreamerKind } from '../contract/index.ts';
import { objectOf } from './shared.ts';

export type { StreamerKind };

export function createStreamersApi(http: HttpTransport) {
  return {
    /** `GET /v1.0/streamers`: quote and data streamer addresses with session ids. */
    async get(call: CallOptions = {}): Promise<StreamerDataModel> {
      return objectOf(
        await http.request({ ...call, method: 'GET', path: 'v1.0/streamers', category: 'queries' }),
      );
    },
    /**
     * `PUT /v1.0/streamers/session/recover?sessionType=`: a new streamer session id. Accepts the
     * doc's `{"Id":"…"}` and the spec's plain string.
     */
    async recoverSession(kind: StreamerKind, call: CallOptions = {}): Promise<string> {
      const body = await http.request<unknown>({
        ...call,
        method: 'PUT',
        path: 'v1.0/streamers/session/recover',
        query: { sessionType: STREAMER_SESSION_TYPE[kind] },
        category: 'queries',
      });
      const id =
        typeof body === 'string'
          ? body
          : typeof body === 'object' && body
            ? (body as { Id?: unknown }).Id
            : undefined;
      if (typeof id !== 'string' || !id) {
        throw new AutoSharesError({
          code: 'malformed_response',
          status: 200,
          details: { expected: 'session id' },
        });
      }
      return id;
    },
  };
}
export type StreamersApi = ReturnType<typeof createStreamersApi>;
