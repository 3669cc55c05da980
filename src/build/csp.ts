import { createHash } from 'node:crypto';

/** The hash of an inline script or style in the form Astro's CSP config takes, e.g. `sha256-abc…=`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A policy as an ordered map of directive name to its sources. */
export type Policy = Map<string, string[]>;

/** Parses a policy string (`default-src 'self'; script-src 'self' 'sha256-…'`) into directives. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    const existing = policy.get(key) ?? [];
    policy.set(key, [...existing, ...sources.filter((s) => !existing.includes(s))]);
  }
  return policy;
}

/**
 * Merges the policies of every page into one that allows exactly what any page allows:
 * the union of sources per directive, in first-seen order.
 */
export function mergePolicies(texts: readonly string[]): string {
  const merged: Policy = new Map();
  for (const text of texts) {
    for (const [name, sources] of parsePolicy(text)) {
      const into = merged.get(name) ?? [];
      for (const source of sources) if (!into.includes(source)) into.push(source);
      merged.set(name, into);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The text of each inline `<script>` and `<style>` of a page, as the browser hashes it. */
export function inlineTexts(html: string): { scripts: string[]; styles: string[] } {
  const texts = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '');
  return {
    scripts: texts(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    styles: texts(/<style\b[^>]*>([\s\S]*?)<\/style>/g),
  };
}

/**
 * A page's policy allowing only the inline scripts and styles the page has. Astro writes the hashes of every
 * inline script and style of the whole site into every page (about 600 bytes a page, and more allowed than
 * needed); sources other than hashes are kept as they are.
 */
export function ownHashesOnly(policy: string, own: { scripts: string[]; styles: string[] }): string {
  const allowed = {
    'script-src': new Set(own.scripts.map((t) => `'${cspHash(t)}'`)),
    'style-src': new Set(own.styles.map((t) => `'${cspHash(t)}'`)),
  };
  return [...parsePolicy(policy)]
    .map(([name, sources]) => {
      const keep = name === 'script-src' || name === 'style-src' ? allowed[name] : undefined;
      const kept = keep ? sources.filter((s) => !s.startsWith("'sha256-") || keep.has(s)) : sources;
      return [name, ...kept].join(' ');
    })
    .join('; ');
}

/** Hardening headers sent with every file, besides the Content-Security-Policy. */
export const HARDENING_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/** Directives that only work in a header, never in a `<meta>` policy. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * The `_headers` file read by Netlify and Cloudflare Pages: the site-wide policy plus hardening
 * headers for every path, and long caching for Astro's hashed assets.
 */
export function headersFile(policy: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${policy}; ${HEADER_ONLY_DIRECTIVES}`];
  for (const [name, value] of Object.entries(HARDENING_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push('', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable');
  // The service worker must be checked for updates on every visit.
  lines.push('', '/sw.js', '  Cache-Control: no-cache', '');
  return lines.join('\n');
}
