import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, proseOf, wordsOf } from '../../src/core/readability';

/** The guide's figures (issue 20): plain enough for grade 8, and a fifth shorter than the 11,000 prose words before. */
const MAX_GRADE = 8;
const PROSE_WORDS_BEFORE = 11_000;
const MAX_PROSE_WORDS = PROSE_WORDS_BEFORE * 0.8;
const COPY_RUN = 8;

const root = join(import.meta.dirname, '..', '..');
const guideDir = join(root, 'content', 'guide');
const pages = readdirSync(guideDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, mdx: readFileSync(join(guideDir, file), 'utf8') }));
const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The texts the guide must not copy from: the source article and the research notes, where present. */
const shared = join(root, '..', 'shared');
const sourceFiles = [
  join(shared, 'seed', 'follow-up-article.txt'),
  ...(existsSync(join(shared, 'research'))
    ? readdirSync(join(shared, 'research')).map((f) => join(shared, 'research', f))
    : []),
].filter((f) => existsSync(f));

const normalWords = (text: string) => wordsOf(text.toLowerCase().replaceAll('’', "'"));
function runs(words: string[], n: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) set.add(words.slice(i, i + n).join(' '));
  return set;
}

describe('the guide reads plainly', () => {
  it.each(pages.map((p) => [p.file, p.mdx] as const))(
    `%s has a Flesch-Kincaid grade of at most ${MAX_GRADE}`,
    (_file, mdx) => {
      expect(fleschKincaidGrade(proseOf(mdx))).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  it(`keeps the prose of all pages within ${MAX_PROSE_WORDS} words (a fifth under the ${PROSE_WORDS_BEFORE} before the edit)`, () => {
    const total = pages.reduce((sum, p) => sum + wordsOf(proseOf(p.mdx)).length, 0);
    expect(total).toBeLessThanOrEqual(MAX_PROSE_WORDS);
  });

  it.each([
    'tip close calls',
    'thumbed out',
    'breed typos',
    'in limbo',
    'rings out',
    'souring the mood',
    'putting a foot wrong',
    'hit the ground running',
    'hop on a quick call',
    'a short paragraph or three',
  ])('never says "%s", which a reader new to English trips on', (idiom) => {
    expect(pages.filter((p) => p.mdx.toLowerCase().includes(idiom)).map((p) => p.file)).toEqual([]);
  });

  it.skipIf(sourceFiles.length === 0)(
    `copies no run of ${COPY_RUN} words from the source article or the research notes`,
    () => {
      const sourceRuns = new Set(
        sourceFiles.flatMap((f) => [...runs(normalWords(readFileSync(f, 'utf8')), COPY_RUN)]),
      );
      const copied = pages.flatMap((p) =>
        [...runs(normalWords(bodyOf(p.mdx)), COPY_RUN)]
          .filter((r) => sourceRuns.has(r))
          .map((r) => `${p.file}: ${r}`),
      );
      expect(copied).toEqual([]);
    },
  );
});

describe('every reader', () => {
  it('says near the top that the guide is written for job seekers in the US', () => {
    const first = proseOf(pages.find((p) => p.file === 'why-follow-up.mdx')!.mdx).slice(0, 600);
    expect(first).toContain('written for job seekers in the United States');
  });

  it.each(pages.filter((p) => /^rule: \d/m.test(p.mdx)).map((p) => [p.file, p.mdx] as const))(
    '%s, a rule page, has an "Elsewhere" note',
    (_file, mdx) => {
      expect(mdx).toMatch(/^## Elsewhere$/m);
    },
  );

  it('never sends a phone-only reader to a computer', () => {
    expect(pages.filter((p) => /at a (?:proper keyboard|computer)/i.test(p.mdx)).map((p) => p.file)).toEqual(
      [],
    );
  });
});
