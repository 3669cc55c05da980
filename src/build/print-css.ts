import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transformSync } from 'esbuild';

/** The module the layout imports the print stylesheet's address from: `import { printCss } from 'virtual:print-css'`. */
export const PRINT_CSS_MODULE = 'virtual:print-css';

/**
 * The print section (src/styles/print.css) as its own hashed file, linked with `media="print"`: browsers fetch
 * it without waiting for it to paint, so it is no part of any page's first render, and every page can print.
 * Astro inlines every imported stylesheet (`inlineStylesheets: 'always'`), so this one is built here instead.
 */
export function printStylesheet(source: string): AstroIntegration {
  const css = transformSync(readFileSync(source, 'utf8'), {
    loader: 'css',
    minify: true,
    legalComments: 'none',
  }).code;
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  const file = `_astro/print.${hash}.css`;
  const resolved = `\0${PRINT_CSS_MODULE}`;
  return {
    name: 'follow-up-kit:print-css',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The development server serves the source file as it is.
        const href = command === 'dev' ? '/src/styles/print.css' : `/${file}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'follow-up-kit:print-css',
                resolveId: (id: string) => (id === PRINT_CSS_MODULE ? resolved : undefined),
                load: (id: string) =>
                  id === resolved ? `export const printCss = ${JSON.stringify(href)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        mkdirSync(join(root, '_astro'), { recursive: true });
        writeFileSync(join(root, file), css);
      },
    },
  };
}
