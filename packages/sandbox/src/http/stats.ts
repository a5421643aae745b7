/** Request counting for `GET /__sandbox/stats` (e.g. the "one request per resource" benchmark). */
import type { MiddlewareHandler } from 'hono';

export class RequestStats {
  total = 0;
  /** `METHOD /path` → count. */
  byPath: Record<string, number> = {};
  /** `METHOD /path?query` → count. */
  byUrl: Record<string, number> = {};

  /** Counts every request except CORS preflights. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== 'OPTIONS') {
        const url = new URL(c.req.url);
        const path = `${c.req.method} ${url.pathname}`;
        this.total++;
        this.byPath[path] = (this.byPath[path] ?? 0) + 1;
        this.byUrl[path + url.search] = (this.byUrl[path + url.search] ?? 0) + 1;
      }
      await next();
    };
  }

  reset(): void {
    this.total = 0;
    this.byPath = {};
    this.byUrl = {};
  }

  snapshot(): { total: number; byPath: Record<string, number>; byUrl: Record<string, number> } {
    return { total: this.total, byPath: { ...this.byPath }, byUrl: { ...this.byUrl } };
  }
}
