import { describe, expect, it } from 'vitest';
import { neighbours, sortGuide, tableOfContents, unknownChecklistRefs } from '../../src/build/guide-nav';

const page = (id: string, order: number) => ({ id, data: { title: id.toUpperCase(), order } });

describe('sortGuide', () => {
  it('orders pages by their order field, not by file name', () => {
    const sorted = sortGuide([page('b', 3), page('c', 1), page('a', 2)]);
    expect(sorted.map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });

  it('throws on two pages with the same order, naming both', () => {
    expect(() => sortGuide([page('one', 1), page('two', 2), page('also-two', 2)])).toThrow(
      /"two" and "also-two" both have order 2/,
    );
  });
});

describe('neighbours', () => {
  const pages = [page('a', 1), page('b', 2), page('c', 3)];
  it.each([
    ['the first page has only a next page', 'a', undefined, 'b'],
    ['a middle page has both', 'b', 'a', 'c'],
    ['the last page has only a previous page', 'c', 'b', undefined],
    ['an unknown page has neither', 'zzz', undefined, undefined],
  ])('%s', (_name, id, prev, next) => {
    const n = neighbours(pages, id);
    expect(n.prev?.id).toBe(prev);
    expect(n.next?.id).toBe(next);
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('lists H2 and H3 headings of a long page, leaving out other levels', () => {
    const headings = [h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(2, 'b'), h(2, 'c'), h(2, 'd')];
    expect(tableOfContents(headings).map((x) => x.slug)).toEqual(['a', 'a1', 'b', 'c', 'd']);
  });

  it('is empty for a short page with fewer than four sections', () => {
    expect(tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')])).toEqual([]);
  });
});

describe('unknownChecklistRefs', () => {
  const entry = (id: string, related: string[]) => ({
    id,
    filePath: `content/guide/${id}.mdx`,
    data: { related },
  });

  it('accepts pages whose related ids all exist', () => {
    expect(unknownChecklistRefs([entry('a', ['x', 'y']), entry('b', [])], ['x', 'y'])).toEqual([]);
  });

  it('names the file, the field and each unknown id', () => {
    const problems = unknownChecklistRefs([entry('a', ['x', 'typo']), entry('b', ['gone'])], ['x']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/guide\/a\.mdx: related: "typo" is not an id/);
    expect(problems[1]).toMatch(/^content\/guide\/b\.mdx: related: "gone"/);
  });
});
