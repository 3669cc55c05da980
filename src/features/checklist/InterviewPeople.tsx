import { type JSX, Index } from 'solid-js';
import { titledName } from '../../core/names';
import type { Interview } from '../../core/model/model';
import type { Task } from '../../core/progress';
import type { ParsedContact } from './contact-parse';
import { ContactCard } from './ContactCard';
import { QuickAdd } from './QuickAdd';
import { addPerson, addReference } from './records';
import { focusInTool } from '../../core/ui/tool-root';

interface InterviewPeopleProps {
  interview: Interview;
  /** The tasks about one person or reference. */
  tasksOf: (subjectId: string) => Task[];
  /** For each contact id, where else they were met ("Also recorded for…"). */
  elsewhere: ReadonlyMap<string, string>;
  /** The people field, where the cursor goes to add who they were. */
  peopleRef: (el: HTMLTextAreaElement) => void;
}

/** A person read from what was typed, as a record's fields. */
const personFrom = (c: ParsedContact) => ({
  honorific: c.honorific,
  name: c.name,
  title: c.title,
  email: c.email,
  phone: c.phone,
});

/** The people met and the references of an interview: a compact card each, and a field to add the next. */
export function InterviewPeople(props: InterviewPeopleProps): JSX.Element {
  return (
    <>
      <section aria-labelledby="people-title">
        <h2 id="people-title">Who you met</h2>
        <Index each={props.interview.people}>
          {(person) => (
            <ContactCard
              interviewId={props.interview.id}
              contact={{ kind: person().role, record: person() }}
              tasks={props.tasksOf(person().id)}
              elsewhere={props.elsewhere.get(person().contactId)}
            />
          )}
        </Index>
        <QuickAdd
          label={props.interview.people.length ? 'Add someone else you met' : 'Who interviewed you?'}
          hint="A name and, if you have them, title and email (“Dana Nguyen, Head of Design, dana@example.com”), or paste their email signature. Enter adds each one; Enter on an empty field takes you to what is due."
          ref={(el) => props.peopleRef(el)}
          onAdd={(c) => addPerson(props.interview.id, 'interviewer', personFrom(c))}
          interviewId={props.interview.id}
          onDone={() => focusInTool('.due-section .due-actions > *')}
        />
      </section>

      <section aria-labelledby="references-title">
        <h2 id="references-title">Your references</h2>
        <Index each={props.interview.references}>
          {(reference) => (
            <ContactCard
              interviewId={props.interview.id}
              contact={{ kind: 'reference', record: reference() }}
              tasks={props.tasksOf(reference().id)}
              elsewhere={props.elsewhere.get(reference().contactId)}
            />
          )}
        </Index>
        <QuickAdd
          label="Add a reference"
          hint="Their name and email, or paste their signature. You can add what they should stress after."
          onAdd={(c) =>
            addReference(props.interview.id, {
              // A reference has no honorific of its own: one pasted with the name stays in it.
              name: titledName(c.honorific, c.name),
              email: c.email,
              phone: c.phone,
            })
          }
        />
      </section>
    </>
  );
}
