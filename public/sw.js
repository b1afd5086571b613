// The service worker: keeps one whole build of PM Compass in a cache named by the build's hash,
// so after the first visit the app starts and every link opens with no network at all.
// scripts/finish-build.mjs fills in BUILD and FILES from the build output; this file as it
// stands in public/ is a template and is never served.
const BUILD = '__BUILD__';
// Each file of the build: its path from this folder and the SHA-384 of its bytes in Subresource
// Integrity form ("sha384-<base64>"), or null for the page, which hosts may rewrite (see `check`).
const FILES = ['__FILES__'];
const PREFIX = 'pm-compass-';
const CACHE = PREFIX + BUILD;
const PAGE = 'index.html';

// A file whose name carries a hash of its content may come from the HTTP cache (the page has
// just loaded most of them); any other is checked with the server.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

const isHtml = (response) => /^text\/html\b/i.test(response.headers.get('content-type') || '');

/**
 * Fetches one file of the build and makes sure it is that file: the bytes the build holds (the
 * browser checks the integrity hash itself and rejects on a mismatch), never a host's fallback
 * page in place of code, and for the page, a page of this build. Resolves to a plain response
 * for the cache: a response reached through a redirect (a "clean URL" host sends index.html to
 * ./) is stored anew, since a browser refuses a redirected response for a navigation.
 * Rejects, naming the file, on anything else.
 */
async function check({ path, integrity }) {
  const cache = HASHED.test(path) ? 'default' : 'no-cache';
  const response = await fetch(new Request(path, { cache, integrity: integrity || '' }));
  if (!response.ok) throw new Error(`${path}: the host answered ${response.status}`);
  if (isHtml(response) !== path.endsWith('.html')) {
    throw new Error(`${path}: the host sent ${response.headers.get('content-type') || 'no type'}`);
  }
  const body = await response.arrayBuffer();
  // Hosts may rewrite a page (analytics, minifying), so the page is known by its build's id.
  if (path === PAGE && !new TextDecoder().decode(body).includes(BUILD)) {
    throw new Error(`${path}: not the page of build ${BUILD}`);
  }
  const headers = { 'content-type': response.headers.get('content-type') || 'application/octet-stream' };
  return new Response(body, { status: 200, statusText: 'OK', headers });
}

/**
 * Whether a build installed by an earlier worker, which checked nothing, holds something that
 * cannot start the app: a host's fallback page in place of code, or a redirected page. Such a
 * build gives way at once to this one instead of waiting for its tabs to close.
 */
async function earlierBuildIsBroken() {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const page = new URL(request.url).pathname.endsWith('.html');
      if (response && (response.redirected || isHtml(response) !== page)) return true;
    }
  }
  return false;
}

// Fetch and check the whole build before this worker may take over. One file that fails its
// check fails the install, so a half-deployed build is never used and the running one stays.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const responses = await Promise.all(FILES.map(check));
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(responses.map((response, at) => cache.put(FILES[at].path, response)));
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
      if (await earlierBuildIsBroken()) await self.skipWaiting();
    })(),
  );
});

// A new build waits until the page asks for it (the person chose "Reload") or every tab of the
// old one is closed, so a page never runs a mix of two builds.
self.addEventListener('message', (event) => {
  if (event.data === 'activate-new-version') self.skipWaiting();
});

// Once in charge: drop the caches of earlier builds and serve the open pages.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

const scope = new URL(self.registration.scope);
// The page's addresses: the folder, index.html, and "index", a clean-URL host's name for it.
const pages = new Set(['', PAGE, 'index'].map((name) => scope.pathname + name));

// Every page of the app is index.html with a query string; everything else is a file of the
// build. Both come from this build's cache; only what it lacks goes to the network, and so does
// a navigation if the stored page is not one a browser would accept.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const page = request.mode === 'navigate' && pages.has(url.pathname);
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => (page ? cache.match(PAGE) : cache.match(request, { ignoreSearch: true })))
      .then((cached) => (cached && !(page && cached.redirected) ? cached : fetch(request))),
  );
});
