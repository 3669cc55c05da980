/**
 * A note for one person and situation: who can receive it, the draft it starts from, its text (from the
 * template or as the user edited it), and who to write to next. The checks before sending are in
 * note-review.ts, loaded when they are about to be seen.
 */
import type { ChecklistItem } from '../../core/checklist-schema';
import type { Situation } from './situation-schema';
import { parseInterviewAt, parseLocalDate } from '../../core/local-dates';
import { newDraft } from './draft-ops';
import { closingOf } from './style';
import { greetingFor } from '../../core/names';
import type { RecordKind } from '../../core/people';
import { type Draft, type FollowUpDoc, type Interview, doneKey, everyoneIn } from '../../core/model/model';
import { type Placeholder, isPlaceholder } from './note-placeholders';
import { DEFAULT_WORDS, composeNote, wordCount } from './note-template';
import { contactBlock } from '../../core/contact-block';
import { spokenAhead, spokenPast } from '../../core/dates';
import {
  article,
  asClause,
  asPhrase,
  reasonClause,
  skillsPhrase,
  strengthList,
  titleInSentence,
} from './grammar';
import { clean, joinWords } from '../../core/words';
import {
  SITUATION_ACCEPT_OFFER,
  SITUATION_AFTER_NO,
  SITUATION_ALERT_REFERENCE,
  SITUATION_FOLLOW_UP,
  SITUATION_THANK_REFERENCE,
  SITUATION_THANK_YOU,
  SITUATION_TOUCH_BASE,
} from '../../core/content-ids';

/** Who a note is written to: someone in the interview (`Someone` in core/people.ts), as the note reads them. */
export interface Recipient {
  id: string;
  honorific: string;
  name: string;
  email: string;
  kind: RecordKind;
  /** What a reference should speak to; '' for someone met. */
  qualities: string;
  /** Which person this is across interviews. */
  contactId: string;
  /** The words of their name the user said are the given and the family name, or empty. */
  givenName: string;
  familyName: string;
}

/** The people and references of an interview, as recipients. */
export function recipientsOf(interview: Interview | undefined): Recipient[] {
  if (!interview) return [];
  return everyoneIn(interview).map(({ kind, record }) => ({
    id: record.id,
    honorific: kind === 'reference' ? '' : record.honorific,
    name: record.name,
    email: record.email,
    kind,
    qualities: kind === 'reference' ? record.qualities : '',
    contactId: record.contactId,
    givenName: record.givenName,
    familyName: record.familyName,
  }));
}

/** The situations that fit a recipient: reference notes for references, the others for people met. */
export function situationsFor<S extends Situation>(
  situations: readonly S[],
  recipient: Recipient | undefined,
): S[] {
  if (!recipient) return [...situations];
  return situations.filter((s) => (recipient.kind === 'reference') === (s.to === 'reference'));
}

/**
 * Whether a situation is written to this recipient: a reference's note to references, an interviewer's to those
 * who interviewed the user, a note to anyone met to everyone but references.
 */
export function writtenTo(situation: Situation, recipient: Recipient): boolean {
  if (situation.to === 'reference') return recipient.kind === 'reference';
  if (situation.to === 'interviewer') return recipient.kind === 'interviewer';
  return recipient.kind !== 'reference';
}

/**
 * Who a note about the whole interview (answering an offer, withdrawing) goes to when a link names none: the
 * first person it fits, an interviewer before anyone else met.
 */
export function firstRecipientFor(
  interview: Interview | undefined,
  situation: Situation | undefined,
): string {
  const fits = recipientsOf(interview).filter((r) => !situation || situationsFor([situation], r).length > 0);
  return (fits.find((r) => r.kind === 'interviewer') ?? fits[0])?.id ?? '';
}

/** The checklist key that sending this note ticks, for this recipient. */
export function sentKey(situation: Situation, recipientId: string, items: readonly ChecklistItem[]): string {
  const scope = items.find((i) => i.id === situation.marks)?.scope;
  return doneKey(situation.marks, scope === 'interview' ? undefined : recipientId);
}

/** How long a note sent again and again (`repeats`) shows as sent; after that the next one starts. */
const REPEAT_SENT_MS = 7 * 24 * 3600_000;

/** When the note was sent (the checklist's tick), or undefined; a repeated note, only for a week. */
export function sentAt(
  interview: Interview | undefined,
  recipientId: string,
  situation: Situation,
  items: readonly ChecklistItem[],
  now = Date.now(),
): string | undefined {
  const key = sentKey(situation, recipientId, items);
  const at = interview && Object.hasOwn(interview.done, key) ? interview.done[key] : undefined;
  return at && situation.repeats && now - Date.parse(at) > REPEAT_SENT_MS ? undefined : at;
}

/**
 * The situation a recipient most likely needs now, worked out from the data: for a reference, the brief
 * until it is sent, then the thanks; for a contact who did not interview the user, touching base; for an
 * interviewer, the thank-you after a "no", else the thank-you until sent, then the follow-up while waiting,
 * then touching base.
 */
export function likelySituation<S extends Situation>(
  situations: readonly S[],
  interview: Interview | undefined,
  recipient: Recipient | undefined,
  items: readonly ChecklistItem[],
): S | undefined {
  const fits = situationsFor(situations, recipient);
  const open = (s: Situation) => !recipient || !sentAt(interview, recipient.id, s, items);
  const preferred =
    recipient?.kind === 'reference'
      ? [SITUATION_ALERT_REFERENCE, SITUATION_THANK_REFERENCE]
      : recipient?.kind === 'other'
        ? [SITUATION_TOUCH_BASE]
        : interview?.outcome === 'not-selected'
          ? [SITUATION_AFTER_NO, SITUATION_TOUCH_BASE]
          : interview?.outcome === 'offer'
            ? [SITUATION_THANK_YOU, SITUATION_ACCEPT_OFFER, SITUATION_TOUCH_BASE]
            : [
                SITUATION_THANK_YOU,
                ...(interview?.outcome === 'waiting' ? [SITUATION_FOLLOW_UP] : []),
                SITUATION_TOUCH_BASE,
              ];
  return (
    preferred.map((id) => fits.find((s) => s.id === id && open(s))).find(Boolean) ??
    fits.find((s) => s.id === preferred[0]) ??
    fits[0]
  );
}

/**
 * A new draft for a recipient: addressed the way people usually are, with the strengths, tone, length and
 * sign-off of the last note written, so nothing is typed twice.
 */
export function startDraft(doc: FollowUpDoc, recipient: Recipient | undefined, now: Date): Draft {
  const last = Object.values(doc.drafts).reduce<Draft | undefined>(
    (a, d) => (!a || d.updatedAt > a.updatedAt ? d : a),
    undefined,
  );
  return {
    ...newDraft(now),
    greeting: recipient ? greetingFor(recipient, 'formal') : '',
    ...(last && { strengths: last.strengths, tone: last.tone, length: last.length, signoff: last.signoff }),
  };
}

/** Everything the note depends on, filled in. */
export interface NoteInput {
  situation: Situation;
  draft: Draft;
  interview: Interview | undefined;
  recipient: Recipient | undefined;
  /** Typed-in company and role, used when no interview is chosen. */
  company: string;
  role: string;
  profile: FollowUpDoc['profile'];
  /** When the note is written: its dates are said from here ("yesterday", "on Tuesday"). */
  now: Date;
  /**
   * Which of the phrasings that say the same to take; by default the interview's (`seedOf` its company and role),
   * so notes for different interviews are worded apart while two interviewers' notes differ by what was said.
   */
  seed?: number;
}

/** Two business days after `now`, the usual time asked to decide on an offer. */
function twoBusinessDays(now: Date): Date {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  for (let left = 2; left > 0;) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left--;
  }
  return d;
}

/** "noon", "5 pm", "9:30 am" for a time of day `HH:mm`, or empty. */
function spokenTime(hhmm: string): string {
  const [, hours, min] = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim()) ?? [];
  if (!min) return '';
  const h = Number(hours);
  if (h === 12 && min === '00') return 'noon';
  const clock = `${h % 12 || 12}${min === '00' ? '' : `:${min}`}`;
  return h < 24 ? `${clock} ${h < 12 ? 'am' : 'pm'}` : '';
}

/** The day to answer an offer by, as the note names it: "Friday at noon", "December 14". */
function decideBy(facts: Readonly<Record<string, string>>, now: Date): string {
  const [y, mo, d] = (facts['decideBy'] ?? '').split('-').map(Number);
  const picked = y && mo && d ? new Date(y, mo - 1, d, 12) : undefined;
  const day = spokenAhead(picked && !Number.isNaN(picked.getTime()) ? picked : twoBusinessDays(now), now);
  const time = spokenTime(facts['decideTime'] ?? '');
  return time ? `${day}${day.includes(',') ? ',' : ''} at ${time}` : day;
}

/** How the interview was held, as a thank-you says it: "meeting with me", "speaking with me by video". */
function metBy(format: Interview['format'] | undefined, tone: Draft['tone']): string {
  const verb =
    tone === 'warm'
      ? 'talking with me'
      : format === 'in-person' || !format
        ? 'meeting with me'
        : 'speaking with me';
  return format === 'video' ? `${verb} by video` : format === 'phone' ? `${verb} by phone` : verb;
}

/** A small number from a text, the same every time: the interview picks the note's phrasings. */
export function seedOf(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) % 9973;
  return h;
}

/** The placeholder values for a note, each read as words inside a sentence. */
export function valuesFor(input: NoteInput): Partial<Record<Placeholder, string>> {
  const at = parseInterviewAt(input.interview?.at ?? '');
  const interviewers = input.interview?.people.filter((p) => p.role === 'interviewer' && p.name.trim()) ?? [];
  const decided = parseLocalDate(input.interview?.decisionDate ?? '');
  const facts = input.draft.facts;
  const fact = (name: string) => clean(facts[name] ?? '');
  const role = titleInSentence(input.interview?.role || input.role);
  const ticked = (name: string) => (fact(name) ? 'yes' : '');
  return {
    greeting: clean(input.draft.greeting),
    name: clean(input.recipient?.name ?? ''),
    company: clean(input.interview?.company || input.company),
    role,
    aRole: role && `${article(role)} ${role}`,
    decisionDay: decided && decided < input.now ? spokenPast(decided, input.now, { timeKnown: false }) : '',
    met: metBy(input.interview?.format, input.draft.tone),
    day: at ? spokenPast(at, input.now, { timeKnown: input.interview?.at.includes('T') ?? false }) : '',
    detail: asPhrase(input.draft.detail),
    strengths: strengthList(input.draft.strengths),
    skills: skillsPhrase(input.draft.strengths),
    qualities: asPhrase(input.recipient?.qualities ?? ''),
    people: joinWords(
      interviewers.map((p) => (p.title.trim() ? `${p.name} (${titleInSentence(p.title)})` : p.name)),
    ),
    feedback: input.draft.askFeedback ? (input.situation.feedback ?? '') : '',
    evidence: fact('evidence') && asClause(fact('evidence')),
    addition: asPhrase(fact('addition')),
    reason: asPhrase(fact('reason')),
    reasonClause: reasonClause(fact('reason')),
    otherOffer: ticked('otherOffer'),
    theirSubject: fact('theirSubject').replace(/^(re|aw|sv|fwd?):\s*/iu, ''),
    offerTitle: fact('offerTitle'),
    offerSalary: fact('offerSalary'),
    offerStart: fact('offerStart'),
    hasLetter: ticked('hasLetter'),
    decideBy: decideBy(facts, input.now),
    hasJobDescription: ticked('hasJobDescription'),
    howItWent: asPhrase(fact('howItWent')),
  };
}

/** A composed note: its subject and body, what is still to fill in, and the words of the message itself. */
export interface Note {
  subject: string;
  body: string;
  missing: Placeholder[];
  /** Words of the message, without the sign-off and contact block. */
  words: number;
  /** The situation's recommended words for this length, `[fewest, most]`. */
  wordRange: readonly [number, number];
  /** Characters of the whole body, as a site with a limit counts them (UTF-16 units, like `maxlength`). */
  chars: number;
  /** The situation's character limit (a LinkedIn note's 200), if it has one: show `chars` against it. */
  maxChars?: number;
  /** Whether the body is the user's own edited text rather than the template's. */
  edited: boolean;
}

const MARKER_RE = /\[([A-Za-z]+)\]/g;

/** The note's subject and body: the user's edited text when there is one, else the filled template. */
export function noteFor(input: NoteInput): Note {
  const variant = input.situation[input.draft.tone][input.draft.length];
  const values = valuesFor(input);
  // A LinkedIn note has no subject, sign-off or contact block (`signature: false`).
  const signature = input.situation.signature !== false;
  const compose = (signed: boolean) =>
    composeNote(
      { subject: input.situation.subject ?? '', body: variant },
      values,
      input.draft.signoff,
      input.profile.name,
      contactBlock(input.profile, { postal: input.draft.tone === 'formal' }),
      { signature: signed, seed: input.seed ?? seedOf(`${values.company ?? ''}:${values.role ?? ''}`) },
    );
  let composed = compose(signature);
  // A note with a character limit (LinkedIn's 200) that a long detail pushes over it is said without it;
  // the detail stays in the draft, and the count beside the note shows the user what fits.
  if (
    input.situation.maxChars !== undefined &&
    composed.body.length > input.situation.maxChars &&
    values.detail
  ) {
    values.detail = '';
    composed = compose(signature);
  }
  const templateWords = wordCount(compose(false).body);
  const limits = {
    wordRange: input.situation.words?.[input.draft.length] ?? DEFAULT_WORDS[input.draft.length],
    ...(input.situation.maxChars !== undefined && { maxChars: input.situation.maxChars }),
  };
  const edited = input.draft.body.trim();
  if (!edited)
    return { ...composed, words: templateWords, chars: composed.body.length, ...limits, edited: false };
  // Markers like [detail] left in edited text are still gaps to fill.
  const missing = [...edited.matchAll(MARKER_RE)].map(([, name = '']) => name).filter(isPlaceholder);
  // The sign-off starts the last paragraph that begins with it; count the words before.
  const closing = `\n\n${closingOf(input.draft.signoff)},`;
  const cut = signature ? edited.lastIndexOf(closing) : -1;
  return {
    subject: composed.subject,
    body: input.draft.body,
    missing: [...new Set(missing)],
    words: wordCount(cut > 0 ? edited.slice(0, cut) : edited),
    chars: input.draft.body.length,
    ...limits,
    edited: true,
  };
}
