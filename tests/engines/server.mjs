// The cross-engine tests' server: the release build served by scripts/static-server.mjs, as the
// other tests serve it, behind a thin front that adds what WebDriver lacks in Firefox and WebKit:
// the console watcher (watch.js) at the top of each page a browser navigates to, the errors it
// reports, a page that frames the app at a phone's width, and the page under a policy that
// refuses WebAssembly. Everything else passes through untouched, so the service worker precaches
// the build's own files (a page it fetches for itself has no watcher, so its hash still holds).
import { createServer, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const WATCH = readFileSync(new URL('./watch.js', import.meta.url));

/** The query flag that serves the page under a policy that refuses WebAssembly. */
export const REFUSE_WASM = 'refuse-wasm';

/**
 * The app framed `width` CSS pixels wide: WebKitGTK's window cannot be made narrower than its
 * toolbar (447 px), nor headless Firefox's below 450, so a phone's width is a frame of that
 * width. `?width=…&src=` + the app's address, encoded.
 */
function framePage(width) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>frame</title>
<style>html,body{margin:0;height:100%}iframe{border:0;display:block;width:${width}px;height:100%}</style>
<iframe id="app" title="PM Compass"></iframe>
<script>document.getElementById('app').src = new URLSearchParams(location.search).get('src') || 'about:blank';</script>`;
}

/**
 * Starts the server for the build in `dist` on a free port of 127.0.0.1.
 * @returns {Promise<{ url: string, errors: string[], stop: () => Promise<void> }>} `url` ends in
 *   `/`; `errors` fills as pages report them (take them with `errors.splice(0)`); `stop()` takes
 *   the server away as a lost connection would.
 */
export async function startEngineServer(dist) {
  const upstream = await startStaticServer(dist);
  const target = new URL(upstream.url);
  const page = readFileSync(`${dist}/index.html`, 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
  if (!policy?.includes("'wasm-unsafe-eval'")) throw new Error(`no policy allowing wasm in ${dist}/index.html`);
  // The same policy without the one word that lets a page compile WebAssembly.
  const refusing = policy.replace(" 'wasm-unsafe-eval'", '');
  const errors = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__engine-errors') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        errors.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/__watch.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(WATCH);
      return;
    }
    if (url.pathname === '/__frame.html') {
      const width = Number(url.searchParams.get('width')) || 375;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(framePage(width));
      return;
    }
    // A page loaded into the window or a frame ("nested-navigate" in WebKit's frames).
    const navigation =
      /navigate/.test(req.headers['sec-fetch-mode'] ?? '') || /^(document|iframe)$/.test(req.headers['sec-fetch-dest'] ?? '');
    const headers = { ...req.headers, host: target.host };
    if (navigation) {
      delete headers['accept-encoding'];
      delete headers['if-none-match'];
    }
    const forward = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (answer) => {
      const html = /^text\/html/.test(answer.headers['content-type'] ?? '');
      if (!navigation || !html || answer.statusCode !== 200) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8').replace(/<head>/i, '$&<script src="/__watch.js"></script>');
        const out = { ...answer.headers, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' };
        delete out.etag;
        if (url.searchParams.has(REFUSE_WASM)) out['content-security-policy'] = refusing;
        res.writeHead(200, out).end(body);
      });
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    errors,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await upstream.stop();
    },
  };
}
