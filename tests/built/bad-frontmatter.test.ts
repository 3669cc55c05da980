import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const copies: string[] = [];

/**
 * Copies the project (sharing node_modules), lets `edit` break it, and runs an Astro command on the copy:
 * `sync` (content validation only, fast) or `build`.
 */
function runWith(
  edit: (dir: string) => void,
  command: 'sync' | 'build' = 'sync',
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fuk-bad-'));
  copies.push(dir);
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  edit(dir);
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function replaceInPage(dir: string, page: string, from: RegExp, to: string) {
  const file = join(dir, 'content', 'guide', page);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a guide page with malformed frontmatter fails the build', () => {
  it.each([
    ['an order written as a word', /^order: \d+$/m, 'order: second', 'order', 'sync'],
    ['a missing title', /^title: .*$/m, '', 'title', 'sync'],
    ['an unknown field', /^order: (\d+)$/m, 'order: $1\nordr: 3', 'ordr', 'sync'],
    [
      'a checklist id that does not exist',
      /^related: \[.*\]$/m,
      'related: ["no-such-item"]',
      'related: "no-such-item"',
      'build',
    ],
  ] as const)('%s, naming the file and the field', (_name, from, to, field, command) => {
    const { status, output } = runWith((dir) => replaceInPage(dir, 'thank-you-note.mdx', from, to), command);
    expect(status).not.toBe(0);
    expect(output).toContain('thank-you-note');
    expect(output).toContain(field);
  });

  it('the unbroken project syncs cleanly (so the failures above come from the edits)', () => {
    expect(runWith(() => {}).status).toBe(0);
  });
});

describe('a note template with an unknown placeholder fails the build', () => {
  it('naming the file and the placeholder', () => {
    const { status, output } = runWith((dir) => {
      const file = join(dir, 'content', 'situations.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('hearing about {detail}');
      writeFileSync(file, text.replace('hearing about {detail}', 'hearing about {detials}'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('situations');
    expect(output).toContain('unknown placeholder {detials}');
  });
});

describe('a checklist item linking to a guide page that does not exist fails the build', () => {
  it('naming the file, the item and the page', () => {
    const { status, output } = runWith((dir) => {
      const file = join(dir, 'content', 'checklist.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('guide: thank-you-note#when-to-send-it', 'guide: thank-you-notes'),
      );
    }, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/checklist.yaml: item "thank-you-sent": guide: "thank-you-notes"');
  });
});

describe('a "Further reading" entry with no address, or listed twice, fails the build', () => {
  /** The first entry of a page's `sources`: its title and its lines in the frontmatter. */
  function firstSource(text: string): { title: string; block: string } {
    const match = /^ {2}- title: "([^"]+)"\n(?: {4}.*\n)+/m.exec(text);
    expect(match).not.toBeNull();
    return { title: match![1]!, block: match![0] };
  }

  it.each([
    [
      'an entry without its address',
      (block: string) => block.replace(/^ {4}url: .*\n/m, ''),
      (title: string) => `"Further reading" entry "${title}" has no address`,
    ],
    [
      'the same entry twice',
      (block: string) => block + block,
      (title: string) => `"Further reading" entry "${title}" repeats entry 1`,
    ],
  ] as const)('%s, naming the file and the entry', (_name, edit, message) => {
    let title = '';
    const { status, output } = runWith((dir) => {
      const file = join(dir, 'content', 'guide', 'thank-you-note.mdx');
      const text = readFileSync(file, 'utf8');
      const first = firstSource(text);
      title = first.title;
      writeFileSync(file, text.replace(first.block, edit(first.block)));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('thank-you-note');
    expect(output).toContain(message(title));
  });
});
