import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the benchmark’s fixtures load in plain Node, without a bundler', () => {
  it('builds the 200-interview document from the source’s own builders', () => {
    // `npm run bench` runs tests/bench/*.ts with Node's type stripping: a source module they reach that imports
    // another without its extension would stop the whole benchmark before it measures anything.
    const script = `const m = await import('./tests/fixtures/stored.ts'); console.log(m.manyInterviews(200).interviews.length);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('200');
  });
});
