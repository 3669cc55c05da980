/** Modules made at build time by astro.config.mjs. */
declare module 'virtual:page-script' {
  /** The inline script every page carries (src/build/inline/page.ts, compiled and minified); its hash is in the CSP. */
  export const pageScript: string;
}

declare module 'virtual:print-css' {
  /** The address of the print stylesheet (src/styles/print.css, minified and hashed), linked with `media="print"`. */
  export const printCss: string;
}
