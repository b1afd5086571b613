// Before the first paint, two things the page needs to draw as the app will:
// 1. The colour theme the person chose (kept in local storage by the app), so the page never
//    flashes in the other one. Without a choice the stylesheet follows the system's setting.
// 2. Which first screen the page shows while the app loads (scripts/first-screen.mjs makes
//    them): `data-first-screen` on <html> names the view the link opens ("compare", "ladder",
//    "assess", "notes": its heading, introduction and what never depends on the link), or, for
//    a plain link with nothing kept in this browser that could change it, the whole view
//    ("compare-default", "ladder-default", "assess-start"). Only a link read as plainly as the app reads it gets one: with anything the
//    app would repair or warn about, the page shows its header alone, never a view the link
//    contradicts. Plain ES5, like the boot guard.
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    var theme = localStorage.getItem('pm-compass.theme');
    if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
    stored = localStorage;
  } catch (blocked) {
    // Storage blocked: the system's setting it is, and nothing stored can change the view.
  }

  var VIEWS = { compare: 1, ladder: 1, assess: 1, notes: 1 };
  var KEYS = {
    compare: { roles: 1, theme: 1, diff: 1, pin: 1, open: 1 },
    ladder: { from: 1, to: 1 },
    assess: { answers: 1 },
    notes: {},
  };
  // Parameters platforms add to every link they pass on, which the app drops without a word.
  var TRACKING = /^(utm_|mtm_|pk_|hsa_|_hs|__hs|oly_)|^(fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|twclid|ttclid|li_fat_id|igshid|igsh|mc_cid|mc_eid|mkt_tok|yclid|ysclid|_ga|_gl|si|ref_src)$/i;

  /** The first screen for this query string, or null where the app may say something first. */
  function firstScreen(search) {
    if (!/^\??[A-Za-z0-9_=&,.\-]*$/.test(search)) return null;
    var fields = {};
    var pairs = search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      if (!pairs[i]) continue;
      var at = pairs[i].indexOf('=');
      var key = at < 0 ? pairs[i] : pairs[i].slice(0, at);
      if (TRACKING.test(key)) continue;
      if (at < 0 || fields.hasOwnProperty(key)) return null;
      fields[key] = pairs[i].slice(at + 1);
    }
    if (fields.v !== undefined && fields.v !== '1') return null;
    var view = fields.view === undefined ? 'compare' : fields.view;
    if (!VIEWS.hasOwnProperty(view)) return null;
    var own = 0;
    for (key in fields) {
      if (!fields.hasOwnProperty(key) || key === 'view' || key === 'v') continue;
      if (!KEYS[view].hasOwnProperty(key)) return null;
      own++;
    }
    // The whole view for a plain link, when nothing this browser keeps can add to it.
    if (view === 'compare' && (own === 0 || (own === 1 && fields.roles === 'pm,ceo')) && !keeps('notes', 'assessment')) {
      return 'compare-default';
    }
    if (view === 'ladder' && own === 0 && !keeps('ladder')) return 'ladder-default';
    if (view === 'assess' && own === 0 && !keeps('assessment')) return 'assess-start';
    return view;
  }

  /** Whether this browser keeps any of these (notes, assessment, ladder) for the app. */
  function keeps() {
    if (!stored) return false;
    try {
      for (var i = 0; i < arguments.length; i++) if (stored.getItem('pm-compass.' + arguments[i])) return true;
      return false;
    } catch (blocked) {
      return true;
    }
  }

  var screen = firstScreen(location.search);
  if (screen) root.setAttribute('data-first-screen', screen);
})();
