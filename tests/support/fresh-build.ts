import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The project's root folder. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** What the build reads: a change to any of these after the build makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The newest modification time among `paths` (files, or folders searched through), with its file. */
export function newestFile(root: string, paths: readonly string[]): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else if (stat.mtimeMs > newest.mtimeMs) newest = { file: relative(root, path), mtimeMs: stat.mtimeMs };
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/**
 * Why the built site in `dist/` cannot be tested as the current code, or undefined when it is fresh:
 * missing, or older than the newest of the build's inputs. The build's first page (`dist/index.html`) is
 * written early in a build, so a file changed while the build ran counts as newer too.
 */
export function staleBuildReason(root = ROOT): string | undefined {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return 'dist/ has no build: run `npm run build` first.';
  const builtAt = statSync(built).mtimeMs;
  const newest = newestFile(root, BUILD_INPUTS);
  if (newest.mtimeMs <= builtAt) return undefined;
  const after = Math.round((newest.mtimeMs - builtAt) / 1000);
  return (
    `dist/ is older than the code: ${newest.file} changed ${after} s after the last build. ` +
    'Run `npm run build` first (or set E2E_ALLOW_STALE=1 to test the old build anyway).'
  );
}
