import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, inlineTexts, mergePolicies, ownHashesOnly } from './csp';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, narrows the `<meta>` Content-Security-Policy Astro wrote into every page to the hashes of
 * that page's own inline scripts and styles, then writes `dist/_headers` with the same policy (merged across
 * pages) plus hardening headers, for static hosts. A page without a policy fails the build: every page must be
 * covered. Runs before the service worker is generated, so it precaches the final pages.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'follow-up-kit:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const match = META_CSP.exec(html);
          if (!match?.[1]) throw new Error(`No Content-Security-Policy <meta> in ${file}`);
          const policy = ownHashesOnly(
            match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'),
            inlineTexts(html),
          );
          const meta = match[0].replace(match[1], policy.replaceAll("'", '&#39;'));
          await writeFile(file, html.replace(match[0], meta));
          policies.push(policy);
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${policies.length} pages`);
      },
    },
  };
}
