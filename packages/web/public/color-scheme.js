// Applies the saved colour scheme before the first paint so dark mode never flashes white.
// A plain file rather than an inline script, so a strict Content-Security-Policy can allow it.
(() => {
  let scheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  try {
    const saved = window.localStorage.getItem('tandem-color-scheme');
    if (saved === 'light' || saved === 'dark') scheme = saved;
  } catch {
    // Storage can be blocked (private mode): keep the system preference.
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
