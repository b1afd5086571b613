// The boot guard: scripts/finish-build.mjs puts it inline at the top of the page, before the
// page's files (the Content-Security-Policy allows it by its hash), so it works even when every
// file of the build is missing or wrong. Plain ES5, so that an old browser can run it. It does
// two things:
// 1. A link to a sub-path without its closing slash ("/tools/pm-compass?view=…") gets the slash
//    in place, with no reload, before the page uses any relative path: the build's files sit in
//    that folder, and the page must be in it for "./name" to find them.
// 2. If the app cannot start (one of its files fails to load, or an error escapes before it is
//    up), the page is loaded once more: without the slash if (1) added one; else from the
//    network if it came from an offline copy that is broken (which is dropped first; a sound
//    copy is kept). If that does not help either, or the browser cannot run the app at all,
//    the page says so in words instead of staying a frozen header; when the page's security
//    policy kept the browser from running the app's WebAssembly (an engine that does not know
//    'wasm-unsafe-eval', such as Safari before 16, or a host's stricter policy), it says that.
(function () {
  var RETRY_KEY = 'pm-compass.boot-retry';
  var store = null;
  try {
    store = window.sessionStorage;
  } catch (ignored) {
    // Storage blocked: a failed start is never retried, since a second failure could not be told
    // from a first.
  }
  var original = location.href;
  var path = location.pathname;
  var last = path.slice(path.lastIndexOf('/') + 1);
  var slashAdded = false;
  if (last && last.indexOf('.') < 0 && last !== 'index' && !retriedLately()) {
    try {
      history.replaceState(history.state, '', path + '/' + location.search + location.hash);
      slashAdded = true;
    } catch (ignored) {
      // The address stays as it is.
    }
  }

  var workers = navigator.serviceWorker;
  var offlineCopy = !!(workers && workers.controller);
  var started = false;
  var handled = false;
  var box = null;
  var text = null;
  var refused = false;
  var REFUSED_TEXT =
    "This browser's security settings for the page stopped the app's code from running. " +
    'Updating the browser, or opening the link in another one, usually helps. (If you run this ' +
    "site: its Content-Security-Policy must allow 'wasm-unsafe-eval'.)";
  /** Whether a violation or an error says the policy refused to compile WebAssembly. */
  function isRefusal(words) {
    return /wasm-eval|unsafe-eval|blocked by CSP|Content.Security.Policy/i.test(String(words || ''));
  }
  function sayRefused() {
    refused = true;
    if (text) text.textContent = REFUSED_TEXT;
  }
  document.addEventListener('securitypolicyviolation', function (event) {
    if (!isUp() && /^script-src/.test(event.violatedDirective) && /^(wasm-)?eval$/.test(event.blockedURI)) sayRefused();
  });
  addEventListener('TrunkApplicationStarted', function () {
    started = true;
    if (box && box.parentNode) box.parentNode.removeChild(box);
  });
  function isUp() {
    return started || (document.readyState !== 'loading' && !document.getElementById('boot-shell'));
  }

  /** Whether this tab retried a failed start in the last minute. */
  function retriedLately() {
    var at = store && Number(store.getItem(RETRY_KEY));
    return !!at && Date.now() - at < 60000;
  }

  /** Loads the page again by `load`, noting the time; false, doing nothing, without storage. */
  function retry(load) {
    try {
      store.setItem(RETRY_KEY, String(Date.now()));
    } catch (ignored) {
      return false;
    }
    load();
    return true;
  }

  /** The names of the caches of the worker's scope (and those named before scopes were). */
  function cachesOf(registration) {
    var tag = '@' + new URL(registration.scope).pathname;
    return caches.keys().then(function (names) {
      return names.filter(function (name) {
        var legacy = name.indexOf('@') < 0;
        return name.indexOf('pm-compass-') === 0 && (legacy || name.slice(-tag.length) === tag);
      });
    });
  }

  /**
   * Whether the offline copy holds what no page can start from: a fallback page in place of a
   * file, or a page reached through a redirect. Only then is it dropped; a sound copy is kept,
   * whatever else went wrong.
   */
  function isBroken(cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(
        requests.map(function (request) {
          return cache.match(request).then(function (response) {
            var page = /\.html$/.test(new URL(request.url).pathname);
            var html = /^text\/html/i.test((response && response.headers.get('content-type')) || '');
            return !!response && (response.redirected || html !== page);
          });
        })
      );
    }).then(function (found) {
      return found.indexOf(true) >= 0;
    });
  }

  /**
   * If the offline copy that served this page is broken, unregisters its worker, deletes its
   * caches and loads the page again from the network; else says the app could not start.
   */
  function dropBrokenCopy() {
    workers
      .getRegistration(original)
      .then(function (registration) {
        if (!registration) return false;
        return cachesOf(registration).then(function (names) {
          return Promise.all(names.map(function (name) {
            return caches.open(name).then(isBroken);
          })).then(function (found) {
            if (found.indexOf(true) < 0) return false;
            return Promise.all([registration.unregister()].concat(names.map(function (name) {
              return caches['delete'](name);
            }))).then(function () {
              return true;
            });
          });
        });
      })
      ['catch'](function () {
        return false;
      })
      .then(function (dropped) {
        if (dropped && retry(function () { location.replace(original); })) return;
        tellWhenDrawn();
      });
  }

  function tell() {
    if (box || started) return;
    box = document.createElement('main');
    box.className = 'boot boot-failed';
    var alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    var heading = document.createElement('h1');
    heading.textContent = 'PM Compass could not start';
    text = document.createElement('p');
    text.textContent = refused
      ? REFUSED_TEXT
      : 'Check your connection and reload the page. If it keeps happening, the site may be in ' +
        'the middle of an update (try again in a minute), or this browser may be too old to run it.';
    alert.appendChild(heading);
    alert.appendChild(text);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', function () {
      location.reload();
    });
    box.appendChild(alert);
    box.appendChild(button);
    // In place of the first screen, whose view will not come to life.
    var stand_in = document.getElementById('boot-view');
    if (stand_in) stand_in.parentNode.replaceChild(box, stand_in);
    else document.body.appendChild(box);
  }
  // Once the whole page is parsed, so that its first screen is there to be replaced.
  function tellWhenDrawn() {
    if (document.readyState !== 'loading') tell();
    else addEventListener('DOMContentLoaded', tell);
  }

  function failed() {
    if (handled || isUp()) return;
    handled = true;
    var retried = retriedLately();
    if (!retried && slashAdded && retry(function () { location.replace(original); })) return;
    // Offline, the network cannot help: the copy is kept, whatever is wrong with it.
    if (!retried && offlineCopy && window.caches && navigator.onLine !== false) dropBrokenCopy();
    else tellWhenDrawn();
  }

  // A script or stylesheet of the page that fails, or an error that escapes before the app is
  // up (a wasm that does not compile, a failed download). A failing image is not a failed start,
  // and errors once the app runs are the app's own to report.
  addEventListener(
    'error',
    function (event) {
      var target = event.target;
      var tag = target && target.tagName;
      var file = tag === 'SCRIPT' || (tag === 'LINK' && /stylesheet|modulepreload/.test(target.rel));
      if (target === window && isRefusal(event.message)) sayRefused();
      if (file || target === window) failed();
    },
    true
  );
  // The loader says so itself when the start fails (WebKit reports no error for it).
  addEventListener('pm-compass-start-failed', function (event) {
    if (isRefusal(event.detail)) sayRefused();
    failed();
  });
  addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    if (isRefusal(reason && (reason.message || reason))) sayRefused();
    failed();
  });

  // A browser that cannot run module scripts or WebAssembly never starts the app.
  if (!window.WebAssembly || !('noModule' in document.createElement('script'))) tellWhenDrawn();
})();
