// Applies the colour theme the person chose (kept in local storage by the app) before the page
// is drawn, so it never flashes in the other one. Without a choice the stylesheet follows the
// system's setting.
try {
  const theme = localStorage.getItem('pm-compass.theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: the system's setting it is.
}
