/** Saying which words of someone's name are the given name: kept with the person, in every interview. */
import { patchNameParts } from '../model/people-ops';
import { update } from './followup';

/** Keeps the given and family name the user said for a record and every record linked to it. */
export const sayNameParts = (recordId: string, givenName: string, familyName: string) =>
  update((doc) => patchNameParts(doc, recordId, { givenName, familyName }, new Date()));
