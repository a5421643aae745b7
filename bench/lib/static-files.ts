/**
 * The one static-file answer of the bench's servers (page server, CDN server): a file under
 * `root` by URL path, 403 for a path that leaves `root`, 404 for a missing file.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.map': 'application/json',
};

export interface ServeOptions {
  /** Rewrites the file's bytes before they are sent (e.g. the CDN loader without preloads). */
  transform?: (data: Buffer) => Buffer;
  /** Extra response headers (e.g. `Cache-Control`). */
  headers?: Record<string, string>;
}

/** Answers `response` with the file at URL `path` under `root`. */
export async function serveFile(
  response: ServerResponse,
  root: string,
  path: string,
  options: ServeOptions = {},
): Promise<void> {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const data = await readFile(file);
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, ...options.headers });
    response.end(options.transform ? options.transform(data) : data);
  } catch {
    response.writeHead(404).end();
  }
}
