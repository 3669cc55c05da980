import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

/** The module pages import the inline script from: `import { pageScript } from 'virtual:page-script'`. */
export const PAGE_SCRIPT_MODULE = 'virtual:page-script';

/**
 * Compiles the inline page script (src/build/inline/page.ts and what it imports) to one minified IIFE, the exact
 * text that goes into every page and whose hash goes into the Content-Security-Policy.
 */
export function buildPageScript(entry: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    // Not the project's tsconfig: its `alwaysStrict` would add a "use strict" the IIFE does not need.
    tsconfigRaw: {},
  });
  const text = result.outputFiles[0]?.text.trim();
  if (!text) throw new Error(`esbuild wrote nothing for ${entry}`);
  return text;
}

/**
 * Serves the compiled script to pages as `virtual:page-script`, so a page inlines exactly the text that
 * astro.config.mjs hashed for the policy: one build, one text.
 */
export function pageScriptModule(script: string): Plugin {
  const resolved = `\0${PAGE_SCRIPT_MODULE}`;
  return {
    name: 'follow-up-kit:page-script',
    resolveId: (id) => (id === PAGE_SCRIPT_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export const pageScript = ${JSON.stringify(script)};` : undefined),
  };
}
