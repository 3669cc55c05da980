import { describe, expect, it } from 'vitest';
import { doneKey, draftKey, draftPrefix, isDoneFor } from '../../src/core/model/model';

describe('composite keys: an id holding a colon cannot run into the next part', () => {
  it('keeps the keys of ordinary ids as they were stored', () => {
    expect(draftKey('i-1', 'p_2', 'thank-you')).toBe('i-1:p_2:thank-you');
    expect(doneKey('name-checked', 'p1')).toBe('name-checked:p1');
    expect(doneKey('follow-up-sent')).toBe('follow-up-sent');
  });

  it('gives two different interview and recipient pairs two different draft keys', () => {
    expect(draftKey('a:b', 'c', 'thank-you')).not.toBe(draftKey('a', 'b:c', 'thank-you'));
    expect(draftKey('a%3Ab', 'c', 'thank-you')).not.toBe(draftKey('a:b', 'c', 'thank-you'));
  });

  it('finds an interview’s or a recipient’s drafts, and only theirs', () => {
    const keys = [
      draftKey('a', 'p', 'thank-you'),
      draftKey('a:b', 'p', 'thank-you'),
      draftKey('a', 'p:q', 'x'),
    ];
    expect(keys.filter((k) => k.startsWith(draftPrefix('a')))).toEqual([keys[0], keys[2]]);
    expect(keys.filter((k) => k.startsWith(draftPrefix('a', 'p')))).toEqual([keys[0]]);
    expect(keys.filter((k) => k.startsWith(draftPrefix('a:b')))).toEqual([keys[1]]);
  });

  it('tells a tick about one person from a tick about another whose id ends the same way', () => {
    expect(isDoneFor(doneKey('name-checked', 'b'), 'b')).toBe(true);
    expect(isDoneFor(doneKey('name-checked', 'a:b'), 'b')).toBe(false);
    expect(isDoneFor(doneKey('name-checked', 'a:b'), 'a:b')).toBe(true);
    expect(isDoneFor(doneKey('follow-up-sent'), 'sent')).toBe(false);
  });
});
