// The service worker: keeps one whole build of PM Compass in a cache named by the build's hash,
// so after the first visit the app starts and every link opens with no network at all.
// scripts/finish-build.mjs fills in BUILD and FILES from the build output; this file as it
// stands in public/ is a template and is never served.
const BUILD = '__BUILD__';
// Each file of the build: its path from this folder and, for code, styles and the manifest, the
// SHA-384 of its bytes in Subresource Integrity form ("sha384-<base64>"); null for the page and
// images, which hosts may rewrite (see `check`).
const FILES = ['__FILES__'];
const PREFIX = 'pm-compass-';
const scope = new URL(self.registration.scope);
// One cache a build and a scope: the app may be deployed at several paths of one origin, and
// each worker looks after its own. Caches named before scopes were added ("pm-compass-<build>")
// count as this scope's.
const SCOPE_TAG = '@' + scope.pathname;
const CACHE = PREFIX + BUILD + SCOPE_TAG;
const ours = (name) => name.startsWith(PREFIX) && (name.endsWith(SCOPE_TAG) || !name.includes('@'));
const PAGE = 'index.html';

// A file whose name carries a hash of its content may come from the HTTP cache (the page has
// just loaded most of them); any other is checked with the server.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;

const isHtml = (response) => /^text\/html\b/i.test(response.headers.get('content-type') || '');

/** A response as it is kept: its body and headers, less those that described the transfer. */
async function keepable(response) {
  const headers = new Headers(response.headers);
  for (const name of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(name);
  return new Response(await response.arrayBuffer(), { status: 200, statusText: 'OK', headers });
}

/**
 * Fetches one file of the build and makes sure it is that file: the bytes the build holds where
 * it has a hash (the browser checks it and rejects on a mismatch), never a host's fallback page
 * in place of a file, and for the page, the page of this build. Resolves to a plain response for
 * the cache: a response reached through a redirect (a "clean URL" host sends index.html to ./)
 * is stored anew, since a browser refuses a redirected response for a navigation. Rejects,
 * naming the file, on anything else. A hashed file that fails from the HTTP cache is fetched
 * once more from the host, in case the cache kept a bad answer.
 */
async function check({ path, integrity }, cache = HASHED.test(path) ? 'default' : 'no-cache') {
  try {
    const response = await fetch(new Request(path, { cache, integrity: integrity || '' }));
    if (!response.ok) throw new Error(`${path}: the host answered ${response.status}`);
    if (isHtml(response) !== path.endsWith('.html')) {
      throw new Error(`${path}: the host sent ${response.headers.get('content-type') || 'no type'}`);
    }
    const kept = await keepable(response);
    // Hosts may rewrite a page (analytics, minifying), so the page is known by its build's id.
    if (path === PAGE && !(await kept.clone().text()).includes(BUILD)) {
      throw new Error(`${path}: not the page of build ${BUILD}`);
    }
    return kept;
  } catch (error) {
    if (cache === 'default') return check({ path, integrity }, 'reload');
    throw error;
  }
}

/**
 * Whether a build of this scope installed by an earlier worker, which checked nothing, holds
 * something that cannot start the app: a host's fallback page in place of a file, or a
 * redirected page.
 */
async function earlierBuildIsBroken() {
  for (const name of await caches.keys()) {
    if (!ours(name) || name === CACHE) continue;
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
// A broken earlier build gives way at once instead of waiting for its tabs to close.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const responses = await Promise.all(FILES.map((file) => check(file)));
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

// Once in charge: drop this scope's caches of earlier builds and serve the open pages. Pages
// that a broken earlier build left blank are loaded again, now whole: after the activation, since
// their loads wait for it.
self.addEventListener('activate', (event) => {
  const activated = (async () => {
    const stuck = await earlierBuildIsBroken();
    const names = (await caches.keys()).filter((name) => ours(name) && name !== CACHE);
    await Promise.all(names.map((name) => caches.delete(name)));
    await self.clients.claim();
    return stuck;
  })();
  event.waitUntil(activated);
  activated
    .then((stuck) => (stuck ? self.clients.matchAll({ type: 'window' }) : []))
    .then((windows) => windows.forEach((window) => window.navigate(window.url).catch(() => undefined)));
});

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
