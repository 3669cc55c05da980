/** localStorage key that remembers the reader's chosen colour scheme. */
export const THEME_KEY = 'fuk:theme';

/**
 * Runs in `<head>` before first paint: applies the remembered scheme (so the page never flashes the wrong
 * one), marks `<html class="js">` (which shows the toggle and hides `.no-js-only` messages before first paint,
 * so nothing shifts), and handles the toggle's clicks by delegation, as the toggle is not parsed yet.
 */
export function startTheme(): void {
  const root = document.documentElement;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  root.classList.add('js');
  let saved: string | null | undefined;
  try {
    saved = localStorage.getItem(THEME_KEY);
  } catch {
    // Storage blocked: follow the system's scheme.
  }
  if (saved === 'light' || saved === 'dark') root.dataset['theme'] = saved;

  const isDark = () => (root.dataset['theme'] || (systemDark.matches ? 'dark' : 'light')) === 'dark';
  const sync = () => document.getElementById('theme-toggle')?.setAttribute('aria-pressed', String(isDark()));
  document.addEventListener('DOMContentLoaded', sync);
  systemDark.addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('#theme-toggle')) return;
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
