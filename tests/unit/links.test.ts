import { describe, expect, it } from 'vitest';
import { noteHref } from '../../src/core/links';

describe('noteHref', () => {
  it('encodes ids that came from an imported file, so they cannot add parameters', () => {
    expect(noteHref('i 1&to=x', 'thank-you', 'p#1')).toBe(
      '/notes/#interview=i+1%26to%3Dx&to=p%231&situation=thank-you',
    );
  });

  it('leaves the situation to the builder when none is given', () => {
    expect(noteHref('i1', undefined, 'p1')).toBe('/notes/#interview=i1&to=p1');
  });
});
