// The static server for a build: what `scripts/serve.sh`, the tests and the benchmarks use, and
// what the deploy notes in the README ask of any host. It serves the build at the root and under
// a sub-path (the sub-path named without its closing slash is redirected to it), with no rewrite
// rules; sends the precompressed .br or .gz beside a file when the
// browser accepts it; and lets hashed files be cached for a year, while index.html, sw.js and
// the rest are checked with the server on every use (ETag, 304).
// Usage: node scripts/static-server.mjs [dir] [port]   (defaults: dist, $PORT or 8080)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
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
  '.txt': 'text/plain; charset=utf-8',
};

/** The sub-path the build is also served under, as on a project page of a static host. */
export const SUB_PATH = '/some/path/';

/** A file whose name carries a hash of its content never changes, so it may be kept a year. */
export const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

/** The Cache-Control header for a file of the build. */
export function cacheControl(file) {
  return HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Which precompressed form to send, from the request's Accept-Encoding. */
function encodingsFor(acceptEncoding) {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q === undefined || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name.trim());
  return [
    ...(accepted.includes('br') ? [['br', '.br']] : []),
    ...(accepted.includes('gzip') ? [['gzip', '.gz']] : []),
  ];
}

async function readIfThere(file) {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * Serves `dir` on 127.0.0.1 (a free port unless one is given). `serve(other)` switches to
 * another build, as a deploy does; `requests` lists every path asked for; `stop()` takes the
 * server away entirely.
 * @param {string} dir
 * @param {number} [port]
 * @returns {Promise<{ server: import('node:http').Server, url: string, serve: (dir: string) => void,
 *   requests: string[], stop: () => Promise<void> }>}
 */
export async function startStaticServer(dir, port = 0) {
  let root = resolve(dir);
  const requests = [];
  // Static hosts accept long links; the tests send some of tens of kilobytes.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      requests.push(path);
      // A folder named without its closing slash is sent to it, query and all, as web servers do.
      if (path === SUB_PATH.slice(0, -1)) {
        const query = new URL(req.url ?? '/', 'http://localhost').search;
        res.writeHead(301, { location: SUB_PATH + query, 'cache-control': 'no-cache' });
        res.end();
        return;
      }
      if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside the build');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const plain = await readFile(file);
      let body = plain;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': cacheControl(file),
        vary: 'Accept-Encoding',
      };
      for (const [encoding, suffix] of encodingsFor(req.headers['accept-encoding'])) {
        const packed = await readIfThere(file + suffix);
        if (packed) {
          body = packed;
          headers['content-encoding'] = encoding;
          break;
        }
      }
      headers.etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
      if (req.headers['if-none-match'] === headers.etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-cache' });
      res.end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
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

// Run as a command (not imported). No import.meta or top-level await here: the test runner
// loads this module through its own transform.
if (/static-server\.mjs$/.test(process.argv[1] ?? '')) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || process.env.PORT || 8080);
  startStaticServer(dir, port).then(({ url }) => console.log(`PM Compass is running at ${url}  (Ctrl+C stops it)`));
}
