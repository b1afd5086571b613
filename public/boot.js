// The boot guard: scripts/finish-build.mjs puts it inline at the top of the page, before any
// file is asked for (the Content-Security-Policy allows it by its hash), so it works even when
// every file of the build is missing or wrong. It does two things:
// 1. A link to a sub-path without its closing slash ("/tools/pm-compass?view=…") gets the slash
//    in place, with no reload, before any relative path is resolved: the build's files sit in
//    that folder, and the page must be in it for "./name" to find them.
// 2. If the app cannot start (a script or stylesheet fails to load, or an error escapes before
//    the app is up), the page is loaded once more: from the network if it came from the offline
//    copy (which is dropped first), or without the slash if (1) added one. If that does not
//    help either, the page says so in words instead of staying a frozen header.
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
  addEventListener('TrunkApplicationStarted', function () {
    started = true;
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

  function dropOfflineCopy() {
    var registration = workers.getRegistration().then(function (found) {
      return found && found.unregister();
    });
    var cached = window.caches
      ? caches.keys().then(function (names) {
          return Promise.all(
            names
              .filter(function (name) {
                return name.indexOf('pm-compass-') === 0;
              })
              .map(function (name) {
                return caches.delete(name);
              }),
          );
        })
      : null;
    Promise.all([registration, cached])
      .catch(function () {})
      .then(function () {
        location.reload();
      });
  }

  function tell() {
    var box = document.createElement('div');
    box.className = 'boot boot-failed';
    box.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.textContent =
      'PM Compass could not start. Check your connection and reload the page. If it keeps ' +
      'happening, the site may be in the middle of an update (try again in a minute), or this ' +
      'browser may be too old to run it.';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', function () {
      location.reload();
    });
    box.appendChild(text);
    box.appendChild(button);
    (document.body || document.documentElement).appendChild(box);
  }

  function failed() {
    if (handled || isUp()) return;
    handled = true;
    var retried = retriedLately();
    // Offline, the network cannot help: the copy is kept, whatever is wrong with it.
    if (!retried && offlineCopy && navigator.onLine !== false && retry(dropOfflineCopy)) return;
    if (!retried && slashAdded && retry(function () { location.replace(original); })) return;
    if (document.body) tell();
    else addEventListener('DOMContentLoaded', tell);
  }

  addEventListener(
    'error',
    function (event) {
      var target = event.target;
      var tag = target && target.tagName;
      var code = tag === 'SCRIPT' || (tag === 'LINK' && /stylesheet|modulepreload/.test(target.rel));
      if (code || target === window) failed();
    },
    true,
  );
  addEventListener('unhandledrejection', failed);
})();
