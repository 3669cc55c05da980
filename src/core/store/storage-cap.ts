/**
 * Whether this browser deletes the site's storage after seven days of use without a visit (WebKit's
 * tracking prevention: Safari, and every browser on iOS), and whether the site runs from the Home Screen,
 * where that cap does not apply. Read from the browser's own signals, at call time (never at module load).
 */

/** Whether the site runs as an installed app: `display-mode: standalone`, or iOS's `navigator.standalone`. */
export function runsStandalone(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/**
 * Whether the seven-day cap applies here. No API reports the cap itself, so this tells WebKit from other
 * engines by objects only WebKit has: `navigator.standalone` (iOS, in every browser there, all WebKit) and
 * `GestureEvent` (Safari on iOS and macOS). These are features, not a user-agent string that any browser
 * may copy. Storage the browser agreed to keep (`persisted`) is exempt, and so is the Home Screen app.
 */
export function sevenDayCap(persisted = false): boolean {
  if (typeof window === 'undefined' || persisted || runsStandalone()) return false;
  return 'standalone' in navigator || 'GestureEvent' in window;
}
