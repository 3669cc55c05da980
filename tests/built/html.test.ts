import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/dist';

/**
 * Newer CSS properties the checker's CSS grammar does not know yet, though every browser the site supports
 * does (or ignores them harmlessly): an error naming one of these is not an error in the page.
 */
const NEWER_CSS = ['field-sizing'];

/** One message of the Nu checker's JSON output. */
interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;
const pages = builtPages();

/** The checker's errors (warnings and the newer CSS properties aside), one line each: `file:line message`. */
function nuErrors(): string[] {
  // One run over every page: the checker starts a JVM, which takes longer than checking all the pages.
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--stdout', ...pages.map((p) => p.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type !== 'info')
    .filter((m) => !NEWER_CSS.some((p) => m.message.startsWith(`CSS: “${p}”`)))
    .map((m) => `${relative(DIST, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? 0} ${m.message}`);
}

describe('valid HTML (the W3C Nu checker, vnu-jar)', () => {
  // Java is needed to run the checker; CI installs it (.ci/run), elsewhere a missing Java skips this check.
  it.skipIf(!hasJava && !process.env['CI'])('every built page is valid HTML', () => {
    if (!hasJava) execFileSync('java', ['-version']);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(nuErrors()).toEqual([]);
  });
});
