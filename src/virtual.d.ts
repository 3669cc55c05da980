/** Modules made at build time by astro.config.mjs. */
declare module 'virtual:page-script' {
  /** The inline script every page carries (src/inline/page.ts, compiled and minified); its hash is in the CSP. */
  export const pageScript: string;
}
