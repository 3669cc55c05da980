import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server on its own free port that passes every request to `target`, changing bodies with `rewrite`. */
export interface Proxy {
  /** `http://127.0.0.1:<port>`: a separate origin, so its storage and service worker are its own. */
  origin: string;
  close: () => Promise<void>;
}

const DROPPED_REQUEST_HEADERS = ['host', 'accept-encoding', 'if-none-match', 'if-modified-since'];

/**
 * Starts a proxy in front of the site under test, for a test that must publish a different file (a new
 * service worker) without touching dist/, which tests running beside it are reading. `rewrite` returning
 * null answers 404 Not Found: a file the new version no longer has.
 */
export async function startProxy(
  target: string,
  rewrite: (path: string, body: Buffer) => Buffer | null,
): Promise<Proxy> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', target);
      const upstream = await fetch(url, {
        method: req.method ?? 'GET',
        // Never conditional: a 304 from the site would hide a rewritten body.
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(
            (e): e is [string, string] => typeof e[1] === 'string' && !DROPPED_REQUEST_HEADERS.includes(e[0]),
          ),
        ),
      });
      const body = rewrite(url.pathname, Buffer.from(await upstream.arrayBuffer()));
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
        return;
      }
      const headers = Object.fromEntries(
        [...upstream.headers].filter(
          ([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
        ),
      );
      res.writeHead(upstream.status, { ...headers, 'content-length': String(body.length) });
      res.end(body);
    })().catch(() => {
      res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
