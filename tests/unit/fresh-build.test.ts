import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuildReason } from '../support/fresh-build';

/** A project folder with one source file and, optionally, a build, each dated `secondsAgo`. */
function project(source: number, build?: number): string {
  const root = mkdtempSync(join(tmpdir(), 'fuk-fresh-'));
  const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000);
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  writeFileSync(join(root, 'src', 'core', 'a.ts'), '');
  utimesSync(join(root, 'src', 'core', 'a.ts'), at(source), at(source));
  if (build !== undefined) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '');
    utimesSync(join(root, 'dist', 'index.html'), at(build), at(build));
  }
  return root;
}

describe('staleBuildReason', () => {
  it('accepts a build made after the last change', () => {
    expect(staleBuildReason(project(60, 30))).toBeUndefined();
  });

  it('refuses a missing build', () => {
    expect(staleBuildReason(project(60))).toMatch(/no build: run `npm run build` first/);
  });

  it('refuses a build older than a source file, naming the file', () => {
    expect(staleBuildReason(project(30, 60))).toMatch(/src\/core\/a\.ts changed 30 s after the last build/);
  });
});
