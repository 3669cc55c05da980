/** localStorage key that remembers the reader's chosen colour scheme. */
export const THEME_KEY = 'fuk:theme';

/**
 * Runs in `<body>` before first paint: applies the remembered scheme (so the page never flashes the wrong
 * one) and marks `<html class="js">` (which shows the toggle and hides `.no-js-only` messages before first
 * paint, so nothing shifts). The toggle itself is handled by the page module (src/site/theme.ts).
 */
export function applyTheme(): void {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') root.dataset['theme'] = saved;
  } catch {
    // Storage blocked: follow the system's scheme.
  }
}
