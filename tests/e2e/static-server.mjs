// A plain static file server for tests and screenshots: serves a build at the root and under a
// sub-path, the way a static host would, with no rewrite rules.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The sub-path the build is also served under, as on a project page of a static host. */
export const SUB_PATH = '/some/path/';

/**
 * Serves `dir` on a free port of 127.0.0.1. `serve(other)` switches to another build, as a
 * deploy does; `requests` lists every path asked for; `stop()` takes the server away entirely.
 * @param {string} dir
 * @returns {Promise<{ server: import('node:http').Server, url: string, serve: (dir: string) => void,
 *   requests: string[], stop: () => Promise<void> }>}
 */
export async function startStaticServer(dir) {
  let root = resolve(dir);
  const requests = [];
  // Static hosts accept long links; the tests send some of tens of kilobytes.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      requests.push(path);
      if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside the build');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    server,
    url: `http://127.0.0.1:${address.port}/`,
    serve: (other) => {
      root = resolve(other);
    },
    requests,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
