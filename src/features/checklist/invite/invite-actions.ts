/** The store actions of an invite confirmed in the preview: each one change to the stored document. */
import { $doc, update, updateProfile } from '../../../core/store/followup';
import { newId } from '../../../core/model/builders';
import * as apply from './invite-apply';

/** Adds the interview with its people; returns its id. */
export function addInterviewFromInvite(choice: apply.InviteChoice): string {
  let id = '';
  update((doc) => {
    const added = apply.addFromInvite(doc, choice, newId, new Date());
    id = added.id;
    return added.doc;
  });
  return id;
}

/** Updates a recorded interview: new time and place, the people kept added, those in `remove` taken out. */
export const updateInterviewFromInvite = (id: string, choice: apply.InviteChoice, remove: string[]) =>
  update((doc) => apply.updateFromInvite(doc, id, choice, remove, newId, new Date()));

/** Marks a recorded interview cancelled by the employer; `on` is today as the note says it. */
export const cancelInterviewFromInvite = (id: string, on: string) =>
  update((doc) => apply.cancelFromInvite(doc, id, on, new Date()));

/** The recorded interview an invite is about, if any: `id`'s when given. */
export function recordedFor(event: Parameters<typeof apply.matchingInterview>[1], id?: string) {
  const interviews = $doc.get().interviews;
  return id ? interviews.find((i) => i.id === id) : apply.matchingInterview(interviews, event);
}

export { updatePlan } from './invite-apply';

/** The name the user signs with, or empty before they have said it. */
export const yourName = () => $doc.get().profile.name.trim();

/** Keeps the name confirmed in the preview as the one the user signs with, unless it was left empty. */
export function keepYourName(name: string): void {
  if (name.trim() && !yourName()) updateProfile({ name: name.trim() });
}
