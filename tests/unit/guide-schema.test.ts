import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';

const valid = {
  title: 'The thank-you note',
  description:
    'When to send a thank-you note after an interview, what to put in it and how long it should be.',
  order: 2,
  rule: 1,
  takeaway: 'Thank each interviewer within two days.',
  keywords: ['thank you', 'thank-you email', 'after interview'],
  related: ['thank-you-sent'],
  sources: [{ title: 'Thank-you email after interview', publisher: 'faraday.email blog' }],
};

/** The path of the first problem zod reports, e.g. "sources.0.url". */
function firstIssuePath(data: unknown): string | undefined {
  const result = guideSchema.safeParse(data);
  return result.success ? undefined : result.error.issues[0]?.path.join('.');
}

describe('guide frontmatter schema', () => {
  it('accepts a complete page', () => {
    expect(guideSchema.parse(valid)).toEqual(valid);
  });

  it('defaults related checklist items to none and allows pages without a rule', () => {
    const { related: _related, rule: _rule, ...rest } = valid;
    const parsed = guideSchema.parse(rest);
    expect(parsed.related).toEqual([]);
    expect(parsed.rule).toBeUndefined();
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['a title too long for a browser tab', { title: 'x'.repeat(71) }, 'title'],
    ['a description too short for search results', { description: 'Too short.' }, 'description'],
    ['a description over 160 characters', { description: 'x'.repeat(161) }, 'description'],
    ['an order of zero', { order: 0 }, 'order'],
    ['a fractional order', { order: 1.5 }, 'order'],
    ['an order given as text', { order: '2' }, 'order'],
    ['a sixth rule', { rule: 6 }, 'rule'],
    ['an empty takeaway', { takeaway: '' }, 'takeaway'],
    ['fewer than three keywords', { keywords: ['a thing', 'another'] }, 'keywords'],
    ['a checklist id with capitals', { related: ['Thank-You'] }, 'related.0'],
    ['a checklist id with spaces', { related: ['thank you'] }, 'related.0'],
    ['no sources', { sources: [] }, 'sources'],
    ['a source without a publisher', { sources: [{ title: 'Some guide' }] }, 'sources.0.publisher'],
    [
      'a source link that is not https',
      { sources: [{ title: 'A guide', publisher: 'X Co', url: 'http://x.test/' }] },
      'sources.0.url',
    ],
    [
      'a javascript: source link',
      { sources: [{ title: 'A guide', publisher: 'X Co', url: 'javascript:alert(1)' }] },
      'sources.0.url',
    ],
  ])('rejects %s, naming the field', (_name, patch, path) => {
    expect(firstIssuePath({ ...valid, ...patch })).toBe(path);
  });

  it('rejects a misspelled field instead of ignoring it', () => {
    const result = guideSchema.safeParse({ ...valid, keyowrds: ['a', 'b', 'c'] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('keyowrds');
  });
});
