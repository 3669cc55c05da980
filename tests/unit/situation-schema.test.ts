import { describe, expect, it } from 'vitest';
import { situationSchema, templateSchema } from '../../src/schemas/situation';

describe('note templates', () => {
  it.each(['Dear {greeting},\n\nThank you for {detail}.', 'No placeholders at all.', 'Ask about {feedback}'])(
    'accepts %j',
    (t) => {
      expect(templateSchema.safeParse(t).success).toBe(true);
    },
  );

  it('rejects a placeholder that only looks known through the object prototype', () => {
    expect(templateSchema.safeParse('Dear {constructor},').success).toBe(false);
  });

  it('rejects an unknown placeholder, naming it and listing the known ones', () => {
    const result = templateSchema.safeParse('Dear {greting},');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^unknown placeholder \{greting\}; use one of: \{greeting\}/,
    );
  });
});

describe('situations', () => {
  const body = { short: 'Dear {greeting},', standard: 'Dear {greeting},' };
  const valid = {
    id: 'thank-you',
    label: 'Thank-you after the interview',
    description: 'Within two days of the interview.',
    to: 'interviewer',
    marks: 'thank-you-sent',
    subject: 'Thank you – {role} interview',
    formal: body,
    warm: body,
  };

  it('accepts a complete situation', () => {
    expect(situationSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a tone without its short version', { warm: { standard: 'Hi' } }, 'warm.short'],
    ['a bad placeholder in a subject', { subject: 'Re: {job}' }, 'subject'],
    ['an unknown recipient kind', { to: 'boss' }, 'to'],
  ])('rejects %s, naming the field', (_n, patch, path) => {
    const result = situationSchema.safeParse({ ...valid, ...patch });
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
});
