import { describe, expect, it } from 'vitest';
import {
  article,
  asClause,
  asPhrase,
  repeatedWords,
  asStrength,
  reasonClause,
  skillsPhrase,
  strengthList,
  titleInSentence,
} from '../../src/features/notes/grammar';
import { counted, fileSlug, joinWords, sizeText } from '../../src/core/words';

describe('titleInSentence: a job title as it reads inside a sentence', () => {
  it.each([
    ['Data analyst', 'data analyst'],
    ['Senior Software Engineer', 'senior software engineer'],
    ['UX designer', 'UX designer'],
    ['iOS Developer', 'iOS developer'],
    ['Salesforce administrator', 'Salesforce administrator'],
    ['SQL Analyst II', 'SQL analyst II'],
    ['  operations   coordinator. ', 'operations coordinator'],
    ['Head of People', 'head of people'],
    ['Clinical research coordinator', 'clinical research coordinator'],
    ['Shift supervisor (nights)', 'shift supervisor (nights)'],
    ['DevOps engineer', 'DevOps engineer'],
    ['', ''],
  ])('"%s" reads as "%s"', (typed, said) => {
    expect(titleInSentence(typed)).toBe(said);
  });
});

describe('article: "a" or "an" by sound', () => {
  it.each([
    ['analyst', 'an'],
    ['data analyst', 'a'],
    ['operations coordinator', 'an'],
    ['user researcher', 'a'],
    ['UX designer', 'a'],
    ['HR manager', 'an'],
    ['SQL developer', 'an'],
    ['hour', 'an'],
    ['honest broker', 'an'],
    ['European role', 'a'],
    ['one-year contract', 'a'],
    ['MBA intern', 'an'],
    ['', 'a'],
  ])('%s → %s', (phrase, a) => {
    expect(article(phrase)).toBe(a);
  });
});

describe('counted: a number with its noun, singular only for one', () => {
  it.each([
    [0, 'interview', undefined, '0 interviews'],
    [1, 'interview', undefined, '1 interview'],
    [2, 'day', undefined, '2 days'],
    [1, 'person', 'people', '1 person'],
    [600, 'person', 'people', '600 people'],
  ])('%i %s', (n, one, many, text) => {
    expect(counted(n, one, many)).toBe(text);
  });
});

describe('joinWords: lists of one to three, US style', () => {
  it.each([
    [[], ''],
    [['SQL'], 'SQL'],
    [['SQL', 'clear reporting'], 'SQL and clear reporting'],
    [['SQL', 'Python', 'clear reporting'], 'SQL, Python, and clear reporting'],
    [[' SQL. ', '', '  '], 'SQL'],
  ])('%j → "%s"', (items, joined) => {
    expect(joinWords(items)).toBe(joined);
  });
  it.each([
    [['home phone'], 'home phone'],
    [['home phone', 'postal address'], 'home phone or postal address'],
    [['home phone', 'email', 'postal address'], 'home phone, email, or postal address'],
  ])('with "or": %j → "%s"', (items, joined) => {
    expect(joinWords(items, 'or')).toBe(joined);
  });
});

describe('fileSlug: one slug for every file name', () => {
  it.each([
    ['José de la Cruz', 40, 'jose-de-la-cruz'],
    ['Brightwater Labs, Inc.', 40, 'brightwater-labs-inc'],
    ['  --Ünïcödé & Søns--  ', 40, 'unicode-s-ns'],
    ['<script>alert(1)</script>', 40, 'script-alert-1-script'],
    ['a'.repeat(30) + ' ' + 'b'.repeat(30), 40, `${'a'.repeat(30)}-${'b'.repeat(9)}`],
    ['a'.repeat(39) + ' b', 40, 'a'.repeat(39)],
    ['日本語', 40, ''],
  ])('%j (at most %i) → "%s"', (text, max, slug) => {
    expect(fileSlug(text, max)).toBe(slug);
  });
});

describe('asPhrase: typed text read inside a sentence', () => {
  it.each([
    ['The dashboard migration to the new warehouse.', 'the dashboard migration to the new warehouse'],
    ['dashboards', 'dashboards'],
    ['Moving the dashboards', 'moving the dashboards'],
    ['Salesforce rollout', 'Salesforce rollout'],
    ['SQL tuning!', 'SQL tuning!'],
    ['I built the log.', 'I built the log'],
    ['  Our   hiring plans;  ', 'our hiring plans'],
    ['Dashboards', 'Dashboards'],
  ])('"%s" → "%s"', (typed, phrase) => {
    expect(asPhrase(typed)).toBe(phrase);
  });
});

describe('asClause: something the user did, with "I"', () => {
  it.each([
    ['moved 40 reports to Power BI', 'I moved 40 reports to Power BI'],
    ['Led the night crew', 'I led the night crew'],
    ['I cut pages by 60%.', 'I cut pages by 60%'],
    ['At Contoso, I automated the close', 'at Contoso, I automated the close'],
    ['the Power BI migration', 'I worked on the Power BI migration'],
    ['My team kept 94% of patients', 'my team kept 94% of patients'],
  ])('"%s" → "%s"', (typed, clause) => {
    expect(asClause(typed)).toBe(clause);
  });
});

describe('repeatedWords', () => {
  it('finds content words said three times, not small ones', () => {
    expect(repeatedWords('The role, the role and the role. The the the. Team team.')).toEqual(['role']);
  });
  it('counts case and possessives together', () => {
    expect(repeatedWords("Team. team's TEAM")).toEqual(['team']);
  });
});

describe('skillsPhrase: strengths said as skills or experience', () => {
  it.each([
    [['organization'], 'organizational skills'],
    [['Organization.'], 'organizational skills'],
    [['analysis', 'SQL'], 'analytical and SQL skills'],
    [['communication'], 'communication skills'],
    [['SQL'], 'SQL skills'],
    [['project management.'], 'project management skills'],
    [['sales'], 'experience in sales'],
    [['attention to detail'], 'experience in attention to detail'],
    [['SQL', 'clear reporting'], 'experience in SQL and clear reporting'],
    [['SQL', 'Excel'], 'SQL and Excel skills'],
    [['SQL', 'people management'], 'experience in SQL and people management'],
    [['SQL', 'attention to detail'], 'experience in SQL and attention to detail'],
    [['SQL', 'Excel', 'reporting'], 'experience in SQL, Excel, and reporting'],
    [
      ['Go', 'blameless incident reviews', 'mentoring'],
      'experience in Go, blameless incident reviews, and mentoring',
    ],
    [['', '  '], ''],
    [[], ''],
  ])('says %j as %j', (strengths, phrase) => {
    expect(skillsPhrase(strengths)).toBe(phrase);
  });
});

describe('asStrength: a strength typed in sentence case reads as words in a sentence', () => {
  it.each([
    ['Calm under pressure', 'calm under pressure'],
    ['Customer service.', 'customer service'],
    ['Leadership', 'leadership'],
    ['Salesforce administration', 'Salesforce administration'],
    ['SQL', 'SQL'],
    ['Training new staff', 'training new staff'],
    ['forklift trainer certification', 'forklift trainer certification'],
  ])('says %j as %j', (typed, said) => {
    expect(asStrength(typed)).toBe(said);
  });
});

describe('strengthList: the strengths as one list inside a sentence', () => {
  it.each([
    [['SQL', 'clear reporting'], 'SQL and clear reporting'],
    [['scheduling crews of 20'], 'scheduling crews of 20'],
    [
      ['forklift trainer certification', 'scheduling crews of 20'],
      'forklift trainer certification and experience scheduling crews of 20',
    ],
    [['Excel', 'Training new hires'], 'Excel and experience training new hires'],
    [['scheduling crews', 'staying calm at peak times'], 'scheduling crews and staying calm at peak times'],
    [['SQL', 'marketing strategy'], 'SQL and marketing strategy'],
    [['SQL', 'networking'], 'SQL and networking'],
    [['SQL', 'onboarding new hires'], 'SQL and onboarding new hires'],
    [['', '  '], ''],
  ])('%j → %s', (strengths, list) => {
    expect(strengthList(strengths)).toBe(list);
  });
});

describe('reasonClause: a reason that can follow "as"', () => {
  it.each([
    ['I have accepted a role closer to home', 'I have accepted a role closer to home'],
    ["I'm looking for more customer work.", "I'm looking for more customer work"],
    ['I’ve decided to stay in Ohio', 'I’ve decided to stay in Ohio'],
    ['relocation', ''],
    ['The commute would be too long', ''],
    ['Illness in the family', ''],
    ['', ''],
  ])('%s → %s', (reason, clause) => {
    expect(reasonClause(reason)).toBe(clause);
  });
});

describe('sizeText: a file size as people read it', () => {
  it.each([
    [1, '1 byte'],
    [80, '80 bytes'],
    [999, '999 bytes'],
    [1500, '1.5 KB'],
    [12_345, '12 KB'],
    [5_000_000, '5.0 MB'],
  ])('says %d bytes as %j', (bytes, expected) => {
    expect(sizeText(bytes)).toBe(expected);
  });
});
