// The service worker: keeps one whole build of PM Compass in a cache named by the build's hash,
// so after the first visit the app starts and every link opens with no network at all.
// scripts/finish-build.mjs fills in BUILD and FILES from the build output; this file as it
// stands in public/ is a template and is never served.
const BUILD = '__BUILD__';
const FILES = ['__FILES__'];
const PREFIX = 'pm-compass-';
const CACHE = PREFIX + BUILD;

// Fetch the whole build before this worker may take over. A file whose name carries a hash of
// its content may come from the HTTP cache (the page has just loaded most of them); any other is
// checked with the server. A file that fails to arrive fails the install, so a half-fetched
// build is never used.
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;
self.addEventListener('install', (event) => {
  const requests = FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'default' : 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
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

// Every page of the app is index.html with a query string; everything else is a file of the
// build. Both come from this build's cache; only what it lacks goes to the network.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const page = request.mode === 'navigate' && (url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html');
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => (page ? cache.match('index.html') : cache.match(request, { ignoreSearch: true })))
      .then((cached) => cached || fetch(request)),
  );
});
