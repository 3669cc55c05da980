import { describe, expect, it } from 'vitest';
import { whenText } from '../../src/features/checklist/labels';
import { currentDoc } from '../fixtures/stored';
import { noteHref } from '../../src/core/links';

const interview = (at: string, format: 'in-person' | 'video' | 'phone' = 'in-person') => ({
  ...currentDoc.interviews[0]!,
  at,
  format,
});

describe('whenText', () => {
  it.each([
    ['2026-11-25T14:00', 'in-person', 'Wed, Nov 25, 2026, 2:00 PM · In person'],
    ['2026-11-25T00:05', 'video', 'Wed, Nov 25, 2026, 12:05 AM · Video call'],
    ['2026-11-25T12:30', 'phone', 'Wed, Nov 25, 2026, 12:30 PM · Phone'],
    ['2026-11-25', 'phone', 'Wed, Nov 25, 2026 · Phone'],
    ['soon', 'in-person', 'Date not set · In person'],
  ] as const)('says %j (%s) as %j', (at, format, text) => {
    expect(whenText(interview(at, format))).toBe(text);
  });
});

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
