/**
 * News and corporate actions (api-reference §10). News `Header` arrives HTML-entity-encoded
 * (`&#39;`); the client decodes entities so it is plain text: render it as text, never as HTML.
 * `Content` is passed through as sent; sanitise it before rendering any markup.
 */
import type { CallOptions, HttpTransport } from '../http/transport.ts';
import type { CorporateActionResource, NewsResource } from '../types.ts';
import { decodeEntities } from './entities.ts';
import { listOf } from './shared.ts';

export { decodeEntities };

export function createNewsApi(http: HttpTransport) {
  return {
    /** `GET /v1.0/news?symbol=`; `Date` is epoch ms, `Header` plain text. */
    async list(symbol: string, call: CallOptions = {}): Promise<NewsResource[]> {
      const items = listOf<NewsResource>(
        await http.request({
          ...call,
          method: 'GET',
          path: 'v1.0/news',
          query: { symbol },
          category: 'queries',
        }),
      );
      return items.map((n) =>
        typeof n.Header === 'string' ? { ...n, Header: decodeEntities(n.Header) } : n,
      );
    },
    /** `GET /v1.0/news/corporate-actions?symbol=`. */
    async corporateActions(
      symbol: string,
      call: CallOptions = {},
    ): Promise<CorporateActionResource[]> {
      return listOf(
        await http.request({
          ...call,
          method: 'GET',
          path: 'v1.0/news/corporate-actions',
          query: { symbol },
          category: 'queries',
        }),
      );
    },
  };
}
export type NewsApi = ReturnType<typeof createNewsApi>;
