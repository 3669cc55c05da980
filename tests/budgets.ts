/**
 * The site's byte budgets, in one place. Exact byte counts are checked by `npm test` on every build;
 * timings and Lighthouse scores belong to the benchmark.
 */
export const BUDGETS = {
  /** Content pages (guide, home, privacy, ...): what the first render needs, HTML plus CSS, gzip. One TCP round trip (RFC 6928). */
  contentFirstRenderGzip: 14 * 1024,
  /** Inline script on any page, gzip: the theme (and, once search lands, its loader). */
  inlineScriptGzip: 1536,
  /** External script files a content page may load at first paint. */
  contentExternalScripts: 0,
} as const;
