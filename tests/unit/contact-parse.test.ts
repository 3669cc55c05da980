import { describe, expect, it } from 'vitest';
import { parseContact, type ParsedContact } from '../../src/features/checklist/contact-parse';

/** The expected result: the fields given, '' for the rest. */
function contact(fields: Partial<ParsedContact>): ParsedContact {
  return { honorific: '', name: '', title: '', company: '', email: '', phone: '', ...fields };
}

describe('parseContact reads a typed line', () => {
  it.each([
    ['a name only', 'Dana Nguyen', { name: 'Dana Nguyen' }],
    ['a first name only', 'Dana', { name: 'Dana' }],
    ['a name typed in lower case, kept as typed', 'dana nguyen', { name: 'dana nguyen' }],
    ['an all-caps name, kept as typed', 'DANA NGUYEN', { name: 'DANA NGUYEN' }],
    [
      'name, title, email',
      'Dana Nguyen, Head of Design, dana@brightwater.example',
      { name: 'Dana Nguyen', title: 'Head of Design', email: 'dana@brightwater.example' },
    ],
    [
      'name and email',
      'Dana Nguyen dana@brightwater.example',
      { name: 'Dana Nguyen', email: 'dana@brightwater.example' },
    ],
    [
      'name <email>',
      'Dana Nguyen <dana@brightwater.example>',
      { name: 'Dana Nguyen', email: 'dana@brightwater.example' },
    ],
    [
      'a quoted "name" <email>',
      '"Dana Nguyen" <dana@brightwater.example>',
      { name: 'Dana Nguyen', email: 'dana@brightwater.example' },
    ],
    [
      'Name | Title | Company',
      'Dana Nguyen | Head of Design | Brightwater',
      { name: 'Dana Nguyen', title: 'Head of Design', company: 'Brightwater' },
    ],
    [
      'cells pasted from a spreadsheet',
      'Dana Nguyen\tHead of Design\tdana@brightwater.example',
      { name: 'Dana Nguyen', title: 'Head of Design', email: 'dana@brightwater.example' },
    ],
    ['name and company', 'Dana Nguyen, Brightwater', { name: 'Dana Nguyen', company: 'Brightwater' }],
    ['name and phone', 'Dana Nguyen 555-0123', { name: 'Dana Nguyen', phone: '555-0123' }],
    ['an email only', 'dana@brightwater.example', { email: 'dana@brightwater.example' }],
    ['a phone only', '+1 555 010 0123', { phone: '+1 555 010 0123' }],
    ['an honorific split off', 'Dr. Dana Nguyen', { honorific: 'Dr.', name: 'Dana Nguyen' }],
    ['an honorific given its dot', 'Ms Dana Nguyen', { honorific: 'Ms.', name: 'Dana Nguyen' }],
    ['an honorific in the case typed', 'prof dana nguyen', { honorific: 'prof.', name: 'dana nguyen' }],
    ['an honorific glued to the name', 'Mx.Sam Rivera', { honorific: 'Mx.', name: 'Sam Rivera' }],
    ['two honorifics', 'Prof. Dr. Hans Müller', { honorific: 'Prof. Dr.', name: 'Hans Müller' }],
    ['"Miss", a word without a dot', 'Miss Dana Nguyen', { honorific: 'Miss', name: 'Dana Nguyen' }],
    ['a word that starts like an honorific', 'Drew Barrymore', { name: 'Drew Barrymore' }],
    [
      'Name – Title at Company',
      'Dana Nguyen – Head of Design at Brightwater',
      { name: 'Dana Nguyen', title: 'Head of Design', company: 'Brightwater' },
    ],
    [
      'Name - Title @ Company',
      'Chris Park - Design Lead @ Brightwater',
      { name: 'Chris Park', title: 'Design Lead', company: 'Brightwater' },
    ],
    [
      '" at " kept when the line is not clearly a title',
      'Dana Nguyen – Storyteller at Brightwater',
      { name: 'Dana Nguyen', company: 'Storyteller at Brightwater' },
    ],
    [
      'a company form after a comma',
      'Marcus Johnson, Recruiter at Acme Rockets, Inc.',
      { name: 'Marcus Johnson', title: 'Recruiter', company: 'Acme Rockets, Inc.' },
    ],
    [
      'a comma after "VP" kept in the title',
      'Dana Nguyen, VP, Engineering',
      { name: 'Dana Nguyen', title: 'VP, Engineering' },
    ],
    [
      'everything, comma-separated',
      'Dana Nguyen, Head of Design, Brightwater, Inc., dana@brightwater.example, +1 555 010 0123',
      {
        name: 'Dana Nguyen',
        title: 'Head of Design',
        company: 'Brightwater, Inc.',
        email: 'dana@brightwater.example',
        phone: '+1 555 010 0123',
      },
    ],
    ['post-nominal letters kept with the name', 'Dana Nguyen, PhD', { name: 'Dana Nguyen, PhD' }],
    ['a sign-off before the name', 'Thanks, Dana', { name: 'Dana' }],
    ['a pronoun suffix dropped', 'Dana Nguyen (she/her)', { name: 'Dana Nguyen' }],
  ])('%s', (_name, text, fields) => {
    expect(parseContact(text)).toEqual(contact(fields));
  });
});

describe('parseContact reads a pasted signature', () => {
  it.each([
    [
      'a sign-off, first name, then the full block',
      `Best regards,
Dana

Dana Nguyen (she/her)
Senior Product Designer | Brightwater Labs
M: +1 (555) 010-0123 | T: +1 555 010 0100
dana@brightwater.example
www.brightwater.example`,
      {
        name: 'Dana Nguyen',
        title: 'Senior Product Designer',
        company: 'Brightwater Labs',
        email: 'dana@brightwater.example',
        phone: '+1 (555) 010-0123',
      },
    ],
    [
      'a UK block with an address, mobile after the office line',
      `Kind regards

Oliver Bennett
Talent Acquisition Partner
Northwind Trading Ltd
T +44 20 7946 0958
M +44 7700 900123
1 Canada Square, London E14 5AB
United Kingdom`,
      {
        name: 'Oliver Bennett',
        title: 'Talent Acquisition Partner',
        company: 'Northwind Trading Ltd',
        phone: '+44 7700 900123',
      },
    ],
    [
      'a German block with an honorific, GmbH and a street',
      `--
Dr. Jonas Weber
Head of Engineering
Brightwater GmbH
Friedrichstraße 123, 10117 Berlin
Tel.: +49 30 1234567
jonas.weber@brightwater.example`,
      {
        honorific: 'Dr.',
        name: 'Jonas Weber',
        title: 'Head of Engineering',
        company: 'Brightwater GmbH',
        email: 'jonas.weber@brightwater.example',
        phone: '+49 30 1234567',
      },
    ],
    [
      'a French block with S.A.',
      `Camille Lefèvre
Directrice artistique
Maison Lumière S.A.
+33 1 23 45 67 89
camille@maison-lumiere.example`,
      {
        name: 'Camille Lefèvre',
        title: 'Directrice artistique',
        company: 'Maison Lumière S.A.',
        email: 'camille@maison-lumiere.example',
        phone: '+33 1 23 45 67 89',
      },
    ],
    [
      'a recruiter with mailto:, a LinkedIn line and a cell number',
      `Thanks,
Marcus

Marcus Johnson
Technical Recruiter at Acme Rockets, Inc.
Office: (555) 010-0100 ext. 12
Cell: 555-0123
mailto:marcus.johnson@acme.example
linkedin.com/in/marcusjohnson`,
      {
        name: 'Marcus Johnson',
        title: 'Technical Recruiter',
        company: 'Acme Rockets, Inc.',
        email: 'marcus.johnson@acme.example',
        phone: '555-0123',
      },
    ],
    [
      'an Indian block with a team after the title',
      `Warm regards,
Priya Raghunathan
Engineering Manager, Payments
Zenith Software Pvt. Ltd.
Mobile: +91 98765 43210
priya.r@zenith.example`,
      {
        name: 'Priya Raghunathan',
        title: 'Engineering Manager',
        company: 'Zenith Software Pvt. Ltd.',
        email: 'priya.r@zenith.example',
        phone: '+91 98765 43210',
      },
    ],
    [
      'a Japanese block',
      `Yuki Tanaka
Product Manager
Sakura Digital K.K.
+81 3-1234-5678
yuki.tanaka@sakura.example`,
      {
        name: 'Yuki Tanaka',
        title: 'Product Manager',
        company: 'Sakura Digital K.K.',
        email: 'yuki.tanaka@sakura.example',
        phone: '+81 3-1234-5678',
      },
    ],
    [
      'a Brazilian block with "Celular"',
      `Ana Beatriz Souza
Talent Acquisition Lead
Grupo Horizonte
Celular: +55 11 91234-5678`,
      {
        name: 'Ana Beatriz Souza',
        title: 'Talent Acquisition Lead',
        company: 'Grupo Horizonte',
        phone: '+55 11 91234-5678',
      },
    ],
    [
      'a Vietnamese name',
      `Nguyễn Thị Minh Khai
Senior Data Scientist
Lotus Analytics
+84 28 3823 4567`,
      {
        name: 'Nguyễn Thị Minh Khai',
        title: 'Senior Data Scientist',
        company: 'Lotus Analytics',
        phone: '+84 28 3823 4567',
      },
    ],
    [
      'a title line before the name',
      `Hiring Manager
María José de la Cruz
Iberia Ventures S.L.`,
      { name: 'María José de la Cruz', title: 'Hiring Manager', company: 'Iberia Ventures S.L.' },
    ],
    [
      'an all-caps block, kept as typed',
      `DANA NGUYEN
HEAD OF DESIGN
BRIGHTWATER
dana@brightwater.example`,
      {
        name: 'DANA NGUYEN',
        title: 'HEAD OF DESIGN',
        company: 'BRIGHTWATER',
        email: 'dana@brightwater.example',
      },
    ],
    [
      'name <email> on the first line',
      `Siobhán O'Brien <siobhan@cliffside.example>
Head of People
Cliffside Analytics`,
      {
        name: "Siobhán O'Brien",
        title: 'Head of People',
        company: 'Cliffside Analytics',
        email: 'siobhan@cliffside.example',
      },
    ],
    [
      'pronouns after a bar, a team after the title and a LinkedIn URL',
      `Zoë D'Angelo | she/her
Staff Engineer, Platform
Orbit Labs LLC
LinkedIn: https://www.linkedin.com/in/zoedangelo`,
      { name: "Zoë D'Angelo", title: 'Staff Engineer', company: 'Orbit Labs LLC' },
    ],
    [
      'a direct line preferred to the office line',
      `Cheers
Siobhán O’Neill
Recruiting Coordinator
Greenleaf Health
Office: +1 555 010 0100
Direct: +1 555 010 0142`,
      {
        name: 'Siobhán O’Neill',
        title: 'Recruiting Coordinator',
        company: 'Greenleaf Health',
        phone: '+1 555 010 0142',
      },
    ],
    [
      '"Sent from my iPhone" and a -- separator',
      `Sent from my iPhone

--
Ngozi Okonjo-Iweala
Chief Operating Officer
Kestrel Partners
E: ngozi@kestrel.example`,
      {
        name: 'Ngozi Okonjo-Iweala',
        title: 'Chief Operating Officer',
        company: 'Kestrel Partners',
        email: 'ngozi@kestrel.example',
      },
    ],
    [
      'a professor',
      `Prof. Jean-Luc Picard
Professor of Archaeology
Starfleet Academy
Tel: +33 1 23 45 67 89`,
      {
        honorific: 'Prof.',
        name: 'Jean-Luc Picard',
        title: 'Professor of Archaeology',
        company: 'Starfleet Academy',
        phone: '+33 1 23 45 67 89',
      },
    ],
    [
      'an Austrian block with "Mobil"',
      `Ludwig van Beethoven
Musical Director
Wiener Klang GmbH
Tel: +43 1 234 5678
Mobil: +43 664 123 4567
ludwig@klang.example`,
      {
        name: 'Ludwig van Beethoven',
        title: 'Musical Director',
        company: 'Wiener Klang GmbH',
        email: 'ludwig@klang.example',
        phone: '+43 664 123 4567',
      },
    ],
    [
      'a US block with a street address and ZIP code',
      `Best,
Jordan Lee
Account Executive
Pinecrest Media
555.010.0199
1200 Market St, Suite 400, San Francisco, CA 94103
jordan@pinecrest.example`,
      {
        name: 'Jordan Lee',
        title: 'Account Executive',
        company: 'Pinecrest Media',
        email: 'jordan@pinecrest.example',
        phone: '555.010.0199',
      },
    ],
    [
      'email and phone on one line',
      `Mx. Sam Rivera
Founder & CEO
Tidewater Studio
sam@tidewater.example | +1 555 010 0177`,
      {
        honorific: 'Mx.',
        name: 'Sam Rivera',
        title: 'Founder & CEO',
        company: 'Tidewater Studio',
        email: 'sam@tidewater.example',
        phone: '+1 555 010 0177',
      },
    ],
    [
      '"Thanks & Regards" and title | company',
      `Thanks & Regards,
Rahul Mehta
HR Business Partner | Vertex Solutions Pvt Ltd
Ph: +91 22 4567 8901`,
      {
        name: 'Rahul Mehta',
        title: 'HR Business Partner',
        company: 'Vertex Solutions Pvt Ltd',
        phone: '+91 22 4567 8901',
      },
    ],
    [
      'post-nominal letters',
      `Dana Nguyen, PhD
Principal Researcher
Brightwater Institute`,
      { name: 'Dana Nguyen, PhD', title: 'Principal Researcher', company: 'Brightwater Institute' },
    ],
    [
      'a labelled contact block',
      `Name: Dana Nguyen
Title: Head of Design
Company: Brightwater
Email: dana@brightwater.example
Phone: +1 555 010 0123`,
      {
        name: 'Dana Nguyen',
        title: 'Head of Design',
        company: 'Brightwater',
        email: 'dana@brightwater.example',
        phone: '+1 555 010 0123',
      },
    ],
    [
      'a disclaimer and "Sent from Outlook" after the block',
      `Dana Nguyen
Head of Design
Brightwater

This email and any attachments are confidential and intended solely for the addressee.
Sent from Outlook for iOS`,
      { name: 'Dana Nguyen', title: 'Head of Design', company: 'Brightwater' },
    ],
    [
      'a tagline after the contact details is no company',
      `Dana Nguyen
Head of Design
dana@brightwater.example
Designing Calm Software`,
      { name: 'Dana Nguyen', title: 'Head of Design', email: 'dana@brightwater.example' },
    ],
    [
      'a name in Japanese script',
      `山田太郎
株式会社サクラ
yamada@sakura.example`,
      { name: '山田太郎', company: '株式会社サクラ', email: 'yamada@sakura.example' },
    ],
    [
      'an office number with an extension',
      `Kind regards,
Dana Nguyen
Tel: +1 (555) 010-0100 ext. 12`,
      { name: 'Dana Nguyen', phone: '+1 (555) 010-0100 ext. 12' },
    ],
    [
      'the end of an email: greeting and prose above the sign-off',
      `Hi Sam,
Thanks for your time today.
Best,
Dana Nguyen
Co-founder & COO, Brightwater`,
      { name: 'Dana Nguyen', title: 'Co-founder & COO', company: 'Brightwater' },
    ],
    [
      'a lone lower-case line in a signature is prose, not a name',
      `looking forward to hearing from you
Dana Nguyen`,
      { name: 'Dana Nguyen' },
    ],
  ])('%s', (_name, text, fields) => {
    expect(parseContact(text)).toEqual(contact(fields));
  });
});

describe('parseContact keeps a phone number as written', () => {
  it.each([
    ['US with area code in brackets', '(555) 010-0123'],
    ['US local', '555-0123'],
    ['US international', '+1 555 010 0123'],
    ['UK', '+44 20 7946 0958'],
    ['UK with the trunk zero in brackets', '+44 (0)20 7946 0958'],
    ['French', '+33 1 23 45 67 89'],
    ['German', '+49 30 1234567'],
    ['Japanese', '+81 3-1234-5678'],
    ['Indian', '+91 98765 43210'],
    ['Brazilian', '+55 11 91234-5678'],
    ['dotted', '555.010.0123'],
    ['with "ext."', '+1 555 010 0123 ext. 12'],
    ['with "x"', '(555) 010-0123 x12'],
  ])('%s', (_name, phone) => {
    expect(parseContact(`Dana Nguyen\nT: ${phone}`)?.phone).toBe(phone);
    expect(parseContact(`Dana Nguyen ${phone}`)?.phone).toBe(phone);
  });
});

describe('parseContact does not take for a phone number', () => {
  it.each([
    ['an ISO date', 'Dana Nguyen\nInterviewed 2025-05-12'],
    ['a dotted date', 'Dana Nguyen\nInterviewed 12.05.2025'],
    ['a slashed date', 'Dana Nguyen\nInterviewed 12/05/2025'],
    ['a ZIP code', 'Dana Nguyen\nSpringfield, IL 62701'],
    ['a ZIP+4 code', 'Dana Nguyen\nSpringfield, IL 62701-1234'],
    ['six digits', 'Dana Nguyen\nRef 123 456'],
    ['more digits than any phone number', 'Dana Nguyen\nCard 4111 1111 1111 1111'],
    ['a fax number', 'Dana Nguyen\nFax: +1 555 010 0199'],
  ])('%s', (_name, text) => {
    expect(parseContact(text)).toEqual(contact({ name: 'Dana Nguyen' }));
  });
});

describe('parseContact prefers a mobile or direct number', () => {
  it.each([
    ['"m:" after "t:"', 't: +1 555 010 0100\nm: +1 555 010 0123', '+1 555 010 0123'],
    ['"M." after "T."', 'T. +44 20 7946 0958 M. +44 7700 900123', '+44 7700 900123'],
    ['"Mobile:" after "Tel:"', 'Tel: +49 30 1234567\nMobile: +49 151 2345678', '+49 151 2345678'],
    ['"Cell" after "Office"', 'Office (555) 010-0100\nCell (555) 010-0123', '(555) 010-0123'],
    ['"Direct:" after "Office:"', 'Office: 555-0100 | Direct: 555-0142', '555-0142'],
    ['the first of two office numbers', 'Tel: 555-0100\nTel: 555-0101', '555-0100'],
    ['a phone over a fax', 'F: +1 555 010 0199\nP: +1 555 010 0100', '+1 555 010 0100'],
    ['the first of two mobiles', 'M: 555-0123\nMobile: 555-0124', '555-0123'],
  ])('%s', (_name, lines, phone) => {
    expect(parseContact(`Dana Nguyen\n${lines}`)?.phone).toBe(phone);
  });
});

describe('parseContact keeps a name exactly as written', () => {
  it.each([
    ['a particle', 'Ludwig van Beethoven'],
    ['particles and accents', 'María José de la Cruz'],
    ['a hyphen', 'Jean-Luc Picard'],
    ['an accent and an apostrophe', "Siobhán O'Brien"],
    ['a curly apostrophe', 'Siobhán O’Brien'],
    ['Vietnamese diacritics', 'Nguyễn Thị Minh Khai'],
    ['a diaeresis and an apostrophe after a capital', "Zoë D'Angelo"],
    ['a lower-case particle with an apostrophe', 'Giovanni d’Alessandro'],
    ['a hyphenated surname', 'Ngozi Okonjo-Iweala'],
    ['an initial', 'J. Robert Oppenheimer'],
  ])('%s', (_name, name) => {
    expect(parseContact(name)?.name).toBe(name);
    expect(parseContact(`Best regards,\n${name}\nHead of Design\nBrightwater`)).toEqual(
      contact({ name, title: 'Head of Design', company: 'Brightwater' }),
    );
  });

  it('normalises a decomposed accent to its composed form', () => {
    expect(parseContact('Zoe\u0308 D’Angelo')?.name).toBe('Zoë D’Angelo');
  });
});

describe('parseContact finds nothing in', () => {
  it.each([
    ['an empty string', ''],
    ['white space', '  \n\t \n '],
    ['a sign-off', 'Best regards,'],
    ['a sign-off and a separator', 'Thanks!\n--\n'],
    ['a separator', '--'],
    ['punctuation', '!!!'],
    ['random punctuation', '*** ### ... ~~~'],
    ['a URL', 'https://brightwater.example/jobs/123'],
    ['a bare web address', 'www.brightwater.example'],
    ['a LinkedIn address', 'linkedin.com/in/dananguyen'],
    ['a number', '12345'],
    ['a date', '12/05/2025'],
    ['a title alone', 'Head of Design'],
    ['"Sent from my iPhone"', 'Sent from my iPhone'],
    ['a long sentence', 'I met her at the coffee machine and she was lovely'],
    ['a sentence', 'Thanks for your time'],
    ['a greeting', 'Hi Dana,'],
  ])('%s', (_name, text) => {
    expect(parseContact(text)).toBeUndefined();
  });
});

describe('parseContact keeps hostile text out', () => {
  it.each([
    ['an HTML tag', '<img src=x onerror=alert(1)>'],
    ['tags around a name', 'Dana <b>Nguyen</b>'],
    ['a template expression', "{{constructor.constructor('alert(1)')()}}"],
    ['an equals sign', 'Dana=Nguyen'],
    ['a script URL', 'javascript:alert(document.cookie)'],
    ['an address inside a URL query', 'x?bcc=evil@example.com&subject=hi'],
    ['an address inside a mailto: query', 'mailto:x?bcc=evil@example.com'],
  ])('%s', (_name, text) => {
    expect(parseContact(text)).toBeUndefined();
  });

  it('reads the name below a line of markup', () => {
    expect(parseContact('<img src=x onerror=alert(1)>\nDana Nguyen')).toEqual(
      contact({ name: 'Dana Nguyen' }),
    );
  });

  it('strips control and invisible characters', () => {
    expect(parseContact('\u202EDana\u0000 Ngu\u200Byen\u0007\r\nHead of\u00A0Design')).toEqual(
      contact({ name: 'Dana Nguyen', title: 'Head of Design' }),
    );
  });
});

describe('parseContact reads only a plain email address', () => {
  it.each([
    ['in angle brackets', 'Dana Nguyen <dana@brightwater.example>', 'dana@brightwater.example'],
    ['after mailto:', 'mailto:dana@brightwater.example', 'dana@brightwater.example'],
    ['after a label', 'E: dana@brightwater.example', 'dana@brightwater.example'],
    [
      'with a plus and a subdomain',
      'dana.nguyen+jobs@mail.brightwater.co.uk',
      'dana.nguyen+jobs@mail.brightwater.co.uk',
    ],
    ['at the end of a sentence', 'Write to dana@brightwater.example.', 'dana@brightwater.example'],
    ['in capitals, as written', 'DANA@BRIGHTWATER.EXAMPLE', 'DANA@BRIGHTWATER.EXAMPLE'],
    ['the first of two', 'dana@brightwater.example, hr@brightwater.example', 'dana@brightwater.example'],
    ['not one inside a URL query', 'Dana Nguyen x?bcc=evil@example.com&subject=hi', ''],
    [
      'not one before a mailto: query',
      'Dana Nguyen mailto:dana@brightwater.example?bcc=evil@example.com',
      '',
    ],
    ['not the user part of a URL', 'Dana Nguyen https://dana@brightwater.example/', ''],
    ['not one without a top-level domain', 'Dana Nguyen dana@brightwater', ''],
  ])('%s', (_name, text, email) => {
    expect(parseContact(text)?.email ?? '').toBe(email);
  });
});

describe('parseContact bounds its work on a long paste', () => {
  it('reads the useful lines at the start of a 100 KB paste', () => {
    const text = `Dana Nguyen\nHead of Design\ndana@brightwater.example\n${'lorem ipsum dolor sit amet '.repeat(4000)}`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(parseContact(text)).toEqual(
      contact({ name: 'Dana Nguyen', title: 'Head of Design', email: 'dana@brightwater.example' }),
    );
  });

  it('reads a 100 KB line of digits and symbols without finding anything', () => {
    expect(parseContact('1 (2) 3-4 @.'.repeat(10_000))).toBeUndefined();
  });

  it('reads only the first 40 lines', () => {
    expect(parseContact(`${'--\n'.repeat(39)}Dana Nguyen`)?.name).toBe('Dana Nguyen');
    expect(parseContact(`${'--\n'.repeat(40)}Dana Nguyen`)).toBeUndefined();
  });

  it('reads only the first 4,000 characters', () => {
    expect(parseContact(`${' '.repeat(3980)}Dana Nguyen`)?.name).toBe('Dana Nguyen');
    expect(parseContact(`${' '.repeat(4000)}Dana Nguyen`)).toBeUndefined();
  });
});
