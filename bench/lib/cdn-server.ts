/**
 * Serves the CDN build (`packages/widgets/dist/cdn`) and one page that loads it the way a
 * partner's page does: `<script type="module" src="/autoshares.js">` and markup. `/no-preload/…`
 * serves the same files with the loader's preload list emptied (as the build was before
 * modulepreload), so both variants can be loaded cold side by side.
 */
import { createServer, type Server } from 'node:http';
import { CDN_DIR } from '../../scripts/build-cdn-graph.mjs';
import { serveFile } from './static-files.ts';

export interface CdnServer {
  url: string;
  /** Sets the body of `/page.html` (and `/no-preload/page.html`). */
  setBody(body: string): void;
  close(): Promise<void>;
}

/** The loader's preload list as the CDN build writes it (vite.cdn.config.ts). */
const PRELOAD_LIST = /"\{\\"as-[^"]*(?:\\"[^"]*)*\}"/;

export async function startCdnServer(): Promise<CdnServer> {
  let body = '';
  const server: Server = createServer((request, response) => {
    void (async () => {
      let path = new URL(request.url ?? '/', 'http://x').pathname;
      const noPreload = path.startsWith('/no-preload/');
      if (noPreload) path = path.slice('/no-preload'.length);
      if (path === '/page.html') {
        response.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
        response.end(
          `<!doctype html><html><head><meta charset="utf-8"><title>cdn</title>` +
            `<script type="module" src="./autoshares.js"></script></head><body>${body}</body></html>`,
        );
        return;
      }
      await serveFile(response, CDN_DIR, path, {
        headers: { 'Cache-Control': 'no-store' },
        transform:
          noPreload && path === '/autoshares.js'
            ? (data) => Buffer.from(data.toString('utf8').replace(PRELOAD_LIST, '"{}"'))
            : undefined,
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    setBody(next) {
      body = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
