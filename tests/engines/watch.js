// Served only by the cross-engine tests' server (tests/engines/server.mjs), which puts it at the
// top of every page it serves: it reports to that server each error a person's console would show
// (an uncaught error, an unhandled rejection, console.error, a file that failed to load, a
// Content-Security-Policy violation), since WebDriver gives no console log in Firefox or WebKit.
(function () {
  function send(kind, text) {
    try {
      navigator.sendBeacon('/__engine-errors', kind + ': ' + text + ' (' + location.pathname + location.search + ')');
    } catch (ignored) {
      // Nothing to report to.
    }
  }
  addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName) {
        send('failed to load', target.tagName + ' ' + (target.src || target.href || ''));
      } else {
        send('error', event.message + ' at ' + event.filename + ':' + event.lineno);
      }
    },
    true
  );
  addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    send('unhandled rejection', String((reason && (reason.stack || reason.message)) || reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    send('CSP violation', event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
  });
  var original = console.error;
  console.error = function () {
    send('console.error', Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
})();
