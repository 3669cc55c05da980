import { type JSX, Show } from 'solid-js';
import type { Recipient } from './compose';
import type { SentVia } from '../../core/model/model';
import type { Situation } from './situation-schema';
import { noteNoun } from './labels';
import { sentLine } from './sent-line';

interface SentStateProps {
  name: string;
  at: string;
  via: SentVia;
  situation: Situation;
  interviewId: string;
  next: Recipient | undefined;
  onUndo: () => void;
  onNext: (recipientId: string) => void;
}

/**
 * A sent note, worked out from the stored data: when and how, undo, and what comes next: the next person
 * owed this note, or back to the checklist when everyone has theirs.
 */
export default function SentState(props: SentStateProps): JSX.Element {
  return (
    <div class="sent-state" data-testid="sent-state">
      <p class="sent-line">
        <span role="status">
          <span aria-hidden="true">✓ </span>
          {sentLine(props.name, props.at, props.via)}
        </span>{' '}
        <button type="button" class="button secondary small" onClick={() => props.onUndo()}>
          Undo
        </button>
      </p>
      <Show
        when={props.next}
        fallback={
          <p class="sent-next">
            All {noteNoun(props.situation).toLowerCase()}s sent ·{' '}
            <a href={`/checklist/#interview=${encodeURIComponent(props.interviewId)}`}>
              Back to your checklist
            </a>
          </p>
        }
      >
        {(next) => (
          <p class="sent-next">
            <button type="button" class="button primary" onClick={() => props.onNext(next().id)}>
              Next: write to {next().name.trim() || 'the next person'}
            </button>
          </p>
        )}
      </Show>
    </div>
  );
}
