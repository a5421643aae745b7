/**
 * Is a request from a page of the bridge's own site? Browsers say so in `Sec-Fetch-Site`
 * (every current browser) or, failing that, in `Origin` (sent on cross-origin fetches). A
 * request with neither is not a cross-origin browser fetch we can recognise (a server, curl,
 * an old browser); the bridge's responses carry no CORS headers and
 * `Cross-Origin-Resource-Policy: same-origin`, so another site could not read them anyway.
 *
 * Exported for a site's own token routes (any `{ headers }` with a fetch `Headers`); give such a
 * route the same headers as the bridge's: no CORS headers, `Cross-Origin-Resource-Policy:
 * same-origin`, `Cache-Control: no-store`, `Vary: Origin, Sec-Fetch-Site`.
 */
export function isSameOriginRequest(request: Pick<Request, 'headers'>, origin: string): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site !== null) return site === 'same-origin';
  const from = request.headers.get('Origin');
  if (from !== null) return from === origin;
  return true;
}
