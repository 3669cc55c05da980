import { type JSX, For, Index, Show, createMemo, createSignal } from 'solid-js';
import { buildMailto, isPlausibleEmail } from '../lib/mailto';
import { type Draft, draftKey } from '../lib/model';
import { newDraft } from '../lib/draft-ops';
import { wordCount } from '../lib/note-template';
import type { ChecklistItem } from '../schemas/checklist';
import type { Situation } from '../schemas/situation';
import { updateDraft } from '../stores/drafts';
import { $doc, setDone } from '../stores/followup';
import { Notices } from './checklist/Notices';
import { ProfileForm } from './checklist/ProfileForm';
import { Field } from './checklist/Field';
import { checksFor, noteFor, recipientsOf, sentKey, situationsFor } from './notes/compose';
import { NoteActions } from './notes/NoteActions';
import { useAtom } from './use-atom';

interface NotesAppProps {
  situations: Situation[];
  items: ChecklistItem[];
}

const param = (name: string) => new URLSearchParams(location.hash.slice(1)).get(name) ?? '';
const WORDS = { short: [40, 90], standard: [100, 180] } as const;

/** The note builder: pick who and what for, make it personal, check it, then copy, email or download it. */
export default function NotesApp(props: NotesAppProps): JSX.Element {
  const doc = useAtom($doc);
  const [interviewId, setInterviewId] = createSignal(param('interview'));
  const [recipientId, setRecipientId] = createSignal(param('to'));
  const [situationId, setSituationId] = createSignal(param('situation') || 'thank-you');
  // Typed-in details when no saved interview is chosen: kept in this page only.
  const [company, setCompany] = createSignal('');
  const [role, setRole] = createSignal('');
  const [looseDraft, setLooseDraft] = createSignal<Draft>(newDraft(new Date()));

  const interview = () => doc().interviews.find((i) => i.id === interviewId());
  const recipients = () => recipientsOf(interview());
  const recipient = () => recipients().find((r) => r.id === recipientId());
  const choices = () => situationsFor(props.situations, recipient());
  const situation = () =>
    choices().find((s) => s.id === situationId()) ?? choices()[0] ?? props.situations[0]!;
  const key = () =>
    interview() && recipient() ? draftKey(interviewId(), recipientId(), situation().id) : undefined;
  const draft = (): Draft => {
    const k = key();
    if (!k) return looseDraft();
    return doc().drafts[k] ?? { ...newDraft(new Date()), greeting: recipient()?.name ?? '' };
  };
  const change = (patch: Partial<Omit<Draft, 'updatedAt'>>) => {
    const k = key();
    if (k) updateDraft(k, patch, draft());
    else setLooseDraft({ ...looseDraft(), ...patch });
  };
  const input = () => ({
    situation: situation(),
    draft: draft(),
    interview: interview(),
    recipient: recipient(),
    company: company(),
    role: role(),
    profile: doc().profile,
  });
  const note = createMemo(() => noteFor(input()));
  const checks = () => checksFor(input(), note().body, note().missing, doc(), props.items, new Date());
  const words = () => wordCount(note().body);
  const range = () => WORDS[draft().length];
  const mailto = () =>
    buildMailto({ to: recipient()?.email ?? '', subject: note().subject, body: note().body });
  const pick = (i: string, r: string) => {
    setInterviewId(i);
    setRecipientId(r);
    history.replaceState(
      null,
      '',
      `#${new URLSearchParams({ interview: i, to: r, situation: situationId() })}`,
    );
  };

  return (
    <div class="notes-app">
      <Notices />
      <section aria-labelledby="who-title">
        <h2 id="who-title">Who is it for?</h2>
        <div class="field-grid">
          <div class="field">
            <label for="note-interview">Interview</label>
            <select id="note-interview" onChange={(e) => pick(e.currentTarget.value, '')}>
              <option value="" selected={!interview()}>
                None: type the details (nothing is saved)
              </option>
              <For each={doc().interviews}>
                {(i) => (
                  <option value={i.id} selected={i.id === interviewId()}>
                    {i.role && i.company
                      ? `${i.role} at ${i.company}`
                      : i.company || i.role || 'Untitled interview'}
                  </option>
                )}
              </For>
            </select>
          </div>
          <Show
            when={interview()}
            fallback={
              <>
                <Field label="Company" value={company()} onInput={setCompany} />
                <Field label="Role" value={role()} onInput={setRole} />
              </>
            }
          >
            <div class="field">
              <label for="note-recipient">Recipient</label>
              <select id="note-recipient" onChange={(e) => pick(interviewId(), e.currentTarget.value)}>
                <option value="" selected={!recipient()}>
                  Choose a person
                </option>
                <For each={recipients()}>
                  {(r) => (
                    <option value={r.id} selected={r.id === recipientId()}>
                      {`${r.name || 'Unnamed'} (${r.kind === 'reference' ? 'reference' : r.kind === 'interviewer' ? 'interviewer' : 'contact'})`}
                    </option>
                  )}
                </For>
              </select>
            </div>
          </Show>
        </div>
      </section>

      <fieldset class="situations">
        <legend>Situation</legend>
        <For each={choices()}>
          {(s) => (
            <label class="choice">
              <input
                type="radio"
                name="situation"
                value={s.id}
                checked={s.id === situation().id}
                onChange={() => setSituationId(s.id)}
              />
              <span>
                <strong>{s.label}</strong>
                <span class="field-hint">{s.description}</span>
              </span>
            </label>
          )}
        </For>
      </fieldset>

      <section aria-labelledby="personal-title">
        <h2 id="personal-title">Make it yours</h2>
        <div class="field-grid">
          <Field
            label="Greeting name"
            value={draft().greeting}
            onInput={(v) => change({ greeting: v })}
            hint="As you will address them, e.g. Ms. Okafor, spelled exactly as on their card."
          />
          <Field label="Sign-off" value={draft().signoff} onInput={(v) => change({ signoff: v })} />
        </div>
        <Field
          label="The one specific thing you discussed"
          multiline
          value={draft().detail}
          onInput={(v) => change({ detail: v })}
        />
        <div class="field-grid">
          <Index each={[0, 1, 2]}>
            {(n) => (
              <Field
                label={`Strength ${n() + 1}`}
                value={draft().strengths[n()] ?? ''}
                onInput={(v) => {
                  const strengths = [...draft().strengths];
                  strengths[n()] = v;
                  change({ strengths: strengths.map((s) => s ?? '') });
                }}
              />
            )}
          </Index>
        </div>
        <div class="field-grid">
          <fieldset class="inline-choice">
            <legend>Tone</legend>
            <label>
              <input
                type="radio"
                name="tone"
                checked={draft().tone === 'formal'}
                onChange={() => change({ tone: 'formal' })}
              />{' '}
              Formal
            </label>
            <label>
              <input
                type="radio"
                name="tone"
                checked={draft().tone === 'warm'}
                onChange={() => change({ tone: 'warm' })}
              />{' '}
              Warm
            </label>
          </fieldset>
          <fieldset class="inline-choice">
            <legend>Length</legend>
            <label>
              <input
                type="radio"
                name="length"
                checked={draft().length === 'short'}
                onChange={() => change({ length: 'short' })}
              />{' '}
              Short
            </label>
            <label>
              <input
                type="radio"
                name="length"
                checked={draft().length === 'standard'}
                onChange={() => change({ length: 'standard' })}
              />{' '}
              Standard
            </label>
          </fieldset>
        </div>
        <Show when={situation().feedback}>
          <label class="choice">
            <input
              type="checkbox"
              checked={draft().askFeedback}
              onChange={(e) => change({ askFeedback: e.currentTarget.checked })}
            />
            <span>Ask for brief feedback</span>
          </label>
        </Show>
        <ProfileForm profile={doc().profile} />
      </section>

      <section aria-labelledby="preview-title" class="note-preview-section">
        <h2 id="preview-title">Your note</h2>
        <p class="note-subject">
          <strong>Subject:</strong> <span data-testid="note-subject">{note().subject}</span>
        </p>
        <div class="note-preview" data-testid="note-body">
          {note().body}
        </div>
        <p class={words() < range()[0] || words() > range()[1] ? 'word-count off' : 'word-count'}>
          {words()} words (recommended {range()[0]}–{range()[1]} for a {draft().length} note)
        </p>
        <Show when={checks().length > 0}>
          <ul class="note-checks" aria-label="Checks before sending">
            <For each={checks()}>{(c) => <li class={c.level}>{c.text}</li>}</For>
          </ul>
        </Show>
        <NoteActions
          subject={note().subject}
          body={note().body}
          mailto={mailto()}
          hasAddress={isPlausibleEmail((recipient()?.email ?? '').trim())}
          canMark={!!(interview() && recipient())}
          onMarkSent={() => {
            const i = interview();
            const r = recipient();
            if (i && r) setDone(i.id, sentKey(situation(), r.id, props.items), true);
          }}
        />
      </section>
    </div>
  );
}
