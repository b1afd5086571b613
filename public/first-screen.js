// Before the first paint, two things the page needs to draw as the app will:
// 1. The colour theme the person chose (kept in local storage by the app), so the page never
//    flashes in the other one. Without a choice the stylesheet follows the system's setting.
// 2. Which first screen the page shows while the app loads (scripts/first-screen.mjs makes
//    them): `data-first-screen` on <html> names the view the link opens ("compare", "ladder",
//    "assess", "notes": its heading, introduction and what never depends on the link), or, for
//    a plain link with nothing kept in this browser that could change it, the whole view
//    ("compare-default", "ladder-default", "assess-start"). A link the app would repair, or
//    with a setting it does not know or a value of the wrong shape, gets the header alone, as
//    does a page without storage or network (the app says so above the view). A value of the
//    right shape that names nothing (a role that does not exist) still gets the view's first
//    screen; the app's notice then comes above it. Plain ES5, like the boot guard.
(function () {
  var root = document.documentElement;
  var stored = null;
  var blocked = false;
  try {
    stored = localStorage;
    var theme = stored.getItem('pm-compass.theme');
    if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  } catch (error) {
    // Storage blocked: the system's setting it is; the app will say that nothing can be kept.
    blocked = true;
  }

  var VIEWS = { compare: 1, ladder: 1, assess: 1, notes: 1 };
  var SLUG = '[a-z0-9-]+';
  var SLUGS = SLUG + '(,' + SLUG + ')*';
  /** The settings each view reads, each with the shape of a value the app reads as it is. */
  var KEYS = {
    compare: {
      roles: new RegExp('^' + SLUGS + '$'),
      org: new RegExp('^' + SLUG + '$'),
      theme: new RegExp('^' + SLUG + '$'),
      diff: /^[01]$/,
      pin: new RegExp('^' + SLUGS + '$'),
      open: new RegExp('^' + SLUG + '\\.' + SLUG + '$'),
    },
    ladder: { from: new RegExp('^' + SLUG + '$'), to: new RegExp('^' + SLUG + '$') },
    assess: { answers: new RegExp('^' + SLUG + '\\.[0-9]+(,' + SLUG + '\\.[0-9]+)*$') },
    notes: {},
  };
  // Parameters platforms add to every link they pass on, which the app drops without a word.
  var TRACKING = /^(utm_|mtm_|pk_|hsa_|_hs|__hs|oly_)|^(fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|twclid|ttclid|li_fat_id|igshid|igsh|mc_cid|mc_eid|mkt_tok|yclid|ysclid|_ga|_gl|si|ref_src)$/i;
  var own = function (object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  };

  /**
   * The first screen for this address, or null where the app may say something above the view
   * first: a link it repairs (a fragment such as `#38;roles=…` is part of the link) or warns
   * about, a very long one, storage that cannot be used, or no network.
   */
  function firstScreen(search, hash) {
    if (hash || search.length > 4000 || blocked || navigator.onLine === false) return null;
    if (!/^\??[A-Za-z0-9_=&,.\-]*$/.test(search)) return null;
    var fields = {};
    var pairs = search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      if (!pairs[i]) continue;
      var at = pairs[i].indexOf('=');
      var key = at < 0 ? pairs[i] : pairs[i].slice(0, at);
      if (TRACKING.test(key)) continue;
      if (at < 0 || own(fields, key) || key === '__proto__') return null;
      fields[key] = pairs[i].slice(at + 1);
    }
    if (own(fields, 'v') && fields.v !== '1') return null;
    var view = own(fields, 'view') ? fields.view : 'compare';
    if (!own(VIEWS, view)) return null;
    var settings = 0;
    for (key in fields) {
      if (!own(fields, key) || key === 'view' || key === 'v') continue;
      if (!own(KEYS[view], key) || !KEYS[view][key].test(fields[key])) return null;
      settings++;
    }
    // The whole view for a plain link, when nothing this browser keeps can add to it.
    var plain = settings === 0;
    if (view === 'compare' && (plain || (settings === 1 && fields.roles === 'pm,ceo')) && !keeps('notes', 'assessment')) {
      return 'compare-default';
    }
    if (view === 'ladder' && plain && !keeps('ladder', 'notes')) return 'ladder-default';
    if (view === 'assess' && plain && !keeps('assessment')) return 'assess-start';
    return view;
  }

  /** Whether this browser keeps any of these (notes, assessment, ladder) for the app. */
  function keeps() {
    try {
      for (var i = 0; i < arguments.length; i++) if (stored.getItem('pm-compass.' + arguments[i])) return true;
      return false;
    } catch (failed) {
      return true;
    }
  }

  var screen = firstScreen(location.search, location.hash);
  if (screen) root.setAttribute('data-first-screen', screen);
})();
