import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, proseOf, sentencesOf, syllables, wordsOf } from '../../src/core/readability';

describe('syllables', () => {
  it.each([
    ['a short word', 'the', 1],
    ['a one-vowel word', 'thank', 1],
    ['a silent final e', 'phone', 1],
    ['two vowel groups', 'table', 2],
    ['-ed after t sounds', 'wanted', 2],
    ['-ed after other letters is silent', 'asked', 1],
    ['three groups', 'employer', 3],
    ['four groups', 'understanding', 4],
    ['digits', '2026', 1],
  ])('counts %s: %s has %i', (_name, word, count) => {
    expect(syllables(word)).toBe(count);
  });
});

describe('sentencesOf and wordsOf', () => {
  it('splits after full stops, question and exclamation marks, not after Ms. or a.m.', () => {
    expect(sentencesOf('Dear Ms. Nguyen, hello. Is it 9 a.m. yet? Yes!')).toHaveLength(3);
  });

  it('keeps words with apostrophes, hyphens and accents whole', () => {
    expect(wordsOf("Don't spell García-López as Garcia.")).toEqual([
      "Don't",
      'spell',
      'García-López',
      'as',
      'Garcia',
    ]);
  });
});

describe('proseOf', () => {
  it('leaves out frontmatter, example letters, tags and link targets, and ends headings and list items', () => {
    const mdx = [
      '---',
      'title: "X"',
      '---',
      '',
      '## A heading',
      '',
      'See [the checklist](/checklist/) now.',
      '',
      '- a list item',
      '',
      '<Example title="A letter">',
      '',
      'Dear Dana, a long letter.',
      '',
      '</Example>',
      '<DoThisNow>',
      '',
      '1. Do **this**',
      '',
      '</DoThisNow>',
    ].join('\n');
    const prose = proseOf(mdx);
    expect(prose).not.toMatch(/title|Dear|\/checklist\/|<|\*\*/);
    expect(sentencesOf(prose)).toEqual(['A heading.', 'See the checklist now.', 'a list item.', 'Do this.']);
  });
});

describe('fleschKincaidGrade', () => {
  it('scores short plain sentences low', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
  });

  it('scores long sentences of long words high', () => {
    const hard =
      'Notwithstanding considerable organizational uncertainty, prospective employees should systematically communicate appreciation, demonstrating professionalism, initiative and conscientiousness throughout recruitment.';
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(16);
  });

  it('is 0 for a text with no words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
  });
});
