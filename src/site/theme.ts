import { THEME_KEY } from '../build/inline/theme';

/**
 * The colour-scheme toggle: says whether dark is on (`aria-pressed`, also when the system's scheme changes)
 * and switches and remembers it on a click. The remembered scheme was applied before first paint by the
 * inline script (src/build/inline/theme.ts).
 */
export function startThemeToggle(): void {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset['theme'] || (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const toggle = document.getElementById('theme-toggle');
  const sync = () => toggle?.setAttribute('aria-pressed', String(isDark()));
  sync();
  systemDark.addEventListener('change', sync);
  // The page is parsed when this runs: the toggle is there to listen to.
  toggle?.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Not remembered, but this page still switches.
    }
    sync();
  });
}
