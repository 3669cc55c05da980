import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/csp';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, reads the `<meta>` Content-Security-Policy Astro wrote into every page and writes
 * `dist/_headers` with the same policy (merged across pages) plus hardening headers, for static hosts.
 * A page without a policy fails the build: every page must be covered.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'follow-up-kit:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const match = META_CSP.exec(await readFile(file, 'utf8'));
          if (!match?.[1]) throw new Error(`No Content-Security-Policy <meta> in ${file}`);
          policies.push(match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
        }
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${policies.length} pages`);
      },
    },
  };
}
