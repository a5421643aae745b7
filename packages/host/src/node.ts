/**
 * Serves a {@link TokenBridge} from Node's `http` server or as Express/Connect middleware.
 *
 * ```ts
 * const bridge = createTokenBridge({ … });
 * http.createServer(toNodeHandler(bridge, siteHandler));   // plain node:http
 * app.use(toNodeHandler(bridge));                           // Express: other paths go to next()
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenBridge } from './bridge.ts';

/** A Node request as Express leaves it (`originalUrl` keeps the mount path). */
type NodeRequest = IncomingMessage & { originalUrl?: string };
type Next = (error?: unknown) => void;

/**
 * A Node request listener / Express middleware that answers the bridge's own paths and passes
 * every other request to `next` (Express) or `fallback` (plain `node:http`), else answers 404.
 * The bridge reads no request body, so none is read here.
 */
export function toNodeHandler(
  bridge: TokenBridge,
  fallback?: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse, next?: Next) => void {
  return (req, res, next) => {
    const path = (req as NodeRequest).originalUrl ?? req.url ?? '/';
    const pathname = path.split('?')[0];
    if (!pathname.startsWith(`${bridge.basePath}/`)) {
      if (next) next();
      else if (fallback) fallback(req, res);
      else res.writeHead(404).end();
      return;
    }
    serve(bridge, req as NodeRequest, res, path).catch((error: unknown) => {
      if (next) next(error);
      else if (!res.headersSent)
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error');
      else res.destroy();
    });
  };
}

async function serve(
  bridge: TokenBridge,
  req: NodeRequest,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const url = new URL(path, `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const response = await bridge(new Request(url, { method: req.method, headers }));
  const outgoing: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0) outgoing['set-cookie'] = setCookies;
  res.writeHead(response.status, outgoing);
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}
