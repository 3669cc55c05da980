import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/build/guide-schema';

const valid = {
  title: 'The thank-you note',
  description:
    'When to send a thank-you note after an interview, what to put in it and how long it should be.',
  order: 2,
  rule: 1,
  takeaway: 'Thank each interviewer within two days.',
  keywords: ['thank you', 'thank-you email', 'after interview'],
  related: ['thank-you-sent'],
  sources: [
    {
      title: 'Follow up',
      publisher: 'CareerOneStop',
      url: 'https://www.careeronestop.org/WorkerReEmployment/JobSearch/JobInterviews/follow-up.aspx',
    },
    {
      title: 'how to follow up after an interview',
      publisher: 'Ask a Manager',
      url: 'https://www.askamanager.org/2008/06/how-to-follow-up-after-interview.html',
    },
  ],
};
const [first, second] = valid.sources;

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
    [
      'a source without a publisher',
      { sources: [{ title: 'Some guide', url: 'https://x.test/' }] },
      'sources.0.publisher',
    ],
    ['a source without an address', { sources: [second, { ...first, url: undefined }] }, 'sources.1.url'],
    [
      'the same title twice',
      { sources: [first, second, { ...second, url: 'https://y.test/' }] },
      'sources.2',
    ],
    [
      'the same address twice, however written',
      {
        sources: [
          first,
          { ...second, title: 'Again', url: first!.url.replace('https://www.', 'https://').toUpperCase() },
        ],
      },
      'sources.1',
    ],
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

  it('names the entry that has no address, and the one a repeat repeats', () => {
    const messages = (sources: unknown) =>
      guideSchema.safeParse({ ...valid, sources }).error?.issues.map((i) => i.message) ?? [];
    expect(messages([{ title: 'Some guide', publisher: 'X Co' }])).toEqual([
      '"Further reading" entry "Some guide" has no address: add its https url, or leave the entry out',
    ]);
    expect(messages([first, second, first])).toEqual([
      '"Further reading" entry "Follow up" repeats entry 1 ("Follow up"): list each source once',
    ]);
  });

  it('rejects a misspelled field instead of ignoring it', () => {
    const result = guideSchema.safeParse({ ...valid, keyowrds: ['a', 'b', 'c'] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('keyowrds');
  });
});
