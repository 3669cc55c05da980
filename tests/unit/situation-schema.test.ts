import { describe, expect, it } from 'vitest';
import { situationSchema, templateSchema } from '../../src/features/notes/situation-schema';

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
    ['word ranges by length', { words: { short: [35, 80], standard: [70, 130] } }],
    ['no subject, for a message that has none', { subject: undefined }],
    ['no signature', { signature: false }],
    ['a character limit every variant keeps to', { maxChars: 200 }],
    [
      'a note sent again and again, with its own label for the detail',
      { repeats: true, detailLabel: 'Your news' },
    ],
  ])('accepts %s', (_n, patch) => {
    expect(situationSchema.safeParse({ ...valid, ...patch }).success).toBe(true);
  });

  it.each([
    ['a tone without its short version', { warm: { standard: 'Hi' } }, 'warm.short'],
    ['a bad placeholder in a subject', { subject: 'Re: {job}' }, 'subject'],
    ['an unknown recipient kind', { to: 'boss' }, 'to'],
    ['a word range with the most first', { words: { short: [80, 35], standard: [70, 130] } }, 'words.short'],
    [
      'a word range that is not whole words',
      { words: { short: [35.5, 80], standard: [70, 130] } },
      'words.short.0',
    ],
    [
      'a standard range no longer than the short one',
      { words: { short: [35, 80], standard: [30, 130] } },
      'words',
    ],
    ['a word range with one number', { words: { short: [35], standard: [70, 130] } }, 'words.short'],
    ['a signature that is not true or false', { signature: 'no' }, 'signature'],
    ['a character limit that is not a whole number', { maxChars: 200.5 }, 'maxChars'],
    ['"repeats" that is not true or false', { repeats: 'yes' }, 'repeats'],
    ['a detail label too short to say what to write', { detailLabel: 'News' }, 'detailLabel'],
    ['a detail label too long for the field', { detailLabel: 'x'.repeat(61) }, 'detailLabel'],
  ])('rejects %s, naming the field', (_n, patch, path) => {
    const result = situationSchema.safeParse({ ...valid, ...patch });
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
});

describe('a character limit (maxChars)', () => {
  const linkedin = {
    id: 'linkedin',
    label: 'LinkedIn connection note',
    description: 'Once the process is over.',
    to: 'person',
    marks: 'linkedin-connected',
    signature: false,
    maxChars: 200,
    formal: { short: 'Hello {greeting}, thank you.', standard: 'Hello {greeting}, thank you for {detail}.' },
    warm: { short: 'Hi {greeting}, thanks.', standard: 'Hi {greeting}, thanks for our chat about {detail}.' },
  };

  it('accepts variants that fit when filled with long values', () => {
    expect(situationSchema.safeParse(linkedin).success).toBe(true);
  });

  it('rejects a variant over the limit when filled with long values, naming it and its length', () => {
    const result = situationSchema.safeParse({
      ...linkedin,
      warm: {
        ...linkedin.warm,
        standard: 'Hi {greeting}, about the {role} role at {company} and {detail}: {strengths}.',
      },
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['warm.standard']);
    expect(result.error?.issues[0]?.message).toMatch(
      /^\d+ characters when filled with long values, over maxChars \(200\)/,
    );
  });

  it('counts the sign-off, name and contact block of a situation that has them', () => {
    const signed = { ...linkedin, signature: true, maxChars: 100 };
    const result = situationSchema.safeParse(signed);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'formal.short',
      'formal.standard',
      'warm.short',
      'warm.standard',
    ]);
    expect(situationSchema.safeParse({ ...signed, signature: false }).success).toBe(true);
  });
});
