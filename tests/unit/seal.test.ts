import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/model/model';
import { sealOf } from '../../src/core/model/seal';
import { currentDoc, hostileDoc, manyInterviews } from '../fixtures/stored';

describe('the seal of stored text', () => {
  const text = JSON.stringify(manyInterviews(20));

  it('is the same for the same text, and carries the schema version', () => {
    expect(sealOf(text)).toBe(sealOf(`${text}`));
    expect(sealOf(text).startsWith(`${SCHEMA_VERSION}:`)).toBe(true);
  });

  it.each([
    ['one character changed', text.replace('Company 7', 'Company 8')],
    ['cut short by one character', text.slice(0, -1)],
    ['one character added', `${text} `],
    ['two characters swapped', text.replace('"id"', '"di"')],
    ['another document', JSON.stringify(currentDoc)],
    ['hostile text', JSON.stringify(hostileDoc)],
  ])('tells the text from itself with %s', (_how, other) => {
    expect(other).not.toBe(text);
    expect(sealOf(other)).not.toBe(sealOf(text));
  });
});
