/* global window, document */
// Runs synchronously in <head>, before the stylesheet paints and before React: applies the theme
// and language cached by the last session, so the window never flashes the wrong theme or language.
// The settings from the core confirm both a moment later (apps/renderer/src/theme/theme.ts).
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem('cpms.theme') || 'system';
    var dark =
      theme === 'dark' || (theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    root.setAttribute('data-theme', dark ? 'dark' : 'light');
    var lang = localStorage.getItem('cpms.lang');
    if (lang !== 'en' && lang !== 'zh-CN') {
      lang = (navigator.language || '').toLowerCase().indexOf('zh') === 0 ? 'zh-CN' : 'en';
    }
    root.setAttribute('lang', lang);
  } catch {
    root.setAttribute('data-theme', 'light');
  }
})();
