// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from 'vite-plugin-solid';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { toolChunks } from './src/build/chunks.ts';
import { cspHash } from './src/build/csp.ts';
import { buildPageScript, pageScriptModule } from './src/build/page-script.ts';
import { searchAndOffline } from './src/build/offline.ts';
import { securityHeaders } from './src/build/security-headers.ts';
import { printStylesheet } from './src/build/print-css.ts';

/** Where the site is deployed; canonical URLs, Open Graph URLs and the sitemap use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** The inline script of every page, compiled once: pages inline this exact text, and the policy carries its hash. */
const pageScript = buildPageScript(fileURLToPath(new URL('./src/build/inline/page.ts', import.meta.url)));

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    printStylesheet(fileURLToPath(new URL('./src/styles/print.css', import.meta.url))),
    securityHeaders(),
    searchAndOffline(),
  ],
  build: {
    // One request for first render: the stylesheet is small, so it travels inside the HTML.
    inlineStylesheets: 'always',
  },
  vite: {
    // The tools are mounted in the browser with Solid's render(); nothing is rendered by Solid on the server,
    // so the islands compile without hydration markers (Astro's Solid integration adds them: about 1 KB a page).
    plugins: [solid({ ssr: false }), pageScriptModule(pageScript)],
    build: {
      // Astro inlines a small page script; the one every page runs (src/site/page.ts) is a file, cached across pages.
      assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.ts') ? false : undefined),
      // Code every tool page runs at load travels in one shared file; the rest is split where it is imported.
      rollupOptions: {
        output: { manualChunks: toolChunks() },
        // Named constants (content ids, limits) are written where they are used, not kept as imports.
        optimization: { inlineConst: true },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [cspHash(pageScript)],
      },
    },
  },
});
