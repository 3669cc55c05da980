import { type JSX, Show } from 'solid-js';
import { repeatLog, sendTarget } from './note-state';
import { createNoteBuilder } from './note-builder';
import type { ChecklistItem } from '../../core/checklist-schema';
import type { Situations } from './situation-schema';
import { $doc } from '../../core/store/followup';
import { NoteForm } from './NoteForm';
import { NoteHeader } from './NoteHeader';
import { NoteText } from './NoteText';
import { later } from '../../core/ui/later';
import { Notices } from '../../core/ui/Notices';
import { useAtom } from '../../core/ui/use-atom';

/** The spelling question sits with the checks, below the note: loaded with them. */
const SpellCheckLater = later(() => import('./SpellCheckLater'));
/**
 * Copy, email and download sit below the note and its checks: their code loads with the checks, when the note
 * is about to be seen or at the first edit.
 */
const NoteActions = later(() => import('./NoteActions'));

interface NotesAppProps {
  situations: Situations;
  items: ChecklistItem[];
}

/**
 * The note builder's view: who the note is for, what makes it personal, the text (editable), then copy, email
 * or download it, which records it as sent and leads to the next person. What it shows and what each action
 * does is decided in note-builder.ts.
 */
export default function NotesApp(props: NotesAppProps): JSX.Element {
  const doc = useAtom($doc);
  // The situations and checklist items come with the page and never change.
  // eslint-disable-next-line solid/reactivity
  const b = createNoteBuilder(doc, props.situations, props.items);
  let heading: HTMLHeadingElement | undefined;
  /** Writes to someone else of the same interview, keeping the situation, and starts at the top. */
  const switchTo = (id: string) => {
    b.switchTo(id);
    heading?.focus();
  };

  return (
    // The first touch, click or key anywhere in the builder also brings the checks and the actions.
    <div class="notes-app" onFocusIn={b.loadReview} onPointerDown={b.loadReview}>
      <Notices />
      <NoteHeader
        ref={(el) => (heading = el)}
        interviews={doc().interviews}
        interview={b.interview()}
        recipient={b.recipient()}
        recipients={b.recipients()}
        situation={b.situation()}
        company={b.company()}
        role={b.role()}
        sentWhen={b.sentWhen}
        onChoose={b.choose}
        onSwitch={switchTo}
        onCompany={b.setCompany}
        onRole={b.setRole}
      />
      <NoteForm
        situations={b.fits()}
        situation={b.situation()}
        onSituation={b.chooseSituation}
        draft={b.draft()}
        draftKey={b.key() ?? ''}
        recipient={b.recipient()}
        profile={doc().profile}
        recall={b.recall()}
        onChange={b.change}
        more={b.reviewReady()}
      />
      <NoteText
        note={b.note()}
        draft={b.draft()}
        checks={b.checks()}
        profile={doc().profile}
        dismissed={doc().dismissed}
        onEdit={(body) => b.change({ body })}
        onBackToTemplate={b.backToTemplate}
        onReviewNear={b.loadReview}
        reviewReady={b.reviewReady()}
      >
        <Show when={b.spellingToConfirm()}>
          {(name) => (
            <SpellCheckLater
              name={name()}
              onConfirm={b.confirmSpelling}
              fixHref={`/checklist/#interview=${encodeURIComponent(b.interview()?.id ?? '')}`}
            />
          )}
        </Show>
      </NoteText>
      <Show when={b.reviewReady()}>
        <NoteActions
          note={b.note()}
          situation={b.situation()}
          recipient={b.recipient()}
          statusKey={b.key() ?? ''}
          sent={b.sent()}
          interview={b.interview()}
          items={props.items}
          target={sendTarget(b.interview(), b.recipient(), b.key(), b.situation(), props.items)}
          draft={b.draft()}
          log={repeatLog(b.situation(), b.recipient(), b.note().body)}
          onNext={switchTo}
        />
      </Show>
    </div>
  );
}
