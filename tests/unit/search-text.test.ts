import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  answersQuery,
  bestSection,
  cycleIndex,
  decodeEntities,
  excerptParts,
  normalizeQuery,
  resultsMessage,
  searchWords,
} from '../../src/search/search-text';

describe('excerptParts', () => {
  it.each([
    ['plain text', 'send a note', [{ text: 'send a note', mark: false }]],
    [
      'marked matches',
      'send a <mark>thank</mark>-you <mark>note</mark>',
      [
        { text: 'send a ', mark: false },
        { text: 'thank', mark: true },
        { text: '-you ', mark: false },
        { text: 'note', mark: true },
      ],
    ],
    [
      'escaped markup stays text',
      '&lt;img src=x onerror=alert(1)&gt;',
      [{ text: '<img src=x onerror=alert(1)>', mark: false }],
    ],
    [
      'other tags are dropped, never kept as markup',
      'a <b>bold</b> <img src=x> move',
      [{ text: 'a bold  move', mark: false }],
    ],
    ['numeric entities', 'it&#39;s &#x201C;fine&#x201D;', [{ text: "it's “fine”", mark: false }]],
    ['an empty excerpt', '', []],
  ])('%s', (_name, excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });
});

describe('decodeEntities', () => {
  it('leaves unknown or impossible entities as written', () => {
    expect(decodeEntities('&bogus; &#99999999;')).toBe('&bogus; &#99999999;');
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['  thank   you\n', 'thank you'],
    ['', ''],
    ['🙂  merci', '🙂 merci'],
    ['x'.repeat(5000), 'x'.repeat(MAX_QUERY_LENGTH)],
  ])('%j becomes %j', (raw, query) => {
    expect(normalizeQuery(raw)).toBe(query);
  });
});

describe('resultsMessage', () => {
  it.each([
    [0, 'zz', 'No results for “zz”.'],
    [1, 'note', '1 result for “note”.'],
    [7, 'thank you', '7 results for “thank you”.'],
    [3, '', ''],
  ])('%i results for %j', (count, query, message) => {
    expect(resultsMessage(count, query)).toBe(message);
  });
});

describe('bestSection', () => {
  const s = (url: string, weights: number[]) => ({
    title: url,
    url,
    excerpt: '',
    locations: weights.map((_, i) => i),
    weighted_locations: weights.map((weight) => ({ weight, balanced_score: weight })),
  });

  it('picks the section whose matches weigh most, so a matching heading beats many passing mentions', () => {
    expect(bestSection([s('/p/#examples', [1, 1, 1]), s('/p/#alert-them', [7, 1])])?.url).toBe(
      '/p/#alert-them',
    );
  });

  it('prefers a real section over the untitled top of the page', () => {
    expect(bestSection([s('/p/', [5, 5]), s('/p/#one', [1])])?.url).toBe('/p/#one');
  });

  it('falls back to the page when no section matched, and to nothing for no hits', () => {
    expect(bestSection([s('/p/', [1])])?.url).toBe('/p/');
    expect(bestSection([])).toBeUndefined();
  });

  it('counts plain locations when weights are missing, keeping the first on a tie', () => {
    const plain = (url: string, n: number) => ({
      title: url,
      url,
      excerpt: '',
      locations: Array.from({ length: n }, (_, i) => i),
    });
    expect(bestSection([plain('/p/#a', 2), plain('/p/#b', 3), plain('/p/#c', 3)])?.url).toBe('/p/#b');
  });
});

describe('cycleIndex', () => {
  it.each([
    [-1, 3, 1, 0],
    [0, 3, 1, 1],
    [2, 3, 1, -1],
    [-1, 3, -1, 2],
    [0, 3, -1, -1],
    [-1, 0, 1, -1],
  ] as const)('from %i of %i options, step %i goes to %i', (current, count, step, next) => {
    expect(cycleIndex(current, count, step)).toBe(next);
  });
});

describe('searchWords', () => {
  it('folds case and accents and splits at punctuation', () => {
    expect(searchWords('“Résumé,” re-record LinkedIn')).toEqual(['resume', 're', 'record', 'linkedin']);
  });
});

describe('answersQuery', () => {
  it.each([
    ['an exact word', 'references', ['references'], true],
    ['a word stemmed shorter', 'running', ['run'], true],
    ['a stem with another ending', 'rejected', ['rejection,'], true],
    ['a typo Pagefind forgave', 'linkedln', ['LinkedIn'], true],
    ['a compound written as one word', 'thankyou', ['thank', 'you'], true],
    ['one real word among unknown ones', 'thank you email template', ['thank', 'email'], true],
    ['gibberish matching a short word inside it', 'asdkjhqwe', ['as', 'as', 'As'], false],
    ['a misspelling matching only a prefix', 'refrence', ['Re:', 're-record'], false],
    ['nothing matched', 'qzxvjkw', [], false],
  ])('%s: %j in %j → %s', (_name, query, words, expected) => {
    expect(answersQuery(query, words)).toBe(expected);
  });
});
