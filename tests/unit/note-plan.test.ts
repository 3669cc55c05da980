import { describe, expect, it } from 'vitest';
import { factsIn, renderPlan, unknownFacts } from '../../src/features/notes/plan';

describe('factsIn and unknownFacts', () => {
  it('lists each fact once, in order, whatever its form', () => {
    expect(factsIn('{?evidence}{Detail} at {company}. || {detail} {!hasLetter}{role}')).toEqual([
      'evidence',
      'detail',
      'company',
      'hasLetter',
      'role',
    ]);
  });
  it('names facts no template may use, including object keys', () => {
    expect(unknownFacts('{comapny} {constructor} {Company} {?toString}')).toEqual([
      'comapny',
      'constructor',
      'toString',
    ]);
  });
});

describe('renderPlan', () => {
  const plan = 'Dear {greeting},\n\nThanks for {detail}. || Thanks for your time.\nI did {evidence}.\n\nBye.';
  it.each([
    [
      'says the first way whose facts are all known',
      { greeting: 'Dana', detail: 'the tour' },
      'Dear Dana,\n\nThanks for the tour.\n\nBye.',
    ],
    [
      'falls back to the next way, and leaves out a sentence none of whose ways can be said',
      { greeting: 'Dana' },
      'Dear Dana,\n\nThanks for your time.\n\nBye.',
    ],
    [
      'joins the sentences of a paragraph with a space',
      { greeting: 'Dana', detail: 'the tour', evidence: 'the night shift' },
      'Dear Dana,\n\nThanks for the tour. I did the night shift.\n\nBye.',
    ],
  ])('%s', (_name, values, text) => {
    expect(renderPlan(plan, values)).toEqual({ text, missing: [] });
  });

  it('marks an empty fact of the interview itself instead of leaving the sentence out', () => {
    expect(renderPlan('Thank you for the {role} job at {company}.', { company: 'Acme' })).toEqual({
      text: 'Thank you for the [role] job at Acme.',
      missing: ['role'],
    });
  });

  it('asks for a ticked box with {?x} and an unticked one with {!x}, showing neither', () => {
    const p = '{?hasLetter}Thanks for the letter. || {!hasLetter}Please send the letter.';
    expect(renderPlan(p, { hasLetter: 'yes' }).text).toBe('Thanks for the letter.');
    expect(renderPlan(p, {}).text).toBe('Please send the letter.');
  });

  it('opens a sentence with a capital for {Detail}', () => {
    expect(renderPlan('{Detail}, and more.', { detail: 'the tour' }).text).toBe('The tour, and more.');
  });

  it('takes the way that does not say a word a third time, when there is one', () => {
    const p = 'The team met the team. || x\nI like the team. || I like them.';
    expect(renderPlan(p, {}).text).toBe('The team met the team. I like them.');
  });

  it('drops a paragraph that has nothing to say, keeping one blank line between the others', () => {
    expect(renderPlan('Hi.\n\n{detail}\n\nBye.', {}).text).toBe('Hi.\n\nBye.');
  });

  it('inserts values literally: no $& expansion, no second pass over {company} in a value', () => {
    expect(renderPlan('About {detail}.', { detail: '$& {company} $1', company: 'X' }).text).toBe(
      'About $& {company} $1.',
    );
  });

  it('reads Windows and old Mac line breaks like Unix ones', () => {
    expect(renderPlan('Hi.\r\n\r\nBye.\rAgain.', {}).text).toBe('Hi.\n\nBye. Again.');
  });
});

describe('phrasings that say the same', () => {
  const plan = 'Hi.\n{?detail}You said {detail}. ~~ {?detail}You told me about {detail}. || Thanks.';
  it('picks one by the seed, the same each time, and falls back as any way does', () => {
    expect(renderPlan(plan, { detail: 'X' }, 0).text).toBe('Hi. You said X.');
    expect(renderPlan(plan, { detail: 'X' }, 1).text).toBe('Hi. You told me about X.');
    expect(renderPlan(plan, { detail: 'X' }, 3).text).toBe('Hi. You told me about X.');
    expect(renderPlan(plan, {}, 1).text).toBe('Hi. Thanks.');
  });
});
