/**
 * The rules that the guide, the checklist and the code all state, held to `src/core/rules.ts` so that they
 * cannot drift apart again (issue 20). Each test names the rule and reads every place that states it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE,
  FOLLOW_UP_BUSINESS_DAYS_WITHOUT_DATE,
  KEEP_IN_TOUCH_MONTHS,
  MAX_CHECK_INS,
  THANK_YOU_DAYS,
  canBeReached,
  inWords,
} from '../../src/core/rules';
import { addBusinessDays, followUpDue } from '../../src/core/deadlines';
import { suggestion } from '../../src/core/touches';
import type { PersonGroup } from '../../src/core/people';

const root = join(import.meta.dirname, '..', '..');
const page = (slug: string) => readFileSync(join(root, 'content', 'guide', `${slug}.mdx`), 'utf8');
const allPages = readdirSync(join(root, 'content', 'guide'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: readFileSync(join(root, 'content', 'guide', f), 'utf8') }));
const checklist = parse(readFileSync(join(root, 'content', 'checklist.yaml'), 'utf8')) as {
  id: string;
  label: string;
  why: string;
}[];
const item = (id: string) => checklist.find((i) => i.id === id)!;
const pagesSaying = (re: RegExp) => allPages.filter((p) => re.test(p.text)).map((p) => p.file);
/** The text of one `<Example title="...">` block of a page. */
const example = (text: string, title: string) => {
  const start = text.indexOf(`<Example title="${title}">`);
  expect(start, `example "${title}"`).toBeGreaterThan(-1);
  return text.slice(start, text.indexOf('</Example>', start));
};

describe('rule 1: the thank-you goes out within THANK_YOU_DAYS', () => {
  const within = `within ${inWords(THANK_YOU_DAYS)} days`;
  it.each(['thank-you-note', 'why-follow-up', 'phone-and-video-interviews'])(
    `%s says "${within}"`,
    (slug) => {
      expect(page(slug)).toContain(within);
    },
  );

  it('the checklist item says it too', () => {
    expect(item('thank-you-sent').label).toContain(within);
  });
});

describe('following up: business days after the date, or a working week', () => {
  it('the guide gives the same counts as the code', () => {
    const text = page('no-word-yet');
    expect(text).toContain(`${inWords(FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE)} business days after`);
    expect(text).toContain(`${inWords(FOLLOW_UP_BUSINESS_DAYS_WITHOUT_DATE)} business days`);
    expect(item('follow-up-sent').why).toContain(
      `${inWords(FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE)} business days`,
    );
  });

  it('no page still says "a day or two" past the date', () => {
    expect(pagesSaying(/a day or two (?:after|past)/i)).toEqual([]);
  });

  it('a Friday date is followed up on the Tuesday in the code as in the guide', () => {
    const friday = new Date(2026, 2, 13);
    expect(followUpDue(new Date(2026, 2, 3, 10), friday).getDay()).toBe(2);
    expect(addBusinessDays(friday, FOLLOW_UP_BUSINESS_DAYS_AFTER_DATE).getDate()).toBe(17);
  });

  it(`stops after ${inWords(MAX_CHECK_INS)} check-ins`, () => {
    expect(page('no-word-yet')).toContain(`Send more than ${inWords(MAX_CHECK_INS)} check-ins`);
  });

  it('writes before their date only with another offer that has a deadline, on both pages that say so', () => {
    expect(page('no-word-yet')).toContain('offer with a deadline');
    expect(page('answering-an-offer')).toContain('offer with a deadline');
  });
});

describe('rule 2: a phone and an email are enough', () => {
  it('ticks with a cell and an email alone, as the guide promises a mobile-only reader', () => {
    expect(page('be-easy-to-reach')).toContain(
      'If you only have a cell, that one number and your email complete this rule',
    );
    expect(canBeReached({ cellPhone: '(614) 555-0142', homePhone: '', email: 'me@example.com' })).toBe(true);
    expect(canBeReached({ cellPhone: '', homePhone: '', email: 'me@example.com' })).toBe(false);
    expect(item('contact-details-given').label).toBe('Give them a phone number and an email');
  });

  it('the example signature holds the name, a phone and an email, and no street address', () => {
    const block = example(page('be-easy-to-reach'), 'A contact block for the foot of every email');
    const lines = block.split('\n').filter((l) => l.trim() && !l.startsWith('<'));
    expect(lines).toHaveLength(3);
    expect(block).toMatch(/Cell: /);
    expect(block).toMatch(/@/);
  });

  it('no page asks for every channel, or for a full postal address in the signature', () => {
    expect(
      pagesSaying(/home phone, cell,? (?:phone, )?(?:personal )?email and (?:full )?postal address/i),
    ).toEqual([]);
  });
});

describe('keeping in touch: about every KEEP_IN_TOUCH_MONTHS months', () => {
  const every = `every ${inWords(KEEP_IN_TOUCH_MONTHS)} months`;
  it.each(['staying-in-touch', 'after-a-no', 'no-word-yet'])(`%s says "${every}"`, (slug) => {
    expect(page(slug)).toContain(every);
  });

  it('no page gives another rhythm', () => {
    expect(pagesSaying(/every (?:few|couple of) months|every month or two/i)).toEqual([]);
  });

  it('People suggests the same check-in after a "no"', () => {
    const group = {
      met: [
        {
          kind: 'person',
          at: new Date(2026, 0, 5),
          interview: { outcome: 'not-selected', outcomeAt: '2026-01-10T12:00:00.000Z', at: '2026-01-05' },
        },
      ],
    } as unknown as PersonGroup;
    expect(suggestion(group)?.months).toBe(KEEP_IN_TOUCH_MONTHS);
  });
});

describe('withdrawing: the day you decide, the day you accept', () => {
  it('the withdrawing page, the offer page and the checklist agree', () => {
    expect(page('withdrawing-gracefully')).toContain(
      'The day you accept an offer in writing, tell every other employer',
    );
    expect(page('answering-an-offer')).toContain('The same day you accept, tell every other employer');
    expect(item('withdrawal-sent').label).toContain('the day you decide');
    expect(pagesSaying(/same day or the next/i)).toEqual([]);
  });
});

describe('the offer', () => {
  it('the acceptance repeats title, salary and start date, as the checklist says', () => {
    const text = page('answering-an-offer');
    const yes = example(text, 'Priya accepts in writing');
    expect(yes).toContain('Operations Coordinator position');
    expect(yes).toMatch(/\$[\d,]+ a year/);
    expect(yes).toMatch(/starting on \w+day, \w+ \d+/);
    expect(text).toContain('Repeat the job title, the salary and the start date');
    expect(item('offer-answered').why).toContain('title, salary and start date');
  });

  it('asking for time names a day, in the guide and the checklist', () => {
    const text = page('answering-an-offer');
    expect(text).toContain('Name the day');
    expect(example(text, 'Priya asks for time after the phone call')).toMatch(/by \w+day, \w+ \d+/);
    expect(item('offer-time-asked').why).toContain('Naming the day');
  });

  it("declining has a section, an example and the note builder's decline situation", () => {
    const text = page('answering-an-offer');
    expect(text).toContain('## Declining an offer');
    expect(text).toContain('<Example title="Priya declines a second offer">');
    expect(text).toContain('/notes/#situation=decline-offer');
  });

  it('says not to resign until the offer is unconditional', () => {
    expect(page('answering-an-offer')).toContain(
      'Do not resign from your current job until the offer is unconditional',
    );
  });
});

describe('after a "no" and references', () => {
  it('asks one specific feedback question, in the same thread', () => {
    const text = page('after-a-no');
    expect(text).toContain('Ask one specific question');
    expect(text).toContain('same email thread');
  });

  it('references get the job description, and thanks once it is over with how it went', () => {
    const text = page('prepare-your-references');
    expect(text).toContain('**The job description,**');
    expect(example(text, 'A heads-up message to a reference')).toContain('job description');
    expect(text).toContain('once the process is over, whatever the outcome, and tell them how it went');
    expect(item('reference-thanked').label).toContain('once it is over');
  });
});
