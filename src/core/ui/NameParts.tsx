import { type JSX, For } from 'solid-js';
import { nameSplits, saidSplit, splitLabel } from '../name-splits';
import type { NamedPerson } from '../names';
import { sayNameParts } from '../store/names';
import { uid } from './Field';

interface NamePartsProps {
  /** The person's or reference's record id; linked records change with it. */
  recordId: string;
  person: NamedPerson;
}

/**
 * Which words of a name are the given name: every split of its words to pick from, kept with the person
 * (and everyone linked to them) once said. Loaded where it is shown: the edit form, the greeting's question.
 */
export default function NameParts(props: NamePartsProps): JSX.Element {
  const id = uid('name-parts');
  const splits = () => nameSplits(props.person.name);
  return (
    <div class="field name-parts">
      <label for={id}>Given name</label>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const split = splits()[Number(e.currentTarget.value)];
          sayNameParts(props.recordId, split?.given ?? '', split?.family ?? '');
        }}
      >
        <option value="-1" selected={saidSplit(props.person) < 0}>
          Not said yet
        </option>
        <For each={splits()}>
          {(split, i) => (
            <option value={i()} selected={i() === saidSplit(props.person)}>
              {splitLabel(split)}
            </option>
          )}
        </For>
      </select>
      <p class="field-hint" id={`${id}-hint`}>
        Which words of “{props.person.name.trim()}” are the name friends use? Kept for every note.
      </p>
    </div>
  );
}
